"""End to end on the seed readout (Élysée, 9 February 2018): the phone call, its date and its words."""

from __future__ import annotations

from typing import Any

import pytest

from communique import Result, SourceInput
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed(pipeline: Any) -> Result:
    text = (EXAMPLES / "elysee-2018-02-09.txt").read_text(encoding="utf-8")
    return pipeline.extract(SourceInput(text=text, id="seed", issuer="FRA", published=_date("2018-02-09"),
                                        published_from="given"))


def _date(value: str) -> Any:
    import datetime as dt

    return dt.date.fromisoformat(value)


def test_the_phone_call(seed: Result) -> None:
    call = next(v for v in seed.events if v.type == "CONSULT" and v.mode == "phone")
    actor = seed.entity(call.actor[0])
    recipient = seed.entity(call.recipient[0])
    assert actor is not None and (actor.name, actor.code) == ("Emmanuel Macron", "FRA")
    assert recipient is not None and (recipient.name, recipient.code) == ("Vladimir Putin", "RUS")
    assert call.status == "realized"
    assert call.date.value == "2018-02-09" and call.date.basis == "timex"
    timex = next(t for t in seed.timexes if t.id == call.date.timex)
    assert timex.text == "ce matin" and timex.value == "2018-02-09TMO"
    text = seed.doc.text
    assert text[call.trigger.start : call.trigger.end] == call.trigger.text == "s'est entretenu"
    assert "ce matin par téléphone avec Vladimir Poutine" in text[call.evidence.start : call.evidence.end]


def test_titles_resolve_to_the_office_holder_on_the_date(seed: Result) -> None:
    macron = next(e for e in seed.entities if e.name == "Emmanuel Macron")
    assert macron.office == "President of France" and macron.wikidata == "Q3052772"
    kinds = {(m.text, m.kind) for m in macron.mentions}
    assert ("président de la République", "title") in kinds
    assert ("Il", "pronoun") in kinds


def test_cleaning_joins_the_page_break_and_drops_the_end_mark(seed: Result) -> None:
    text = seed.doc.text
    assert "lutter contre l'impunité" in text
    assert "/." not in text
    # every cleaned offset maps back to the same character of the input
    raw = (EXAMPLES / "elysee-2018-02-09.txt").read_text(encoding="utf-8")
    i = text.index("impunité")
    assert raw[seed.doc.source_offset(i) : seed.doc.source_offset(i) + 8] == "impunité"


def test_result_names_its_versions(seed: Result) -> None:
    data = seed.to_dict()
    assert data["schema"] == "communique.result/1"
    meta = data["meta"]
    assert isinstance(meta, dict)
    assert meta["ontology"].startswith("PLOVER") and meta["communique"]


def _codes(seed: Result, ids: tuple[str, ...]) -> set[str]:
    return {e.code for i in ids if (e := seed.entity(i)) is not None and e.code}


@pytest.mark.parametrize(("kind", "date", "status", "actor", "recipient", "words"), [
    (("CONSULT", "visit"), "2017-05-29", "realized", {"RUS"}, {"FRA"}, "rencontre de Versailles"),
    (("AGREE", None), "2018-02-09", "realized", {"FRA"}, {"RUS"}, "a accepté"),
    (("CONSULT", "visit"), "2018-05", "planned", {"FRA"}, {"RUS"}, "visite en Russie"),
    (("CONSULT", None), "2018-02-27", "planned", {"FRA", "RUS"}, None, "travailleront"),
    (("REQUEST", None), "2018-02-09", "realized", {"FRA"}, {"RUS"}, "a demandé à Vladimir Poutine"),
    (("ACCUSE", "disapprove"), "2018-02-09", "realized", {"FRA"}, {"SYR"}, "préoccupation"),
])
def test_the_readouts_other_events(seed: Result, kind: tuple[str, str | None], date: str, status: str,
                                   actor: set[str], recipient: set[str] | None, words: str) -> None:
    """The meeting at Versailles, the accepted invitation, the planned visit, the ministers' meeting,
    the request to Russia and the concern, each with its date and status."""
    found = [v for v in seed.events if (v.type, v.mode) == kind and words in seed.doc.text[
        min(v.trigger.start, v.evidence.start):max(v.trigger.end, v.evidence.end)]]
    assert found, f"no {kind} event stating {words!r}"
    event = found[0]
    assert (event.date.value, event.status) == (date, status)
    assert actor <= _codes(seed, event.actor) | _codes(seed, event.recipient)
    if recipient is not None:
        assert _codes(seed, event.recipient) == recipient
