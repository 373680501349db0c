"""A batch run: results as they come, a manifest, resume, failures, duplicates and the lock."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from communique.corpus import LocalEngine, load_manifest, manifest_path, run_batch
from communique.corpus.inputs import CorpusItem
from communique.corpus.lock import OutputLock
from communique.corpus.work import Outcome, failure
from communique.errors import DocumentFailed, ManifestMismatch, OutputLocked, OutputNotWritable
from tests.corpus.conftest import dev_records, read_jsonl, without_source, write_jsonl

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("shared_pipeline")]


class FailingFor:
    """An engine that fails the documents named, and codes the others with the real engine."""

    def __init__(self, ids: set[str]) -> None:
        self.ids = ids
        self.coded: list[str] = []

    def run(self, items: Iterable[CorpusItem]) -> Iterator[list[Outcome]]:
        real = LocalEngine()
        for item in items:
            self.coded.append(item.id)
            if item.id in self.ids:
                yield [failure(item, DocumentFailed("simulated failure", source=item.where))]
            else:
                yield from real.run([item])


def test_every_document_once_in_input_order_with_a_manifest(tmp_path: Path) -> None:
    records = dev_records(4)
    src = write_jsonl(tmp_path / "in.jsonl", records)
    out = tmp_path / "out.jsonl"
    summary = run_batch((src,), out, LocalEngine())
    assert (summary.done, summary.failed, summary.skipped) == (4, 0, 0)
    assert [r["doc"]["id"] for r in read_jsonl(out)] == [r["id"] for r in records]
    state = load_manifest(manifest_path(out))
    assert {doc_id: e.status for doc_id, e in state.entries.items()} == {r["id"]: "done" for r in records}
    assert state.checkpoint == out.stat().st_size


def test_a_second_run_skips_what_is_done_and_codes_what_was_added(tmp_path: Path) -> None:
    records = dev_records(3)
    src = write_jsonl(tmp_path / "in.jsonl", records[:2])
    out = tmp_path / "out.jsonl"
    run_batch((src,), out, LocalEngine())
    write_jsonl(src, records)
    engine = FailingFor(set())
    summary = run_batch((src,), out, engine)
    assert engine.coded == [records[2]["id"]]
    assert (summary.done, summary.skipped) == (1, 2)
    assert [r["doc"]["id"] for r in read_jsonl(out)] == [r["id"] for r in records]


def test_an_output_cut_after_its_last_checkpoint_is_repaired_on_resume(tmp_path: Path) -> None:
    """A crash between writing a result and recording it leaves an unrecorded tail: it is cut off."""
    records = dev_records(2)
    src = write_jsonl(tmp_path / "in.jsonl", records[:1])
    out = tmp_path / "out.jsonl"
    run_batch((src,), out, LocalEngine())
    with out.open("a", encoding="utf-8") as handle:
        handle.write('{"schema": "communique.result/1", "doc": {"id": "half-writ')
    write_jsonl(src, records)
    run_batch((src,), out, LocalEngine())
    assert [r["doc"]["id"] for r in read_jsonl(out)] == [r["id"] for r in records]


def test_a_torn_manifest_line_is_dropped_and_its_document_coded_again(tmp_path: Path) -> None:
    records = dev_records(2)
    src = write_jsonl(tmp_path / "in.jsonl", records)
    out = tmp_path / "out.jsonl"
    run_batch((src,), out, LocalEngine())
    manifest = manifest_path(out)
    lines = manifest.read_text(encoding="utf-8").splitlines(keepends=True)
    manifest.write_text("".join(lines[:-1]) + lines[-1][: len(lines[-1]) // 2], encoding="utf-8")
    engine = FailingFor(set())
    run_batch((src,), out, engine)
    assert engine.coded == [records[1]["id"]]
    assert [r["doc"]["id"] for r in read_jsonl(out)] == [r["id"] for r in records]


def test_a_failure_is_recorded_skipped_next_time_and_coded_with_retry_failed(tmp_path: Path) -> None:
    records = dev_records(3)
    src = write_jsonl(tmp_path / "in.jsonl", records)
    out = tmp_path / "out.jsonl"
    bad = records[1]["id"]
    summary = run_batch((src,), out, FailingFor({bad}))
    assert (summary.done, summary.failed) == (2, 1)
    assert summary.failures[0].code == "E199"
    assert load_manifest(manifest_path(out)).entries[bad].status == "failed"
    again = FailingFor(set())
    run_batch((src,), out, again)
    assert again.coded == []
    retried = FailingFor(set())
    summary = run_batch((src,), out, retried, retry_failed=True)
    assert retried.coded == [bad] and summary.done == 1
    assert sorted(r["doc"]["id"] for r in read_jsonl(out)) == sorted(r["id"] for r in records)


def test_bad_lines_and_a_repeated_id_are_recorded_and_the_others_coded(tmp_path: Path) -> None:
    records = dev_records(2)
    lines = [json.dumps(records[0]), '{"id": "no-text"}', "{not json", json.dumps(records[1]),
             json.dumps({**records[0], "text": records[1]["text"]})]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run_batch((src,), out, LocalEngine())
    assert (summary.done, summary.failed) == (2, 3)
    assert [(e.where.rsplit(":", 1)[1], e.code) for e in summary.failures] == [
        ("2", "E107"), ("3", "E108"), ("5", "E112")]
    assert [r["doc"]["id"] for r in read_jsonl(out)] == [records[0]["id"], records[1]["id"]]
    again = run_batch((src,), out, LocalEngine())
    assert (again.done, again.failed, again.skipped) == (0, 0, 5)


def test_a_second_run_on_the_same_output_is_refused_while_the_first_holds_it(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", dev_records(1))
    out = tmp_path / "out.jsonl"
    with OutputLock(out), pytest.raises(OutputLocked) as caught:
        run_batch((src,), out, LocalEngine())
    assert caught.value.code == "E301" and caught.value.exit_code == 5
    assert not out.exists()
    assert run_batch((src,), out, LocalEngine()).done == 1


def test_a_missing_output_folder_is_made_and_a_file_in_its_way_is_a_clear_error(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", dev_records(1))
    nested = tmp_path / "runs" / "2026" / "out.jsonl"
    assert run_batch((src,), nested, LocalEngine()).done == 1
    assert [r["doc"]["id"] for r in read_jsonl(nested)] == [dev_records(1)[0]["id"]]
    blocker = tmp_path / "taken"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    with pytest.raises(OutputNotWritable) as caught:
        run_batch((src,), blocker / "out.jsonl", LocalEngine())
    assert caught.value.code == "E304" and caught.value.exit_code == 5 and "not a folder" in caught.value.message


def test_an_output_shorter_than_its_manifest_says_is_refused(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", dev_records(1))
    out = tmp_path / "out.jsonl"
    run_batch((src,), out, LocalEngine())
    out.write_text("", encoding="utf-8")
    with pytest.raises(ManifestMismatch):
        run_batch((src,), out, LocalEngine())


def test_a_changed_input_document_is_coded_again(tmp_path: Path) -> None:
    records = dev_records(1)
    src = write_jsonl(tmp_path / "in.jsonl", records)
    out = tmp_path / "out.parquet"
    run_batch((src,), out, LocalEngine())
    changed: dict[str, Any] = {**records[0], "published": "2021-01-01"}
    write_jsonl(src, [changed])
    engine = FailingFor(set())
    run_batch((src,), out, engine)
    assert engine.coded == [records[0]["id"]]


def test_parquet_and_folder_inputs_give_the_results_of_jsonl(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    records = dev_records(2)
    jsonl = run_batch((write_jsonl(tmp_path / "in.jsonl", records),), tmp_path / "a.jsonl", LocalEngine())
    pq.write_table(pa.Table.from_pylist(records), tmp_path / "in.parquet")
    run_batch((tmp_path / "in.parquet",), tmp_path / "b.jsonl", LocalEngine())
    assert jsonl.done == 2
    from_jsonl = [without_source(r) for r in read_jsonl(tmp_path / "a.jsonl")]
    assert [without_source(r) for r in read_jsonl(tmp_path / "b.jsonl")] == from_jsonl
    folder = tmp_path / "texts"
    folder.mkdir()
    for record in records:
        (folder / f"{record['id']}.txt").write_text(record["text"], encoding="utf-8")
    summary = run_batch((folder,), tmp_path / "c.jsonl", LocalEngine())
    assert summary.done == 2
    assert [r["doc"]["id"] for r in read_jsonl(tmp_path / "c.jsonl")] == [r["id"] for r in records]
