"""An English gerund after "by" shares the subject of the verb its preposition hangs on ("responded by
proposing talks"); one after another preposition has no subject of its own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from communique import SourceInput
from communique.coding import EventCoder
from communique.coding.participants import ParticipantCues
from communique.coding.rules import _load_file
from communique.coding.status import StatusCues
from communique.ontology import load_ontology

pytestmark = pytest.mark.slow

RULES = """
type: REQUEST
rules:
  - id: en.t.propose
    trigger: {lemmas: [propose], pos: [VERB]}
    actor: [subject]
    recipient: [complement]
    confidence: 0.8
"""


def _arguments(pipeline: Any, tmp_path: Path, text: str) -> list[tuple[list[str], list[str]]]:
    """The actor and recipient codes of every event coded in the English text."""
    path = tmp_path / "en.yaml"
    path.write_text(RULES, encoding="utf-8")
    coder = EventCoder("en", tuple(_load_file(path, load_ontology())), StatusCues.for_language("en"),
                       ParticipantCues.for_language("en"))
    source = SourceInput(text=text, id="t", language="en", issuer="USA", published=dt.date(2021, 3, 1),
                         published_from="given")
    result = pipeline.extract(source)
    parse = pipeline.stages("en").parser.parse(result.doc.text)
    events = coder.code(result.doc, parse, result.entities, result.timexes, pipeline.stages("en").cues)
    codes = {e.id: e.code for e in result.entities if e.code}
    return [(sorted({codes[i] for i in e.actor}), sorted({codes[i] for i in e.recipient})) for e in events]


def test_a_gerund_after_by_shares_its_verbs_subject(pipeline: Any, tmp_path: Path) -> None:
    text = "France responded yesterday by proposing talks with Mali."
    assert _arguments(pipeline, tmp_path, text) == [(["FRA"], ["MLI"])]


def test_a_gerund_after_without_has_no_subject(pipeline: Any, tmp_path: Path) -> None:
    text = "France responded yesterday without proposing talks with Mali."
    assert _arguments(pipeline, tmp_path, text) == []
