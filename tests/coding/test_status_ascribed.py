"""An event noun named in someone's words ("what he described as ...") is hypothetical, not established."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from communique import SourceInput

pytestmark = pytest.mark.slow


def _statuses(pipeline: Any, text: str, language: str) -> list[str]:
    source = SourceInput(text=text, id="t", language=language, issuer="USA" if language == "en" else "FRA",
                         published=dt.date(2021, 12, 7), published_from="given")
    return [e.status for e in pipeline.extract(source).events if e.type == "MOBILIZE"]


def test_movements_described_as_provocative_are_hypothetical(pipeline: Any) -> None:
    text = 'The minister spoke of what she described as "provocative" movements of Russian warships near the ' \
           "Ukrainian coast."
    assert _statuses(pipeline, text, "en") == ["hypothetical"]


def test_movements_spoken_of_go_on(pipeline: Any) -> None:
    text = "The minister spoke of the movements of Russian warships near the Ukrainian coast."
    assert _statuses(pipeline, text, "en") == ["ongoing"]


def test_deployment_qualified_by_the_minister_is_hypothetical(pipeline: Any) -> None:
    text = "Le ministre a évoqué ce qu'il a qualifié de déploiement de troupes russes à la frontière ukrainienne."
    assert _statuses(pipeline, text, "fr") == ["hypothetical"]


def test_deployment_mentioned_goes_on(pipeline: Any) -> None:
    text = "Le ministre a évoqué le déploiement de troupes russes à la frontière ukrainienne."
    assert _statuses(pipeline, text, "fr") == ["ongoing"]
