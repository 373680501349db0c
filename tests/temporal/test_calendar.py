"""Placing partly given dates relative to the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.temporal.calendar import resolve_date

PUB = dt.date(2018, 2, 9)  # a Friday


@pytest.mark.parametrize(("direction", "value"), [
    ("past", "2017-12"), ("future", "2018-12"), ("nearest", "2017-12"), ("last", "2017-12"), ("next", "2018-12"),
])
def test_month_by_direction(direction: str, value: str) -> None:
    assert resolve_date({"month": 12}, [], direction, None, PUB) == value


def test_last_excludes_the_current_period_and_past_includes_it() -> None:
    assert resolve_date({"month": 2}, [], "last", None, PUB) == "2017-02"
    assert resolve_date({"month": 2}, [], "past", None, PUB) == "2018-02"
    assert resolve_date({"month": 2, "day": 9}, [], "next", None, PUB) == "2019-02-09"


def test_a_past_tense_gives_way_to_a_reading_close_to_publication() -> None:
    # "the summit of June 23" in a text of June 15 told in the past tense is the coming one
    assert resolve_date({"month": 6, "day": 23}, [], "likely-past", None, dt.date(2022, 6, 15)) == "2022-06-23"
    # far readings follow the tense
    assert resolve_date({"month": 12, "day": 12}, [], "likely-past", None, PUB) == "2017-12-12"
    assert resolve_date({"month": 1, "day": 12}, [], "likely-future", None, PUB) == "2019-01-12"


@pytest.mark.parametrize(("direction", "value"), [
    ("last", "2018-02-05"), ("next", "2018-02-12"), ("nearest", "2018-02-12"), ("past", "2018-02-05"),
    ("future", "2018-02-12"),
])
def test_weekday(direction: str, value: str) -> None:
    assert resolve_date({"weekday": 1}, [], direction, None, PUB) == value


def test_same_weekday_as_publication() -> None:
    assert resolve_date({"weekday": 5}, [], "nearest", None, PUB) == "2018-02-09"
    assert resolve_date({"weekday": 5}, [], "last", None, PUB) == "2018-02-02"


@pytest.mark.parametrize(("shifts", "value"), [
    ([("day", -1)], "2018-02-08"), ([("week", 1)], "2018-W07"), ([("month", -1)], "2018-01"),
    ([("year", 1)], "2019"), ([("quarter", 1)], "2018-Q2"), ([("half", -1)], "2017-H2"),
    ([("weekend", 0)], "2018-W06-WE"), ([("day", -30)], "2018-01-10"), ([("decade", -1)], "200X"),
])
def test_shifts(shifts: list[tuple[str, int]], value: str) -> None:
    assert resolve_date({}, shifts, "nearest", None, PUB) == value


def test_fields_within_a_shifted_period() -> None:
    assert resolve_date({"quarter": 1}, [("year", 1)], "nearest", "quarter", dt.date(2020, 10, 6)) == "2021-Q1"
    assert resolve_date({"weekday": 1}, [("week", 1)], "nearest", "day", PUB) == "2018-02-12"


def test_seasons() -> None:
    sept = dt.date(2023, 9, 21)
    assert resolve_date({"season": "WI"}, [], "nearest", None, sept) == "2023-WI"
    assert resolve_date({"season": "WI"}, [], "last", None, sept) == "2022-WI"
    assert resolve_date({"season": "WI"}, [], "nearest", None, PUB) == "2017-WI"


def test_absolute_dates_need_no_anchor() -> None:
    assert resolve_date({"year": 2015}, [], "nearest", None, None) == "2015"
    assert resolve_date({"year": 2021, "quarter": 3}, [], "nearest", None, None) == "2021-Q3"
    assert resolve_date({"decade": 1990}, [], "nearest", None, None) == "199X"
    assert resolve_date({"century": 20}, [], "nearest", None, None) == "19"


@pytest.mark.parametrize(("fields", "shifts", "value"), [
    ({"month": 5, "day": 29}, [], "XXXX-05-29"),
    ({"month": 12}, [], "XXXX-12"),
    ({"weekday": 3}, [], "XXXX-WXX-3"),
    ({}, [("day", -1)], "XXXX-XX-XX"),
    ({}, [("week", 1)], "XXXX-WXX"),
    ({"season": "WI"}, [], "XXXX-WI"),
    ({"quarter": 1}, [("year", 1)], "XXXX-Q1"),
])
def test_no_publication_date_no_guess(fields: dict[str, int | str], shifts: list[tuple[str, int]],
                                      value: str) -> None:
    assert resolve_date(fields, shifts, "nearest", None, None) == value


def test_impossible_dates_raise() -> None:
    with pytest.raises(ValueError):
        resolve_date({"year": 2018, "month": 2, "day": 30}, [], "nearest", None, None)
