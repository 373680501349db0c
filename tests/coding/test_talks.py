"""The sides of talks: held with several sides one after the other ("successivement", "separately"), one talk with
each; a multilateral meeting named after an organisation has it among its participants; the place that names a
meeting is none of them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.coding.helpers import TALK_WITH, arguments_of, coder_from_yaml, one_verb_rule, shipped_sides

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


def _talks(pipeline: Any, text: str, lang: str, issuer: str) -> list[tuple[list[str], list[str]]]:
    """The actor and recipient codes of each talk coded in the text."""
    return [(actor, recipient) for _, actor, recipient in shipped_sides(pipeline, text, lang, issuer, "CONSULT")]


def test_a_council_of_an_organisation_has_it_among_its_participants(pipeline: Any) -> None:
    assert _talks(pipeline, "Je viens à Bruxelles pour ce Conseil de l'OTAN.", "fr", "FRA") == [(["FRA", "IGO"], [])]


def test_attending_a_summit_and_the_summit_are_one_talk(pipeline: Any) -> None:
    text = "The President will attend the African Union summit in Addis Ababa next week."
    talks = _talks(pipeline, text, "en", "USA")
    assert len(talks) == 1 and {"USA", "IGO"} <= {*talks[0][0], *talks[0][1]}


def test_a_place_that_names_a_meeting_holds_no_part_in_it(pipeline: Any) -> None:
    text = "The Geneva summit between President Biden and President Putin in June 2021 opened a dialogue."
    assert all("CHE" not in actor for actor, _ in _talks(pipeline, text, "en", "USA"))


def test_capitals_that_stand_for_their_states_hold_talks(pipeline: Any) -> None:
    assert _talks(pipeline, "Moscow and Washington held talks in Geneva.", "en", "USA") == [(["RUS", "USA"], [])]


def test_the_side_that_started_a_call_told_after_it_is_its_actor(pipeline: Any) -> None:
    call = "Vladimir Putin had a telephone conversation with President of the French Republic Emmanuel Macron."
    started = _talks(pipeline, f"{call} The conversation was initiated by the French side.", "en", "RUS")
    assert started == [(["FRA"], ["RUS"])]
    proposed = _talks(pipeline, f"{call} A ceasefire was proposed by the French side.", "en", "RUS")
    assert proposed == [(["RUS"], ["FRA"])]  # what the French side proposed is no talk


def test_a_french_call_requested_by_one_side_is_that_sides(pipeline: Any) -> None:
    text = ("Le président Erdogan s'est entretenu par téléphone avec le président Macron. L'entretien a été sollicité "
            "par la partie française.")
    assert _talks(pipeline, text, "fr", "TUR") == [(["FRA"], ["TUR"])]


def test_a_meeting_of_ones_own_side_has_no_recipient(pipeline: Any) -> None:
    text = "Emmanuel Macron a réuni les ambassadeurs français à l'Élysée."
    assert _talks(pipeline, text, "fr", "FRA") == [(["FRA"], [])]  # not a talk with France


THANK = {lang: one_verb_rule("SUPPORT", f"{lang}.t.thank", verb, "object, complement, counterpart", 0.8)
         for lang, verb in (("fr", "remercier"), ("en", "thank"))}


def test_french_interlocutors_are_the_talks_other_sides(pipeline: Any, tmp_path: Path) -> None:
    coder = coder_from_yaml(tmp_path, "fr", TALK_WITH["fr"], THANK["fr"])
    text = ("Je me suis entretenu avec les ministres du Kenya et de l'Éthiopie. J'ai remercié mes interlocuteurs "
            "pour leur aide à l'évacuation de ressortissants français du Soudan.")
    assert arguments_of(pipeline, coder, text, lang="fr")[1] == (["FRA"], ["ETH", "KEN"])


def test_english_counterparts_are_the_talks_other_sides(pipeline: Any, tmp_path: Path) -> None:
    coder = coder_from_yaml(tmp_path, "en", TALK_WITH["en"], THANK["en"])
    text = ("Secretary Blinken spoke with the foreign ministers of Kenya and Ethiopia. He thanked his counterparts "
            "for their help in the evacuation of American citizens from Sudan.")
    assert arguments_of(pipeline, coder, text, lang="en", issuer="USA")[1] == (["USA"], ["ETH", "KEN"])


def test_without_the_cue_the_clause_is_guessed(pipeline: Any, tmp_path: Path) -> None:
    coder = coder_from_yaml(tmp_path, "en", TALK_WITH["en"], THANK["en"], counterparts=frozenset())
    text = ("Secretary Blinken spoke with the foreign ministers of Kenya and Ethiopia. He thanked his counterparts "
            "for their help in the evacuation of American citizens from Sudan.")
    assert arguments_of(pipeline, coder, text, lang="en", issuer="USA")[1] == (["USA"], ["SDN"])
