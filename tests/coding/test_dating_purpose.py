"""An infinitive of purpose under a verb dated to come takes that date; under a past verb it does not."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from communique import SourceInput

pytestmark = pytest.mark.slow


def _aid(pipeline: Any, text: str) -> list[tuple[str | None, str]]:
    source = SourceInput(text=text, id="t", language="fr", issuer="FRA",
                         published=dt.date(2022, 3, 1), published_from="given")
    return [(e.date.value, e.status) for e in pipeline.extract(source).events if e.type == "AID"]


def test_a_purpose_under_a_verb_to_come_is_dated_to_come(pipeline: Any) -> None:
    text = "La France prendra des mesures dans les prochains jours pour apporter une aide humanitaire au Liban."
    assert _aid(pipeline, text) == [("FUTURE_REF", "planned")]


def test_a_purpose_under_a_past_dated_verb_keeps_the_publication_day(pipeline: Any) -> None:
    text = "La France a pris des mesures hier pour apporter une aide humanitaire au Liban."
    assert _aid(pipeline, text) == [("2022-03-01", "realized")]
