"""``communique query`` and ``communique stats`` on a store of real results, through a fresh Typer app."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from communique.cli.store_cmds import register
from communique.store import Store
from tests.store.conftest import EXAMPLE_ID

pytestmark = pytest.mark.slow
runner = CliRunner()
DYADS = ("SELECT actor_code, recipient_code, type, month, events FROM events_by_dyad_month "
         "WHERE actor_code = 'FRA' AND recipient_code = 'RUS' ORDER BY month, type")


@pytest.fixture
def app() -> typer.Typer:
    fresh = typer.Typer(pretty_exceptions_enable=False)
    register(fresh)
    return fresh


@pytest.fixture
def path(store_path: Path, results: list[dict[str, Any]]) -> Path:
    with Store.open(store_path) as store:
        store.ingest(results)
    return store_path


def test_query_prints_a_table(app: typer.Typer, path: Path) -> None:
    out = runner.invoke(app, ["query", str(path), DYADS])
    assert out.exit_code == 0, out.output
    assert "actor_code" in out.output and "CONSULT" in out.output and "2018-02-01" in out.output
    assert "rows" in out.output


def test_query_csv_reads_back(app: typer.Typer, path: Path) -> None:
    out = runner.invoke(app, ["query", str(path), DYADS, "--format", "csv"])
    assert out.exit_code == 0, out.output
    rows = list(csv.reader(io.StringIO(out.stdout)))
    assert rows[0] == ["actor_code", "recipient_code", "type", "month", "events"]
    assert ["FRA", "RUS", "CONSULT", "2018-02-01"] in [row[:4] for row in rows[1:]]


def test_query_csv_joins_lists(app: typer.Typer, path: Path) -> None:
    sql = f"SELECT event_id, actor_codes FROM document_timeline WHERE doc_id = '{EXAMPLE_ID}' ORDER BY seq"
    out = runner.invoke(app, ["query", str(path), sql, "-f", "csv"])
    rows = list(csv.reader(io.StringIO(out.stdout)))
    assert "FRA;RUS" in [row[1] for row in rows[1:]]


def test_query_json_is_a_list_of_objects(app: typer.Typer, path: Path) -> None:
    sql = f"SELECT doc_id, published, warnings, ingested_at FROM documents WHERE doc_id = '{EXAMPLE_ID}'"
    out = runner.invoke(app, ["query", str(path), sql, "-f", "json"])
    assert out.exit_code == 0, out.output
    records = json.loads(out.stdout)
    assert records[0]["doc_id"] == EXAMPLE_ID and records[0]["published"] == "2018-02-09"
    assert records[0]["warnings"] == [] and isinstance(records[0]["ingested_at"], str)


def test_stats_json_matches_the_store(app: typer.Typer, path: Path) -> None:
    out = runner.invoke(app, ["stats", str(path), "--json"])
    assert out.exit_code == 0, out.output
    with Store.open(path, read_only=True) as store:
        assert json.loads(out.stdout) == store.stats().to_dict()


def test_stats_prints_a_summary(app: typer.Typer, path: Path, results: list[dict[str, Any]]) -> None:
    out = runner.invoke(app, ["stats", str(path)])
    assert out.exit_code == 0, out.output
    assert f"{len(results)} documents" in out.output
    assert "CONSULT" in out.output and "realized" in out.output and "FRA" in out.output


def test_a_bad_query_is_a_coded_error_without_traceback(app: typer.Typer, path: Path) -> None:
    out = runner.invoke(app, ["query", str(path), "SELECT [oops] FROM nowhere"])
    assert out.exit_code == 3
    assert out.output.startswith("error E111") and "Traceback" not in out.output


def test_a_file_that_is_not_a_store_is_a_coded_error(app: typer.Typer, tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text('{"id": "d1", "text": "not a database"}\n' * 40, encoding="utf-8")
    for args in (["query", str(path), "SELECT 1"], ["stats", str(path)]):
        out = runner.invoke(app, args)
        assert out.exit_code == 3 and "E109" in out.output and "Traceback" not in out.output


def test_query_never_writes(app: typer.Typer, path: Path) -> None:
    out = runner.invoke(app, ["query", str(path), "DELETE FROM events"])
    assert out.exit_code == 3 and "read-only" in out.output
    with Store.open(path, read_only=True) as store:
        assert store.stats().events > 0
