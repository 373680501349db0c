"""TIMEX3 values: the validator and the formatting of dates, periods and durations.

Values follow TIMEX3 (ISO 8601 with TimeML conventions): calendar dates at any
granularity (``2018``, ``2018-02``, ``2018-02-09``), weeks (``2018-W07``, ``2018-W07-WE``),
quarters, halves and seasons (``2018-Q1``, ``2018-H2``, ``2018-WI``), decades and
centuries (``194X``, ``199``, ``20``), times (``2018-02-09TMO``, ``2018-02-09T10:30``),
durations (``P2Y``, ``PT1H30M``, ``PXD``), vague references (``PRESENT_REF``) and the
X-underspecified forms of all of them (``XXXX-05-29``, ``XXXX-WXX-1``).
"""

from __future__ import annotations

import datetime as dt
import re
from fractions import Fraction

REFS = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
PARTS_OF_DAY = frozenset({"MO", "MI", "AF", "EV", "NI", "DT"})

_YEAR = r"(?:\d{4}|\d{3}X|\d{2}XX|XXXX)"
_MONTH = r"(?:0[1-9]|1[0-2]|XX)"
_DAY = r"(?:0[1-9]|[12]\d|3[01]|XX)"
_WEEK = r"(?:0[1-9]|[1-4]\d|5[0-3]|XX)"
_CALENDAR = (
    rf"{_YEAR}(?:-{_MONTH}(?:-{_DAY})?)?"
    rf"|{_YEAR}-W{_WEEK}(?:-[1-7X]|-WE)?"
    rf"|{_YEAR}-(?:Q[1-4X]|H[12X]|SP|SU|FA|WI)"
    r"|\d{3}|\d{2}"  # decade ("199") and century ("19") in TimeML style
)
_CLOCK = r"(?:[01]\d|2[0-4]|XX)(?::[0-5]\d(?::[0-5]\d)?)?"
_TIME = rf"(?:{_YEAR}-{_MONTH}-{_DAY}|{_YEAR}-W{_WEEK}-[1-7X])T(?:MO|MI|AF|EV|NI|DT|{_CLOCK})"
_NUM = r"(?:\d+(?:\.\d+)?|X)"
_DURATION = rf"P(?:{_NUM}(?:CE|DE|ML|Y|Q|M|W|D))+(?:T(?:{_NUM}[HMS])+)?|PT(?:{_NUM}[HMS])+"
_VALUE = re.compile(rf"(?:{_CALENDAR}|{_TIME}|{_DURATION})")
_FULL_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")

# Duration units: (ISO letter, is a time unit after "T", next smaller unit, how many of it make one).
_DURATION_UNITS: dict[str, tuple[str, bool, str | None, int]] = {
    "century": ("CE", False, "year", 100),
    "decade": ("DE", False, "year", 10),
    "year": ("Y", False, "month", 12),
    "half": ("M", False, None, 0),  # converted to 6 months before formatting
    "quarter": ("M", False, None, 0),  # converted to 3 months before formatting
    "month": ("M", False, "day", 30),
    "week": ("W", False, "day", 7),
    "weekend": ("W", False, "day", 7),
    "day": ("D", False, "hour", 24),
    "hour": ("H", True, "minute", 60),
    "minute": ("M", True, "second", 60),
    "second": ("S", True, None, 0),
}
DURATION_UNITS = frozenset(_DURATION_UNITS)
_ORDER = ("century", "decade", "year", "month", "week", "day", "hour", "minute", "second")


def is_timex3_value(value: str) -> bool:
    """True if ``value`` is a well-formed TIMEX3 value (a fully given date must exist)."""
    if value in REFS:
        return True
    if not _VALUE.fullmatch(value):
        return False
    m = _FULL_DATE.match(value)
    if m:
        try:
            dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return False
    return True


