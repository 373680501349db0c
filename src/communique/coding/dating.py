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
    def build(cls, parse: Parse, timexes: Sequence[Timex]) -> DocumentDates:
        """Each timex's governing verb found once per document; the first timex a verb governs dates it."""
        by_verb: dict[int, EventDate] = {}
        by_token: dict[int, EventDate] = {}
        for t in timexes:
            value = calendar_value(t)
            if value is None:
                continue
            date = EventDate(value, t.id, "timex")
            for tok in parse.tokens_in(t.start, t.end):
                by_token.setdefault(tok.i, date)
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


def calendar_value(timex: Timex) -> str | None:
    """The date a time expression gives an event ("ce matin" -> the day, "bientôt" -> FUTURE_REF), or None."""
    if timex.type not in {"DATE", "TIME"}:
        return None
    if timex.value in _REFERENCES:
        return timex.value
    if not timex.value[:1].isdigit():
        return None
    return timex.value.split("T", 1)[0]
