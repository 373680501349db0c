"""An act told in the pluperfect happened before another past moment: it is not dated by publication."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from communique import SourceInput

pytestmark = pytest.mark.slow


def _dates(pipeline: Any, text: str, lang: str, issuer: str) -> list[tuple[str, str | None]]:
    source = SourceInput(text=text, id="t", language=lang, issuer=issuer, published=dt.date(2022, 3, 1),
                         published_from="given")
    return [(e.type, e.date.value) for e in pipeline.extract(source).events]


@pytest.mark.parametrize(("text", "lang", "issuer"), [
    ("La Russie et l'Ukraine s'étaient accordées sur un échange de prisonniers.", "fr", "FRA"),
    ("La France avait condamné l'attaque contre le Niger.", "fr", "FRA"),
    ("The United States recalled the measures on which Russia and Ukraine had agreed.", "en", "USA"),
])
def test_a_pluperfect_act_has_no_date_of_publication(pipeline: Any, text: str, lang: str, issuer: str) -> None:
    dates = _dates(pipeline, text, lang, issuer)
    assert dates and all(value != "2022-03-01" for kind, value in dates if kind in {"AGREE", "ACCUSE"})


def test_the_same_act_in_the_perfect_is_dated_by_publication(pipeline: Any) -> None:
    assert _dates(pipeline, "La France a condamné l'attaque contre le Niger.", "fr", "FRA")[0] == ("ACCUSE",
                                                                                                 "2022-03-01")
