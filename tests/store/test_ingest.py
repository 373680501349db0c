"""Ingesting real results: row counts, replacement on re-ingest, atomic calls, read-only stores."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from communique.errors import CommuniqueError, InvalidValue, MissingField
from communique.store import Store
from communique.store import store as store_module
from tests.store.conftest import EXAMPLE_ID
from tests.store.helpers import expected_counts, table_counts

pytestmark = pytest.mark.slow


def _by_id(results: list[dict[str, Any]], doc_id: str) -> dict[str, Any]:
    return next(r for r in results if r["doc"]["id"] == doc_id)


def _fewer_events(result: dict[str, Any], keep: int) -> dict[str, Any]:
    changed = copy.deepcopy(result)
    changed["events"] = changed["events"][:keep]
    return changed


def _doc_events(store: Store, doc_id: str) -> list[str]:
    sql = f"SELECT event_id FROM events WHERE doc_id = '{doc_id}' ORDER BY event_id"
    return [row[0] for row in store.query(sql).rows]


def test_row_counts_equal_the_results(store: Store, results: list[dict[str, Any]]) -> None:
    assert table_counts(store) == expected_counts(results)
    assert store.doc_ids() == {r["doc"]["id"] for r in results}


def test_rows_keep_the_result_values(store: Store, results: list[dict[str, Any]]) -> None:
    example = _by_id(results, EXAMPLE_ID)
    first = example["events"][0]
    row = store.query(
        "SELECT type, mode, status, date_value, date_basis, trigger_text, evidence_start, evidence_end, confidence "
        f"FROM events WHERE doc_id = '{EXAMPLE_ID}' AND event_id = '{first['id']}'").rows[0]
    assert row == (first["type"], first["mode"], first["status"], first["date"]["value"], first["date"]["basis"],
                   first["trigger"]["text"], first["evidence"]["start"], first["evidence"]["end"],
                   first["confidence"])
    doc = store.query(f"SELECT language, issuer, CAST(published AS VARCHAR), text, n_events FROM documents "
                      f"WHERE doc_id = '{EXAMPLE_ID}'").rows[0]
    assert doc == ("fr", "FRA", "2018-02-09", example["doc"]["text"], len(example["events"]))
    actors = store.query(f"SELECT entity_id, code, name FROM event_participants WHERE doc_id = '{EXAMPLE_ID}' "
                         f"AND event_id = '{first['id']}' AND role = 'actor' ORDER BY position").rows
    entities = {e["id"]: e for e in example["entities"]}
    assert actors == [(i, entities[i]["code"], entities[i]["name"]) for i in first["actor"]]


def test_reingesting_the_same_documents_replaces_them(store: Store, results: list[dict[str, Any]]) -> None:
    assert store.ingest(results) == len(results)
    assert table_counts(store) == expected_counts(results)


def test_a_changed_document_replaces_all_its_rows(store: Store, results: list[dict[str, Any]]) -> None:
    example = _by_id(results, EXAMPLE_ID)
    changed = _fewer_events(example, 3)
    assert store.ingest([changed]) == 1
    others = [r for r in results if r["doc"]["id"] != EXAMPLE_ID]
    assert table_counts(store) == expected_counts([*others, changed])
    assert _doc_events(store, EXAMPLE_ID) == sorted(v["id"] for v in changed["events"])
    assert store.query(f"SELECT n_events FROM documents WHERE doc_id = '{EXAMPLE_ID}'").rows == [(3,)]


def test_a_document_given_twice_in_one_call_keeps_its_last_result(
    store_path: Path, results: list[dict[str, Any]]
) -> None:
    example = _by_id(results, EXAMPLE_ID)
    with Store.open(store_path) as store:
        assert store.ingest([example, _fewer_events(example, 2)]) == 1
        assert len(_doc_events(store, EXAMPLE_ID)) == 2


def test_many_small_calls_on_one_open_store(store_path: Path, results: list[dict[str, Any]]) -> None:
    with Store.open(store_path) as store:
        for result in results:
            assert store.ingest([result]) == 1
        assert store.ingest([]) == 0
        assert table_counts(store) == expected_counts(results)
    with Store.open(store_path, read_only=True) as reopened:
        assert table_counts(reopened) == expected_counts(results)


def test_delete_removes_every_row_of_a_document(store: Store, results: list[dict[str, Any]]) -> None:
    assert store.delete([EXAMPLE_ID, "not-there"]) == 1
    others = [r for r in results if r["doc"]["id"] != EXAMPLE_ID]
    assert table_counts(store) == expected_counts(others)
    assert EXAMPLE_ID not in store.doc_ids()


def test_a_malformed_result_in_a_batch_leaves_the_store_as_it_was(
    store: Store, results: list[dict[str, Any]]
) -> None:
    before = table_counts(store)
    broken = copy.deepcopy(results[1])
    del broken["doc"]["text"]
    with pytest.raises(MissingField, match="text"):
        store.ingest([_fewer_events(_by_id(results, EXAMPLE_ID), 1), broken])
    assert table_counts(store) == before
    assert len(_doc_events(store, EXAMPLE_ID)) == len(_by_id(results, EXAMPLE_ID)["events"])


@pytest.mark.parametrize(
    ("damage", "error"),
    [
        (lambda r: r["events"][0].update(actor=["E999"]), "unknown entity"),
        (lambda r: r["events"][0].update(status=None), "status"),
        (lambda r: r["events"][0]["evidence"].update(start="12"), "integer offset"),
        (lambda r: r["doc"].update(published="9 February 2018"), "not a date"),
        (lambda r: r.update(entities="E1"), "not a list"),
    ],
)
def test_malformed_results_raise_a_coded_error_naming_the_document(
    store: Store, results: list[dict[str, Any]], damage: Any, error: str
) -> None:
    broken = copy.deepcopy(_by_id(results, EXAMPLE_ID))
    damage(broken)
    with pytest.raises(CommuniqueError, match=error) as info:
        store.ingest([broken])
    assert info.value.source == EXAMPLE_ID and info.value.exit_code == 3


def test_a_database_error_inside_the_transaction_rolls_back(store: Store, results: list[dict[str, Any]]) -> None:
    """Two entities with one id break the primary key after the documents row is written."""
    before = table_counts(store)
    broken = copy.deepcopy(_by_id(results, EXAMPLE_ID))
    broken["entities"].append(dict(broken["entities"][0], mentions=[]))
    with pytest.raises(InvalidValue, match="store is unchanged"):
        store.ingest([broken])
    assert table_counts(store) == before
    assert store.ingest([_by_id(results, EXAMPLE_ID)]) == 1  # the store is still usable


def test_an_interruption_half_way_rolls_back(
    store: Store, results: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = table_counts(store)
    real_insert = store_module._insert
    done: list[str] = []

    def crash_on_events(con: Any, table: str, rows: Any) -> None:
        if table == "events":
            raise KeyboardInterrupt
        real_insert(con, table, rows)
        done.append(table)

    monkeypatch.setattr(store_module, "_insert", crash_on_events)
    with pytest.raises(KeyboardInterrupt):
        store.ingest([_fewer_events(_by_id(results, EXAMPLE_ID), 1), *results[1:]])
    assert done == ["documents", "entities", "mentions", "timexes"]
    assert table_counts(store) == before


def test_a_read_only_store_answers_but_refuses_writes(
    store_path: Path, results: list[dict[str, Any]]
) -> None:
    with Store.open(store_path) as store:
        store.ingest(results)
    with Store.open(store_path, read_only=True) as store:
        assert store.stats().documents == len(results)
        with pytest.raises(InvalidValue, match="read-only"):
            store.ingest(results[:1])
        with pytest.raises(InvalidValue, match="read-only"):
            store.query("DELETE FROM events")
        assert table_counts(store) == expected_counts(results)
