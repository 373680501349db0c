"""A dated clause of time ("when", "lorsque") dates the verb it hangs on; other adverbial clauses do not."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from communique import SourceInput

pytestmark = pytest.mark.slow


def _dates(pipeline: Any, text: str, lang: str, event_type: str) -> list[str | None]:
    source = SourceInput(text=text, id="t", language=lang, issuer={"en": "USA", "fr": "FRA"}[lang],
                         published=dt.date(2022, 3, 1), published_from="given")
    return [e.date.value for e in pipeline.extract(source).events if e.type == event_type]


def test_a_clause_of_time_dates_the_statement_it_hangs_on(pipeline: Any) -> None:
    text = "When the President of Finland visited Washington in May, the United States praised Finland."
    assert _dates(pipeline, text, "en", "SUPPORT") == ["2021-05"]
    text = "Lorsque le président de la Finlande s'est rendu à Paris en mai, la France a salué la Finlande."
    assert _dates(pipeline, text, "fr", "SUPPORT") == ["2021-05"]


def test_a_clause_of_another_kind_does_not(pipeline: Any) -> None:
    text = "After the President of Finland visited Washington in May, the United States praised Finland."
    assert _dates(pipeline, text, "en", "SUPPORT") == ["2022-03-01"]


def test_a_stance_told_on_a_dated_day_takes_that_day(pipeline: Any) -> None:
    text = "When I met the President of Finland in May, I told him that the United States strongly supports Finland."
    assert _dates(pipeline, text, "en", "SUPPORT") == ["2021-05"]


def test_a_stance_told_undated_keeps_the_publication_day(pipeline: Any) -> None:
    text = "I told the President of Finland that the United States strongly supports Finland."
    assert _dates(pipeline, text, "en", "SUPPORT") == ["2022-03-01"]


def test_a_clause_describing_the_noun_of_a_verbal_rule_dates_it(pipeline: Any) -> None:
    text = "La France y contribue, avec une aide médicale qui est arrivée en fin de semaine dernière à Beyrouth."
    source_dates = _dates(pipeline, text, "fr", "AID")
    assert source_dates == ["2022-W08"]


def test_an_infinitive_completing_a_dated_past_verb_takes_its_date(pipeline: Any) -> None:
    text = "Le 3 février, la France a cherché à rencontrer le président du Mali."
    assert _dates(pipeline, text, "fr", "CONSULT") == ["2022-02-03"]


def test_an_infinitive_under_a_verb_of_deciding_does_not(pipeline: Any) -> None:
    text = "Le 3 février, la France a décidé de rencontrer le président du Mali."
    assert "2022-02-03" not in _dates(pipeline, text, "fr", "CONSULT")
