"""Where an event happens: a phrase of place in its own clause, not one nested in what it is about or in another
clause; a talk held in its recipient's place is a visit."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from communique import SourceInput

pytestmark = pytest.mark.slow


def _places(pipeline: Any, text: str, lang: str, issuer: str) -> list[tuple[str, str | None, str | None]]:
    """Each event's type, mode and the name of its place."""
    source = SourceInput(text=text, id="t", language=lang, issuer=issuer, published=dt.date(2022, 3, 1),
                         published_from="given")
    result = pipeline.extract(source)
    names = {e.id: e.name for e in result.entities}
    return [(e.type, e.mode, names.get(e.location) if e.location else None) for e in result.events]


def test_a_place_in_what_a_talk_is_about_is_not_where_it_is_held(pipeline: Any) -> None:
    text = ("Emmanuel Macron s'est entretenu avec son homologue malien au sujet de l'attaque qui a frappé un convoi "
            "à une vingtaine de kilomètres de Bamako.")
    assert ("CONSULT", None, None) in _places(pipeline, text, "fr", "FRA")


def test_the_clause_describing_an_event_noun_gives_its_place(pipeline: Any) -> None:
    text = "La France a appris avec inquiétude la mutinerie qui s'est engagée ce matin à Kati au Mali."
    assert any(place == "Kati" for _, _, place in _places(pipeline, text, "fr", "FRA"))


def test_a_meeting_held_in_the_recipients_place_is_a_visit(pipeline: Any) -> None:
    text = "Boris Johnson met Volodymyr Zelenskyy in Kyiv on Saturday."
    assert _places(pipeline, text, "en", "GBR") == [("CONSULT", "visit", "Kyiv")]
