"""A sentence-initial "He"/"Il" links to the last person named as a subject before it; "Elle"/"Il" to a state
named as the subject of the sentence just before when their grammatical genders agree (a state named earlier,
or of the other gender, is not its referent); a neuter "It" never links."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from communique import Result, SourceInput

pytestmark = pytest.mark.slow

ISSUERS = {"en": ("USA", dt.date(2022, 3, 2)), "fr": ("FRA", dt.date(2021, 3, 2))}


def _extract(pipeline: Any, text: str, language: str) -> Result:
    issuer, published = ISSUERS[language]
    return pipeline.extract(SourceInput(text=text, id="t", language=language, issuer=issuer, published=published,
                                        published_from="given"))


def _linked(pipeline: Any, text: str, word: str, language: str = "en") -> list[str]:
    """The codes of the entities whose mentions cover ``word`` (which occurs once in the text)."""
    start = text.index(word)
    result = _extract(pipeline, text, language)
    return [e.code or "" for e in result.entities
            if any(m.start <= start < m.end for m in e.mentions)]


def test_he_is_the_person_named_before(pipeline: Any) -> None:
    text = "President Putin is attacking Ukraine. He also threatens Moldova."
    assert _linked(pipeline, text, "He ") == ["RUS"]


def test_it_is_no_person(pipeline: Any) -> None:
    text = "President Putin is attacking Ukraine. Today's vote shows his isolation. It also holds Belarus accountable."
    assert _linked(pipeline, text, "It ") == []


def test_elle_is_the_state_just_named_as_subject(pipeline: Any) -> None:
    text = "L'Allemagne reste engagée pour la paix. Elle appelle tous les Etats à établir un moratoire."
    assert _linked(pipeline, text, "Elle ", "fr") == ["DEU"]


def test_elle_is_no_masculine_state(pipeline: Any) -> None:
    text = "L'Allemagne reste engagée pour la paix. Le Mali a signé l'accord. Elle demande à la Russie de partir."
    assert _linked(pipeline, text, "Elle ", "fr") == []


def test_the_pronoun_makes_the_actor(pipeline: Any) -> None:
    text = "L'Allemagne reste engagée pour la paix. Elle appelle tous les Etats à établir un moratoire."
    result = _extract(pipeline, text, "fr")
    codes = {e.id: e.code for e in result.entities}
    assert [(ev.type, [codes[i] for i in ev.actor]) for ev in result.events] == [("REQUEST", ["DEU"])]
