"""An event noun that frames the time of a clause ("during the visit, they signed") takes its tense and date."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from communique import SourceInput

pytestmark = pytest.mark.slow


def _consults(pipeline: Any, text: str) -> list[tuple[str, str | None]]:
    source = SourceInput(text=text, id="t", language="en", issuer="USA", published=dt.date(2022, 3, 3),
                         published_from="given")
    return [(e.status, e.date.value) for e in pipeline.extract(source).events if e.type == "CONSULT"]


def test_visit_during_which_an_agreement_was_signed_took_place_that_day(pipeline: Any) -> None:
    text = "During President Macron's visit to Moscow, France and Russia signed an agreement on trade."
    assert _consults(pipeline, text) == [("realized", "2022-03-03")]


def test_visit_during_which_an_agreement_will_be_signed_is_planned(pipeline: Any) -> None:
    text = "During President Macron's visit to Moscow next week, France and Russia will sign an agreement on trade."
    assert [status for status, _ in _consults(pipeline, text)] == ["planned"]


def test_tasks_tackled_during_an_operation_do_not_date_it(pipeline: Any) -> None:
    text = "The President described the tasks being tackled during President Macron's visit to Moscow."
    assert _consults(pipeline, text) == [("ongoing", None)]


def test_a_meeting_that_frames_an_agreement_is_not_what_was_agreed(pipeline: Any) -> None:
    text = "The evacuation went ahead as agreed during the February 26 meeting between Vladimir Putin and Xi Jinping."
    assert _consults(pipeline, text) == [("realized", "2022-02-26")]
    text = "Vladimir Putin and Xi Jinping agreed to hold a meeting of their foreign ministers in April."
    assert [status for status, _ in _consults(pipeline, text)] == ["planned"]
