"""Which time expression dates an event: the one its verb governs, or one inside the phrase naming it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from communique.clause import governing_verb
from communique.parsed import Parse, Token
from communique.records import EventDate, Timex

_REFERENCES = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})


@dataclass(frozen=True)
class DocumentDates:
    """A document's calendar time expressions, by the verb that governs them and by token."""

    by_verb: dict[int, EventDate]
    by_token: dict[int, EventDate]

    @classmethod
    def build(cls, parse: Parse, timexes: Sequence[Timex], event_nouns: frozenset[str] = frozenset()) -> DocumentDates:
        """Each timex's governing verb found once per document; the first timex a verb governs dates it.

        A timex that modifies a noun naming an event (one of ``event_nouns``: "la rencontre de
        Versailles, le 29 mai") dates that event, not the clause around it.
        """
        by_verb: dict[int, EventDate] = {}
        by_token: dict[int, EventDate] = {}
        for t in timexes:
            value = calendar_value(t)
            if value is None:
                continue
            date = EventDate(value, t.id, "timex")
            for tok in parse.tokens_in(t.start, t.end):
                by_token.setdefault(tok.i, date)
            if _modifies_noun(parse, t, event_nouns):
                continue  # "la rencontre de Versailles, le 29 mai": the date is the meeting's, not the clause's
            verb = governing_verb(parse, t.start, t.end)
            if verb is not None and verb.i not in by_verb:
                by_verb[verb.i] = date
        return cls(by_verb, by_token)

    def of_verb(self, verb: Token) -> EventDate | None:
        """The date a verb's clause gives, or None."""
        return self.by_verb.get(verb.i)

    def within(self, parse: Parse, tokens: Iterable[Token]) -> EventDate | None:
        """The first date inside a phrase ("the June 2021 summit", "le retrait le 8 mai 2018")."""
        for tok in tokens:
            if tok.i in self.by_token:
                return self.by_token[tok.i]
        return None


_NOMINAL = frozenset({"NOUN", "PROPN"})
_NOUN_MODIFIER_DEPS = frozenset({"nmod", "appos", "amod", "compound", "prep", "pobj", "npadvmod", "nummod", "acl"})


def _modifies_noun(parse: Parse, timex: Timex, event_nouns: frozenset[str]) -> bool:
    """Whether a time expression hangs on an event noun ("the June 2021 summit", "la rencontre du 29 mai")."""
    head = parse.head_of_span(timex.start, timex.end)
    if head is None or head.head == head.i or head.dep not in _NOUN_MODIFIER_DEPS:
        return False
    above = parse.tokens[head.head]
    if above.dep == "prep" and above.head != above.i:  # English: noun -> prep -> pobj
        above = parse.tokens[above.head]
    return above.pos in _NOMINAL and above.lemma.lower() in event_nouns


def calendar_value(timex: Timex) -> str | None:
    """The date a time expression gives an event ("ce matin" -> the day, "bientôt" -> FUTURE_REF), or None."""
    if timex.type not in {"DATE", "TIME"}:
        return None
    if timex.value in _REFERENCES:
        return timex.value
    if not timex.value[:1].isdigit():
        return None
    return timex.value.split("T", 1)[0]
