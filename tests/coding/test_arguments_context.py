"""A rule with ``recipient_from_context`` whose clause names no recipient, and whose document's talk gives no
counterpart, is done to the states named in its sentence, else in the one before: not the actor's side, the
issuer or the document's group of speakers, and not a state named only as a place unless ``context_places``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.coding.helpers import TALK_WITH, arguments_of, coder_from_yaml

pytestmark = pytest.mark.slow


def _warning(lang: str, *keys: str, recipient: str = "[object]") -> str:
    """A THREATEN rule on "warn" / "avertir" with the given keys set in the file's defaults."""
    verb = {"fr": "avertir", "en": "warn"}[lang]
    defaults = ", ".join(f"{k}: true" for k in keys)
    return f"""
type: THREATEN
defaults: {{{defaults}}}
rules:
  - id: {lang}.t.warn
    trigger: {{lemmas: [{verb}], pos: [VERB]}}
    actor: [subject]
    recipient: {recipient}
    confidence: 0.8
"""


def _arguments(
    pipeline: Any, tmp_path: Path, lang: str, rules: str, text: str, issuer: str = "FRA"
) -> list[tuple[list[str], list[str]]]:
    return arguments_of(pipeline, coder_from_yaml(tmp_path, lang, rules), text, lang=lang, issuer=issuer)


def test_the_other_state_of_the_sentence_before_is_the_recipient(pipeline: Any, tmp_path: Path) -> None:
    text = "Russia massed troops near the border. The United States warned of severe consequences."
    with_context = _warning("en", "recipient_from_context")
    assert _arguments(pipeline, tmp_path, "en", with_context, text, issuer="USA") == [(["USA"], ["RUS"])]
    assert _arguments(pipeline, tmp_path, "en", _warning("en"), text, issuer="USA") == [
        (["USA"], [])
    ]


def test_a_recipient_the_clause_names_wins(pipeline: Any, tmp_path: Path) -> None:
    text = "La Russie a massé des troupes. La France a averti la Biélorussie."
    assert _arguments(pipeline, tmp_path, "fr", _warning("fr", "recipient_from_context"), text) == [(["FRA"], ["BLR"])]


def test_the_actors_side_the_issuer_and_places_are_left_out(pipeline: Any, tmp_path: Path) -> None:
    text = "La France et l'Allemagne suivent la situation en Arménie. L'Allemagne a averti."
    rules = _warning("fr", "recipient_from_context")
    assert _arguments(pipeline, tmp_path, "fr", rules, text) == [(["DEU"], [])]
    assert _arguments(pipeline, tmp_path, "fr", _warning("fr", "recipient_from_context", "context_places"), text) == [
        (["DEU"], ["ARM"])
    ]


def test_the_sentence_of_the_trigger_comes_first(pipeline: Any, tmp_path: Path) -> None:
    text = (
        "Iran enriched uranium to sixty percent. "
        "The United States warned of consequences should Russia supply missiles."
    )
    assert _arguments(pipeline, tmp_path, "en", _warning("en", "recipient_from_context"), text, issuer="USA") == [
        (["USA"], ["RUS"])
    ]


def test_the_talks_counterpart_comes_before_the_context(pipeline: Any, tmp_path: Path) -> None:
    text = (
        "President Biden spoke today with President Zelenskyy of Ukraine. Russia massed troops near the border. "
        "He warned of severe consequences."
    )
    rules = _warning("en", "recipient_from_context", recipient="[object, counterpart]")
    coder = coder_from_yaml(tmp_path, "en", TALK_WITH["en"], rules)
    assert arguments_of(pipeline, coder, text, lang="en", issuer="USA") == [(["USA"], ["UKR"]), (["USA"], ["UKR"])]


def test_a_rule_that_requires_a_recipient_is_not_satisfied_by_the_context(pipeline: Any, tmp_path: Path) -> None:
    rules = _warning("en", "recipient_from_context", "requires_recipient")
    text = "Russia massed troops near the border. The United States warned of severe consequences."
    assert _arguments(pipeline, tmp_path, "en", rules, text, issuer="USA") == []


def test_the_other_side_of_the_talk_is_not_taken_from_the_context(pipeline: Any, tmp_path: Path) -> None:
    # a rule with no counterpart slot: the talk's other side, named again nearby, is whom one talks to, not
    # whom the statement is about
    text = ("President Biden spoke today with President Zelenskyy of Ukraine. Russia shelled Ukraine again. "
            "He warned of severe consequences.")
    coder = coder_from_yaml(tmp_path, "en", TALK_WITH["en"], _warning("en", "recipient_from_context"))
    assert arguments_of(pipeline, coder, text, lang="en", issuer="USA") == [(["USA"], ["UKR"]), (["USA"], ["RUS"])]