def calendar_day(value: str | None) -> dt.date | None:
    """The calendar day a TIMEX3 value names, at the day or finer (``2018-02-09``, ``2018-02-09TMO``), or None
    (``2018-02``, ``2018-W06``, ``XXXX-05-29``, ``FUTURE_REF``, an impossible date)."""
    text = value or ""
    m = _FULL_DATE.match(text)
    if m is None or text[m.end():m.end() + 1] not in {"", "T"}:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def format_duration(parts: dict[str, Fraction | None]) -> str:
    """A duration value from amounts per unit (``None`` = vague "X"): ``{"hour": 1.5}`` -> ``PT1H30M``."""
    amounts: dict[str, Fraction | None] = {}
    for unit, amount in parts.items():
        if unit == "half":
            unit, amount = "month", None if amount is None else amount * 6
        elif unit == "quarter":
            unit, amount = "month", None if amount is None else amount * 3
        elif unit == "weekend":
            unit = "week"
        if unit not in _DURATION_UNITS:
            raise ValueError(f"unknown duration unit {unit!r}")
        if amount is None:
            amounts[unit] = None
            continue
        while amount is not None and amount.denominator != 1:
            whole = Fraction(int(amount))
            _, _, smaller, factor = _DURATION_UNITS[unit]
            if smaller is None:
                break
            rest = (amount - whole) * factor
            if whole:
                amounts[unit] = (amounts.get(unit) or Fraction(0)) + whole
            unit, amount = smaller, rest
        amounts[unit] = (amounts.get(unit) or Fraction(0)) + (amount or Fraction(0))
    date_part: list[str] = []
    time_part: list[str] = []
    for unit in _ORDER:
        if unit not in amounts:
            continue
        letter, is_time, _, _ = _DURATION_UNITS[unit]
        amount = amounts[unit]
        text = "X" if amount is None else _number(amount)
        (time_part if is_time else date_part).append(f"{text}{letter}")
    out = "P" + "".join(date_part) + ("T" + "".join(time_part) if time_part else "")
    if out == "P":
        raise ValueError("empty duration")
    return out


def _number(amount: Fraction) -> str:
    if amount.denominator == 1:
        return str(amount.numerator)
    return f"{float(amount):g}"


def season_of(day: dt.date) -> tuple[int, str]:
    """The (year, season) a day falls in; winter belongs to the year of its December."""
    m = day.month
    if m == 12:
        return day.year, "WI"
    if m <= 2:
        return day.year - 1, "WI"
    return day.year, ("SP", "SU", "FA")[(m - 3) // 3]


def format_day(day: dt.date, granularity: str) -> str:
    """The value of the period of ``granularity`` that contains ``day``."""
    y = day.year
    if granularity == "day":
        return day.isoformat()
    if granularity == "month":
        return f"{y:04d}-{day.month:02d}"
    if granularity == "year":
        return f"{y:04d}"
    if granularity in ("week", "weekend"):
        iso = day.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}" + ("-WE" if granularity == "weekend" else "")
    if granularity == "quarter":
        return f"{y:04d}-Q{(day.month - 1) // 3 + 1}"
    if granularity == "half":
        return f"{y:04d}-H{1 if day.month <= 6 else 2}"
    if granularity == "season":
        sy, season = season_of(day)
        return f"{sy:04d}-{season}"
    if granularity == "decade":
        return f"{y // 10:03d}X"
    if granularity == "century":
        return f"{y // 100:02d}"
    raise ValueError(f"unknown granularity {granularity!r}")


def underspecified(granularity: str, fields: dict[str, int | str]) -> str:
    """The X-form of a value whose year (or anchor) is unknown, keeping every field that is known."""
    def two(name: str) -> str:
        v = fields.get(name)
        return f"{int(v):02d}" if v is not None else "XX"

    if "weekday" in fields and granularity == "day" and "day" not in fields:
        return f"XXXX-WXX-{int(fields['weekday'])}"
    if granularity == "day":
        return f"XXXX-{two('month')}-{two('day')}"
    if granularity == "month":
        return f"XXXX-{two('month')}"
    if granularity in ("week", "weekend"):
        return "XXXX-WXX" + ("-WE" if granularity == "weekend" else "")
    if granularity == "quarter":
        return f"XXXX-Q{fields.get('quarter', 'X')}"
    if granularity == "half":
        return f"XXXX-H{fields.get('half', 'X')}"
    if granularity == "season":
        return f"XXXX-{fields['season']}" if "season" in fields else "XXXX-XX"
    if granularity == "decade":
        return "XXXX"
    if granularity == "century":
        return "XXXX"
    return "XXXX"
