"""Which sink writes an output, from its file name and the ``--format`` asked for."""

from __future__ import annotations

from pathlib import Path

from communique.corpus.sink_parquet import ParquetSink
from communique.corpus.sink_store import StoreSink
from communique.corpus.sinks import LinesSink, Sink, jsonl_lines
from communique.corpus.work import Outcome
from communique.errors import InvalidValue

LINE_FORMATS = ("jsonl", "plover", "cameo", "csv")
# The line format a file name implies when no --format is given.
FORMAT_BY_SUFFIX = {".jsonl": "jsonl", ".json": "jsonl", ".csv": "csv", ".tsv": "cameo", ".txt": "cameo"}


def output_kind(out: Path, format: str | None = None) -> str:
    """``parquet``, ``duckdb``, or the line format (jsonl, plover, cameo, csv) of ``out``."""
    suffix = out.suffix.lower()
    if suffix in (".parquet", ".duckdb"):
        if format not in (None, "jsonl"):
            raise InvalidValue(f"--format {format} writes lines; it cannot go into a {suffix} file "
                               "(choose an output ending in .jsonl, .csv or .tsv)", source=str(out))
        return suffix[1:]
    if format is None:
        return FORMAT_BY_SUFFIX.get(suffix, "jsonl")
    if format not in LINE_FORMATS:
        raise InvalidValue(f"unknown format {format!r} (known: {', '.join(LINE_FORMATS)})", source=str(out))
    return format


def open_sink(out: Path, format: str | None = None) -> Sink:
    """The sink for ``out``: a DuckDB store, Parquet files, or a line file in the format asked for."""
    kind = output_kind(out, format)
    if kind == "parquet":
        return ParquetSink(out)
    if kind == "duckdb":
        return StoreSink(out)
    if kind == "jsonl":
        return LinesSink(out, kind=kind, header=None, lines=jsonl_lines)
    from communique.output.exports import ExportContext, ExportFormat, export_header, export_lines

    fmt = ExportFormat(kind)
    context = ExportContext.load()

    def lines(outcome: Outcome) -> list[str]:
        return export_lines(outcome.result, fmt, context=context)

    return LinesSink(out, kind=kind, header=export_header(fmt), lines=lines)
