"""An unnamed national body as recipient ("les autorités", "the junta", cue ``participants.bodies``) stands for
the one state other than the actor's and the issuer's named in its sentence or the one before, else in the
text before; for no one when several are named or when the body names its own state."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.coding.helpers import REQUEST_BY_OBJECT, arguments_of, coder_from_yaml

pytestmark = pytest.mark.slow


def _arguments(pipeline: Any, tmp_path: Path, lang: str, text: str, **cues: Any) -> list[tuple[list[str], list[str]]]:
    """The actor and recipient codes of every event coded in the text."""
    return arguments_of(pipeline, coder_from_yaml(tmp_path, lang, REQUEST_BY_OBJECT[lang], **cues), text, lang=lang)


def test_a_body_stands_for_the_state_of_the_sentence_before(pipeline: Any, tmp_path: Path) -> None:
    text = ("La France suit avec inquiétude la situation en Guinée. "
            "Elle exhorte les autorités de transition à organiser rapidement des élections.")
    assert _arguments(pipeline, tmp_path, "fr", text) == [(["FRA"], ["GIN"])]
    assert _arguments(pipeline, tmp_path, "fr", text, bodies=frozenset()) == [(["FRA"], [])]


def test_a_body_stands_for_the_state_named_earlier_in_the_text(pipeline: Any, tmp_path: Path) -> None:
    text = ("The United Kingdom is deeply concerned by the coup in Niger. This is unacceptable. "
            "The United Kingdom urges the military to free the elected president.")
    assert _arguments(pipeline, tmp_path, "en", text) == [(["GBR"], ["NER"])]


def test_a_body_among_several_states_stands_for_no_one(pipeline: Any, tmp_path: Path) -> None:
    text = ("The United Kingdom is following events in Sudan and Chad. "
            "The United Kingdom urges the authorities to protect civilians.")
    assert _arguments(pipeline, tmp_path, "en", text) == [(["GBR"], [])]


def test_a_body_naming_its_own_state_keeps_it(pipeline: Any, tmp_path: Path) -> None:
    text = ("La France suit la situation en Guinée. "
            "Elle exhorte le gouvernement burkinabé à libérer les détenus.")
    assert _arguments(pipeline, tmp_path, "fr", text) == [(["FRA"], ["BFA"])]
