"""Flat event and document rows: fixed columns, codes and names resolved from entity ids."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pyarrow as pa
import pytest

from communique.output.rows import (
    DOCUMENT_COLUMNS,
    DOCUMENTS_ARROW_SCHEMA,
    EVENT_COLUMNS,
    EVENTS_ARROW_SCHEMA,
    document_row,
    event_rows,
)
from communique.temporal.values import calendar_day
from tests.output.conftest import event

pytestmark = pytest.mark.slow


def test_event_columns_are_stable() -> None:
    assert EVENT_COLUMNS == (
        "doc_id", "language", "issuer", "published", "event_id", "type", "mode", "contexts", "status", "date",
        "day", "date_basis", "actor_codes", "actor_names", "recipient_codes", "recipient_names", "about_codes",
        "about_names", "location_name", "location_code", "trigger_text", "evidence_text", "evidence_start",
        "evidence_end", "rule", "confidence",
    )
    assert DOCUMENT_COLUMNS == (
        "doc_id", "language", "issuer", "published", "title", "source", "n_entities", "n_timexes", "n_events",
        "warnings",
    )
    assert tuple(EVENTS_ARROW_SCHEMA.names) == EVENT_COLUMNS
    assert tuple(DOCUMENTS_ARROW_SCHEMA.names) == DOCUMENT_COLUMNS


def test_rows_have_the_columns_in_order(all_results: list[dict[str, Any]]) -> None:
    for result in all_results:
        rows = event_rows(result)
        assert len(rows) == len(result["events"])
        assert all(tuple(row) == EVENT_COLUMNS for row in rows)
        assert tuple(document_row(result)) == DOCUMENT_COLUMNS


def test_the_phone_call_row(seed: dict[str, Any]) -> None:
    call = event(seed, type="CONSULT", mode="phone")
    row = next(r for r in event_rows(seed) if r["event_id"] == call["id"])
    assert row["actor_codes"] == ["FRA"] and row["actor_names"] == ["Emmanuel Macron"]
    assert row["recipient_codes"] == ["RUS"] and "Vladimir Putin" in row["recipient_names"]
    assert (row["doc_id"], row["language"], row["issuer"]) == ("seed", "fr", "FRA")
    assert row["published"] == dt.date(2018, 2, 9)
    assert row["date"] == "2018-02-09" and row["day"] == dt.date(2018, 2, 9) and row["date_basis"] == "timex"
    assert row["trigger_text"] == "s'est entretenu"
    text = seed["doc"]["text"]
    assert text[row["evidence_start"] : row["evidence_end"]] == row["evidence_text"]


def test_codes_are_sorted_unique_and_come_from_the_entities(all_results: list[dict[str, Any]]) -> None:
    checked = 0
    for result in all_results:
        entities = {e["id"]: e for e in result["entities"]}
        for row, ev in zip(event_rows(result), result["events"], strict=True):
            for role in ("actor", "recipient", "about"):
                codes = {entities[i]["code"] for i in ev[role] if entities[i]["code"]}
                assert row[f"{role}_codes"] == sorted(codes)
                assert set(row[f"{role}_names"]) == {entities[i]["name"] for i in ev[role]}
                checked += len(ev[role])
            if ev["location"]:
                assert row["location_name"] == entities[ev["location"]]["name"]
    assert checked > 20


def test_day_only_for_a_full_date() -> None:
    assert calendar_day("2018-02-09TMO") == dt.date(2018, 2, 9)
    assert calendar_day("2018-02-09T10:30") == dt.date(2018, 2, 9)
    assert calendar_day("2018-05") is None and calendar_day("XXXX-05-29") is None and calendar_day("FUTURE_REF") is None
    assert calendar_day("2018-W06") is None and calendar_day(None) is None


def test_document_row_counts(seed: dict[str, Any], dev_results: dict[str, dict[str, Any]]) -> None:
    row = document_row(seed)
    assert row["n_events"] == len(seed["events"]) and row["n_entities"] == len(seed["entities"])
    assert row["n_timexes"] == len(seed["timexes"]) and row["warnings"] == []
    assert row["published"] == dt.date(2018, 2, 9)


def test_rows_fit_the_arrow_schemas(all_results: list[dict[str, Any]]) -> None:
    rows = [row for result in all_results for row in event_rows(result)]
    events = pa.Table.from_pylist(rows, schema=EVENTS_ARROW_SCHEMA)
    assert events.num_rows == sum(len(r["events"]) for r in all_results)
    assert events.to_pylist() == rows
    docs = pa.Table.from_pylist([document_row(r) for r in all_results], schema=DOCUMENTS_ARROW_SCHEMA)
    assert docs.column("doc_id").to_pylist() == [r["doc"]["id"] for r in all_results]
