"""Where the publication date comes from, and what happens without one."""

from __future__ import annotations

from typing import Any

import pytest

from communique import SourceInput

pytestmark = pytest.mark.slow

READOUT = (
    "Paris, le 9 février 2018\n\n"
    "Le président de la République s'est entretenu ce matin par téléphone avec Vladimir Poutine. "
    "Il s'est félicité de la rencontre de Versailles, le 29 mai dernier."
)


def test_dateline_gives_the_publication_date(pipeline: Any) -> None:
    result = pipeline.extract(SourceInput(text=READOUT, id="d", issuer="FRA"))
    assert result.doc.published.isoformat() == "2018-02-09"
    assert result.doc.published_from == "dateline"
    assert [w.code for w in result.warnings] == ["W202"]
    values = {t.text: t.value for t in result.timexes}
    assert values["le 29 mai dernier"] == "2017-05-29"


def test_without_any_date_values_stay_underspecified(pipeline: Any) -> None:
    text = READOUT.split("\n\n", 1)[1]
    result = pipeline.extract(SourceInput(text=text, id="d", issuer="FRA"))
    assert result.doc.published is None
    assert "W201" in [w.code for w in result.warnings]
    values = {t.text: t.value for t in result.timexes}
    assert values["le 29 mai dernier"] == "XXXX-05-29"
    assert not any(v.startswith("20") for v in values.values())


def test_given_date_wins_over_the_dateline(pipeline: Any) -> None:
    import datetime as dt

    source = SourceInput(text=READOUT, id="d", issuer="FRA", published=dt.date(2018, 2, 10), published_from="given")
    result = pipeline.extract(source)
    assert result.doc.published_from == "given" and not result.warnings


def test_english_dateline(pipeline: Any) -> None:
    text = ("WASHINGTON, February 24, 2022\n\nPresident Biden spoke by phone with President Zelenskyy of "
            "Ukraine today.")
    result = pipeline.extract(SourceInput(text=text, id="e", issuer="USA"))
    assert result.doc.published is not None and result.doc.published.isoformat() == "2022-02-24"
