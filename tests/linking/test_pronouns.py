"""A sentence-initial "He"/"Il" links to the last person named as a subject before it; a neuter "It" never does."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from communique import SourceInput

pytestmark = pytest.mark.slow


def _linked(pipeline: Any, text: str, word: str) -> list[str]:
    """The codes of the entities whose mentions cover the first ``word`` of the English text."""
    source = SourceInput(text=text, id="t", language="en", issuer="USA", published=dt.date(2022, 3, 2),
                         published_from="given")
    start = text.index(word)
    result = pipeline.extract(source)
    return [e.code or "" for e in result.entities
            if any(m.start <= start < m.end for m in e.mentions)]


def test_he_is_the_person_named_before(pipeline: Any) -> None:
    text = "President Putin is attacking Ukraine. He also threatens Moldova."
    assert _linked(pipeline, text, "He ") == ["RUS"]


def test_it_is_no_person(pipeline: Any) -> None:
    text = "President Putin is attacking Ukraine. Today's vote shows his isolation. It also holds Belarus accountable."
    assert _linked(pipeline, text, "It ") == []
