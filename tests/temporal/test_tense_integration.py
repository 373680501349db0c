"""The tagger with the parse-based tense of communique.clause (loads a spaCy pipeline: slow)."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.records import Tense
from communique.temporal import TimeTagger

PUB = dt.date(2018, 2, 9)


def _tagged(code: str, text: str) -> dict[str, str]:
    from communique.clause import TenseCues, tense_at
    from communique.nlp import load_parser
    from communique.resources import load_language_config

    parse = load_parser(load_language_config(code)).parse(text)
    cues = TenseCues.for_language(code)

    def tense(start: int, end: int) -> Tense | None:
        return tense_at(parse, start, end, cues)

    return {t.text: t.value for t in TimeTagger.for_language(code).tag(text, published=PUB, tense_at=tense)}


@pytest.mark.slow
def test_french_months_follow_the_verb() -> None:
    assert _tagged("fr", "Le conseil s'est réuni en décembre.") == {"décembre": "2017-12"}
    assert _tagged("fr", "Le conseil se réunira en décembre.") == {"décembre": "2018-12"}


@pytest.mark.slow
def test_english_months_follow_the_verb() -> None:
    assert _tagged("en", "The council met in December.") == {"December": "2017-12"}
    assert _tagged("en", "The council will meet in December.") == {"December": "2018-12"}
