""""Nous"/"we" is read as the speaker before the complement is guessed; a text that never names its issuing state
still has it speak; a governed noun's actor is never its governor's subject; "à ce titre" points back to no one; a
party's partners act towards it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.coding.helpers import arguments_of, coder_from_yaml, one_verb_rule, shipped_sides

pytestmark = pytest.mark.slow


def _coded(pipeline: Any, text: str, lang: str, issuer: str) -> list[tuple[str, list[str], list[str]]]:
    return shipped_sides(pipeline, text, lang, issuer)


def test_we_speaks_before_the_complement_is_guessed(pipeline: Any) -> None:
    text = "La France salue ce progrès. Nous avons approuvé la déclaration commune avec le Maroc."
    assert ("SUPPORT", ["FRA"], ["MAR"]) in _coded(pipeline, text, "fr", "FRA")


def test_a_text_that_never_names_its_issuer_still_has_it_speak(pipeline: Any) -> None:
    assert _coded(pipeline, "We strongly condemn the attack on Niger.", "en", "USA") == [("ACCUSE", ["USA"], ["NER"])]


def test_a_condemned_attack_is_not_done_by_who_condemns_it(pipeline: Any) -> None:
    coded = _coded(pipeline, "Nous condamnons fermement l'attaque contre le Niger.", "fr", "FRA")
    assert ("ACCUSE", ["FRA"], ["NER"]) in coded
    assert not any(kind == "ASSAULT" and actor == ["FRA"] for kind, actor, _ in coded)


def test_a_demonstrative_locution_points_back_to_no_one(pipeline: Any) -> None:
    text = "Le groupe de Minsk de l'OSCE s'est réuni hier. À ce titre, la France continuera d'agir pour la paix."
    assert ("AGREE", ["FRA"], []) in _coded(pipeline, text, "fr", "FRA")  # "à ce titre": in this capacity


def test_a_partys_partners_act_towards_it(pipeline: Any, tmp_path: Path) -> None:
    backed = one_verb_rule("SUPPORT", "fr.t.soutenir", "soutenir", "object", 0.8).replace(
        "actor: [subject]", "actor: [subject, issuer]")
    coder = coder_from_yaml(tmp_path, "fr", backed)
    partners = "La France le rappelle : les partenaires de la Moldavie soutiennent la réforme de la justice."
    assert arguments_of(pipeline, coder, partners, lang="fr") == [(["FRA"], ["MDA"])]  # the issuer, towards Moldova
    own = "Les autorités de la Moldavie soutiennent la réforme de la justice."
    assert arguments_of(pipeline, coder, own, lang="fr") == [(["MDA"], [])]
