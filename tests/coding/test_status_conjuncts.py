"""Status cues that reach past the parser's attachments: a conjunct in the phrase of a past event noun, and
the noun a verb of ascribing names after "what" when the tokenizer glued "as" to the next word."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from communique import SourceInput
from communique.coding.status import StatusCues, past_noun
from communique.parsed import Parse, Token

pytestmark = pytest.mark.slow


def _token(parse: Parse, word: str) -> Token:
    return next(t for t in parse.tokens if t.text == word)


def _past(pipeline: Any, text: str, word: str) -> bool:
    parse = pipeline.stages("en").parser.parse(text)
    return past_noun(parse, _token(parse, word), StatusCues.for_language("en"))


def test_a_conjunct_in_the_phrase_of_a_recent_visit_is_past(pipeline: Any) -> None:
    text = "Building on the minister's recent visit to Warsaw and regular telephone conversations, " \
           "the two governments signed a treaty."
    assert _past(pipeline, text, "conversations")


def test_a_conjunct_in_the_phrase_of_an_unmarked_visit_is_not(pipeline: Any) -> None:
    text = "Building on the minister's visit to Warsaw and regular telephone conversations, " \
           "the two governments signed a treaty."
    assert not _past(pipeline, text, "conversations")


def _statuses(pipeline: Any, text: str) -> list[str]:
    source = SourceInput(text=text, id="t", language="en", issuer="USA", published=dt.date(2021, 12, 7),
                         published_from="given")
    return [e.status for e in pipeline.extract(source).events if e.type == "MOBILIZE"]


def test_movements_named_after_what_she_described_are_hypothetical(pipeline: Any) -> None:
    text = 'The minister spoke of what she described as"provocative" movements of Russian warships near the coast.'
    assert _statuses(pipeline, text) == ["hypothetical"]


def test_movements_she_described_go_on(pipeline: Any) -> None:
    text = "The minister described the movements of Russian warships near the coast."
    assert _statuses(pipeline, text) == ["ongoing"]


def test_a_past_marker_counts_by_its_form_when_its_lemma_differs(pipeline: Any) -> None:
    # the tagger lemmatizes the preposition "following" as the verb "follow"
    assert _past(pipeline, "Following the meeting of the two ministers, documents were signed.", "meeting")
    assert _past(pipeline, "Documents were signed following the meeting of the two ministers.", "meeting")
    assert not _past(pipeline, "The ministers are following the meeting of the council closely.", "meeting")
