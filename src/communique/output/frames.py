"""pandas DataFrames of results: from result dicts, and from files written by extract or batch."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from communique.errors import InvalidJSON, InvalidValue, MissingField, UnreadableInput, UnsupportedFormat
from communique.output.result_json import SCHEMA_ID
from communique.output.rows import (
    DOCUMENT_COLUMNS,
    DOCUMENTS_ARROW_SCHEMA,
    EVENT_COLUMNS,
    EVENTS_ARROW_SCHEMA,
    document_row,
    event_rows,
)

if TYPE_CHECKING:
    import pandas as pd

TABLES = ("events", "documents")
DOCUMENTS_SUFFIX = ".documents.parquet"


def results_frame(results: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """One row per event of the results, columns ``EVENT_COLUMNS`` (same dtypes when empty)."""
    rows = [row for result in results for row in event_rows(result)]
    return _frame(pa.Table.from_pylist(rows, schema=EVENTS_ARROW_SCHEMA))


def documents_frame(results: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """One row per result, columns ``DOCUMENT_COLUMNS``."""
    rows = [document_row(result) for result in results]
    return _frame(pa.Table.from_pylist(rows, schema=DOCUMENTS_ARROW_SCHEMA))


def read_results(path: Path | str, table: str = "events") -> pd.DataFrame:
    """Events (or ``table="documents"``) of results stored at ``path`` as a DataFrame.

    ``path`` is a ``.jsonl`` file of results (a document id given twice: the last line wins),
    a ``.json`` file (one result or a list), a folder of ``.json`` result files, or a
    ``.parquet`` events file written by batch (its documents are in ``<stem>.documents.parquet``).
    """
    path = Path(path)
    if table not in TABLES:
        raise InvalidValue(f"unknown table {table!r}: use events or documents")
    if not path.exists():
        raise UnreadableInput("no such file or folder", source=str(path))
    if path.suffix == ".parquet":
        return _read_parquet(path, table)
    if path.is_dir():
        results = _latest(r for p in sorted(path.glob("*.json")) for r in _read_json(p))
    elif path.suffix == ".jsonl":
        results = _latest(_read_jsonl(path))
    elif path.suffix == ".json":
        results = _latest(_read_json(path))
    else:
        raise UnsupportedFormat(f"cannot read results from {path.suffix or 'a file without extension'}: "
                                "use .jsonl, .json, .parquet or a folder of .json files", source=str(path))
    return results_frame(results) if table == "events" else documents_frame(results)


def _frame(data: Any) -> pd.DataFrame:
    frame: pd.DataFrame = data.to_pandas(date_as_object=False)
    return frame


def _read_parquet(path: Path, table: str) -> pd.DataFrame:
    import pyarrow.parquet as pq

    if table == "documents" and not path.name.endswith(DOCUMENTS_SUFFIX):
        path = path.with_name(path.name.removesuffix(".parquet") + DOCUMENTS_SUFFIX)
        if not path.exists():
            raise UnreadableInput("no documents file next to the events file", source=str(path))
    schema = DOCUMENTS_ARROW_SCHEMA if table == "documents" else EVENTS_ARROW_SCHEMA
    columns = DOCUMENT_COLUMNS if table == "documents" else EVENT_COLUMNS
    try:
        data = pq.read_table(path)
    except (OSError, pa.ArrowException) as exc:
        raise UnreadableInput(f"not a readable Parquet file: {exc}", source=str(path)) from exc
    missing = [c for c in columns if c not in data.column_names]
    if missing:
        raise MissingField(f"not a communique {table} table: no column {', '.join(missing)}", source=str(path))
    try:
        return _frame(data.select(list(columns)).cast(schema))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as exc:
        raise InvalidValue(f"columns of unexpected types: {exc}", source=str(path)) from exc


def _latest(results: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The results, each document id once: a later result replaces an earlier one in place."""
    found: dict[str, Mapping[str, Any]] = {}
    for result in results:
        found[result["doc"]["id"]] = result
    return list(found.values())


def _read_jsonl(path: Path) -> Iterator[Mapping[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UnreadableInput(f"cannot read: {exc}", source=str(path)) from exc
    for number, line in enumerate(lines, 1):
        if line.strip():
            yield _checked(_parse(line, f"{path}:{number}"), f"{path}:{number}")


def _read_json(path: Path) -> list[Mapping[str, Any]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UnreadableInput(f"cannot read: {exc}", source=str(path)) from exc
    data = _parse(text, str(path))
    items = data if isinstance(data, list) else [data]
    return [_checked(item, str(path)) for item in items]


def _parse(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidJSON(f"invalid JSON: {exc.msg} (column {exc.colno})", source=where) from exc


def _checked(data: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(data, dict):
        raise InvalidValue("not a result object", source=where)
    if data.get("schema") != SCHEMA_ID:
        raise InvalidValue(f"not a {SCHEMA_ID} object (schema: {data.get('schema')!r})", source=where)
    doc = data.get("doc")
    if not isinstance(doc, dict) or "id" not in doc:
        raise MissingField("a result needs doc.id", source=where)
    return data
