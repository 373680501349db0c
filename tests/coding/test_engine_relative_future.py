"""An event noun whose own relative clause is in the future is planned (coder: `_described_future`)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from communique import SourceInput

pytestmark = pytest.mark.slow


def _meeting(pipeline: Any, text: str) -> Any:
    source = SourceInput(text=text, id="x", language="fr", issuer="FRA", published=dt.date(2020, 10, 1),
                         published_from="given")
    events = [e for e in pipeline.extract(source).events if e.rule == "fr.consult.conseil-reunion"]
    assert len(events) == 1
    return events[0]


def test_future_relative_clause_plans_the_meeting(pipeline: Any) -> None:
    event = _meeting(pipeline, "Nous préparons un Conseil européen extraordinaire qui se tiendra à Bruxelles.")
    assert event.status == "planned"


def test_future_passive_relative_clause_plans_the_meeting(pipeline: Any) -> None:
    event = _meeting(pipeline, "La France prépare le prochain Conseil européen qui sera consacré à la migration.")
    assert event.status == "planned"


def test_present_relative_clause_keeps_the_meeting_ongoing(pipeline: Any) -> None:
    event = _meeting(pipeline, "Nous préparons un Conseil européen extraordinaire qui est très attendu.")
    assert event.status == "ongoing"
