"""Quality on the dev gold set: floors pinned under today's measured figures, per language.

Figures measured with communique 0.1 (see docs/quality.md); each floor is the measured
value minus a small margin, so that a regression fails and a run-to-run wobble does not.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from communique import SourceInput
from communique.evaluation import Report, score

pytestmark = pytest.mark.slow

# metric -> {language: floor}; F1 for counts, accuracy for the *_acc metrics.
FLOORS: dict[str, dict[str, float]] = {
    "timex_value": {"fr": 0.96, "en": 0.97},
    "entities": {"fr": 0.935, "en": 0.925},
    "entity_code_acc": {"fr": 0.96, "en": 0.98},
    "events": {"fr": 0.85, "en": 0.86},
    "events_strict": {"fr": 0.72, "en": 0.72},
    "event_date_acc": {"fr": 0.935, "en": 0.935},
    "event_status_acc": {"fr": 0.94, "en": 0.94},
    "event_mode_acc": {"fr": 0.96, "en": 0.91},
}


@pytest.fixture(scope="module")
def results(pipeline: Any, gold_docs: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    out = {}
    for g in gold_docs:
        source = SourceInput(text=g["text"], id=g["id"], language=g["language"], issuer=g["issuer"],
                             published=dt.date.fromisoformat(g["published"]), published_from="given")
        out[g["id"]] = pipeline.extract(source).to_dict()
    return out


@pytest.fixture(scope="module")
def report(results: dict[str, dict[str, Any]], gold_docs: list[dict[str, Any]]) -> Report:
    return score(gold_docs, results)


@pytest.mark.parametrize(("metric", "language"), [(m, lang) for m, f in FLOORS.items() for lang in f])
def test_floor(report: Report, metric: str, language: str) -> None:
    scores = report.by_language[language]
    value = scores.accuracy(metric) if metric.endswith("_acc") else scores.f1(metric)
    assert value >= FLOORS[metric][language], f"{metric} ({language}) fell to {value:.3f}"

