"""A demonstrative recipient phrase ("ce dialogue", "these talks") names the parties of the sentence before;
the infinitive of a noun of chance ("l'occasion de") is done by who has it; a gerund ("en proposant") by the
subject of its verb."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.coding.helpers import arguments_of, coder_from_yaml

pytestmark = pytest.mark.slow

RULES = {
    "fr": """
type: REQUEST
rules:
  - id: fr.t.souhaiter
    trigger: {lemmas: [souhaiter], pos: [VERB], requires: [que, qu']}
    actor: [subject]
    recipient: [complement]
    confidence: 0.8
  - id: fr.t.proposer
    trigger: {lemmas: [proposer], pos: [VERB]}
    actor: [subject]
    recipient: [complement]
    confidence: 0.8
""",
    "fr-talk": """
type: CONSULT
rules:
  - id: fr.t.entretenir
    trigger: {lemmas: [entretenir, négocier], pos: [VERB]}
    actor: [subject]
    recipient: [{preps: [avec]}]
    confidence: 0.8
""",
    "fr-talk-pronominal": """
type: CONSULT
rules:
  - id: fr.t.s-entretenir
    trigger: {lemmas: [entretenir], pos: [VERB], reflexive: true}
    actor: [subject]
    recipient: [{preps: [avec]}]
    confidence: 0.8
""",
    "en": """
type: SUPPORT
rules:
  - id: en.t.support
    trigger: {lemmas: [support], pos: [VERB]}
    actor: [subject]
    recipient: [object]
    confidence: 0.8
""",
}


def _arguments(pipeline: Any, tmp_path: Path, lang: str, text: str) -> list[tuple[list[str], list[str]]]:
    """The actor and recipient codes of every event coded in the text."""
    code = lang.split("-")[0]
    return arguments_of(pipeline, coder_from_yaml(tmp_path, code, RULES[lang]), text, lang=code)


def test_a_demonstrative_points_to_the_parties_named_before(pipeline: Any, tmp_path: Path) -> None:
    text = ("La France salue l'ouverture de pourparlers entre l'Arménie et l'Azerbaïdjan. "
            "La France souhaite que ce dialogue aboutisse rapidement.")
    assert _arguments(pipeline, tmp_path, "fr", text) == [(["FRA"], ["ARM", "AZE"])]


def test_a_demonstrative_of_setting_points_to_no_one(pipeline: Any, tmp_path: Path) -> None:
    text = ("La France a reçu le ministre arménien à Paris. "
            "Dans ce contexte, la France souhaite que les combats cessent.")
    assert _arguments(pipeline, tmp_path, "fr", text) == [(["FRA"], [])]


def test_a_demonstrative_object_points_back(pipeline: Any, tmp_path: Path) -> None:
    text = "Ukraine and Russia opened negotiations in Istanbul. France supports these talks."
    assert _arguments(pipeline, tmp_path, "en", text) == [(["FRA"], ["RUS", "UKR"])]


def test_a_demonstrative_phrase_naming_its_own_party(pipeline: Any, tmp_path: Path) -> None:
    text = "Ukraine and Russia opened negotiations. France supports this approach of Moldova."
    assert _arguments(pipeline, tmp_path, "en", text) == [(["FRA"], ["MDA"])]


def test_the_infinitive_of_a_chance_is_done_by_who_has_it(pipeline: Any, tmp_path: Path) -> None:
    text = "Le président de la République a eu l'occasion de s'entretenir avec le président ukrainien."
    assert _arguments(pipeline, tmp_path, "fr-talk", text) == [(["FRA"], ["UKR"])]


def test_an_object_that_is_no_chance_still_controls(pipeline: Any, tmp_path: Path) -> None:
    text = "La France a invité le président ukrainien à s'entretenir avec le ministre russe."
    assert _arguments(pipeline, tmp_path, "fr-talk", text) == [(["UKR"], ["RUS"])]


def test_a_gerund_shares_its_verbs_subject(pipeline: Any, tmp_path: Path) -> None:
    text = "Le président ivoirien s'est exprimé hier en proposant un dialogue avec le Mali."
    assert _arguments(pipeline, tmp_path, "fr", text) == [(["CIV"], ["MLI"])]


def test_a_bare_participle_has_no_subject_of_its_own(pipeline: Any, tmp_path: Path) -> None:
    text = "Le président ivoirien a reçu une lettre proposant un dialogue avec le Mali."
    assert _arguments(pipeline, tmp_path, "fr", text) == []


def test_a_demonstrative_of_two_stands_for_the_last_two_sides_named(pipeline: Any, tmp_path: Path) -> None:
    text = ("Le président de la République a reçu les ministres du Kenya et de l'Éthiopie. "
            "La France souhaite que ces deux pays poursuivent leur coopération.")
    assert _arguments(pipeline, tmp_path, "fr", text) == [(["FRA"], ["ETH", "KEN"])]


def test_a_demonstrative_of_two_beside_a_named_side(pipeline: Any, tmp_path: Path) -> None:
    text = "The Foreign Secretary met the ministers of Kenya and Ethiopia. Japan supports these two countries."
    assert _arguments(pipeline, tmp_path, "en", text) == [(["JPN"], ["ETH", "KEN"])]


def test_a_demonstrative_of_two_needs_two_sides_before_it(pipeline: Any, tmp_path: Path) -> None:
    text = "Kenya signed the treaty in Nairobi. Japan supports these two countries."
    assert _arguments(pipeline, tmp_path, "en", text) == [(["JPN"], ["KEN"])]


def test_a_first_person_clitic_names_the_speaker_whatever_the_controller(pipeline: Any, tmp_path: Path) -> None:
    # the parser makes "s'entretenir" the infinitive of "accueillent", whose object would control it
    text = ("Je rappelle que plusieurs pays européens accueillent des opposants biélorusses et j'ai eu l'occasion "
            "moi-même de m'entretenir avec Svetlana Tikhanovskaïa.")
    assert _arguments(pipeline, tmp_path, "fr-talk-pronominal", text) == [(["FRA"], ["BLR"])]

