"""The sides of a talk: who is its actor and who its recipient when the text tells them together (the caller, the
visitor, the side the next sentence says started it), the organisation a multilateral meeting is named after,
and talks held with several sides one after the other."""

from __future__ import annotations

from dataclasses import replace

from communique.coding.frames import agents, passive, possessors
from communique.coding.participants import DocumentEntities
from communique.parsed import Parse
from communique.records import Event

# PLOVER modes of a call: one side calls the other; of a meeting where no side hosts
CALL_MODES = frozenset({"phone"})
UNHOSTED_MODES = frozenset({"phone", "multilateral", "third-party"})


def caller_first(event: Event, known: DocumentEntities) -> Event:
    """A call between the issuer's side and one other, told with both as its subject and no side named as having
    started it ("the November videoconference between the two presidents", "se sont entretenus par téléphone"):
    the issuer's side is its actor and the other its recipient, the annotation's default for a call whose
    initiator the text does not name. A call between two others stays joint."""
    if event.mode not in CALL_MODES:
        return event
    return _one_side_first(event, known, {known.codes.get(i) for i in known.issuer})


def visitor_first(event: Event, known: DocumentEntities) -> Event:
    """A meeting of two sides told with both as its subject, held in a place of one of them ("President Duda of
    Poland and President Nauseda of Lithuania met today in Vilnius"): the other side came, its actor, the host its
    recipient, and the meeting is a visit (PLOVER: the actor travels to the recipient); one held in its recipient's
    place is a visit too. Calls and meetings no side hosts (``UNHOSTED_MODES``: multilateral, third-party) are
    left as they are."""
    host = known.codes.get(event.location) if event.location is not None else None
    if event.mode in UNHOSTED_MODES or host is None:
        return event
    guests = {known.codes.get(i) for i in event.actor}
    if event.mode is None and {known.codes.get(i) for i in event.recipient} == {host} and host not in guests:
        return replace(event, mode="visit")  # "Johnson met Zelenskyy in Kyiv": the actor came to the recipient
    visitor = {known.codes.get(i) for i in event.actor} - {host}
    met = _one_side_first(event, known, visitor)
    return replace(met, mode=met.mode or "visit") if met is not event else event


def _one_side_first(event: Event, known: DocumentEntities, first: set[str | None]) -> Event:
    """An event whose actor is two sides and which has no recipient, the side ``first`` names as its actor and
    the other as its recipient; any other event as it is."""
    sides = {known.codes.get(i) for i in event.actor}
    if event.recipient or len(sides) != 2 or len(sides & first) != 1:
        return event
    return replace(event, actor=tuple(i for i in event.actor if known.codes.get(i) in first),
                   recipient=tuple(i for i in event.actor if known.codes.get(i) not in first))


def one_by_one(parse: Parse, event: Event, known: DocumentEntities, words: frozenset[str]) -> list[Event]:
    """A talk held with several sides one after the other ("s'est entretenu successivement avec X et Y", "met
    separately with X and Y", cue ``participants.separately``) is one talk with each; any other event as it is."""
    sides = list(dict.fromkeys(known.codes.get(i) for i in event.recipient))
    if len(sides) < 2 or not _told_apart(parse, event, words):
        return [event]
    return [replace(event, recipient=tuple(i for i in event.recipient if known.codes.get(i) == side))
            for side in sides]


def _told_apart(parse: Parse, event: Event, words: frozenset[str]) -> bool:
    """Whether a word of ``words`` modifies the event's trigger or one of its phrases (the parser may hang
    "successivement avec les ministres" on the noun)."""
    trigger = parse.tokens_in(event.trigger.start, event.trigger.end)
    near = [*trigger, *(c for t in trigger for c in parse.children(t.i))]
    return any(c.lemma.lower() in words or c.text.lower() in words for t in near for c in parse.children(t.i))


def with_its_body(parse: Parse, event: Event, known: DocumentEntities) -> Event:
    """A multilateral meeting named after an organisation ("this NATO Summit", "le sommet de l'Union africaine") has
    it among its actors, with those who attend it; any other event as it is."""
    noun = parse.token_at(event.trigger.end - 1)
    if event.mode != "multilateral" or noun is None or noun.pos not in {"NOUN", "PROPN"}:
        return event
    bodies = [i for i in known.named_by(parse, list(possessors(parse, noun)))
              if i not in known.states and i not in known.places and i not in known.people and i in known.codes]
    if not bodies:
        return event
    return replace(event, actor=tuple(dict.fromkeys((*event.actor, *bodies))),
                   recipient=tuple(i for i in event.recipient if i not in bodies))


def started_by(parse: Parse, event: Event, known: DocumentEntities, words: frozenset[str],
               talks: frozenset[str]) -> Event:
    """A talk the next sentence says one side started ("The conversation was initiated by the French side": a
    passive of one of ``words``, cue ``participants.starters``, whose subject is one of the nouns of talks
    ``talks``): that side is its actor, the other sides its recipients; any other event as it is."""
    trigger = parse.token_at(event.trigger.start)
    if trigger is None:
        return event
    sides = [*event.actor, *(i for i in event.recipient if i not in event.actor)]
    codes = {known.codes.get(i) for i in sides}
    for verb in parse.sentence_tokens(trigger.sent + 1):
        if verb.lemma.lower() not in words or not passive(parse, verb):
            continue
        if not any(c.lemma.lower() in talks and c.dep.startswith("nsubj") for c in parse.children(verb.i)):
            continue
        starter = {known.codes.get(i) for i in known.named_by(parse, list(agents(parse, verb)))} & codes
        if starter and starter != codes:
            return replace(event, actor=tuple(i for i in sides if known.codes.get(i) in starter),
                           recipient=tuple(i for i in sides if known.codes.get(i) not in starter))
    return event
