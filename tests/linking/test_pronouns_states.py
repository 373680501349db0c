"""A sentence-initial "Elle"/"Il" links to a state named as the subject of the sentence just before when
their grammatical genders agree; a state named earlier, or of the other gender, is not its referent."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from communique import SourceInput

pytestmark = pytest.mark.slow


def _linked(pipeline: Any, text: str, word: str) -> list[str]:
    """The codes of the entities whose mentions cover the last ``word`` of the French text."""
    source = SourceInput(text=text, id="t", language="fr", issuer="FRA", published=dt.date(2021, 3, 2),
                         published_from="given")
    start = text.rindex(word)
    result = pipeline.extract(source)
    return [e.code or "" for e in result.entities
            if any(m.start <= start < m.end for m in e.mentions)]


def test_elle_is_the_state_just_named_as_subject(pipeline: Any) -> None:
    text = "L'Allemagne reste engagée pour la paix. Elle appelle tous les Etats à établir un moratoire."
    assert _linked(pipeline, text, "Elle ") == ["DEU"]


def test_elle_is_no_masculine_state(pipeline: Any) -> None:
    text = "L'Allemagne reste engagée pour la paix. Le Mali a signé l'accord. Elle demande à la Russie de partir."
    assert _linked(pipeline, text, "Elle ") == []


def test_the_pronoun_makes_the_actor(pipeline: Any) -> None:
    text = "L'Allemagne reste engagée pour la paix. Elle appelle tous les Etats à établir un moratoire."
    source = SourceInput(text=text, id="t", language="fr", issuer="FRA", published=dt.date(2021, 3, 2),
                         published_from="given")
    result = pipeline.extract(source)
    codes = {e.id: e.code for e in result.entities}
    assert [(ev.type, [codes[i] for i in ev.actor]) for ev in result.events] == [("REQUEST", ["DEU"])]
