"""A talk held with several sides one after the other ("successivement", "separately") is one talk with each."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.coding.helpers import TALK_WITH, arguments_of, coder_from_yaml

pytestmark = pytest.mark.slow


def test_a_french_talk_held_successively_is_one_talk_with_each(pipeline: Any, tmp_path: Path) -> None:
    coder = coder_from_yaml(tmp_path, "fr", TALK_WITH["fr"])
    text = ("Je me suis entretenu successivement avec ses homologues du Kenya, M. Mudavadi, et de "
            "l'Éthiopie, M. Demeke, sur la sécurité régionale.")
    assert arguments_of(pipeline, coder, text, lang="fr") == [(["FRA"], ["KEN"]), (["FRA"], ["ETH"])]


def test_an_english_talk_held_separately_is_one_talk_with_each(pipeline: Any, tmp_path: Path) -> None:
    coder = coder_from_yaml(tmp_path, "en", TALK_WITH["en"])
    text = "Secretary Blinken spoke separately with the foreign ministers of Kenya and Ethiopia on security."
    assert arguments_of(pipeline, coder, text, lang="en", issuer="USA") == [(["USA"], ["KEN"]), (["USA"], ["ETH"])]


def test_a_talk_with_two_sides_at_once_stays_one(pipeline: Any, tmp_path: Path) -> None:
    coder = coder_from_yaml(tmp_path, "en", TALK_WITH["en"])
    text = "Secretary Blinken spoke with the foreign ministers of Kenya and Ethiopia on security."
    assert arguments_of(pipeline, coder, text, lang="en", issuer="USA") == [(["USA"], ["ETH", "KEN"])]


def test_the_cue_is_what_splits_the_talk(pipeline: Any, tmp_path: Path) -> None:
    coder = coder_from_yaml(tmp_path, "en", TALK_WITH["en"], separately=frozenset())
    text = "Secretary Blinken spoke separately with the foreign ministers of Kenya and Ethiopia on security."
    assert arguments_of(pipeline, coder, text, lang="en", issuer="USA") == [(["USA"], ["ETH", "KEN"])]
