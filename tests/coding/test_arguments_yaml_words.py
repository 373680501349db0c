"""Word lists in the language files stay words: YAML 1.1 reads bare on/off/yes/no as booleans."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from communique.coding.participants import ParticipantCues
from communique.resources.files import load_yaml

LANG = Path(__file__).resolve().parents[2] / "src" / "communique" / "data" / "lang"


def _booleans(node: Any, where: str) -> list[str]:
    """Where a list of the YAML tree holds a boolean instead of a word."""
    if isinstance(node, dict):
        return [hit for key, value in node.items() for hit in _booleans(value, f"{where}/{key}")]
    if isinstance(node, list):
        return [hit for item in node for hit in _booleans(item, f"{where}[]")]
    return [f"{where}: {node}"] if isinstance(node, bool) and where.endswith("]") else []


def test_no_word_list_holds_a_boolean() -> None:
    hits = [hit for path in sorted(LANG.rglob("*.yaml")) for hit in _booleans(load_yaml(path), path.name)]
    assert hits == []


def test_on_is_a_preposition_of_what_an_event_concerns() -> None:
    assert {"on", "about"} <= ParticipantCues.for_language("en").about
    assert "true" not in ParticipantCues.for_language("en").about
