"""Typed records for a language's ``temporal.yaml``: lexicons, rules, value specs, examples.

A value spec says declaratively how a match becomes a TIMEX3 value. Its numbers and
names are *terms*: a literal (``1``, ``"MO"``), a slot of the pattern (``$month``), a
negated slot (``-$number``), a sum (``$number+0.5``) or fallbacks tried in order
(``$dir|tense``: the slot ``dir`` if the pattern matched it, else ``tense``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction

from communique.records import Tense, TimexType

LexScalar = int | float | str
LexValue = int | float | str | Mapping[str, LexScalar]
Scalar = int | Fraction | str


@dataclass(frozen=True)
class Summand:
    """One part of a term: a slot (with a sign) or a literal."""

    slot: str | None
    literal: LexValue | None
    sign: int = 1


@dataclass(frozen=True)
class Term:
    """A value from slots or literals; the first alternative whose slots all matched wins."""

    alternatives: tuple[tuple[Summand, ...], ...]
    source: str

    def slots(self) -> frozenset[str]:
        """Every slot the term reads (``$holiday.month`` reads the slot ``holiday``)."""
        return frozenset(s.slot.split(".")[0] for alt in self.alternatives for s in alt if s.slot)

    def literals(self) -> tuple[LexValue, ...]:
        """The literal alternatives that stand alone (for validation)."""
        return tuple(alt[0].literal for alt in self.alternatives
                     if len(alt) == 1 and alt[0].slot is None and alt[0].literal is not None)

    def evaluate(self, slots: Mapping[str, LexValue]) -> Scalar | None:
        """The term's value, or None if no alternative can be computed."""
        for alt in self.alternatives:
            values = [_read(s, slots) for s in alt]
            if any(v is None for v in values):
                continue
            if len(alt) == 1 and alt[0].sign == 1 and isinstance(values[0], str):
                return values[0]
            total = Fraction(0)
            for s, v in zip(alt, values, strict=True):
                if not isinstance(v, (int, float)):
                    raise ValueError(f"term {self.source!r}: {v!r} is not a number")
                total += s.sign * Fraction(str(v)) if isinstance(v, float) else s.sign * Fraction(v)
            return int(total) if total.denominator == 1 else total
        return None


def _read(summand: Summand, slots: Mapping[str, LexValue]) -> LexValue | None:
    if summand.slot is None:
        return summand.literal
    name, _, attr = summand.slot.partition(".")
    value = slots.get(name)
    if attr:
        return value.get(attr) if isinstance(value, Mapping) else None
    return value


@dataclass(frozen=True)
class LiteralSpec:
    """A value written out (``PRESENT_REF``, ``P1W``) or read from a slot whose lexicon holds values."""

    value: Term
    type: TimexType | None = None


@dataclass(frozen=True)
class DateSpec:
    """A calendar value: fields set, shifts of the anchor, direction, granularity, time of day."""

    fields: tuple[tuple[str, Term], ...] = ()
    shifts: tuple[tuple[Term, Term], ...] = ()
    direction: Term | None = None
    granularity: Term | None = None
    part: Term | None = None
    time: tuple[tuple[str, Term], ...] = ()
    type: TimexType | None = None


@dataclass(frozen=True)
class DurationSpec:
    """A duration (or, with type SET, a recurrence): amounts per unit; amount ``X`` is vague."""

    parts: tuple[tuple[Term, Term], ...]
    type: TimexType | None = None


@dataclass(frozen=True)
class TenseSpec:
    """A choice by the tense of the governing verb: keys past, present, future, conditional, default."""

    branches: tuple[tuple[str, ValueSpec], ...]


ValueSpec = LiteralSpec | DateSpec | DurationSpec | TenseSpec


@dataclass(frozen=True)
class Lexicon:
    """Named words with their values; ``patterns`` are regular expressions read as numbers."""

    name: str
    entries: Mapping[str, LexValue]
    patterns: tuple[str, ...] = ()
    capitalized: bool = False


@dataclass(frozen=True)
class Example:
    """A text the rule must tag: the span text and value it must give."""

    text: str
    span: str
    value: str
    published: dt.date | None
    tense: Tense | None = None
    type: TimexType | None = None


@dataclass(frozen=True)
class Negative:
    """A text in which the rule must tag nothing."""

    text: str
    published: dt.date | None
    tense: Tense | None = None


@dataclass(frozen=True)
class Rule:
    """One rule: a pattern with named slots, optional contexts, and how to normalize a match."""

    id: str
    type: TimexType
    pattern: str
    value: ValueSpec
    before: str | None = None
    after: str | None = None
    not_before: str | None = None
    not_after: str | None = None
    priority: int = 0
    examples: tuple[Example, ...] = ()
    negatives: tuple[Negative, ...] = ()
    comment: str = ""


@dataclass(frozen=True)
class RuleSet:
    """Everything a language's ``temporal.yaml`` holds."""

    language: str
    lexicons: Mapping[str, Lexicon]
    macros: Mapping[str, str]
    rules: tuple[Rule, ...]
    settings: Mapping[str, str] = field(default_factory=dict)
    source: str = ""
