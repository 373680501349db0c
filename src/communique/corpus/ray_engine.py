"""The Ray engine: Ray Data reads JSONL or Parquet from any path Ray knows (local, s3://, gs://),
codes it with actors that each load the pipeline once, and writes results where it was told.

``OUT`` is a folder (or URI): ``results-*.jsonl`` hold one ``communique.result/1`` per line
(or, if OUT ends in ``.parquet``, ``events-*.parquet`` one row per event), and
``failures-*.jsonl`` the documents that failed, with their error codes. Each document is coded
by the same `code_item` as the local engine, so both engines give the same result.
Documents without an id are named by their input hash (a distributed read has no line numbers).
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from communique.corpus.inputs import CorpusItem, input_hash
from communique.corpus.manifest import DONE
from communique.corpus.work import Outcome, code_items
from communique.errors import CommuniqueError, ExtraNotInstalled, InputError, InvalidValue
from communique.ingest.json_fields import record_from_object

try:
    import ray
    import ray.data
    from ray.data import Datasink
except ImportError as exc:  # the optional extra is not installed
    raise ExtraNotInstalled("--engine ray needs Ray: pip install 'communique[ray]'") from exc

# Reading and writing are light: they must not wait for CPUs that the coding actors hold.
LIGHT_TASK_CPUS = 0
# Documents per batch handed to an actor.
BATCH_DOCS = 8
OUTCOME_COLUMNS = ("id", "where", "hash", "status", "code", "message", "result")


@dataclass(frozen=True)
class RaySummary:
    """What a Ray run did."""

    done: int
    failed: int
    elapsed: float


class CodingActor:
    """A Ray Data callable class: the pipeline is loaded once per actor, in ``__init__``."""

    def __init__(self, kb_files: tuple[str, ...] = ()) -> None:
        from communique.pipeline import Pipeline

        self.pipeline = Pipeline.load(kb_files=tuple(Path(f) for f in kb_files))

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        rows = _rows(batch)
        outcomes = code_items(self.pipeline, [_item(row) for row in rows])
        return {
            "id": [o.id for o in outcomes], "where": [o.where for o in outcomes],
            "hash": [o.input_hash for o in outcomes], "status": [o.status for o in outcomes],
            "code": [o.code or "" for o in outcomes], "message": [o.message or "" for o in outcomes],
            "result": [o.result_json or "" for o in outcomes],
        }


def _rows(batch: Mapping[str, Any]) -> list[dict[str, Any]]:
    columns = list(batch)
    size = len(batch[columns[0]]) if columns else 0
    return [{name: _plain(batch[name][index]) for name in columns} for index in range(size)]


def _plain(value: Any) -> Any:
    """A numpy scalar or array cell as a plain Python value."""
    if hasattr(value, "item") and getattr(value, "ndim", 1) == 0:
        return value.item()
    return value


def _item(row: Mapping[str, Any]) -> CorpusItem:
    """A corpus item from a JSONL line (``{"text": line}`` from read_text) or a Parquet row."""
    where = str(row.get("path") or "ray")
    if set(row) <= {"text", "path"}:
        try:
            value = json.loads(row["text"])
        except json.JSONDecodeError as exc:
            from communique.errors import InvalidJSON

            error = InvalidJSON(f"invalid JSON: {exc.msg}", source=where)
            return CorpusItem(id=where, where=where, input_hash="", error=error)
    else:
        value = dict(row)
        value.pop("path", None)
    if isinstance(value, dict) and value.get("published") is not None and not isinstance(value["published"], str):
        value["published"] = value["published"].isoformat()
    fallback = "doc-" + hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()[:16]
    try:
        record = record_from_object(value, where=where, default_id=fallback)
    except InputError as exc:
        return CorpusItem(id=where, where=where, input_hash="", error=exc)
    return CorpusItem(id=record.id or fallback, where=where, input_hash=input_hash(record), source=record)


class ResultsDatasink(Datasink[dict[str, int]]):
    """Writes each write task's results and failures as files under ``out`` (any pyarrow filesystem)."""

    def __init__(self, out: str, *, parquet: bool) -> None:
        self.out = out
        self.parquet = parquet
        self.totals = {"done": 0, "failed": 0}

    def on_write_start(self, schema: Any = None) -> None:
        filesystem, root = _filesystem(self.out)
        filesystem.create_dir(root, recursive=True)

    def write(self, blocks: Iterable[Any], ctx: Any) -> dict[str, int]:
        from ray.data.block import BlockAccessor

        rows = [row for block in blocks for row in BlockAccessor.for_block(block).to_arrow().to_pylist()]
        done = [row for row in rows if row["status"] == DONE]
        failed = [row for row in rows if row["status"] != DONE]
        name = f"{ctx.task_idx:05d}-{uuid.uuid4().hex[:8]}"
        filesystem, root = _filesystem(self.out)
        if done:
            if self.parquet:
                _write_events(filesystem, f"{root}/events-{name}.parquet", done)
            else:
                _write_lines(filesystem, f"{root}/results-{name}.jsonl", [row["result"] for row in done])
        if failed:
            lines = [json.dumps({"id": r["id"], "where": r["where"], "code": r["code"], "message": r["message"]},
                                ensure_ascii=False) for r in failed]
            _write_lines(filesystem, f"{root}/failures-{name}.jsonl", lines)
        return {"done": len(done), "failed": len(failed)}

    def on_write_complete(self, write_result: Any) -> None:
        for counts in write_result.write_returns:
            self.totals["done"] += counts["done"]
            self.totals["failed"] += counts["failed"]


