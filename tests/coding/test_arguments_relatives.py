"""A relative pronoun that the parser made the subject of a conjunct inside a relative clause stands for the
clause's noun ("la déclaration qu'il a publiée et qui appelle"); a published text stands for who published it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.coding.helpers import REQUEST_BY_OBJECT, arguments_of, coder_from_yaml

pytestmark = pytest.mark.slow


def _fr(pipeline: Any, tmp_path: Path, text: str) -> list[tuple[list[str], list[str]]]:
    """The actor and recipient codes of every event coded in the French text."""
    coder = coder_from_yaml(tmp_path, "fr", REQUEST_BY_OBJECT["fr"])
    return arguments_of(pipeline, coder, text, lang="fr", issuer="MLI")


def _en(pipeline: Any, tmp_path: Path, text: str) -> list[tuple[list[str], list[str]]]:
    """The actor and recipient codes of every event coded in the English text."""
    coder = coder_from_yaml(tmp_path, "en", REQUEST_BY_OBJECT["en"])
    return arguments_of(pipeline, coder, text, lang="en", issuer="MLI")


def test_a_conjunct_relative_in_french_stands_for_the_texts_author(pipeline: Any, tmp_path: Path) -> None:
    text = "Le Mali soutient la déclaration que le Sénégal a publiée et qui exhorte le Niger à libérer le président."
    assert _fr(pipeline, tmp_path, text) == [(["SEN"], ["NER"])]


def test_a_conjunct_relative_on_a_mission_names_no_author(pipeline: Any, tmp_path: Path) -> None:
    text = "Le Mali salue la mission que le Sénégal a envoyée et qui exhorte le Niger à libérer le président."
    assert _fr(pipeline, tmp_path, text) == []


def test_a_main_clause_conjunct_keeps_its_subject(pipeline: Any, tmp_path: Path) -> None:
    text = "Le Sénégal a publié une déclaration et exhorte le Niger à libérer le président."
    assert _fr(pipeline, tmp_path, text) == [(["SEN"], ["NER"])]


def test_a_conjunct_relative_in_english_stands_for_the_texts_author(pipeline: Any, tmp_path: Path) -> None:
    text = "Mali backs the statement that Senegal issued and which urges Niger to release the president."
    assert _en(pipeline, tmp_path, text) == [(["SEN"], ["NER"])]


def test_an_english_text_issued_by_someone_stands_for_them(pipeline: Any, tmp_path: Path) -> None:
    text = "Mali backs the statement issued on Monday by Senegal, which urges Niger to release the president."
    assert _en(pipeline, tmp_path, text) == [(["SEN"], ["NER"])]


def test_a_pronoun_author_is_the_party_named_last_before_it(pipeline: Any, tmp_path: Path) -> None:
    text = ("Le Mali partage la position exprimée par le Sénégal dans la déclaration qu'il vient de faire paraître "
            "et qui appelle au calme et exhorte le Niger à libérer le président.")
    assert _fr(pipeline, tmp_path, text) == [(["SEN"], ["NER"])]


def test_a_relative_subject_of_the_main_clause_conjunct_is_left_alone(pipeline: Any, tmp_path: Path) -> None:
    text = "Le Mali a lu la déclaration du Sénégal et exhorte le Niger à libérer le président."
    assert _fr(pipeline, tmp_path, text) == [(["MLI"], ["NER"])]


def test_a_pronoun_author_with_no_party_before_it_names_no_one(pipeline: Any, tmp_path: Path) -> None:
    text = "On a lu la déclaration qu'il vient de publier et qui exhorte le Niger à libérer le président."
    assert _fr(pipeline, tmp_path, text) == []


def test_the_subject_pronoun_of_a_texts_clause_is_its_author(pipeline: Any, tmp_path: Path) -> None:
    text = ("Le Mali partage la position exprimée par le Sénégal dans la déclaration qu'il vient de "
            "rendre publique et exhorte le Niger à libérer le président.")
    assert _fr(pipeline, tmp_path, text) == [(["SEN"], ["NER"])]
