"""A rule with ``recipient_from_topic`` whose event has no recipient from its clause, the talk or the context asks
it of the states the document is about: the country it names most (as a state, by its people or by its bodies) and a
second named at least half as often or coordinated with it, never the actor's side or the issuer, never an
international organisation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.coding.helpers import arguments_of, coder_from_yaml

pytestmark = pytest.mark.slow


def _call(*keys: str) -> str:
    """A REQUEST rule on "appeler" with the given keys set in the file's defaults."""
    defaults = ", ".join(f"{k}: true" for k in keys)
    return f"""
type: REQUEST
defaults: {{{defaults}}}
rules:
  - id: fr.t.appeler
    trigger: {{lemmas: [appeler], pos: [VERB]}}
    actor: [subject]
    recipient: [object]
    confidence: 0.8
"""


def _arguments(pipeline: Any, tmp_path: Path, rules: str, text: str) -> list[tuple[list[str], list[str]]]:
    return arguments_of(pipeline, coder_from_yaml(tmp_path, "fr", rules), text, lang="fr", issuer="FRA")


def test_an_unaddressed_call_asks_the_two_sides_the_document_is_about(pipeline: Any, tmp_path: Path) -> None:
    text = ("La Serbie et le Kosovo ont rompu le dialogue. Les tensions entre la Serbie et le Kosovo inquiètent "
            "la France. La France appelle à la retenue.")
    assert _arguments(pipeline, tmp_path, _call("recipient_from_topic"), text) == [(["FRA"], ["SRB", "XKX"])]
    assert _arguments(pipeline, tmp_path, _call(), text) == [(["FRA"], [])]


def test_a_state_named_less_than_half_as_often_is_no_topic(pipeline: Any, tmp_path: Path) -> None:
    text = ("La Serbie a suspendu le dialogue. La Serbie a rappelé son ambassadeur. La Serbie a fermé la frontière. "
            "L'Italie a réagi. La France appelle à la retenue.")
    assert _arguments(pipeline, tmp_path, _call("recipient_from_topic"), text) == [(["FRA"], ["SRB"])]


def test_an_addressee_the_clause_names_wins(pipeline: Any, tmp_path: Path) -> None:
    text = "La Serbie a suspendu le dialogue. La Serbie a fermé la frontière. La France appelle l'Italie à agir."
    assert _arguments(pipeline, tmp_path, _call("recipient_from_topic"), text) == [(["FRA"], ["ITA"])]


def test_organisations_and_the_issuer_are_no_topic(pipeline: Any, tmp_path: Path) -> None:
    text = "L'ONU a publié un rapport. La France a lu le rapport de l'ONU. La France appelle à la retenue."
    assert _arguments(pipeline, tmp_path, _call("recipient_from_topic"), text) == [(["FRA"], [])]


def test_a_state_coordinated_with_the_first_is_the_other_side(pipeline: Any, tmp_path: Path) -> None:
    text = ("La Grèce a protesté. La Grèce a rappelé son ambassadeur. La Grèce a saisi le Conseil. Les différends "
            "entre la Grèce et la Turquie persistent. La France appelle à la retenue.")
    assert _arguments(pipeline, tmp_path, _call("recipient_from_topic"), text) == [(["FRA"], ["GRC", "TUR"])]
