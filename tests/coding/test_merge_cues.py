"""Merging reads its words (demonstratives, definite articles, topics) from the language's cues, not from code."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from communique.coding.merge import merge_mentions
from communique.coding.participants import ParticipantCues
from communique.records import Event, EventDate, Span

pytestmark = pytest.mark.slow


def _event(text: str, trigger: str, date: str | None = "2022-03-01") -> Event:
    start = text.index(trigger)
    span = Span(start, start + len(trigger), trigger)
    basis = "timex" if date is not None else "none"
    return Event(id="V0", type="CONSULT", mode=None, contexts=(), actor=("E1",), recipient=("E2",), about=(),
                 location=None, date=EventDate(date, None, basis), status="realized" if date else "ongoing",
                 trigger=span, evidence=span, rule="r", confidence=0.9)


def test_the_cue_files_give_each_language_its_words() -> None:
    en, fr = ParticipantCues.for_language("en"), ParticipantCues.for_language("fr")
    assert {"this", "these"} <= en.demonstratives and "the" in en.definite and "on" in en.topics
    assert {"cet", "cette"} <= fr.demonstratives and {"le", "la", "l'"} <= fr.definite and "sur" in fr.topics
    assert not en.definite & fr.definite


def test_a_demonstrative_merges_only_when_the_cues_list_it(pipeline: Any) -> None:
    text = "Emmanuel Macron a rencontré Olaf Scholz. Lors de cet entretien, ils ont parlé de l'Ukraine."
    parse = pipeline.stages("fr").parser.parse(text)
    codes = {"E1": "FRA", "E2": "DEU"}
    events = [_event(text, "rencontré"), _event(text, "entretien")]
    cues = ParticipantCues.for_language("fr")
    assert len(merge_mentions(parse, events, codes, cues=cues)) == 1
    assert len(merge_mentions(parse, events, codes)) == 1  # by default, the parse's language
    assert len(merge_mentions(parse, events, codes, cues=replace(cues, demonstratives=frozenset()))) == 2


def test_a_definite_occasion_without_a_topic_is_named_again(pipeline: Any) -> None:
    text = "Joe Biden met Olaf Scholz in Berlin on Monday. The meeting was productive, Biden said."
    parse = pipeline.stages("en").parser.parse(text)
    codes = {"E1": "USA", "E2": "DEU"}
    events = [_event(text, "met"), _event(text, "meeting", None)]
    cues = ParticipantCues.for_language("en")
    occasions = frozenset({"CONSULT"})
    assert len(merge_mentions(parse, events, codes, occasions, cues)) == 1
    assert len(merge_mentions(parse, events, codes, occasions, replace(cues, definite=frozenset()))) == 2
