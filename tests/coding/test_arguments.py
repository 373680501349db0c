"""Argument filling on real sentences: the complement fallback, with rules written here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.coding.helpers import arguments_of, coder_from_yaml, shipped_sides

pytestmark = pytest.mark.slow

RULES = {
    "fr": """
type: REQUEST
rules:
  - id: fr.t.necessite
    trigger: {lemmas: [nécessité], pos: [NOUN], governors: [souligner]}
    actor: [subject]
    recipient: [complement]
    confidence: 0.8
  - id: fr.t.souhaiter
    trigger: {lemmas: [souhaiter], pos: [VERB], requires: [que, qu']}
    actor: [subject]
    recipient: [complement]
    confidence: 0.8
  - id: fr.t.attachement
    trigger: {lemmas: [attachement], pos: [NOUN], governors: [réaffirmer]}
    actor: [subject]
    recipient: [complement]
    confidence: 0.8
""",
    "en-talk": """
type: SUPPORT
rules:
  - id: en.t.grateful
    trigger: {lemmas: [grateful], pos: [ADJ], governors: [be]}
    actor: [subject]
    recipient: [{preps: [to, "for"]}]
    confidence: 0.8
""",
    "fr-talk": """
type: CONSULT
rules:
  - id: fr.t.discuter
    trigger: {lemmas: [discuter], pos: [VERB]}
    actor: [subject]
    recipient: [complement]
    confidence: 0.8
""",
    "en": """
type: REQUEST
rules:
  - id: en.t.need
    trigger: {lemmas: [need], pos: [NOUN], governors: [stress]}
    actor: [subject]
    recipient: [complement]
    confidence: 0.8
""",
}


def _arguments(pipeline: Any, tmp_path: Path, lang: str, text: str) -> list[tuple[list[str], list[str]]]:
    """The actor and recipient codes of every event coded in the text."""
    files = [RULES[key] for key in (lang, f"{lang}-talk") if key in RULES]
    return arguments_of(pipeline, coder_from_yaml(tmp_path, lang, *files), text, lang=lang)


def test_a_talk_is_not_with_what_it_is_about(pipeline: Any, tmp_path: Path) -> None:
    text = "La France a discuté avec l'Égypte de la situation en Libye et en Syrie."
    assert _arguments(pipeline, tmp_path, "fr", text) == [(["FRA"], ["EGY"])]


def test_the_complement_falls_back_on_a_place_phrase(pipeline: Any, tmp_path: Path) -> None:
    text = "La France a réaffirmé son attachement à la souveraineté du Mali."
    assert _arguments(pipeline, tmp_path, "fr", text) == [(["FRA"], ["MLI"])]


def test_the_agent_of_a_passive_is_the_complement(pipeline: Any, tmp_path: Path) -> None:
    text = "La France souhaite que ces restrictions soient levées par l'Iran avec l'aide de la Chine."
    assert _arguments(pipeline, tmp_path, "fr", text) == [(["FRA"], ["IRN"])]


def test_the_agent_of_an_infinitive_is_the_complement(pipeline: Any, tmp_path: Path) -> None:
    text = "France stressed the need to adopt new sanctions against Belarus by the European Union."
    assert _arguments(pipeline, tmp_path, "en", text) == [(["FRA"], ["EUR"])]


def test_a_recipient_naming_others_drops_the_actors_own_side(pipeline: Any, tmp_path: Path) -> None:
    text = "President Zelensky is grateful to Mr. Guterres for his firm position on the war against Ukraine."
    assert _arguments(pipeline, tmp_path, "en", text) == [(["UKR"], ["UNO"])]


def test_the_complement_keeps_the_parties_named_in_the_nearest_clause(pipeline: Any, tmp_path: Path) -> None:
    # Kenya is named under one verb below "souhaite", Somalia under three (the purpose clause): Kenya is asked
    text = "La France souhaite que le Kenya maintienne ses troupes afin de contenir les milices venues de Somalie."
    assert _arguments(pipeline, tmp_path, "fr", text) == [(["FRA"], ["KEN"])]
    # coordinated parties stand at one depth: "le Kenya et l'Éthiopie"
    text = "La France souhaite que le Kenya et l'Éthiopie maintiennent leurs troupes afin de contenir les milices."
    assert _arguments(pipeline, tmp_path, "fr", text) == [(["FRA"], ["ETH", "KEN"])]


def test_the_frame_of_an_act_is_no_recipient(pipeline: Any, tmp_path: Path) -> None:
    # "dans le cadre de" (cue participants.frames) names the frame of the act, not whom it concerns
    text = "La France souhaite que la Serbie respecte ses engagements dans le cadre de l'OSCE."
    assert _arguments(pipeline, tmp_path, "fr", text) == [(["FRA"], ["SRB"])]


def test_who_acts_in_concert_with_the_actor_is_no_recipient(pipeline: Any) -> None:
    # "en parfaite harmonie avec" (cue participants.frames) on the verb: the EU acts with France
    text = "La France a fait valoir, en parfaite harmonie avec l'Union européenne, ses inquiétudes sur les tensions."
    assert shipped_sides(pipeline, text, "fr", "FRA") == [("ACCUSE", ["FRA"], [])]


def test_a_frame_noun_on_a_noun_is_the_acts_content(pipeline: Any, tmp_path: Path) -> None:
    # "la nécessité d'une plus grande coordination entre X et Y": what is asked of them, no frame
    text = "La France a souligné la nécessité d'une plus grande coordination entre la Grèce et la Turquie."
    assert _arguments(pipeline, tmp_path, "fr", text) == [(["FRA"], ["GRC", "TUR"])]


def test_a_clause_of_reason_gives_only_its_subject(pipeline: Any, tmp_path: Path) -> None:
    # "puisque" (cue participants.reasons): of the reason's clause, only its subject, not the other side
    text = "La France a souligné la nécessité de reprendre le dialogue, puisque le Kosovo l'a rompu avec la Serbie."
    assert _arguments(pipeline, tmp_path, "fr", text) == [(["FRA"], ["XKX"])]
