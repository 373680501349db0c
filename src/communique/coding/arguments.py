"""Argument filling: the actor and recipient of a matched rule, and those that refer to the document's talk."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from communique.coding.frames import (
    PASSIVE_SUBJECT_DEPS,
    clause,
    objects,
    owners,
    passive,
    possessors,
    prepositional,
    subjects,
)
from communique.coding.participants import DocumentEntities, ParticipantCues
from communique.coding.rules import ArgumentSlot, EventRule
from communique.coding.speakers import SpeakerGroup, read_subject
from communique.parsed import Parse, Token
from communique.records import Event, EventDate

# Confidence lost when an argument comes from a fallback rather than from the trigger's frame.
FALLBACK_ACTOR = 0.8
COMPLEMENT_RECIPIENT = 0.9


@dataclass(frozen=True)
class Match:
    """A rule whose trigger was found: the trigger, and the verb that carries its clause."""

    rule: EventRule
    trigger: Token
    head: Token


@dataclass(frozen=True)
class Args:
    """A rule's arguments: entity ids, the phrases that named them, and how they were found."""

    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    heads: tuple[Token, ...]
    collective: bool
    fallback: bool
    complement: bool
    counterpart: bool = False
    needs_recipient: bool = False


def find_arguments(parse: Parse, match: Match, known: DocumentEntities, cues: ParticipantCues,
                   group: SpeakerGroup | None = None) -> Args | None:
    """The actor and recipient of a matched rule, or None when the rule's required arguments are missing."""
    rule = match.rule
    cut = next((k for k, slot in enumerate(rule.actor) if slot.kind in {"issuer", "parties"}), len(rule.actor))
    actor, actor_heads, fallback = _fill(parse, match, rule.actor[:cut], known, exclude=(), actor=True)
    collective = grouped = False
    if not actor and not rule.nominal:
        # "Nous condamnons", "les E3 restent", "the two leaders agreed": who the words stand for
        reading = read_subject(parse, _subject_candidates(parse, match), cues, group)
        if reading == "speaker":
            actor, fallback = list(known.issuer), True
        elif reading in {"group", "alias"} and group is not None:
            actor, fallback, grouped = list(group.members), reading == "group", True
        elif reading == "talk":
            collective, fallback = True, True
    elif actor and group is not None and group.restated_by(parse, actor_heads):
        actor, grouped = list(group.members), True  # "l'Allemagne, la France et le Royaume-Uni ("les E3")"
    for slot in rule.actor[cut:]:
        if actor or collective:
            break
        if slot.kind == "parties":  # "It was agreed to continue contacts": both sides of the talk
            collective, fallback = True, True
        else:
            actor, _, fallback = _fill(parse, match, (slot,), known, exclude=(), actor=True, group=group)
    if not actor and not collective:
        return None
    recipient, recipient_heads, complement = _fill(parse, match, rule.recipient, known,
                                                        exclude=() if grouped else actor)
    if grouped and group is not None:
        # a group may act on one of its own ("les participants ont exprimé leur solidarité envers le Liban"):
        # the recipient leaves the actors, unless it is the whole group
        acting = group.acting_on({known.codes.get(r) for r in recipient}, known)
        if not acting:
            recipient, recipient_heads, complement = _fill(parse, match, rule.recipient, known,
                                                                exclude=actor)
        else:
            actor = list(acting)
    counterpart = not recipient and any(slot.kind == "counterpart" for slot in rule.recipient)
    if rule.requires_recipient and not recipient and not counterpart:
        return None
    return Args(tuple(actor), tuple(recipient), (*actor_heads, *recipient_heads), collective, fallback,
                 complement, counterpart, rule.requires_recipient)


def _voice(match: Match, known: DocumentEntities, group: SpeakerGroup | None) -> tuple[str, ...]:
    """Who an impersonal statement speaks for: the issuer, or all the signatories of a joint statement.

    A rule that sets the issuer against the talk's other side (recipient ``counterpart``) keeps the issuer.
    """
    if group is None or not group.we or any(slot.kind == "counterpart" for slot in match.rule.recipient):
        return known.issuer
    return group.members


