"""Arguments filled from the rest of the document once every event is found: the recipient of the act a
commitment commits to, the sides of the document's talk, the states its sentence or the document is about."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from communique.coding.arguments import (
    COMPLEMENT_RECIPIENT,
    CONTEXT_RECIPIENT,
    MAX_COUNTERPARTS,
    TOPIC_RECIPIENT,
    Args,
)
from communique.coding.participants import DocumentEntities
from communique.coding.speakers import SpeakerGroup
from communique.parsed import Parse, Token
from communique.records import Event, EventDate
from communique.temporal.values import calendar_day


def _just_before(date: EventDate, published: str | None, days: int = 3) -> bool:
    """A day given in the text, at most a few days before publication: the readout's own talk."""
    day, today = calendar_day(date.value), calendar_day(published)
    if date.basis != "timex" or day is None or today is None:
        return False
    return dt.timedelta(0) <= today - day <= dt.timedelta(days=days)


def take_from_acts(parse: Parse, found: Sequence[tuple[Event, Args]], triggers: Sequence[Token],
                   known: DocumentEntities) -> list[tuple[Event, Args]]:
    """A commitment that names no one it is made to is made to the recipient of the act it commits to, when that
    act is coded too (rule key ``recipient_from_act``): "sont prêts à soutenir le redressement du Liban" is an
    AGREE towards Lebanon, as "agreed to send relief supplies to Tonga" is one towards Tonga. The act is an event
    whose trigger hangs at most two levels below the commitment's, in its sentence, done by the same side. A side
    of a group of three or more that the act is done to leaves the group: Lebanon's partners act towards it."""
    out: list[tuple[Event, Args]] = []
    for (event, args), trigger in zip(found, triggers, strict=True):
        if args.from_act and not event.recipient and not args.collective:
            mine = {known.codes.get(i) for i in event.actor}
            act = next((e for (e, _), t in zip(found, triggers, strict=True)
                        if e.recipient and t.sent == trigger.sent and trigger in parse.ancestors(t.i)[:2]
                        and {known.codes.get(i) for i in e.actor} <= mine), None)
            if act is not None:
                taken = {known.codes.get(i) for i in act.recipient}
                actor = tuple(i for i in event.actor if known.codes.get(i) not in taken) \
                    if len(mine) > 2 else event.actor
                if actor and not taken <= {known.codes.get(i) for i in actor}:
                    event = replace(event, actor=actor, recipient=act.recipient,
                                    confidence=round(event.confidence * COMPLEMENT_RECIPIENT, 3))
                    args = replace(args, counterpart=False, context=())
        out.append((event, args))
    return out


def fill_from_talk(found: Sequence[tuple[Event, Args]], known: DocumentEntities,
                    published: str | None, group: SpeakerGroup | None = None, lead: int | None = None) -> list[Event]:
    """Fill arguments that refer to the document's talk (its first CONSULT between two sides or more).

    "Les deux présidents ont décidé ..." takes the talk's parties as actors; a statement made
    during it with no recipient of its own ("a souligné la nécessité de ...") takes the other
    party, when the rule allows it (slot ``counterpart``); failing that, the states its sentence is about
    (``recipient_from_context``) but the talk's sides, whom one talks to rather than about; failing that, the
    states the document is about (``recipient_from_topic``) but those its clause names in other roles than a
    place ("à respecter le plan proposé par la Turquie"), with lower confidence still. Without a talk,
    "the parties" are the document's group of speakers, else the issuer.
    When the talk is dated in the text and told in the lead paragraph (the text up to ``lead``), the
    parties' realized acts dated by publication take its date: a talk recalled further down ("à la suite
    de laquelle la France a réuni hier ...") is background, not the occasion of the document.
    """
    talk = next((e for e, a in found if e.type == "CONSULT" and not a.collective
                 and len({known.codes.get(i) for i in (*e.actor, *e.recipient)}) > 1), None)
    parties = tuple(dict.fromkeys((*talk.actor, *talk.recipient))) if talk is not None else ()
    party_codes = {known.codes.get(i) for i in parties}
    # A readout published after the talk: what its parties said and did then happened on the talk's day.
    told_first = talk is not None and (lead is None or talk.trigger.start < lead)
    talk_day = talk.date if talk is not None and told_first and talk.status == "realized" \
        and _just_before(talk.date, published) else None
    out: list[Event] = []
    for event, args in found:
        if (talk_day is not None and event.date.basis == "published" and event.status == "realized"
                and {known.codes.get(i) for i in event.actor} <= party_codes):
            event = replace(event, date=EventDate(talk_day.value, talk_day.timex, "timex"))
        if args.collective:
            # no talk: the document's group of speakers, else a joint statement's "the parties" are the issuer
            sides = parties or (group.members if group is not None else ()) or known.issuer
            if not sides:
                continue
            side_codes = {known.codes.get(i) for i in sides}
            event = replace(event, actor=sides,
                            recipient=tuple(r for r in event.recipient if known.codes.get(r) not in side_codes))
        mine = {known.codes.get(i) for i in event.actor}
        if args.counterpart and not args.collective:
            other = tuple(i for i in parties if known.codes.get(i) not in mine)
            if other and mine & {known.codes.get(i) for i in parties} \
                    and len({known.codes.get(i) for i in other}) <= MAX_COUNTERPARTS:
                event = replace(event, recipient=other, confidence=round(event.confidence * COMPLEMENT_RECIPIENT, 3))
        context = () if event.recipient else tuple(i for i in args.context
                                                    if known.codes.get(i) not in mine | party_codes)
        topic: tuple[str, ...] = ()
        if args.from_topic and not event.recipient and not context:
            own = (*known.issuer, *(group.members if group is not None else ()), *args.named)
            topic = known.topic(mine | {known.codes.get(i) for i in own})
        if context:
            event = replace(event, recipient=context, confidence=round(event.confidence * CONTEXT_RECIPIENT, 3))
        elif topic:
            event = replace(event, recipient=topic, confidence=round(event.confidence * TOPIC_RECIPIENT, 3))
        elif args.needs_recipient and not event.recipient and args.counterpart and not args.collective:
            continue
        out.append(event)
    return out
