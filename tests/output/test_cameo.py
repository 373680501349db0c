"""CAMEO rows in PETRARCH's layout: codes from the crosswalk, one row per dyad, decisions on status."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from communique.ontology import Crosswalk, load_crosswalk
from communique.output.cameo_format import CAMEO_COLUMNS, actor_code, cameo_export
from tests.output.conftest import event

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def crosswalk() -> Crosswalk:
    return load_crosswalk()


def _rows(result: dict[str, Any], crosswalk: Crosswalk, event_id: str) -> list[dict[str, str]]:
    rows = cameo_export(result, crosswalk=crosswalk).rows
    ids = f"{result['doc']['id']}-{event_id}"
    return [dict(zip(CAMEO_COLUMNS, row, strict=True)) for row in rows if row[CAMEO_COLUMNS.index("ids")] == ids]


def test_the_phone_call_is_041_once_per_recipient(seed: dict[str, Any], crosswalk: Crosswalk) -> None:
    call = event(seed, type="CONSULT", mode="phone", status="realized")
    rows = _rows(seed, crosswalk, call["id"])
    assert crosswalk.cameo_code("CONSULT", "phone") == "041"
    assert [r["code"] for r in rows] == ["041"] * len(call["recipient"])
    assert {r["source"] for r in rows} == {"FRAGOV"}
    assert "RUSGOV" in {r["target"] for r in rows}
    assert {r["date"] for r in rows} == {"20180209"}
    assert rows[0]["event_text"] == "s'est entretenu" and rows[0]["story_source"] == "FRA"
    assert rows[0]["flag"] == "" and rows[0]["plover_type"] == "CONSULT" and rows[0]["plover_mode"] == "phone"


def test_codes_come_from_the_crosswalk(all_results: list[dict[str, Any]], crosswalk: Crosswalk) -> None:
    for result in all_results:
        for ev in result["events"]:
            rows = _rows(result, crosswalk, ev["id"])
            if ev["status"] == "negated":
                assert rows == []
            else:
                expected = crosswalk.cameo_code(ev["type"], ev["mode"], status=ev["status"])
                assert rows and {r["code"] for r in rows} == {expected}


def test_no_recipient_gives_an_empty_target_per_actor(seed: dict[str, Any], crosswalk: Crosswalk) -> None:
    meeting = next(v for v in seed["events"] if not v["recipient"] and len(v["actor"]) > 1)
    rows = _rows(seed, crosswalk, meeting["id"])
    assert len(rows) == len(meeting["actor"]) and {r["target"] for r in rows} == {""}


def test_a_planned_meeting_is_an_intent_dated_when_expressed(seed: dict[str, Any], crosswalk: Crosswalk) -> None:
    visit = event(seed, type="CONSULT", status="planned", mode="visit")
    rows = _rows(seed, crosswalk, visit["id"])
    assert {r["code"] for r in rows} == {"036"} and {r["flag"] for r in rows} == {""}
    assert {r["date"] for r in rows} == {"20180209"}


def test_negated_events_are_skipped_and_counted(dev_results: dict[str, dict[str, Any]], crosswalk: Crosswalk) -> None:
    result = dev_results["c016"]
    negated = [v["id"] for v in result["events"] if v["status"] == "negated"]
    export = cameo_export(result, crosswalk=crosswalk)
    assert negated and [s.event_id for s in export.skipped] == negated
    assert all("negated" in s.reason for s in export.skipped)


def test_hypothetical_events_are_flagged(all_results: list[dict[str, Any]], crosswalk: Crosswalk) -> None:
    seen = 0
    for result in all_results:
        for ev in result["events"]:
            if ev["status"] == "hypothetical":
                rows = _rows(result, crosswalk, ev["id"])
                assert rows and {r["flag"] for r in rows} == {"hypothetical"}
                seen += 1
    assert seen >= 1


def test_a_hypothetical_call_keeps_its_code_and_is_flagged(seed: dict[str, Any], crosswalk: Crosswalk) -> None:
    doubted = copy.deepcopy(seed)
    call = event(doubted, type="CONSULT", mode="phone", status="realized")
    call["status"] = "hypothetical"
    rows = _rows(doubted, crosswalk, call["id"])
    assert rows and {r["flag"] for r in rows} == {"hypothetical"} and {r["code"] for r in rows} == {"041"}


def test_a_planned_event_without_intent_code_is_flagged(
    dev_results: dict[str, dict[str, Any]], crosswalk: Crosswalk
) -> None:
    result = dev_results["d005"]
    mobilize = event(result, type="MOBILIZE", status="planned")
    rows = _rows(result, crosswalk, mobilize["id"])
    assert rows and {r["flag"] for r in rows} == {"planned"} and {r["code"] for r in rows} == {"154"}


def test_an_unmapped_mode_is_skipped_with_the_reason(seed: dict[str, Any], crosswalk: Crosswalk) -> None:
    broken = copy.deepcopy(seed)
    call = event(broken, type="CONSULT", mode="phone")
    call["mode"] = "carrier-pigeon"
    export = cameo_export(broken, crosswalk=crosswalk)
    skipped = {s.event_id: s.reason for s in export.skipped}
    assert "carrier-pigeon" in skipped[call["id"]]
    assert len(export.rows) == len(cameo_export(seed, crosswalk=crosswalk).rows) - len(call["recipient"])


def test_rows_are_tab_safe(all_results: list[dict[str, Any]], crosswalk: Crosswalk) -> None:
    for result in all_results:
        for row in cameo_export(result, crosswalk=crosswalk).rows:
            assert len(row) == len(CAMEO_COLUMNS)
            assert not any(c in field for field in row for c in "\t\r\n")


def test_actor_codes_join_code_and_sector() -> None:
    assert actor_code({"code": "FRA", "sector": "GOV"}) == "FRAGOV"
    assert actor_code({"code": "RUS", "sector": None}) == "RUS"
    assert actor_code({"code": None, "sector": "GOV"}) == "---"
    # PLOVER renamed CAMEO's MED (media) JRN and HLH (health) MED
    assert actor_code({"code": "USA", "sector": "JRN"}) == "USAMED"
    assert actor_code({"code": "USA", "sector": "MED"}) == "USAHLH"
