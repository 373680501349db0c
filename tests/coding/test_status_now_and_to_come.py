"""Coordinated present and future auxiliaries ("sont et seront mis en oeuvre") make an act under way, even
under a date to come; a future alone, or a present alone, keeps the date's planned status."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from communique import SourceInput

pytestmark = pytest.mark.slow

CLAUSE = "La France rappelle que tous les moyens {} mis en oeuvre pour élucider les circonstances de cet attentat " \
         "dans les prochaines heures."


def _statuses(pipeline: Any, text: str) -> list[str]:
    source = SourceInput(text=text, id="t", language="fr", issuer="FRA", published=dt.date(2021, 6, 1),
                         published_from="given")
    return [e.status for e in pipeline.extract(source).events if e.type == "ACCUSE"]


def test_present_and_future_coordinated_is_ongoing(pipeline: Any) -> None:
    assert _statuses(pipeline, CLAUSE.format("sont et seront")) == ["ongoing"]


def test_future_alone_is_planned(pipeline: Any) -> None:
    assert _statuses(pipeline, CLAUSE.format("seront")) == ["planned"]


def test_present_alone_under_a_date_to_come_is_planned(pipeline: Any) -> None:
    assert _statuses(pipeline, CLAUSE.format("sont")) == ["planned"]
