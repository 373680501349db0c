"""A nominal event with no named possessor is owned by what its possessive determiner stands for: the party named
just before ("his support", "son offensive"), or the speaker's side ("our support"); cue lists
``participants.possessives`` and ``participants.speaker_possessives``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.coding.helpers import arguments_of, coder_from_yaml

pytestmark = pytest.mark.slow

RULES = {
    "en": """
type: SUPPORT
rules:
  - id: en.t.support-noun
    trigger: {lemmas: [support], pos: [NOUN]}
    actor: [possessor]
    recipient: [{preps: ["for"]}]
    confidence: 0.8
""",
    "fr": """
type: ASSAULT
rules:
  - id: fr.t.offensive
    trigger: {lemmas: [offensive], pos: [NOUN]}
    actor: [possessor]
    recipient: [{preps: [contre]}]
    confidence: 0.8
""",
}


def _arguments(pipeline: Any, tmp_path: Path, lang: str, text: str,
               **cues: Any) -> list[tuple[list[str], list[str]]]:
    """The actor and recipient codes of every event coded in the text, with the language's cues (some replaced)."""
    return arguments_of(pipeline, coder_from_yaml(tmp_path, lang, RULES[lang], **cues), text, lang=lang)


def test_his_stands_for_the_person_named_before(pipeline: Any, tmp_path: Path) -> None:
    text = "The Polish president thanked President Biden for his firm and lasting support for Ukraine."
    assert _arguments(pipeline, tmp_path, "en", text) == [(["USA"], ["UKR"])]


def test_its_is_no_owner_in_english(pipeline: Any, tmp_path: Path) -> None:
    text = "The vote of the General Assembly showed its support for Ukraine."
    assert _arguments(pipeline, tmp_path, "en", text) == []


def test_our_stands_for_the_speaker(pipeline: Any, tmp_path: Path) -> None:
    text = "France thanks Poland for its welcome. Our support for Ukraine will not waver."
    assert _arguments(pipeline, tmp_path, "en", text, speaker_possessives=frozenset({"our"})) == [(["FRA"], ["UKR"])]


def test_their_stands_for_parties_named_in_its_own_sentence(pipeline: Any, tmp_path: Path) -> None:
    text = "Poland and Lithuania renewed their support for Ukraine."
    got = _arguments(pipeline, tmp_path, "en", text, possessives=frozenset({"their"}))
    assert got == [(["LTU", "POL"], ["UKR"])]


def test_their_does_not_reach_back_a_sentence(pipeline: Any, tmp_path: Path) -> None:
    text = "Poland and Lithuania met in Vilnius. Their support for Ukraine is firm."
    assert _arguments(pipeline, tmp_path, "en", text, possessives=frozenset({"their"})) == []


def test_son_stands_for_the_party_named_before(pipeline: Any, tmp_path: Path) -> None:
    text = "La Russie doit mettre fin sans délai à son offensive contre l'Ukraine."
    got = _arguments(pipeline, tmp_path, "fr", text, possessives=frozenset({"son", "sa", "ses"}))
    assert got == [(["RUS"], ["UKR"])]


def test_son_without_a_party_names_no_one(pipeline: Any, tmp_path: Path) -> None:
    text = "Le texte adopté hier décrit son offensive contre l'Ukraine."
    assert _arguments(pipeline, tmp_path, "fr", text, possessives=frozenset({"son", "sa", "ses"})) == []
