"""The views on real results (dyads per month, document timelines), stats, and query errors."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import pytest

from communique.errors import CommuniqueError, InvalidValue
from communique.store import Store
from tests.store.conftest import EXAMPLE_ID
from tests.store.helpers import expected_dyads

pytestmark = pytest.mark.slow


def test_the_readout_gives_a_france_russia_consult_in_february_2018(store: Store) -> None:
    rows = store.query(
        "SELECT events, documents FROM events_by_dyad_month "
        "WHERE actor_code = 'FRA' AND recipient_code = 'RUS' AND type = 'CONSULT' AND month = DATE '2018-02-01'"
    ).rows
    assert len(rows) == 1
    events, documents = rows[0]
    assert events >= 1 and documents == 1


def test_dyads_per_month_count_every_event_once_per_code_pair(store: Store, results: list[dict[str, Any]]) -> None:
    rows = store.query(
        "SELECT actor_code, recipient_code, type, month, events, documents FROM events_by_dyad_month").rows
    assert {(a, r, t, m): (n, d) for a, r, t, m, n, d in rows} == expected_dyads(results)


def test_an_event_without_recipient_keeps_a_null_recipient(store: Store, results: list[dict[str, Any]]) -> None:
    example = next(r for r in results if r["doc"]["id"] == EXAMPLE_ID)
    lonely = [v["id"] for v in example["events"] if not v["recipient"]]
    assert lonely, "the readout has joint events without recipient"
    rows = store.query(f"SELECT DISTINCT event_id FROM event_dyads WHERE doc_id = '{EXAMPLE_ID}' "
                       "AND recipient_code IS NULL ORDER BY event_id").rows
    assert sorted(lonely) == [row[0] for row in rows]


def test_realized_counts_leave_out_planned_events(store: Store) -> None:
    rows = store.query("SELECT sum(events), sum(realized) FROM events_by_dyad_month").rows
    planned = store.query("SELECT count(*) FROM event_dyads WHERE status <> 'realized'").rows[0][0]
    assert rows[0][0] - rows[0][1] == planned


def test_the_timeline_orders_a_document_by_day_then_position(store: Store, results: list[dict[str, Any]]) -> None:
    example = next(r for r in results if r["doc"]["id"] == EXAMPLE_ID)
    rows = store.query(f"SELECT seq, event_id, date_day, evidence_start, actor_codes, recipient_codes "
                       f"FROM document_timeline WHERE doc_id = '{EXAMPLE_ID}' ORDER BY seq").rows
    assert [row[0] for row in rows] == list(range(1, len(example["events"]) + 1))
    keys = [(row[2] is None, row[2] or dt.date.min, row[3]) for row in rows]
    assert keys == sorted(keys)
    assert rows[0][2] == dt.date(2017, 5, 29)  # the Versailles meeting recalled in the readout comes first
    codes = {e["id"]: e["code"] for e in example["entities"]}
    for _, event_id, _, _, actors, recipients in rows:
        event = next(v for v in example["events"] if v["id"] == event_id)
        assert actors == sorted({codes[i] for i in event["actor"] if codes[i]})
        assert recipients == sorted({codes[i] for i in event["recipient"] if codes[i]})


def test_stats_count_what_the_results_hold(store: Store, results: list[dict[str, Any]]) -> None:
    stats = store.stats()
    events = [v for r in results for v in r["events"]]
    days = [dt.date.fromisoformat(v["date"]["value"][:10]) for v in events
            if v["date"]["value"] and v["date"]["value"][:4].isdigit() and len(v["date"]["value"]) >= 10]
    assert stats.documents == len(results)
    assert stats.languages == dict(Counter(r["doc"]["language"] for r in results))
    assert stats.issuers == dict(Counter(r["doc"]["issuer"] for r in results))
    assert stats.entities == sum(len(r["entities"]) for r in results)
    assert stats.timexes == sum(len(r["timexes"]) for r in results)
    assert stats.events == len(events)
    assert stats.event_types == dict(Counter(v["type"] for v in events))
    assert stats.statuses == dict(Counter(v["status"] for v in events))
    assert (stats.first_event_day, stats.last_event_day) == (min(days), max(days))
    assert stats.to_dict()["first_event_day"] == min(days).isoformat()


def test_query_returns_columns_and_rows(store: Store) -> None:
    result = store.query("SELECT doc_id, n_events FROM documents ORDER BY doc_id")
    assert result.columns == ("doc_id", "n_events")
    assert EXAMPLE_ID in [row[0] for row in result.rows]
    assert result.records()[0].keys() == {"doc_id", "n_events"}


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        ("SELEC * FROM events", "syntax error"),
        ("SELECT * FROM no_such_table", "no_such_table"),
        ("SELECT no_such_column FROM events", "no_such_column"),
        ("   ", "empty"),
    ],
)
def test_query_errors_are_coded(store: Store, sql: str, message: str) -> None:
    with pytest.raises(InvalidValue, match=message) as info:
        store.query(sql)
    assert isinstance(info.value, CommuniqueError) and info.value.code == "E111"
    assert store.query("SELECT count(*) FROM documents").rows[0][0] > 0  # the connection is still usable
