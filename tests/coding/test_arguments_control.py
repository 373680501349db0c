"""An infinitive under a passive is done by the passive's subject: "La France est déterminée à soutenir le Mali",
"L'Italie a été invitée par l'Allemagne à soutenir le Mali"; a pronominal verb is never passive; a finite verb
coordinated with an infinitive has the main clause's subject."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.coding.helpers import arguments_of, coder_from_yaml, one_verb_rule

pytestmark = pytest.mark.slow

SUPPORT = one_verb_rule("SUPPORT", "fr.t.soutenir", "soutenir", "object", 0.8)


def test_an_infinitive_under_a_passive_is_done_by_its_subject(pipeline: Any, tmp_path: Path) -> None:
    coder = coder_from_yaml(tmp_path, "fr", SUPPORT)
    assert arguments_of(pipeline, coder, "La France est déterminée à soutenir le Mali.", lang="fr") \
        == [(["FRA"], ["MLI"])]
    assert arguments_of(pipeline, coder, "L'Italie a été invitée par l'Allemagne à soutenir le Mali.", lang="fr") \
        == [(["ITA"], ["MLI"])]


def test_a_pronominal_verb_is_no_passive_whatever_the_parser_says(pipeline: Any, tmp_path: Path) -> None:
    agreed = """
type: AGREE
rules:
  - id: fr.t.accorder
    trigger: {lemmas: [accorder], pos: [VERB], reflexive: true}
    actor: [subject]
    confidence: 0.8
"""
    coder = coder_from_yaml(tmp_path, "fr", agreed)
    for text in ("La Russie et l'Ukraine se sont accordées hier sur un échange de prisonniers.",
                 "La Russie et l'Ukraine s'étaient accordées sur un échange de prisonniers."):
        assert arguments_of(pipeline, coder, text, lang="fr") == [(["RUS", "UKR"], [])]


def test_a_finite_verb_coordinated_with_an_infinitive_has_the_main_clauses_subject(pipeline: Any,
                                                                                    tmp_path: Path) -> None:
    rejected = one_verb_rule("REJECT", "en.t.reject", "reject", "object", 0.8)
    coder = coder_from_yaml(tmp_path, "en", rejected)
    text = ("Latvia and Moldova recall the right of every nation to choose its alliances and reject any attempts to "
            "divide Europe.")
    assert arguments_of(pipeline, coder, text, lang="en", issuer="LVA") == [(["LVA", "MDA"], [])]
