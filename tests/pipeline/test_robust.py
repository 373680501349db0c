"""Any text in, a well-formed result or a coded error out: never a traceback, every span valid."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique import CommuniqueError, Result, SourceInput

pytestmark = pytest.mark.slow

WORDS = ["Le", "président", "de la République", "s'est entretenu", "avec", "Vladimir Poutine", "le 29 mai dernier",
         "The President", "spoke", "with", "Zelenskyy", "yesterday", "franco-russe", "Moscou", "à", "Kyiv", "«", "»",
         "/.", "\n\n", "\n", ".", ",", "2018", "M.", "Il", "I", "OTAN", "ONU", "l'Union européenne", "—", "’", "\u00a0"]
texts = st.lists(st.one_of(st.sampled_from(WORDS), st.text(min_size=1, max_size=12)), min_size=1, max_size=60).map(
    " ".join)


def check_spans(result: Result) -> None:
    text = result.doc.text
    for e in result.entities:
        for m in e.mentions:
            assert 0 <= m.start < m.end <= len(text) and text[m.start : m.end] == m.text
    for t in result.timexes:
        assert text[t.start : t.end] == t.text
    ids = {e.id for e in result.entities}
    for v in result.events:
        assert text[v.trigger.start : v.trigger.end] == v.trigger.text
        assert text[v.evidence.start : v.evidence.end] == v.evidence.text
        assert set(v.actor) <= ids and set(v.recipient) <= ids


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                HealthCheck.too_slow])
@given(text=texts, lang=st.sampled_from(["fr", "en", None]), published=st.one_of(st.none(), st.dates(
    min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))), issuer=st.sampled_from([None, "FRA", "USA"]))
def test_any_text_gives_a_result_or_a_coded_error(pipeline: Any, text: str, lang: str | None,
                                                  published: dt.date | None, issuer: str | None) -> None:
    source = SourceInput(text=text, id="fuzz", language=lang, issuer=issuer, published=published,
                         published_from="given" if published else None)
    try:
        result = pipeline.extract(source)
    except CommuniqueError as exc:
        assert exc.code.startswith("E1")
        return
    check_spans(result)
    assert result.to_json()
