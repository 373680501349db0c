"""Calendar arithmetic: placing a partly given date relative to an anchor (the publication date).

A date request names fields (``month``, ``day``, ``weekday``, ``season`` ...), shifts of the
anchor (``{"week": 1}``) and a direction for fields that leave the year open
("décembre" after a past-tense verb is the last December on or before the anchor).
Everything here is language-neutral.
"""

from __future__ import annotations

import calendar as cal
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from communique.temporal.values import format_day, underspecified

GRANULARITIES = ("century", "decade", "year", "half", "quarter", "season", "month",
                 "week", "weekend", "day")
DATE_FIELDS = frozenset({"century", "decade", "year", "half", "quarter", "season", "month",
                         "day", "weekday"})
SHIFT_UNITS = frozenset({"century", "decade", "year", "half", "quarter", "month", "week",
                         "weekend", "day"})
DIRECTIONS = frozenset({"last", "next", "past", "future", "nearest", "none", "likely-past", "likely-future"})
# A reading this close to the anchor (in days) wins over a past tense: readouts narrate in the
# past ("they discussed the summit of June 23", "exchanged New Year greetings"), so a past verb
# is weak evidence about a date that hangs from a noun; a future verb is strong evidence.
NEAR_DAYS = 31
SEASONS = ("SP", "SU", "FA", "WI")
_FIELD_GRANULARITY = {"weekday": "day", "day": "day", "month": "month", "season": "season",
                      "quarter": "quarter", "half": "half", "year": "year", "decade": "decade",
                      "century": "century"}


@dataclass(frozen=True)
class Candidate:
    """One possible reading: its first and last day and its value."""

    start: dt.date
    end: dt.date
    value: str


def finest(names: Sequence[str]) -> str:
    """The finest granularity among fields and shift units."""
    grans = [_FIELD_GRANULARITY.get(n, n) for n in names]
    return max(grans, key=GRANULARITIES.index) if grans else "day"


def resolve_date(
    fields: Mapping[str, int | str],
    shifts: Sequence[tuple[str, int]],
    direction: str,
    granularity: str | None,
    anchor: dt.date | None,
) -> str:
    """The TIMEX3 value of a date request (raises ValueError for impossible dates)."""
    gran = granularity or finest([*fields, *(u for u, _ in shifts)])
    if any(k in fields for k in ("year", "decade", "century")):
        return _absolute(fields, gran)
    if shifts:
        if anchor is None:
            return underspecified(gran, dict(fields))
        day = anchor
        for unit, amount in shifts:
            day = shift(day, unit, amount)
        return format_day(_within(day, fields), gran)
    if not fields:
        return underspecified(gran, {}) if anchor is None else format_day(anchor, gran)
    if anchor is None or direction == "none":
        return underspecified(gran, dict(fields))
    if _weekday_only(fields):
        cands = _weekday_candidates(fields, anchor)
        direction = direction.removeprefix("likely-")
    else:
        cands = _year_candidates(fields, gran, anchor)
        if direction == "likely-past":
            near = choose(cands, anchor, "nearest")
            close = near is not None and gap(near, anchor) <= NEAR_DAYS
            direction = "nearest" if close else "past"
        direction = direction.removeprefix("likely-")
    pick = choose(cands, anchor, direction)
    if pick is None:
        return underspecified(gran, dict(fields))
    return pick.value


def shift(day: dt.date, unit: str, amount: int) -> dt.date:
    """``day`` moved by ``amount`` units (months clamp to the month's last day)."""
    if unit == "day":
        return day + dt.timedelta(days=amount)
    if unit in ("week", "weekend"):
        return day + dt.timedelta(days=7 * amount)
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}[unit]
    total = day.year * 12 + day.month - 1 + months * amount
    year, month = divmod(total, 12)
    if not 1 <= year <= 9999:
        raise ValueError("year out of range")
    return dt.date(year, month + 1, min(day.day, cal.monthrange(year, month + 1)[1]))


