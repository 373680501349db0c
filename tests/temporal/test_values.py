"""The TIMEX3 value validator and the formatting of durations and periods."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from communique.temporal import is_timex3_value
from communique.temporal.values import format_day, format_duration, season_of

VALID = [
    "2018", "2018-02", "2018-02-09", "XXXX-05-29", "XXXX-12", "XXXX-XX-XX", "XXXX", "2018-W07", "2020-W45",
    "2018-W06-WE", "XXXX-WXX", "XXXX-WXX-1", "2021-Q1", "2022-H1", "2020-WI", "2023-SU", "XXXX-Q3", "194X",
    "199", "20", "2018-02-09TMO", "2018-02-09TAF", "2018-02-09TEV", "2020-11-09TNI", "2018-02-09T10:30",
    "XXXX-XX-XXTMO", "2018-02-09T10:30:15", "PT1H", "P2Y", "PT48H", "PT1H30M", "P40Y", "PT72H", "PXD",
    "PXW", "PXDE", "P1W", "P1DT12H", "P2Y6M", "PTXH", "P1.5Y", "PRESENT_REF", "PAST_REF", "FUTURE_REF",
]
INVALID = [
    "", "2018-13", "2018-02-30", "2018-2-9", "18-02-09", "2018-W54", "2018-Q5", "2018-H3", "2018-XX-WI",
    "P", "PT", "P1H", "1Y", "PRESENT", "2018-02-09T25:00", "2018-02-09T10:61", "XXXX-H3",
    "today", "P1Y2", "2018-02-09 ",
]


@pytest.mark.parametrize("value", VALID)
def test_valid_values(value: str) -> None:
    assert is_timex3_value(value)


@pytest.mark.parametrize("value", INVALID)
def test_invalid_values(value: str) -> None:
    assert not is_timex3_value(value)


@pytest.mark.parametrize(("parts", "value"), [
    ({"hour": Fraction(3, 2)}, "PT1H30M"),
    ({"year": Fraction(5, 2)}, "P2Y6M"),
    ({"day": None}, "PXD"),
    ({"decade": None}, "PXDE"),
    ({"weekend": Fraction(1)}, "P1W"),
    ({"quarter": Fraction(2)}, "P6M"),
    ({"hour": Fraction(1, 2)}, "PT30M"),
    ({"day": Fraction(3, 2)}, "P1DT12H"),
    ({"hour": Fraction(1), "minute": Fraction(30)}, "PT1H30M"),
])
def test_format_duration(parts: dict[str, Fraction | None], value: str) -> None:
    assert format_duration(parts) == value
    assert is_timex3_value(value)


def test_format_duration_rejects_unknown_units() -> None:
    with pytest.raises(ValueError):
        format_duration({"fortnight": Fraction(1)})


@pytest.mark.parametrize(("day", "granularity", "value"), [
    (dt.date(2018, 2, 9), "week", "2018-W06"),
    (dt.date(2022, 1, 2), "week", "2021-W52"),  # ISO week-year
    (dt.date(2018, 2, 9), "quarter", "2018-Q1"),
    (dt.date(2018, 8, 9), "half", "2018-H2"),
    (dt.date(2018, 2, 9), "season", "2017-WI"),  # winter belongs to the year of its December
    (dt.date(2018, 12, 9), "season", "2018-WI"),
    (dt.date(1947, 2, 9), "decade", "194X"),
    (dt.date(2018, 2, 9), "century", "20"),
    (dt.date(2018, 2, 9), "weekend", "2018-W06-WE"),
])
def test_format_day(day: dt.date, granularity: str, value: str) -> None:
    assert format_day(day, granularity) == value


def test_season_of_spring() -> None:
    assert season_of(dt.date(2020, 4, 1)) == (2020, "SP")
