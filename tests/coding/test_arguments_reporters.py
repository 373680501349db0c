"""An impersonal clause that a verb of saying governs is told by that verb's subject: "Le président français et le
président nigérien rappellent que tout sera mis en oeuvre pour élucider" is their inquiry, not the issuer's alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.coding.helpers import arguments_of, coder_from_yaml, one_verb_rule

pytestmark = pytest.mark.slow

INQUIRE = {lang: one_verb_rule("ACCUSE", f"{lang}.t.inquire", verb, "complement", 0.7, actor="subject, issuer")
           for lang, verb in (("fr", "élucider"), ("en", "investigate"))}


def test_a_french_impersonal_clause_is_its_reporters(pipeline: Any, tmp_path: Path) -> None:
    coder = coder_from_yaml(tmp_path, "fr", INQUIRE["fr"])
    text = ("Le président de la République et le président malien tiennent à rappeler que tous les moyens seront "
            "mis en oeuvre pour élucider les circonstances de cette attaque.")
    assert arguments_of(pipeline, coder, text, lang="fr") == [(["FRA", "MLI"], [])]


def test_an_english_impersonal_clause_is_its_reporters(pipeline: Any, tmp_path: Path) -> None:
    coder = coder_from_yaml(tmp_path, "en", INQUIRE["en"])
    text = ("The Prime Minister met President Ruto in Nairobi today. The Prime Minister and the President of Kenya "
            "stressed that every effort would be made to investigate the attack.")
    assert arguments_of(pipeline, coder, text, lang="en", issuer="GBR") == [(["GBR", "KEN"], [])]


def test_without_a_verb_of_saying_the_issuer_speaks(pipeline: Any, tmp_path: Path) -> None:
    coder = coder_from_yaml(tmp_path, "fr", INQUIRE["fr"])
    text = ("Pour la France, tous les moyens seront mis en oeuvre pour élucider les circonstances de l'attaque "
            "contre le président malien.")
    assert [actor for actor, _ in arguments_of(pipeline, coder, text, lang="fr")] == [["FRA"]]


def test_the_cue_is_what_gives_the_reporters(pipeline: Any, tmp_path: Path) -> None:
    coder = coder_from_yaml(tmp_path, "en", INQUIRE["en"], reporters=frozenset())
    text = ("The Prime Minister met President Ruto in Nairobi today. The Prime Minister and the President of Kenya "
            "stressed that every effort would be made to investigate the attack.")
    assert arguments_of(pipeline, coder, text, lang="en", issuer="GBR") == [(["GBR"], [])]
