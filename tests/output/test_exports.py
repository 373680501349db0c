"""Export lines: independent lines per result, a header for the tabular formats, round trips."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from communique.output.cameo_format import CAMEO_COLUMNS, cameo_rows
from communique.output.csv_format import csv_value
from communique.output.exports import ExportContext, ExportFormat, export_header, export_lines
from communique.output.rows import EVENT_COLUMNS, LIST_COLUMNS, event_rows

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def context() -> ExportContext:
    return ExportContext.load()


def _written(results: list[dict[str, Any]], fmt: ExportFormat, context: ExportContext) -> str:
    """What a batch writer would write: the header once, then every line with a newline."""
    header = export_header(fmt)
    lines = [header] if header is not None else []
    for result in results:
        lines.extend(export_lines(result, fmt, context=context))
    return "".join(line + "\n" for line in lines)


def test_formats_and_headers() -> None:
    assert [f.value for f in ExportFormat] == ["jsonl", "plover", "cameo", "csv"]
    assert export_header("jsonl") is None and export_header(ExportFormat.plover) is None
    assert export_header("csv") == ",".join(EVENT_COLUMNS)
    assert export_header("cameo") == "\t".join(CAMEO_COLUMNS)
    with pytest.raises(ValueError):
        export_header("xml")


def test_csv_round_trips_through_csv_reader(all_results: list[dict[str, Any]], context: ExportContext) -> None:
    text = _written(all_results, ExportFormat.csv, context)
    read = list(csv.DictReader(io.StringIO(text, newline="")))
    rows = [row for result in all_results for row in event_rows(result)]
    assert len(read) == len(rows) > 30
    for got, row in zip(read, rows, strict=True):
        assert list(got) == list(EVENT_COLUMNS)
        assert got == {c: csv_value(row[c]) for c in EVENT_COLUMNS}
        for column in LIST_COLUMNS:
            assert (got[column].split(";") if got[column] else []) == row[column]


def test_csv_quotes_commas_and_quotes(seed: dict[str, Any], context: ExportContext) -> None:
    lines = export_lines(seed, "csv", context=context)
    evidence = [row["evidence_text"] for row in event_rows(seed)]
    assert any("," in e for e in evidence)
    parsed = [next(csv.reader([line])) for line in lines]
    assert [p[EVENT_COLUMNS.index("evidence_text")] for p in parsed] == evidence


def test_jsonl_is_the_result_on_one_line(seed: dict[str, Any], context: ExportContext) -> None:
    [line] = export_lines(seed, "jsonl", context=context)
    assert "\n" not in line and json.loads(line) == seed
    assert line == json.dumps(seed, ensure_ascii=False) and "président" in line


def test_plover_lines_are_one_record_per_event(all_results: list[dict[str, Any]], context: ExportContext) -> None:
    text = _written(all_results, ExportFormat.plover, context)
    records = [json.loads(line) for line in text.splitlines()]
    assert len(records) == sum(len(r["events"]) for r in all_results)
    assert all(isinstance(r["event"], list) and r["cite_info"]["citation"] for r in records)


def test_cameo_lines_split_on_tabs(all_results: list[dict[str, Any]], context: ExportContext) -> None:
    text = _written(all_results, ExportFormat.cameo, context)
    lines = text.splitlines()
    assert lines[0].split("\t") == list(CAMEO_COLUMNS)
    rows = [row for result in all_results for row in cameo_rows(result, crosswalk=context.crosswalk)]
    assert [line.split("\t") for line in lines[1:]] == rows


def test_lines_need_no_context(seed: dict[str, Any], context: ExportContext) -> None:
    for fmt in ExportFormat:
        assert export_lines(seed, fmt) == export_lines(seed, fmt, context=context)
