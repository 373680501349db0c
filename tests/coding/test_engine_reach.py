"""Required words: how far below the trigger they are looked for (`reach`), and all of several (`requires_all`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from communique import SourceInput
from communique.coding.rules import _load_file
from communique.errors import InvalidLanguageData
from communique.ontology import load_ontology
from tests.coding.helpers import arguments_of, coder_from_yaml

pytestmark = pytest.mark.slow

REQUEST = """
type: REQUEST
rules:
  - id: fr.t.inviter-a
    trigger: {{lemmas: [inviter, appeler], pos: [VERB], requires: [à]}}
    reach: {reach}
    actor: [subject]
    recipient: [object]
    modes: {{yield: [suspendre, cesser], meet: [dialogue]}}
"""
COOPERATE = """
type: COOPERATE
rules:
  - id: fr.t.travailler-avec-partenaires
    trigger: {lemmas: [travailler], pos: [VERB], requires_all: [avec, partenaire]}
    actor: [subject]
"""
# "à" stands four levels below "appelle" (gouvernements > finançant > suspendre > à)
DEEP = "La France appelle tous les gouvernements finançant encore les milices armées à suspendre leur aide."


def _events(pipeline: Any, tmp_path: Path, rules: str, text: str) -> list[tuple[list[str], list[str]]]:
    return arguments_of(pipeline, coder_from_yaml(tmp_path, "fr", rules), text, lang="fr")


def test_a_required_word_deep_under_the_object_is_found_within_the_rules_reach(pipeline: Any, tmp_path: Path) -> None:
    assert _events(pipeline, tmp_path, REQUEST.format(reach=5), DEEP) == [(["FRA"], [])]
    assert _events(pipeline, tmp_path, REQUEST.format(reach=3), DEEP) == []


def _modes(pipeline: Any, tmp_path: Path, rules: str, text: str) -> list[str | None]:
    coder = coder_from_yaml(tmp_path, "fr", rules)
    source = SourceInput(text=text, id="t", language="fr", issuer="FRA", published=dt.date(2021, 3, 1),
                         published_from="given")
    result = pipeline.extract(source)
    stages = pipeline.stages("fr")
    parse = stages.parser.parse(result.doc.text)
    return [e.mode for e in coder.code(result.doc, parse, result.entities, result.timexes, stages.cues)]


def test_beyond_three_levels_the_mode_is_read_in_the_act_the_required_word_marks(pipeline: Any, tmp_path: Path) -> None:
    assert _modes(pipeline, tmp_path, REQUEST.format(reach=5), DEEP) == ["yield"]
    text = "La France appelle tous les gouvernements finançant encore les milices armées à ouvrir un dialogue."
    assert _modes(pipeline, tmp_path, REQUEST.format(reach=5), text) == ["meet"]


def test_a_wider_reach_still_needs_the_word(pipeline: Any, tmp_path: Path) -> None:
    text = "La France appelle tous les gouvernements finançant encore les milices armées."
    assert _events(pipeline, tmp_path, REQUEST.format(reach=8), text) == []


def test_requires_all_needs_every_word(pipeline: Any, tmp_path: Path) -> None:
    assert _events(pipeline, tmp_path, COOPERATE, "La France travaille avec ses partenaires européens au Sahel.") \
        == [(["FRA"], [])]
    assert _events(pipeline, tmp_path, COOPERATE, "La France travaille avec l'Allemagne au Sahel.") == []
    assert _events(pipeline, tmp_path, COOPERATE, "La France travaille pour ses partenaires européens.") == []


@pytest.mark.parametrize("reach", ["0", "9", "true", "cinq"])
def test_a_reach_out_of_range_is_refused(tmp_path: Path, reach: str) -> None:
    path = tmp_path / "REQUEST.yaml"
    path.write_text(REQUEST.format(reach=reach), encoding="utf-8")
    with pytest.raises(InvalidLanguageData, match="'reach'"):
        _load_file(path, load_ontology())


def test_reach_defaults_to_three_and_requires_all_to_nothing(tmp_path: Path) -> None:
    path = tmp_path / "COOPERATE.yaml"
    path.write_text(COOPERATE.replace("requires_all: [avec, partenaire]", "requires: [avec]"), encoding="utf-8")
    rule = _load_file(path, load_ontology())[0]
    assert rule.reach == 3 and rule.requires_all == frozenset()
