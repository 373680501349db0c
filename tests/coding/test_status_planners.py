"""A verb of deciding makes planned the event it governs, also through the nouns of a phrase."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from communique import SourceInput

pytestmark = pytest.mark.slow


def _statuses(pipeline: Any, text: str, event_type: str) -> list[str]:
    source = SourceInput(text=text, id="t", language="en", issuer="USA", published=dt.date(2022, 3, 1),
                         published_from="given")
    return [e.status for e in pipeline.extract(source).events if e.type == event_type]


def test_consultations_in_a_process_decided_are_planned(pipeline: Any) -> None:
    text = "The United States and France have decided to open a process of in-depth consultations."
    assert _statuses(pipeline, text, "CONSULT") == ["planned"]


def test_consultations_held_are_not_planned(pipeline: Any) -> None:
    text = "The United States and France held in-depth consultations today."
    assert _statuses(pipeline, text, "CONSULT") == ["realized"]
