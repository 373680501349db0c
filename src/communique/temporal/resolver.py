"""Turns a rule's value spec and a match's slots into a TIMEX3 type and value."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from fractions import Fraction

from communique.records import Tense, TimexType
from communique.temporal.calendar import resolve_date
from communique.temporal.schema import (
    DateSpec,
    DurationSpec,
    LexValue,
    LiteralSpec,
    Scalar,
    TenseSpec,
    Term,
    ValueSpec,
)
from communique.temporal.values import format_duration

# How a tense places a date the text leaves open: towards the past or the future, unless a
# reading lies close to the publication date (see calendar.NEAR_DAYS).
TENSE_DIRECTION: dict[str | None, str] = {"past": "likely-past", "future": "likely-future",
                                          "conditional": "likely-future"}


def resolve(
    spec: ValueSpec,
    rtype: TimexType,
    slots: Mapping[str, LexValue],
    published: dt.date | None,
    tense: Callable[[], Tense | None],
) -> tuple[TimexType, str]:
    """The (type, value) of a match; raises ValueError when the slots make no valid value."""
    if isinstance(spec, TenseSpec):
        branches = dict(spec.branches)
        t = tense()
        key = t if t in branches else ("future" if t == "conditional" and "future" in branches else "default")
        return resolve(branches[key], rtype, slots, published, tense)
    if isinstance(spec, LiteralSpec):
        return spec.type or rtype, _text(spec.value, slots)
    if isinstance(spec, DurationSpec):
        parts: dict[str, Fraction | None] = {}
        for unit_term, amount_term in spec.parts:
            unit_value = unit_term.evaluate(slots)
            if unit_value is None:
                continue  # a part whose unit the pattern did not match
            unit = str(unit_value)
            amount = amount_term.evaluate(slots)
            if amount is None:
                raise ValueError(f"no amount for {amount_term.source!r}")
            parts[unit] = None if amount == "X" else _fraction(amount)
        return spec.type or rtype, format_duration(parts)
    return spec.type or rtype, _date(spec, slots, published, tense)


def _date(spec: DateSpec, slots: Mapping[str, LexValue], published: dt.date | None,
          tense: Callable[[], Tense | None]) -> str:
    fields: dict[str, int | str] = {}
    for name, term in spec.fields:
        v = term.evaluate(slots)
        if v is None:
            continue
        fields[name] = str(v) if name == "season" else _int(v)
    shifts = []
    for unit_term, amount_term in spec.shifts:
        amount = amount_term.evaluate(slots)
        if amount is not None:
            shifts.append((_text(unit_term, slots), _int(amount)))
    direction = _text(spec.direction, slots) if spec.direction is not None else "nearest"
    if direction == "tense":
        direction = TENSE_DIRECTION.get(tense(), "nearest")
    granularity = _text(spec.granularity, slots) if spec.granularity is not None else None
    if spec.part is not None or spec.time:
        granularity = "day"
        if not fields and not shifts:
            shifts = [("day", 0)]
    value = resolve_date(fields, shifts, direction, granularity, published)
    if spec.part is not None:
        return f"{value}T{_text(spec.part, slots)}"
    if spec.time:
        return f"{value}T{_clock(dict(spec.time), slots)}"
    return value


def _clock(time: Mapping[str, Term], slots: Mapping[str, LexValue]) -> str:
    hour = _int(_need(time["hour"], slots))
    minute = _int(time["minute"].evaluate(slots) or 0) if "minute" in time else 0
    if "meridiem" in time:
        offset = time["meridiem"].evaluate(slots)
        if offset is not None:
            if hour > 12:
                raise ValueError("a 12-hour clock reading above 12")
            hour = hour % 12 + _int(offset)
    if not (0 <= hour <= 24 and 0 <= minute <= 59):
        raise ValueError("not a time of day")
    return f"{hour:02d}:{minute:02d}"


def _need(term: Term, slots: Mapping[str, LexValue]) -> Scalar:
    v = term.evaluate(slots)
    if v is None:
        raise ValueError(f"nothing for {term.source!r}")
    return v


def _text(term: Term, slots: Mapping[str, LexValue]) -> str:
    return str(_need(term, slots))


def _int(v: Scalar) -> int:
    if isinstance(v, str):
        return int(v)
    if isinstance(v, Fraction):
        if v.denominator != 1:
            raise ValueError(f"{v} is not a whole number")
        return int(v)
    return v


def _fraction(v: Scalar) -> Fraction:
    if isinstance(v, str):
        return Fraction(v)
    return Fraction(v)