def _subject_candidates(parse: Parse, match: Match) -> list[Token]:
    """The subject, and a passive's subject when the rule takes it as the actor ("nous sommes préoccupés par")."""
    head = match.head
    out = list(subjects(parse, head))[:1]
    if not passive(parse, head):
        return out
    if not out:
        return list(objects(parse, head))[:1]
    if any(slot.kind in {"object", "issuer"} for slot in match.rule.actor):
        out.extend(t for t in objects(parse, head) if t.dep in PASSIVE_SUBJECT_DEPS)
    return out


def _fill(
    parse: Parse,
    match: Match,
    slots: Sequence[ArgumentSlot],
    known: DocumentEntities,
    exclude: Sequence[str],
    actor: bool = False,
    group: SpeakerGroup | None = None,
) -> tuple[list[str], list[Token], bool]:
    """The first slot naming entities (not ``exclude``): their ids, the phrase heads, whether a fallback."""
    for slot in slots:
        if slot.kind == "counterpart":  # filled once the document's talk is known
            continue
        if slot.kind == "issuer":
            ids = [i for i in _voice(match, known, group) if i not in exclude]
            if ids:
                return ids, [], True
            continue
        if slot.kind == "complement":
            # a guess from anywhere in the clause: never the actor's own side ("nos relations")
            skip = frozenset(t.i for t in subjects(parse, match.head))
            own = {known.codes.get(i) for i in exclude}
            ids = [i for i in known.named_in(clause(parse, match.head, skip))
                   if i not in exclude and known.codes.get(i) not in own]
            if ids:
                return ids, [], True
            continue
        heads = list(_slot_heads(parse, match, slot))
        ids = [i for i in known.named_by(parse, heads) if i not in exclude]
        if actor and slot.kind in {"possessor", "owner"}:  # "the Madrid Summit": a place names no actor
            ids = [i for i in ids if i not in known.places]
        if ids:
            return ids, heads, False
    return [], [], False


def _slot_heads(parse: Parse, match: Match, slot: ArgumentSlot) -> list[Token]:
    """The phrase heads a slot points at: subject, object, possessor, owner or prepositional phrase."""
    trigger, head = match.trigger, match.head
    if slot.kind == "subject":
        return [] if match.rule.nominal else list(subjects(parse, head))
    if slot.kind == "object":
        return [t for t in objects(parse, head) if t.i != trigger.i]
    if slot.kind == "possessor":
        return list(possessors(parse, trigger))
    if slot.kind == "owner":
        return list(owners(parse, trigger))
    out = list(prepositional(parse, trigger, slot.preps))
    if head.i != trigger.i:
        out.extend(prepositional(parse, head, slot.preps))
    elif match.rule.nominal and not out and trigger.head != trigger.i:
        # "lors de son entretien avec X": the parser often hangs "avec X" on the noun's head
        out.extend(prepositional(parse, parse.tokens[trigger.head], slot.preps))
    return out


def _just_before(date: EventDate, published: str | None, days: int = 3) -> bool:
    """A day given in the text, at most a few days before publication: the readout's own talk."""
    if date.basis != "timex" or published is None or date.value is None or len(date.value) != 10:
        return False
    try:
        gap = dt.date.fromisoformat(published) - dt.date.fromisoformat(date.value)
    except ValueError:
        return False
    return dt.timedelta(0) <= gap <= dt.timedelta(days=days)


def fill_from_talk(found: Sequence[tuple[Event, Args]], known: DocumentEntities,
                    published: str | None, group: SpeakerGroup | None = None, lead: int | None = None) -> list[Event]:
    """Fill arguments that refer to the document's talk (its first CONSULT between two sides or more).

    "Les deux présidents ont décidé ..." takes the talk's parties as actors; a statement made
    during it with no recipient of its own ("a souligné la nécessité de ...") takes the other
    party, when the rule allows it (slot ``counterpart``). Without a talk, "the parties" are the
    document's group of speakers, else the issuer.
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
            event = replace(event, actor=sides, recipient=tuple(r for r in event.recipient if r not in sides))
        elif args.counterpart:
            mine = {known.codes.get(i) for i in event.actor}
            other = tuple(i for i in parties if known.codes.get(i) not in mine)
            if other and mine & {known.codes.get(i) for i in parties}:
                event = replace(event, recipient=other, confidence=round(event.confidence * COMPLEMENT_RECIPIENT, 3))
            elif args.needs_recipient:
                continue
        out.append(event)
    return out
