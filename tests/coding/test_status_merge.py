"""Mentions of one event merged into one record: a meeting and the visit it is part of, told in one sentence."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from communique import SourceInput

pytestmark = pytest.mark.slow


def _consults(pipeline: Any, text: str) -> list[tuple[str | None, str, list[str], list[str]]]:
    source = SourceInput(text=text, id="t", language="en", issuer="UKR", published=dt.date(2022, 3, 1),
                         published_from="given")
    result = pipeline.extract(source)
    codes = {e.id: e.code for e in result.entities}
    return [(e.mode, e.status, sorted({codes[i] for i in e.actor}), sorted({codes[i] for i in e.recipient}))
            for e in result.events if e.type == "CONSULT"]


def test_a_meeting_with_a_visitor_in_one_sentence_is_one_visit(pipeline: Any) -> None:
    text = ("President Volodymyr Zelenskyy had a meeting with the Minister of Foreign Affairs of Germany "
            "Annalena Baerbock, who is on a visit to Ukraine.")
    assert _consults(pipeline, text) == [("visit", "realized", ["DEU"], ["UKR"])]


def test_a_meeting_and_a_visit_in_two_sentences_stay_two(pipeline: Any) -> None:
    text = ("President Volodymyr Zelenskyy had a meeting with the Minister of Foreign Affairs of Germany "
            "Annalena Baerbock. The Minister of Foreign Affairs of Germany is on a visit to Ukraine.")
    assert len(_consults(pipeline, text)) == 2