def _filesystem(out: str) -> tuple[Any, str]:
    import pyarrow.fs

    if "://" not in out:
        return pyarrow.fs.LocalFileSystem(), str(Path(out).resolve())
    filesystem, root = pyarrow.fs.FileSystem.from_uri(out)
    return filesystem, root.rstrip("/")


def _write_lines(filesystem: Any, path: str, lines: list[str]) -> None:
    with filesystem.open_output_stream(path) as stream:
        stream.write("".join(line + "\n" for line in lines).encode("utf-8"))


def _write_events(filesystem: Any, path: str, rows: list[dict[str, Any]]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from communique.output.rows import EVENTS_ARROW_SCHEMA, event_rows

    events = [event for row in rows for event in event_rows(json.loads(row["result"]))]
    with filesystem.open_output_stream(path) as stream:
        pq.write_table(pa.Table.from_pylist(events, schema=EVENTS_ARROW_SCHEMA), stream)


def run_ray(
    inputs: list[str], out: str, *, workers: int = 2, address: str | None = None,
    kb_files: tuple[Path, ...] = (), format: str | None = None,
) -> RaySummary:
    """Code ``inputs`` (JSONL or Parquet files or folders, local or remote) into the folder ``out``."""
    if format not in (None, "jsonl"):
        raise InvalidValue(f"--engine ray writes JSONL results or Parquet events, not {format}; "
                           "convert afterwards with the local engine or communique.read_results", source=out)
    parquet_in = [path for path in inputs if path.lower().endswith(".parquet")]
    if parquet_in and len(parquet_in) != len(inputs):
        raise InvalidValue("--engine ray reads either JSONL or Parquet inputs in one run, not both", source=out)
    started = time.monotonic()
    if not ray.is_initialized():
        if address:
            ray.init(address=address, log_to_driver=False, logging_level=logging.ERROR)
        else:
            ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False,
                     logging_level=logging.ERROR)
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    try:
        if parquet_in:
            dataset = ray.data.read_parquet(inputs, include_paths=True, num_cpus=LIGHT_TASK_CPUS)
        else:
            dataset = ray.data.read_text(inputs, include_paths=True, num_cpus=LIGHT_TASK_CPUS)
        coded = dataset.map_batches(
            CodingActor, fn_constructor_kwargs={"kb_files": tuple(str(f) for f in kb_files)},
            batch_size=BATCH_DOCS, compute=ray.data.ActorPoolStrategy(size=workers),
            num_cpus=_actor_cpus(workers, address),
            batch_format="numpy")
        sink = ResultsDatasink(out, parquet=out.rstrip("/").lower().endswith(".parquet"))
        coded.write_datasink(sink, ray_remote_args={"num_cpus": LIGHT_TASK_CPUS})
    except CommuniqueError:
        raise
    except Exception as exc:  # Ray wraps worker errors; a SetupError in an actor comes back this way
        cause = _communique_cause(exc)
        if cause is not None:
            raise cause from None
        raise
    return RaySummary(done=sink.totals["done"], failed=sink.totals["failed"], elapsed=time.monotonic() - started)


def _actor_cpus(workers: int, address: str | None) -> float:
    """CPUs each coding actor asks for. On a cluster, one; on the local Ray (``workers`` CPUs), less,
    so that one CPU stays free for Ray Data's own tasks (listing and reading files), which would
    otherwise wait for ever behind actors that wait for their input."""
    if address:
        return 1.0
    return (workers - 1) / workers


def _communique_cause(exc: BaseException) -> CommuniqueError | None:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, CommuniqueError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


__all__ = ["OUTCOME_COLUMNS", "CodingActor", "Outcome", "RaySummary", "ResultsDatasink", "run_ray"]
