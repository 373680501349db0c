"""A statement told twice word for word (a summary, then the quote it summarizes) is one event; an empty "there"
subject gives a clause no actor of the verb above it; one wording signed by other leaders of a side is two events."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from communique import SourceInput
from tests.coding.helpers import shipped_sides

pytestmark = pytest.mark.slow


def _events(pipeline: Any, text: str, event_type: str) -> list[tuple[list[str], str]]:
    source = SourceInput(text=text, id="t", language="en", issuer="POL", published=dt.date(2022, 3, 1),
                         published_from="given")
    result = pipeline.extract(source)
    codes = {e.id: e.code for e in result.entities if e.code}
    return [(sorted({codes[i] for i in e.actor}), e.status) for e in result.events if e.type == event_type]


def test_a_quote_repeating_the_summary_is_one_event(pipeline: Any) -> None:
    text = ("Poland and Lithuania reached an agreement on joint patrols of the border crossings used by refugees. "
            "\"The parties reached an agreement on joint patrols of the border crossings used by refugees,\" "
            "the minister said.")
    assert _events(pipeline, text, "AGREE") == [(["LTU", "POL"], "realized")]


def test_two_agreements_on_different_matters_stay_two(pipeline: Any) -> None:
    text = ("Poland and Lithuania reached an agreement on joint patrols of the border crossings used by refugees. "
            "Poland and Lithuania also reached an agreement on joint purchases of gas for the coming winter.")
    assert len(_events(pipeline, text, "AGREE")) == 2


def test_there_is_no_subject_of_the_verb_above(pipeline: Any) -> None:
    text = "The Polish minister said there may be a ceasefire in the coming days."
    assert all("POL" not in actor for actor, _ in _events(pipeline, text, "RETREAT"))


def _with_recipients(pipeline: Any, text: str) -> list[tuple[list[str], list[str]]]:
    return [(actor, recipient) for _, actor, recipient in shipped_sides(pipeline, text, "en", "RUS", "SUPPORT")]


def test_one_wording_signed_by_other_leaders_of_one_side_is_two_events(pipeline: Any) -> None:
    text = ("Vladimir Putin and Denis Pushilin signed a Treaty of Friendship and Cooperation between Russia and the "
            "Donetsk People's Republic. Vladimir Putin and Leonid Pasechnik signed a Treaty of Friendship and "
            "Cooperation between Russia and the Luhansk People's Republic.")
    # two treaties, each between its signatories: no recipient besides them
    assert _with_recipients(pipeline, text) == [(["RUS", "UKR"], []), (["RUS", "UKR"], [])]

