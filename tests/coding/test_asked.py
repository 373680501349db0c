"""An act a request asks for is no event of its own: the request is coded, the act asked for is not, whatever
rule reads its verb; an act told beside the request, or described in a relative clause, still is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.coding.helpers import arguments_of, coder_from_yaml, one_verb_rule

pytestmark = pytest.mark.slow

# "demande" as the tagger lemmatizes it, beside "demander".
ASK = {"fr": one_verb_rule("REQUEST", "fr.t.ask", "demander, demande", "complement", 0.8),
       "en": one_verb_rule("REQUEST", "en.t.ask", "urge", "object", 0.8)}
# Commitments read by a bare verb, with no words above it excluded: only the engine can tell they are asked for.
COMMIT = {"fr": one_verb_rule("AGREE", "fr.t.commit", "engager", "complement", 0.7),
          "en": one_verb_rule("AGREE", "en.t.commit", "commit", "complement", 0.7)}


def test_a_french_commitment_asked_for_is_no_commitment(pipeline: Any, tmp_path: Path) -> None:
    coder = coder_from_yaml(tmp_path, "fr", ASK["fr"], COMMIT["fr"])
    text = "La France demande que les autorités maliennes s'engagent sans délai en faveur de la transition."
    assert arguments_of(pipeline, coder, text, lang="fr") == [(["FRA"], ["MLI"])]


def test_an_english_commitment_asked_for_is_no_commitment(pipeline: Any, tmp_path: Path) -> None:
    coder = coder_from_yaml(tmp_path, "en", ASK["en"], COMMIT["en"])
    text = "The United Kingdom urged Iran to commit to the talks in Vienna."
    assert arguments_of(pipeline, coder, text, lang="en", issuer="GBR") == [(["GBR"], ["IRN"])]


def test_without_the_request_the_commitment_is_coded(pipeline: Any, tmp_path: Path) -> None:
    coder = coder_from_yaml(tmp_path, "fr", COMMIT["fr"])
    text = "La France demande que les autorités maliennes s'engagent sans délai en faveur de la transition."
    assert arguments_of(pipeline, coder, text, lang="fr") == [(["MLI"], [])]


def test_a_commitment_in_a_relative_clause_is_told_not_asked(pipeline: Any, tmp_path: Path) -> None:
    coder = coder_from_yaml(tmp_path, "en", ASK["en"], COMMIT["en"])
    text = "The United Kingdom urged Iran, which committed to the deal in 2015, to return to the talks."
    sides = arguments_of(pipeline, coder, text, lang="en", issuer="GBR")
    assert (["IRN"], []) in sides and (["GBR"], ["IRN"]) in sides


def test_an_act_told_beside_the_request_stays(pipeline: Any, tmp_path: Path) -> None:
    coder = coder_from_yaml(tmp_path, "en", ASK["en"], COMMIT["en"])
    text = "The United Kingdom urged Iran to return to the talks and committed new funds to Jordan."
    sides = arguments_of(pipeline, coder, text, lang="en", issuer="GBR")
    assert (["GBR"], ["IRN"]) in sides and len(sides) == 2
