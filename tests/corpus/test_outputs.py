"""A batch into Parquet, a DuckDB store and the interchange formats, through the command line."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import communique
from communique.cli import app
from communique.corpus import LocalEngine, run_batch
from communique.corpus.outputs import output_kind
from communique.errors import InvalidValue
from tests.conftest import EXAMPLES
from tests.corpus.conftest import dev_records, read_jsonl, write_jsonl

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("shared_pipeline")]
runner = CliRunner()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    seed = {"id": "elysee-2018-02-09", "text": (EXAMPLES / "elysee-2018-02-09.txt").read_text(encoding="utf-8"),
            "language": "fr", "issuer": "FRA", "published": "2018-02-09"}
    return write_jsonl(tmp_path_factory.mktemp("corpus") / "in.jsonl", [seed, *dev_records(2)])


@pytest.fixture
def reference(corpus: Path, tmp_path: Path) -> list[dict[str, Any]]:
    out = tmp_path / "reference.jsonl"
    run_batch((corpus,), out, LocalEngine())
    return read_jsonl(out)


def test_parquet_holds_one_row_per_event_and_the_documents_beside(
    corpus: Path, tmp_path: Path, reference: list[dict[str, Any]]
) -> None:
    out = tmp_path / "events.parquet"
    result = runner.invoke(app, ["batch", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    events = communique.read_results(out)
    documents = communique.read_results(out, table="documents")
    assert len(events) == sum(len(r["events"]) for r in reference)
    assert list(documents["doc_id"]) == [r["doc"]["id"] for r in reference]
    assert set(events["type"]) == {e["type"] for r in reference for e in r["events"]}
    # The same command again finds everything done and leaves the files as they were.
    again = runner.invoke(app, ["batch", str(corpus), "--out", str(out)])
    assert "3 already done" in again.output
    assert len(communique.read_results(out)) == len(events)


def test_a_duckdb_store_answers_queries_on_the_coded_events(
    corpus: Path, tmp_path: Path, reference: list[dict[str, Any]]
) -> None:
    store = tmp_path / "corpus.duckdb"
    assert runner.invoke(app, ["batch", str(corpus), "--out", str(store)]).exit_code == 0
    counted = runner.invoke(app, ["query", str(store), "SELECT count(*) AS n FROM events", "--format", "json"])
    assert counted.exit_code == 0, counted.output
    assert json.loads(counted.stdout) == [{"n": sum(len(r["events"]) for r in reference)}]
    stats = runner.invoke(app, ["stats", str(store), "--json"])
    assert json.loads(stats.stdout)["documents"] == len(reference)


def test_plover_export_writes_a_planned_meeting_as_agree(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "plover.jsonl"
    assert runner.invoke(app, ["batch", str(corpus), "--out", str(out), "--format", "plover"]).exit_code == 0
    records = read_jsonl(out)
    assert records and all({"event", "actor", "recipient", "cite_info", "text_info"} <= r.keys() for r in records)
    planned = [r for r in records if r["communique"]["status"] == "planned"
               and r["communique"]["type"] in ("CONSULT", "SUPPORT", "COOPERATE", "AID")]
    assert planned and all(r["event"] == ["AGREE"] for r in planned)


def test_csv_and_cameo_exports_have_a_header_and_one_row_per_event_or_dyad(
    corpus: Path, tmp_path: Path, reference: list[dict[str, Any]]
) -> None:
    out_csv = tmp_path / "events.csv"
    assert runner.invoke(app, ["batch", str(corpus), "--out", str(out_csv)]).exit_code == 0
    with out_csv.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == sum(len(r["events"]) for r in reference)
    out_tsv = tmp_path / "events.tsv"
    assert runner.invoke(app, ["batch", str(corpus), "--out", str(out_tsv), "--format", "cameo"]).exit_code == 0
    lines = out_tsv.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t")[:4] == ["date", "source", "target", "code"]
    assert all(len(line.split("\t")) == len(lines[0].split("\t")) for line in lines[1:])


def test_an_output_name_chooses_its_format_and_a_line_format_cannot_go_into_parquet(tmp_path: Path) -> None:
    assert output_kind(tmp_path / "a.jsonl") == "jsonl"
    assert output_kind(tmp_path / "a.csv") == "csv"
    assert output_kind(tmp_path / "a.tsv") == "cameo"
    assert output_kind(tmp_path / "a.jsonl", "plover") == "plover"
    assert output_kind(tmp_path / "a.duckdb") == "duckdb"
    with pytest.raises(InvalidValue):
        output_kind(tmp_path / "a.parquet", "csv")


def test_two_workers_give_the_results_of_one(corpus: Path, tmp_path: Path, reference: list[dict[str, Any]],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # worker processes load their own pipeline anyway
    out = tmp_path / "two.jsonl"
    summary = run_batch((corpus,), out, LocalEngine(workers=2, chunk_docs=1))
    assert summary.done == len(reference)
    assert read_jsonl(out) == reference
