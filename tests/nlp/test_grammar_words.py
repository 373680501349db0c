"""The function words the engine reads in a tree ("of"/"de", "by"/"en", "be") come with the parse from the
language's ``language.yaml``, not from the engine: a parse without them reads no genitive and no gerund."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from communique.coding.frames import possessors, subjects
from communique.parsed import Grammar, Parse, Token

pytestmark = pytest.mark.slow


def _parse(pipeline: Any, lang: str, text: str) -> Parse:
    parse: Parse = pipeline.stages(lang).parser.parse(text)
    return parse


def _word(parse: Parse, text: str) -> Token:
    return next(t for t in parse.tokens if t.text == text)


def test_each_language_brings_its_own_function_words(pipeline: Any) -> None:
    fr, en = _parse(pipeline, "fr", "La France propose."), _parse(pipeline, "en", "France proposes.")
    assert "de" in fr.grammar.genitives and fr.grammar.gerund_marks == {"en"} and not fr.grammar.progressive
    assert en.grammar.genitives == {"of"} and en.grammar.gerund_marks == {"by"} and en.grammar.progressive == {"be"}


def test_a_gerund_shares_its_verbs_subject_through_the_languages_marker(pipeline: Any) -> None:
    parse = _parse(pipeline, "en", "France responded yesterday by proposing talks with Mali.")
    assert [t.text for t in subjects(parse, _word(parse, "proposing"))] == ["France"]
    bare = dataclasses.replace(parse, grammar=Grammar())
    assert list(subjects(bare, _word(bare, "proposing"))) == []


def test_an_of_complement_owns_a_noun_through_the_languages_genitive(pipeline: Any) -> None:
    parse = _parse(pipeline, "en", "The minister condemned the invasion of Georgia.")
    assert "Georgia" in [t.text for t in possessors(parse, _word(parse, "invasion"))]
    bare = dataclasses.replace(parse, grammar=Grammar())
    assert "Georgia" not in [t.text for t in possessors(bare, _word(bare, "invasion"))]
