"""pandas frames: Result.to_frame, results_frame, and read_results on jsonl, json folders and parquet."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import communique
from communique import Result
from communique.errors import InvalidJSON, InvalidValue, UnreadableInput, UnsupportedFormat
from communique.output.frames import read_results, results_frame
from communique.output.rows import (
    DOCUMENT_COLUMNS,
    DOCUMENTS_ARROW_SCHEMA,
    EVENT_COLUMNS,
    EVENTS_ARROW_SCHEMA,
    document_row,
    event_rows,
)

pytestmark = pytest.mark.slow


def _jsonl(path: Path, results: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in results), encoding="utf-8")
    return path


def test_to_frame_of_the_readout(seed_result: Result) -> None:
    frame = seed_result.to_frame()
    assert list(frame.columns) == list(EVENT_COLUMNS)
    assert len(frame) == len(seed_result.events)
    call = frame[(frame["type"] == "CONSULT") & (frame["mode"] == "phone")].iloc[0]
    assert list(call["actor_codes"]) == ["FRA"] and list(call["recipient_codes"]) == ["RUS"]
    assert call["day"] == pd.Timestamp("2018-02-09")
    assert frame["evidence_start"].dtype == "int64" and frame["confidence"].dtype == "float64"
    assert str(frame["published"].dtype).startswith("datetime64")


def test_an_empty_frame_has_the_same_dtypes(all_results: list[dict[str, Any]]) -> None:
    empty = results_frame([])
    full = results_frame(all_results)
    assert len(empty) == 0 and list(empty.columns) == list(EVENT_COLUMNS)
    assert empty.dtypes.to_dict() == full.dtypes.to_dict()
    assert len(full) == sum(len(r["events"]) for r in all_results)


def test_jsonl_last_line_wins(tmp_path: Path, seed: dict[str, Any], dev_results: dict[str, dict[str, Any]]) -> None:
    older = copy.deepcopy(seed)
    older["events"] = older["events"][:2]
    other = dev_results["c016"]
    path = _jsonl(tmp_path / "out.jsonl", [seed, other, older])
    frame = read_results(path)
    assert len(frame) == 2 + len(other["events"])
    assert list(frame[frame["doc_id"] == "seed"]["event_id"]) == [v["id"] for v in seed["events"][:2]]
    docs = read_results(path, table="documents")
    assert list(docs.columns) == list(DOCUMENT_COLUMNS)
    assert sorted(docs["doc_id"]) == ["c016", "seed"]
    assert int(docs.set_index("doc_id").loc["seed", "n_events"]) == 2


def test_communique_read_results_is_the_same_function(tmp_path: Path, seed: dict[str, Any]) -> None:
    path = _jsonl(tmp_path / "one.jsonl", [seed])
    assert len(communique.read_results(path)) == len(seed["events"])


def test_a_folder_of_json_results(tmp_path: Path, all_results: list[dict[str, Any]]) -> None:
    for result in all_results:
        (tmp_path / f"{result['doc']['id']}.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a result", encoding="utf-8")
    frame = read_results(tmp_path)
    assert len(frame) == sum(len(r["events"]) for r in all_results)
    assert set(frame["doc_id"]) == {r["doc"]["id"] for r in all_results}


def test_parquet_events_and_documents(tmp_path: Path, all_results: list[dict[str, Any]]) -> None:
    rows = [row for result in all_results for row in event_rows(result)]
    path = tmp_path / "corpus.parquet"
    pq.write_table(pa.Table.from_pylist(rows, schema=EVENTS_ARROW_SCHEMA), path)
    pq.write_table(
        pa.Table.from_pylist([document_row(r) for r in all_results], schema=DOCUMENTS_ARROW_SCHEMA),
        tmp_path / "corpus.documents.parquet",
    )
    events = read_results(path)
    assert events.dtypes.to_dict() == results_frame(all_results).dtypes.to_dict()
    assert list(events["event_id"]) == [r["event_id"] for r in rows]
    assert [list(c) for c in events["actor_codes"]] == [r["actor_codes"] for r in rows]
    docs = read_results(path, table="documents")
    assert list(docs["n_events"]) == [len(r["events"]) for r in all_results]


def test_parquet_without_documents_file(tmp_path: Path, seed: dict[str, Any]) -> None:
    path = tmp_path / "alone.parquet"
    pq.write_table(pa.Table.from_pylist(event_rows(seed), schema=EVENTS_ARROW_SCHEMA), path)
    with pytest.raises(UnreadableInput, match="documents"):
        read_results(path, table="documents")


def test_bad_paths_are_coded_errors(tmp_path: Path, seed: dict[str, Any]) -> None:
    with pytest.raises(UnreadableInput) as missing:
        read_results(tmp_path / "nowhere.jsonl")
    assert missing.value.code == "E109"
    (tmp_path / "results.csv").write_text("a,b\n", encoding="utf-8")
    with pytest.raises(UnsupportedFormat):
        read_results(tmp_path / "results.csv")
    with pytest.raises(InvalidValue, match="table"):
        read_results(_jsonl(tmp_path / "ok.jsonl", [seed]), table="entities")
    (tmp_path / "broken.jsonl").write_text(json.dumps(seed) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InvalidJSON) as broken:
        read_results(tmp_path / "broken.jsonl")
    assert "broken.jsonl:2" in str(broken.value)
    (tmp_path / "gold.jsonl").write_text(json.dumps({"schema": "communique.gold/1", "id": "x"}) + "\n")
    with pytest.raises(InvalidValue, match=r"communique\.result/1"):
        read_results(tmp_path / "gold.jsonl")
    (tmp_path / "junk.parquet").write_bytes(b"PAR1 not really")
    with pytest.raises(UnreadableInput):
        read_results(tmp_path / "junk.parquet")
