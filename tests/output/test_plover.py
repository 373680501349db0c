"""PLOVER JSON records: the manual's field names, the future rule, nothing of the coding lost."""

from __future__ import annotations

import json
from typing import Any

import pytest

from communique.ontology import Ontology, load_ontology
from communique.output.plover_format import plover_records
from tests.output.conftest import event

pytestmark = pytest.mark.slow

FUTURE_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return load_ontology()


def _records(result: dict[str, Any], ontology: Ontology) -> dict[str, dict[str, Any]]:
    return {r["communique"]["event_id"]: r for r in plover_records(result, ontology=ontology)}


def test_planned_cooperation_is_written_as_agree_with_the_original_kept(
    all_results: list[dict[str, Any]], ontology: Ontology
) -> None:
    seen = 0
    for result in all_results:
        records = _records(result, ontology)
        for ev in result["events"]:
            if ev["status"] == "planned" and ev["type"] in FUTURE_AGREE:
                record = records[ev["id"]]
                assert record["event"] == ["AGREE"] and record["mode"] == []
                assert record["communique"]["type"] == ev["type"]
                assert record["communique"]["mode"] == ev["mode"]
                assert record["communique"]["status"] == "planned"
                assert record["quad_code"] == ontology.types["AGREE"].quad_code
                assert "future" not in record["context"]
                assert record["comment"] and ev["type"] in record["comment"]
                seen += 1
    assert seen >= 3


def test_the_planned_visit_of_the_readout(seed: dict[str, Any], ontology: Ontology) -> None:
    visit = event(seed, type="CONSULT", status="planned", mode="visit")
    record = _records(seed, ontology)[visit["id"]]
    assert record["event"] == ["AGREE"]
    assert record["communique"]["date"]["value"] == visit["date"]["value"]
    assert [a["code"] for a in record["actor"]] == ["FRA"]


def test_a_realized_call_stays_consult(seed: dict[str, Any], ontology: Ontology) -> None:
    call = event(seed, type="CONSULT", mode="phone", status="realized")
    record = _records(seed, ontology)[call["id"]]
    assert record["event"] == ["CONSULT"] and record["mode"] == ["phone"]
    assert record["comment"] is None
    assert record["event_scale"] == ontology.score("CONSULT", "phone")
    assert record["date"] == "2018-02-09" and record["id"] == f"seed-{call['id']}"
    assert [a["identifier_id"] for a in record["actor"]] == ["Q3052772"]
    assert "Vladimir Putin" in [r["identifier_text"] for r in record["recipient"]]
    assert record["event_text"] == ["s'est entretenu"]


def test_planned_retreat_is_concede(dev_results: dict[str, dict[str, Any]], ontology: Ontology) -> None:
    result = dev_results["d029"]
    retreat = event(result, type="RETREAT", status="planned")
    record = _records(result, ontology)[retreat["id"]]
    assert record["event"] == ["CONCEDE"] and record["communique"]["type"] == "RETREAT"


def test_other_statuses_go_to_context_as_auxiliary_modes(
    all_results: list[dict[str, Any]], ontology: Ontology
) -> None:
    expected = {"hypothetical": "hypothetical", "negated": "negation", "planned": "future"}
    seen: set[str] = set()
    for result in all_results:
        records = _records(result, ontology)
        for ev in result["events"]:
            record = records[ev["id"]]
            if ev["status"] in expected and record["event"] == [ev["type"]]:
                assert record["context"][-1] == expected[ev["status"]]
                seen.add(ev["status"])
            elif ev["status"] in ("realized", "ongoing"):
                assert record["context"] == ev["contexts"]
    assert seen == {"hypothetical", "negated", "planned"}


def test_every_record_has_text_and_citation(all_results: list[dict[str, Any]], ontology: Ontology) -> None:
    for result in all_results:
        doc = result["doc"]
        records = plover_records(result, ontology=ontology)
        assert len(records) == len(result["events"])
        assert len({r["id"] for r in records}) == len(records)
        for record, ev in zip(records, result["events"], strict=True):
            assert set(record) >= {"id", "date", "actor", "recipient", "event", "text_info", "cite_info"}
            info = record["text_info"]
            assert (info["start"], info["end"]) == (ev["evidence"]["start"], ev["evidence"]["end"])
            assert info["trigger"]["text"] == ev["trigger"]["text"] and info["language"] == doc["language"]
            assert doc["text"][info["start"] : info["end"]] == record["text"]
            cite = record["cite_info"]
            assert cite["citation"] == doc["id"] and cite["published"] == doc["published"]
            assert cite["title"] == doc["title"] and cite["source"] == doc["source"]
            assert cite["codebook"] == "PLOVER 2.0 draft" and cite["coder"].startswith("communique")
            assert json.loads(json.dumps(record)) == record


def test_entity_text_is_how_the_evidence_names_it(seed: dict[str, Any], ontology: Ontology) -> None:
    call = event(seed, type="CONSULT", mode="phone")
    putin = next(r for r in _records(seed, ontology)[call["id"]]["recipient"] if r["code"] == "RUS"
                 and r["identifier_text"] == "Vladimir Putin")
    assert putin["entity_text"] == "Vladimir Poutine"
    assert putin["office"] == "President of Russia" and putin["sector"] == "GOV"
