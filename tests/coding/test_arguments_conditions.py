"""A recipient read from the whole clause (slot ``complement``) takes, of a clause of condition (cue
``participants.conditions``: "if", "si") or of reason (``participants.reasons``: "because", "puisque"), only its
subject: "will respond if Iran strikes Iraq" warns Iran, and Iraq is what Iran might strike."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.coding.helpers import arguments_of, coder_from_yaml

pytestmark = pytest.mark.slow

EN = """
type: THREATEN
rules:
  - id: en.t.respond
    trigger: {lemmas: [respond], pos: [VERB]}
    actor: [subject]
    recipient: [complement]
    confidence: 0.8
"""

FR = """
type: THREATEN
rules:
  - id: fr.t.reagir
    trigger: {lemmas: [réagir], pos: [VERB]}
    actor: [subject]
    recipient: [complement]
    confidence: 0.8
"""


@pytest.mark.parametrize("text, warned", [
    ("The United States will respond firmly if Iran strikes Iraq again.", ["IRN"]),
    ("The United States will respond firmly if Iraq is attacked by Iran.", ["IRN"]),
    ("The United States will respond firmly to Iran if militias attack Iraq.", ["IRN"]),
    ("The United States will respond firmly because Iran struck Iraq.", ["IRN"]),
])
def test_a_condition_or_a_reason_gives_only_its_subject(pipeline: Any, tmp_path: Path, text: str,
                                                        warned: list[str]) -> None:
    coder = coder_from_yaml(tmp_path, "en", EN)
    assert arguments_of(pipeline, coder, text, lang="en", issuer="USA") == [(["USA"], warned)]


def test_a_clause_without_condition_is_read_whole(pipeline: Any, tmp_path: Path) -> None:
    coder = coder_from_yaml(tmp_path, "en", EN)
    text = "The United States will respond firmly after Iran struck Iraq."
    assert arguments_of(pipeline, coder, text, lang="en", issuer="USA") == [(["USA"], ["IRN", "IRQ"])]


def test_french_condition(pipeline: Any, tmp_path: Path) -> None:
    coder = coder_from_yaml(tmp_path, "fr", FR)
    text = "La France réagira fermement si la Turquie attaque la Grèce."
    assert arguments_of(pipeline, coder, text, lang="fr", issuer="FRA") == [(["FRA"], ["TUR"])]
