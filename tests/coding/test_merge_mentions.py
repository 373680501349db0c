"""One event per event: a later noun naming the day's meeting again ("the meeting", "following talks") is merged
into it; two rules reading one trigger give one event."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from communique import SourceInput

pytestmark = pytest.mark.slow


def _events(pipeline: Any, text: str, event_type: str) -> list[tuple[str | None, str]]:
    source = SourceInput(text=text, id="t", language="en", issuer="UKR", published=dt.date(2022, 3, 1),
                         published_from="given")
    return [(e.date.value, e.status) for e in pipeline.extract(source).events if e.type == event_type]


def test_the_meeting_named_again_is_the_days_meeting(pipeline: Any) -> None:
    text = ("President Volodymyr Zelenskyy met with the Minister of Foreign Affairs of Germany Annalena Baerbock. "
            "The President thanked Germany for the meeting with the Minister of Foreign Affairs of Germany.")
    assert _events(pipeline, text, "CONSULT") == [("2022-03-01", "realized")]


def test_a_meeting_with_an_indefinite_article_is_another(pipeline: Any) -> None:
    text = ("President Volodymyr Zelenskyy met with the Minister of Foreign Affairs of Germany Annalena Baerbock. "
            "Germany proposed a meeting with the President of Poland.")
    assert len(_events(pipeline, text, "CONSULT")) == 2


def test_a_lasting_act_named_again_is_kept(pipeline: Any) -> None:
    text = ("Russia attacked Ukraine today. The President condemned the war of Russia against Ukraine.")
    events = _events(pipeline, text, "ASSAULT")
    assert ("2022-03-01", "realized") in events and len(events) == 2


def test_a_dialogue_on_a_topic_is_a_standing_track(pipeline: Any) -> None:
    text = ("President Volodymyr Zelenskyy met with the Minister of Foreign Affairs of Germany Annalena Baerbock. "
            "They welcomed the Ukraine-Germany dialogue on energy security.")
    assert len(_events(pipeline, text, "CONSULT")) == 2


def test_two_rules_on_one_trigger_give_one_event_with_the_fuller_reading(pipeline: Any) -> None:
    # "recognizes" (en.support.recognize) and "recognizes the importance" (en.support.importance, which takes
    # the talk's other side): one statement of support, to the side one of them names
    text = ("President Biden spoke with President Macron. The United States recognizes the importance of a strong "
            "defence in the Baltic region.")
    source = SourceInput(text=text, id="t", language="en", issuer="USA", published=dt.date(2022, 3, 1),
                         published_from="given")
    result = pipeline.extract(source)
    codes = {e.id: e.code for e in result.entities}
    support = [([codes[i] for i in e.actor], [codes[i] for i in e.recipient], len(e.evidence_more))
               for e in result.events if e.type == "SUPPORT"]
    assert support == [(["USA"], ["FRA"], 1)]
