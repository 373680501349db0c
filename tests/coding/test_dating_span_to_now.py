"""A duration over which an English present perfect tells what has been done dates the act in the past
(PAST_REF); a simple past or a French passé composé over a duration keeps its other dating."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from communique import SourceInput

pytestmark = pytest.mark.slow


def _dates(pipeline: Any, text: str, language: str, kind: str) -> list[str | None]:
    source = SourceInput(text=text, id="t", language=language, issuer="USA" if language == "en" else "FRA",
                         published=dt.date(2021, 12, 7), published_from="given")
    return [e.date.value for e in pipeline.extract(source).events if e.type == kind]


def test_present_perfect_over_past_weeks_is_past_ref(pipeline: Any) -> None:
    text = "Over the past two weeks, the United States has worked with Jordan and Egypt to end the fighting."
    assert _dates(pipeline, text, "en", "COOPERATE") == ["PAST_REF"]


def test_simple_past_for_two_weeks_keeps_publication_date(pipeline: Any) -> None:
    text = "For two weeks, the United States worked with Jordan and Egypt to end the fighting."
    assert _dates(pipeline, text, "en", "COOPERATE") == ["2021-12-07"]


def test_passe_compose_call_length_keeps_publication_date(pipeline: Any) -> None:
    text = "Le Président de la République s'est entretenu pendant une heure avec le Premier ministre du Japon."
    assert _dates(pipeline, text, "fr", "CONSULT") == ["2021-12-07"]
