"""Export formats of results as independent text lines, for writers that stream many results.

A writer writes :func:`export_header` once (when there is one), then the lines of
:func:`export_lines` for each result, each followed by a newline.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from communique.ontology.crosswalk import Crosswalk, load_crosswalk
from communique.ontology.model import Ontology
from communique.ontology.plover import load_ontology
from communique.output.cameo_format import CAMEO_COLUMNS, cameo_rows
from communique.output.csv_format import csv_rows
from communique.output.plover_format import plover_records
from communique.output.rows import EVENT_COLUMNS


class ExportFormat(StrEnum):
    """What a result is written as: result JSONL, PLOVER JSONL, CAMEO TSV or event CSV."""

    jsonl = "jsonl"
    plover = "plover"
    cameo = "cameo"
    csv = "csv"


@dataclass(frozen=True)
class ExportContext:
    """The ontology and crosswalk the PLOVER and CAMEO exports need, loaded once per run."""

    ontology: Ontology
    crosswalk: Crosswalk

    @classmethod
    def load(cls) -> ExportContext:
        """The shipped ontology and crosswalk."""
        ontology = load_ontology()
        return cls(ontology, load_crosswalk(ontology=ontology))


def export_header(fmt: ExportFormat | str) -> str | None:
    """The header line of a format (csv and cameo), without newline; None for the JSONL formats."""
    fmt = ExportFormat(fmt)
    if fmt is ExportFormat.csv:
        return csv_line(EVENT_COLUMNS)
    if fmt is ExportFormat.cameo:
        return tsv_line(CAMEO_COLUMNS)
    return None


def export_lines(
    result: Mapping[str, Any], fmt: ExportFormat | str, *, context: ExportContext | None = None
) -> list[str]:
    """The lines of one result in a format, each without its newline.

    Pass a ``context`` (``ExportContext.load()``) when exporting many results in plover or
    cameo format; without one the data files are read on every call.
    """
    fmt = ExportFormat(fmt)
    if fmt is ExportFormat.jsonl:
        return [json.dumps(result, ensure_ascii=False)]
    if fmt is ExportFormat.plover:
        ontology = context.ontology if context else None
        return [json.dumps(r, ensure_ascii=False) for r in plover_records(result, ontology=ontology)]
    if fmt is ExportFormat.cameo:
        crosswalk = context.crosswalk if context else None
        return [tsv_line(row) for row in cameo_rows(result, crosswalk=crosswalk)]
    return [csv_line(row) for row in csv_rows(result)]


def csv_line(fields: Iterable[str]) -> str:
    """One CSV record (RFC 4180 quoting; a quoted field may hold a line break)."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(fields)
    return buffer.getvalue().removesuffix("\n")


def tsv_line(fields: Iterable[str]) -> str:
    """One tab-separated line without quoting: tabs and line breaks inside fields become spaces."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None, lineterminator="\n")
    writer.writerow([" ".join(f.split()) if any(c in f for c in "\t\r\n") else f for f in fields])
    return buffer.getvalue().removesuffix("\n")
