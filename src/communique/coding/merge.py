"""One event per event: later mentions of an event already coded become more evidence for it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from communique.coding.participants import ParticipantCues
from communique.parsed import Parse, Token
from communique.records import Event

# The words come from cues.yaml's participants: ``demonstratives`` by which a noun points back to an event
# already told ("cet entretien", "this call"), ``definite`` articles by which it names an occasion already told
# ("the visit", "la rencontre"), ``topics``: "the dialogue on strategic stability" is a standing track.
_POSSESSIVE_DEPS = frozenset({"poss", "nmod:poss"})
# Words that a later trigger must repeat from an earlier one's onwards to be the same statement told again.
REPEATED = 8


def merge_mentions(parse: Parse, events: Sequence[Event], codes: dict[str, str],
                   occasions: frozenset[str] = frozenset(), cues: ParticipantCues | None = None,
                   people: frozenset[str] = frozenset()) -> list[Event]:
    """Merge a mention into an earlier event of the same type when it is the same event.

    Two mentions are one event when, with the same type and mode, their triggers overlap (two rules read one
    trigger; the parties of one are among the other's, which it keeps), when they name the same parties
    and date in one sentence (two triggers for one call; or the same parties, one told as done and one as
    under way: "met with X, who is visiting Poland"), when both are the same undated ongoing
    affair ("Putin's war" ... "Russia's assault"), or when the later one is a noun the text points
    back with ("lors de cet entretien") and its parties are the earlier one's, or, for an occasion (a meeting,
    one of ``occasions``), a definite singular noun with no date of its own that names it again after the day's
    dated meeting of the same parties ("X met with Y today ... the meeting with Y"), or when the later one repeats
    the first one's words (a summary, then its quote) with the same sides, date and status, unless each names a
    person of a side whom the other does not name (two treaties of one wording, signed by two other leaders of
    the same side). A definite noun of a lasting act ("the war", "the aid") may name another one and is kept.
    ``cues``: the language's participant cues (by default, those of the parse's language); ``people``: the
    entities that are persons.
    """
    words = cues if cues is not None else ParticipantCues.for_language(parse.language)
    out: list[Event] = []
    for event in events:
        target = next((k for k in range(len(out) - 1, -1, -1)
                       if _same(parse, out[k], event, codes, words, people)
                       or _named_again(parse, out[k], event, codes, occasions, words)),
                      None)
        if target is None:
            out.append(event)
            continue
        kept = out[target]
        if kept.mode is None and event.mode is not None:  # a visit's mode says who travelled to whom: its sides
            kept = replace(kept, mode=event.mode, actor=event.actor, recipient=event.recipient)
        elif _overlap(kept, event) and _parties(kept, codes) < _parties(event, codes):
            kept = replace(kept, actor=event.actor, recipient=event.recipient)  # the reading that names more
        out[target] = replace(kept, evidence_more=(*kept.evidence_more, event.evidence),
                              confidence=max(kept.confidence, event.confidence))
    return out


def _parties(event: Event, codes: dict[str, str]) -> frozenset[str]:
    return frozenset(codes.get(i, i) for i in (*event.actor, *event.recipient))


def _same(parse: Parse, first: Event, later: Event, codes: dict[str, str], cues: ParticipantCues,
          people: frozenset[str] = frozenset()) -> bool:
    if first.type != later.type or (later.mode is not None and first.mode not in {None, later.mode}):
        return False
    mine, theirs = _parties(first, codes), _parties(later, codes)
    same_sides = _side(first.actor, codes) == _side(later.actor, codes) \
        and _side(first.recipient, codes) == _side(later.recipient, codes)  # "A thanked B for B's support": two
    same_sentence = parse.sentence_at(first.trigger.start) == parse.sentence_at(later.trigger.start)
    if same_sentence and same_sides and first.date.value == later.date.value and first.status == later.status:
        return True
    if _overlap(first, later) and (mine <= theirs or theirs <= mine):
        return True  # two rules read one trigger ("recognizes" and "recognizes the importance")
    statuses = {first.status, later.status}
    if same_sentence and theirs == mine and first.date.value == later.date.value and first.date.value is not None \
            and (statuses == {"realized", "ongoing"} or statuses in ({"realized"}, {"ongoing"}, {"planned"})):
        return True  # "X met with Y, who is visiting X's country", "will attend the AU summit": one event, told twice
    if _background(first) and _background(later) and same_sides:
        return True
    if same_sides and first.date.value == later.date.value and first.status == later.status \
            and _repeated(parse, first, later) and not _other_people(first, later, codes, people):
        return True  # a summary the quote that follows repeats word for word
    return _points_back(parse, later, cues.demonstratives) and theirs <= mine


def _overlap(first: Event, later: Event) -> bool:
    """Whether the two triggers share text."""
    return first.trigger.start < later.trigger.end and later.trigger.start < first.trigger.end


def _other_people(first: Event, later: Event, codes: dict[str, str], people: frozenset[str]) -> bool:
    """Whether each event names a person the other does not, of one same side."""
    named = [{i for i in (*e.actor, *e.recipient) if i in people} for e in (first, later)]
    only = [{codes.get(i, i) for i in named[k] - named[1 - k]} for k in (0, 1)]
    return bool(only[0] & only[1])


def _repeated(parse: Parse, first: Event, later: Event, span: int = REPEATED) -> bool:
    """Whether the later trigger opens the same run of ``span`` words as the first one."""
    words = _words_from(parse, later.trigger.start, span)
    return len(words) == span and _words_from(parse, first.trigger.start, span) == words


def _words_from(parse: Parse, start: int, span: int) -> tuple[str, ...]:
    """The ``span`` words from the token at ``start`` on, in its sentence, lowercased."""
    tok = parse.token_at(start)
    if tok is None:
        return ()
    sentence = parse.sentence_at(start)
    words = [t for t in parse.tokens[tok.i:tok.i + span] if parse.sentence_at(t.start) == sentence]
    return tuple(t.text.lower() for t in words)


def _named_again(parse: Parse, first: Event, later: Event, codes: dict[str, str], occasions: frozenset[str],
                 cues: ParticipantCues) -> bool:
    """A later undated noun naming the day's dated occasion between the same parties again ("the visit")."""
    if first.type != later.type or later.type not in occasions or (later.mode not in {None, first.mode}):
        return False
    if first.status != "realized" or first.date.value is None or not _background(later):
        return False
    return _parties(later, codes) <= _parties(first, codes) and _known_noun(parse, later, cues)


