"""A verb of going on makes ongoing the act it governs, unless it is in the past or the future."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from communique import SourceInput

pytestmark = pytest.mark.slow


def _statuses(pipeline: Any, text: str, event_type: str, language: str = "en") -> list[str]:
    source = SourceInput(text=text, id="t", language=language, issuer="USA" if language == "en" else "FRA",
                         published=dt.date(2022, 3, 1), published_from="given")
    return [e.status for e in pipeline.extract(source).events if e.type == event_type]


def test_documenting_that_must_continue_goes_on(pipeline: Any) -> None:
    text = "The UN mission must continue to document the crimes committed by the Russian army."
    assert _statuses(pipeline, text, "ACCUSE") == ["ongoing"]


def test_documenting_done_is_realized(pipeline: Any) -> None:
    text = "The UN mission documented the crimes committed by the Russian army."
    assert _statuses(pipeline, text, "ACCUSE") == ["realized"]


def test_aid_that_france_continues_to_provide_goes_on(pipeline: Any) -> None:
    text = "La France continue de fournir une aide humanitaire au Liban."
    assert _statuses(pipeline, text, "AID", "fr") == ["ongoing"]


def test_aid_provided_is_realized(pipeline: Any) -> None:
    text = "La France a fourni une aide humanitaire au Liban."
    assert _statuses(pipeline, text, "AID", "fr") == ["realized"]

