"""The Ray engine on a local Ray with 2 CPUs gives the local engine's results, document by document."""

from __future__ import annotations

import builtins
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from communique.cli import app
from communique.corpus import LocalEngine, run_batch
from tests.corpus.conftest import dev_records, read_jsonl, without_source, write_jsonl

pytestmark = pytest.mark.slow


def test_ray_results_equal_the_local_engine_document_by_document(tmp_path: Path, shared_pipeline: Any) -> None:
    ray = pytest.importorskip("ray")
    from communique.corpus.ray_engine import run_ray

    records = dev_records(5)
    records.append({"id": "german", "text": "Der Bundeskanzler hat heute mit dem Präsidenten telefoniert."})
    src = write_jsonl(tmp_path / "in.jsonl", records)
    local = tmp_path / "local.jsonl"
    run_batch((src,), local, LocalEngine())
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(records[:5]), tmp_path / "in.parquet")
    try:
        summary = run_ray([str(src)], str(tmp_path / "ray-out"), workers=2)
        from_parquet = run_ray([str(tmp_path / "in.parquet")], str(tmp_path / "events.parquet"), workers=2)
    finally:
        ray.shutdown()
    assert (from_parquet.done, from_parquet.failed) == (5, 0)
    events = pq.read_table(tmp_path / "events.parquet").to_pylist()
    assert len(events) == sum(len(r["events"]) for r in read_jsonl(local))
    assert (summary.done, summary.failed) == (5, 1)
    coded = [r for f in sorted((tmp_path / "ray-out").glob("results-*.jsonl")) for r in read_jsonl(f)]
    by_id = {r["doc"]["id"]: without_source(r) for r in coded}
    expected = {r["doc"]["id"]: without_source(r) for r in read_jsonl(local)}
    assert by_id.keys() == expected.keys()
    for doc_id, result in expected.items():
        assert by_id[doc_id] == result, doc_id
    failures = [json.loads(line) for f in (tmp_path / "ray-out").glob("failures-*.jsonl")
                for line in f.read_text().splitlines()]
    assert [f["code"] for f in failures] == ["E106"]


def test_without_ray_the_engine_says_how_to_install_it_and_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", dev_records(1))
    real_import = builtins.__import__

    def no_ray(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "ray" or name.startswith("ray."):
            raise ImportError("No module named 'ray'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_ray)
    monkeypatch.delitem(sys.modules, "communique.corpus.ray_engine", raising=False)
    out = CliRunner().invoke(app, ["batch", str(src), "--out", str(tmp_path / "out"), "--engine", "ray"])
    assert out.exit_code == 2
    assert "pip install 'communique[ray]'" in out.output
    assert "E204" in out.output
