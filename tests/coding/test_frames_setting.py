"""A phrase of place is opened by one of the language's `location` prepositions (contractions too: "au Mali"),
unless the preposition's noun makes it part of a longer one (`locutions`: "au sujet de", "in the framework of")."""

from __future__ import annotations

from typing import Any

import pytest

from communique.coding.frames import Setting, prep_object
from communique.coding.participants import ParticipantCues

pytestmark = pytest.mark.slow


def _opened(pipeline: Any, lang: str, text: str) -> list[str]:
    cues = ParticipantCues.for_language(lang)
    setting = Setting(cues.location, locutions=cues.locutions)
    parse = pipeline.stages(lang).parser.parse(text)
    return [prep_object(parse, t).text for t in parse.tokens if setting.opens(parse, t)]


def test_places_are_opened_and_locutions_are_not(pipeline: Any) -> None:
    assert _opened(pipeline, "fr", "La France a exprimé son inquiétude au sujet de la crise au Mali.") == ["Mali"]
    assert _opened(pipeline, "fr", "Les ministres se sont réunis au sein du Conseil à Bruxelles.") == ["Bruxelles"]
    assert _opened(pipeline, "en", "The ministers met in Vilnius in the framework of the alliance.") == ["Vilnius"]


def test_without_locutions_the_longer_preposition_reads_as_a_place(pipeline: Any) -> None:
    cues = ParticipantCues.for_language("fr")
    parse = pipeline.stages("fr").parser.parse("La France a exprimé son inquiétude au sujet de la crise au Mali.")
    assert [t.text for t in parse.tokens if Setting(cues.location).opens(parse, t)] == ["sujet", "Mali"]
