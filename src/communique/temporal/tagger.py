"""``TimeTagger``: finds the time expressions of a text and normalizes them against the publication date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from communique.records import Tense, Timex, TimexType
from communique.temporal.compiler import CompiledRule, Marker, compile_ruleset
from communique.temporal.fold import fold
from communique.temporal.loader import load_ruleset
from communique.temporal.matcher import LexiconTable, Match, by_preference, find_matches
from communique.temporal.resolver import resolve
from communique.temporal.schema import RuleSet
from communique.temporal.values import is_timex3_value

TenseAt = Callable[[int, int], Tense | None]


@dataclass(frozen=True)
class TimeTagger:
    """A language's temporal rules, compiled. Build it once (``for_language``) and reuse it."""

    rules: RuleSet
    compiled: tuple[CompiledRule, ...]
    tables: dict[str, LexiconTable]
    markers: dict[str, Marker]

    @classmethod
    def for_language(cls, code: str) -> TimeTagger:
        """Read and validate ``data/lang/<code>/temporal.yaml`` and compile its rules."""
        return cls.from_ruleset(load_ruleset(code))

    @classmethod
    def from_file(cls, path: Path, code: str = "") -> TimeTagger:
        """A tagger from a ``temporal.yaml`` elsewhere (a user's own rules)."""
        return cls.from_ruleset(load_ruleset(code, path))

    @classmethod
    def from_ruleset(cls, rules: RuleSet) -> TimeTagger:
        """A tagger from rules already read."""
        tables = {name: LexiconTable.of(lex) for name, lex in rules.lexicons.items()}
        compiled, markers = compile_ruleset(rules)
        return cls(rules, compiled, tables, markers)

    def tag(self, text: str, *, published: dt.date | None,
            tense_at: TenseAt | None = None) -> list[Timex]:
        """The time expressions of ``text`` in text order, with ids T1, T2, ...

        Values are resolved against ``published``; without it they stay underspecified
        (``XXXX-05-29``). ``tense_at(start, end)`` gives the tense of the verb governing a
        span; without it a date whose year the text leaves open goes to the nearest reading.
        """
        if isinstance(published, dt.datetime):
            published = published.date()
        folded = fold(text)
        kept: list[tuple[Match, TimexType, str]] = []
        taken: list[tuple[int, int]] = []
        for match in by_preference(find_matches(text, folded, self.compiled, self.tables, self.markers)):
            if match.start == match.end or any(match.start < e and s < match.end for s, e in taken):
                continue
            resolved = self._resolve(match, published, tense_at)
            if resolved is None:
                continue
            taken.append((match.start, match.end))
            kept.append((match, *resolved))
        kept.sort(key=lambda k: k[0].start)
        return [Timex(id=f"T{i}", start=m.start, end=m.end, text=text[m.start:m.end],
                      type=rtype, value=value, rule=m.rule.rule.id)
                for i, (m, rtype, value) in enumerate(kept, start=1)]

    def _resolve(self, match: Match, published: dt.date | None,
                 tense_at: TenseAt | None) -> tuple[TimexType, str] | None:
        def tense() -> Tense | None:
            return tense_at(match.start, match.end) if tense_at is not None else None

        rule = match.rule.rule
        try:
            rtype, value = resolve(rule.value, rule.type, dict(match.slots), published, tense)
        except (ValueError, ArithmeticError, OverflowError):
            return None
        return (rtype, value) if is_timex3_value(value) else None
