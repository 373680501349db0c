"""A past participle describing a noun tells a past act: the event noun framing its time is over ("the
projects launched during the visit"), the act it describes is background, not dated by publication; what
a speaker is proud of or grateful for has been done."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from communique import SourceInput
from communique.records import Event

pytestmark = pytest.mark.slow


def _events(pipeline: Any, text: str, language: str, kind: str) -> list[Event]:
    source = SourceInput(text=text, id="t", language=language, issuer="USA" if language == "en" else "FRA",
                         published=dt.date(2021, 12, 7), published_from="given")
    return [e for e in pipeline.extract(source).events if e.type == kind]


def test_visit_framing_a_participle_is_over(pipeline: Any) -> None:
    text = "The minister praised the projects signed during the visit of the Japanese Prime Minister to Kenya."
    assert [e.status for e in _events(pipeline, text, "en", "CONSULT")] == ["realized"]


def test_visit_framing_a_future_verb_is_planned(pipeline: Any) -> None:
    text = "The two countries will sign several projects during the visit of the Japanese Prime Minister to Kenya."
    assert [e.status for e in _events(pipeline, text, "en", "CONSULT")] == ["planned"]


def test_assistance_one_is_grateful_for_is_realized(pipeline: Any) -> None:
    text = "Canada is grateful for the humanitarian assistance of Japan to Haiti."
    assert [e.status for e in _events(pipeline, text, "en", "AID")] == ["realized"]


def test_assistance_spoken_of_goes_on(pipeline: Any) -> None:
    text = "Canada spoke of the humanitarian assistance of Japan to Haiti."
    assert [e.status for e in _events(pipeline, text, "en", "AID")] == ["ongoing"]


def test_act_described_by_a_participle_is_not_dated_by_publication(pipeline: Any) -> None:
    text = "The minister praised the humanitarian assistance delivered by Japan to Haiti."
    assert [e.date.value for e in _events(pipeline, text, "en", "AID")] == [None]
