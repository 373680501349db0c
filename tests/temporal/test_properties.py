"""Property-based: tag() never raises and always returns well-formed, valid, non-overlapping expressions."""

from __future__ import annotations

import datetime as dt
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.records import Tense
from communique.temporal import TimeTagger, is_timex3_value

TENSES: list[Tense | None] = ["past", "present", "future", "conditional", None]


@cache
def tagger(code: str) -> TimeTagger:
    return TimeTagger.for_language(code)


@cache
def expressions() -> list[str]:
    """The texts of every example of every rule, in both languages: real time expressions."""
    return sorted({ex.text for code in ("fr", "en") for r in tagger(code).rules.rules for ex in r.examples})


@st.composite
def texts(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.one_of(st.text(max_size=40), st.sampled_from(expressions()),
                                     st.sampled_from([" ", "\n", "’", "-", "–", ",", ".", "İ", "ß", "ﬁ", "\u00a0"])),
                           max_size=12))
    return "".join(pieces)


def check(code: str, text: str, published: dt.date | None, tense: Tense | None) -> None:
    got = tagger(code).tag(text, published=published, tense_at=lambda s, e: tense)
    last_end = -1
    for k, t in enumerate(got, start=1):
        assert t.id == f"T{k}"
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
        assert t.start >= last_end, "overlapping expressions"
        last_end = t.end
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert is_timex3_value(t.value), (t.text, t.value, t.rule)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(code=st.sampled_from(["fr", "en"]), text=texts(),
       published=st.one_of(st.none(), st.dates()), tense=st.sampled_from(TENSES))
def test_tag_is_total_and_well_formed(code: str, text: str, published: dt.date | None, tense: Tense | None) -> None:
    check(code, text, published, tense)


@settings(max_examples=100, deadline=None)
@given(code=st.sampled_from(["fr", "en"]), text=st.text(), published=st.one_of(st.none(), st.dates()))
def test_random_unicode(code: str, text: str, published: dt.date | None) -> None:
    check(code, text, published, None)


def test_extreme_publication_dates() -> None:
    for code in ("fr", "en"):
        for text in expressions():
            for published in (dt.date.min, dt.date.max, None):
                check(code, text, published, "past")
