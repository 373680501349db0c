"""An English gerund after "by" shares the subject of the verb its preposition hangs on ("responded by
proposing talks"); one after another preposition has no subject of its own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.coding.helpers import arguments_of, coder_from_yaml

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
    return arguments_of(pipeline, coder_from_yaml(tmp_path, "en", RULES), text, lang="en", issuer="USA")


def test_a_gerund_after_by_shares_its_verbs_subject(pipeline: Any, tmp_path: Path) -> None:
    text = "France responded yesterday by proposing talks with Mali."
    assert _arguments(pipeline, tmp_path, text) == [(["FRA"], ["MLI"])]


def test_a_gerund_after_without_has_no_subject(pipeline: Any, tmp_path: Path) -> None:
    text = "France responded yesterday without proposing talks with Mali."
    assert _arguments(pipeline, tmp_path, text) == []