def choose(cands: Sequence[Candidate], anchor: dt.date, direction: str) -> Candidate | None:
    """The candidate a direction picks: last/next exclude the anchor's own period, past/future include
    it, nearest is the closest (a tie goes to the anchor's year)."""
    if direction == "past":
        pool = [c for c in cands if c.start <= anchor]
        return max(pool, key=lambda c: c.start, default=None)
    if direction == "last":
        pool = [c for c in cands if c.end < anchor]
        return max(pool, key=lambda c: c.start, default=None)
    if direction == "future":
        pool = [c for c in cands if c.end >= anchor]
        return min(pool, key=lambda c: c.start, default=None)
    if direction == "next":
        pool = [c for c in cands if c.start > anchor]
        return min(pool, key=lambda c: c.start, default=None)

    return min(cands, key=lambda c: (gap(c, anchor), c.start.year != anchor.year), default=None)


def gap(c: Candidate, anchor: dt.date) -> int:
    """Days between the anchor and a candidate period (0 if the period contains it)."""
    if c.start <= anchor <= c.end:
        return 0
    return (c.start - anchor).days if c.start > anchor else (anchor - c.end).days


def _weekday_only(fields: Mapping[str, int | str]) -> bool:
    return "weekday" in fields and not any(k in fields for k in ("day", "month", "season", "quarter", "half"))


def _weekday_candidates(fields: Mapping[str, int | str], anchor: dt.date) -> list[Candidate]:
    weekday = int(fields["weekday"])
    out = []
    for k in range(-7, 8):
        day = anchor + dt.timedelta(days=k)
        if day.isoweekday() == weekday:
            out.append(Candidate(day, day, day.isoformat()))
    return out


def _year_candidates(fields: Mapping[str, int | str], gran: str, anchor: dt.date) -> list[Candidate]:
    out = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            start, end = period(year, fields)
        except ValueError:
            continue
        out.append(Candidate(start, end, format_day(start, gran) if gran != "season" else
                             f"{year:04d}-{fields['season']}"))
    return out


def period(year: int, fields: Mapping[str, int | str]) -> tuple[dt.date, dt.date]:
    """First and last day of the period the fields name in ``year``."""
    if "month" in fields:
        month = int(fields["month"])
        if "day" in fields:
            day = dt.date(year, month, int(fields["day"]))
            return day, day
        return dt.date(year, month, 1), dt.date(year, month, cal.monthrange(year, month)[1])
    if "season" in fields:
        i = SEASONS.index(str(fields["season"]))
        start = dt.date(year, 3 + 3 * i, 1)
        return start, shift(start, "month", 3) - dt.timedelta(days=1)
    if "quarter" in fields:
        start = dt.date(year, 3 * int(fields["quarter"]) - 2, 1)
        return start, shift(start, "quarter", 1) - dt.timedelta(days=1)
    if "half" in fields:
        start = dt.date(year, 6 * int(fields["half"]) - 5, 1)
        return start, shift(start, "half", 1) - dt.timedelta(days=1)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _within(day: dt.date, fields: Mapping[str, int | str]) -> dt.date:
    """Set the fields given inside the (shifted) anchor's period: "Monday of next week"."""
    if "weekday" in fields and "day" not in fields:
        return day + dt.timedelta(days=int(fields["weekday"]) - day.isoweekday())
    if any(k in fields for k in ("month", "season", "quarter", "half")):
        return period(day.year, fields)[0]
    return day


def _absolute(fields: Mapping[str, int | str], gran: str) -> str:
    """A date whose year (decade, century) is written out."""
    if "century" in fields and "year" not in fields:
        return f"{int(fields['century']) - 1:02d}"
    if "decade" in fields and "year" not in fields:
        return f"{int(fields['decade']) // 10:03d}X"
    year = int(fields["year"])
    if not 1 <= year <= 9999:
        raise ValueError("year out of range")
    if gran == "season" and "season" in fields:
        return f"{year:04d}-{fields['season']}"
    if gran == "year":
        return f"{year:04d}"
    start, _ = period(year, fields)
    return format_day(start, gran)