def _known_noun(parse: Parse, event: Event, cues: ParticipantCues) -> bool:
    """Whether the event's trigger is a singular noun with a definite article or a possessive and no adjective
    or topic ("the visit", "Guterres's visit"; not "a meeting", "talks", "the ongoing dialogue", "regular calls",
    "the dialogue on strategic stability")."""
    trigger = parse.token_at(event.trigger.end - 1)
    if trigger is None or trigger.pos not in {"NOUN", "PROPN"} or trigger.feat("Number") == "Plur" \
            or trigger.tag in {"NNS", "NNPS"}:
        return False
    children = parse.children(trigger.i)
    if any(c.dep == "amod" or _topic(parse, c, cues.topics) for c in children):
        return False
    return any((c.dep == "det" and c.text.lower() in cues.definite) or c.dep in _POSSESSIVE_DEPS for c in children)


def _topic(parse: Parse, child: Token, topics: frozenset[str]) -> bool:
    """Whether a noun's dependent is a phrase of its topic ("on ransomware", "sur le nucléaire")."""
    if child.lemma.lower() in topics and child.dep == "prep":
        return True
    return any(c.dep == "case" and c.lemma.lower() in topics for c in parse.children(child.i))


def _side(ids: tuple[str, ...], codes: dict[str, str]) -> frozenset[str]:
    return frozenset(codes.get(i, i) for i in ids)


def _background(event: Event) -> bool:
    """An undated ongoing state of affairs ("Russia's war on Ukraine"): one per document and parties."""
    return event.status == "ongoing" and event.date.value is None


def _points_back(parse: Parse, event: Event, pointers: frozenset[str]) -> bool:
    """Whether the event's trigger is a noun with a demonstrative ("cet entretien", "this call")."""
    tok = parse.token_at(event.trigger.start)
    trigger = parse.token_at(event.trigger.end - 1)
    for t in {x.i: x for x in (tok, trigger) if x is not None}.values():
        if t.pos in {"NOUN", "PROPN"} and any(c.dep == "det" and c.text.lower() in pointers
                                              for c in parse.children(t.i)):
            return True
    return False
