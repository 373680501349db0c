"""A talk's actor is the side that started it where the text says so ("à l'initiative de la partie allemande",
"at the request of the latter"): that side acts, the other participants receive; conveners stay the actors. A
party's partners met are not that party."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.coding.helpers import arguments_of, coder_from_yaml

pytestmark = pytest.mark.slow

RULES = {
    "fr": """
type: CONSULT
rules:
  - id: fr.t.entretenir
    trigger: {lemmas: [entretenir], pos: [VERB]}
    actor: [subject]
    recipient: [{preps: [avec]}]
    confidence: 0.8
  - id: fr.t.reunir
    trigger: {lemmas: [réunir], pos: [VERB]}
    actor: [subject]
    recipient: [object]
    confidence: 0.8
""",
    "fr-bare": """
type: CONSULT
rules:
  - id: fr.t.entretenir-seuls
    trigger: {lemmas: [entretenir], pos: [VERB]}
    actor: [subject]
    recipient: []
    confidence: 0.8
""",
    "en": """
type: CONSULT
rules:
  - id: en.t.speak
    trigger: {lemmas: [speak], pos: [VERB]}
    actor: [subject]
    recipient: [{preps: [with]}]
    confidence: 0.8
""",
}


def _arguments(pipeline: Any, tmp_path: Path, lang: str, text: str,
               issuer: str = "FRA") -> list[tuple[list[str], list[str]]]:
    """The actor and recipient codes of every event coded in the text."""
    code = lang.split("-")[0]
    return arguments_of(pipeline, coder_from_yaml(tmp_path, code, RULES[lang]), text, lang=code, issuer=issuer)


def test_the_side_named_in_an_initiative_phrase_acts(pipeline: Any, tmp_path: Path) -> None:
    text = "President Biden spoke with Chancellor Scholz on Monday at the initiative of Germany."
    assert _arguments(pipeline, tmp_path, "en", text, "USA") == [(["DEU"], ["USA"])]


def test_without_an_initiative_phrase_the_subject_acts(pipeline: Any, tmp_path: Path) -> None:
    text = "President Biden spoke with Chancellor Scholz on Monday about energy prices."
    assert _arguments(pipeline, tmp_path, "en", text, "USA") == [(["USA"], ["DEU"])]


def test_the_latter_is_the_side_named_last(pipeline: Any, tmp_path: Path) -> None:
    text = "Le Président de la République s'est entretenu avec le Premier ministre italien, à la demande de ce dernier."
    assert _arguments(pipeline, tmp_path, "fr", text) == [(["ITA"], ["FRA"])]


def test_a_coordinated_subject_splits_on_the_initiative(pipeline: Any, tmp_path: Path) -> None:
    text = "Emmanuel Macron et Olaf Scholz se sont entretenus à l'initiative de la partie allemande."
    assert _arguments(pipeline, tmp_path, "fr", text) == [(["DEU"], ["FRA"])]


def test_a_rule_reading_no_recipient_still_gives_the_talk_to_who_started_it(pipeline: Any, tmp_path: Path) -> None:
    text = "Emmanuel Macron et Olaf Scholz se sont entretenus à l'initiative de la partie allemande."
    assert _arguments(pipeline, tmp_path, "fr-bare", text) == [(["DEU"], ["FRA"])]


def test_conveners_who_started_it_stay_the_actors(pipeline: Any, tmp_path: Path) -> None:
    text = "La France et l'Allemagne ont réuni à Paris les représentants du Mali, à l'initiative de la France."
    args = _arguments(pipeline, tmp_path, "fr", text)
    assert args == [(["DEU", "FRA"], ["MLI"])]


def test_conveners_of_unnamed_guests_stay_the_actors(pipeline: Any, tmp_path: Path) -> None:
    text = ("La France et l'Allemagne ont réuni hier les partenaires internationaux du Mali, à l'initiative "
            "du président de la République.")
    assert _arguments(pipeline, tmp_path, "fr", text) == [(["DEU", "FRA"], [])]


def test_partners_are_not_the_party_whose_partners_they_are(pipeline: Any, tmp_path: Path) -> None:
    text = "La France a réuni hier à Paris les partenaires internationaux du Mali."
    assert _arguments(pipeline, tmp_path, "fr", text) == [(["FRA"], [])]


def test_partners_in_a_body_are_the_ones_met(pipeline: Any, tmp_path: Path) -> None:
    text = "President Biden spoke with partners in the European Union on Monday."
    assert _arguments(pipeline, tmp_path, "en", text, "USA") == [(["USA"], ["EUR"])]


def test_a_partys_allies_are_not_that_party(pipeline: Any, tmp_path: Path) -> None:
    text = "President Biden spoke with Ukraine's allies on Monday."
    assert _arguments(pipeline, tmp_path, "en", text, "USA") == [(["USA"], [])]
