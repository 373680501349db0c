"""Writers for results: ``communique.result/1`` JSON and JSONL, flat rows, PLOVER, CAMEO, CSV, frames.

The result JSON writer loads with the package; the other writers (which need pyarrow or pandas)
load on first use of their names.
"""

import typing as _typing

from communique.output.result_json import SCHEMA_ID, result_to_dict, result_to_json

if _typing.TYPE_CHECKING:
    from communique.output.cameo_format import CAMEO_COLUMNS, CameoExport, cameo_export, cameo_rows
    from communique.output.csv_format import csv_rows
    from communique.output.exports import ExportContext, ExportFormat, export_header, export_lines
    from communique.output.frames import documents_frame, read_results, results_frame
    from communique.output.json_schema import result_problems, result_schema
    from communique.output.plover_format import plover_records
    from communique.output.rows import (
        DOCUMENT_COLUMNS,
        DOCUMENTS_ARROW_SCHEMA,
        EVENT_COLUMNS,
        EVENTS_ARROW_SCHEMA,
        document_row,
        event_rows,
    )

_LAZY = {
    "CAMEO_COLUMNS": "communique.output.cameo_format",
    "CameoExport": "communique.output.cameo_format",
    "cameo_export": "communique.output.cameo_format",
    "cameo_rows": "communique.output.cameo_format",
    "csv_rows": "communique.output.csv_format",
    "ExportContext": "communique.output.exports",
    "ExportFormat": "communique.output.exports",
    "export_header": "communique.output.exports",
    "export_lines": "communique.output.exports",
    "documents_frame": "communique.output.frames",
    "read_results": "communique.output.frames",
    "results_frame": "communique.output.frames",
    "result_problems": "communique.output.json_schema",
    "result_schema": "communique.output.json_schema",
    "plover_records": "communique.output.plover_format",
    "DOCUMENT_COLUMNS": "communique.output.rows",
    "DOCUMENTS_ARROW_SCHEMA": "communique.output.rows",
    "EVENT_COLUMNS": "communique.output.rows",
    "EVENTS_ARROW_SCHEMA": "communique.output.rows",
    "document_row": "communique.output.rows",
    "event_rows": "communique.output.rows",
}


def __getattr__(name: str) -> _typing.Any:
    """Load the writers that need pyarrow or pandas on first use."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'communique.output' has no attribute {name!r}")


__all__ = [
    "CAMEO_COLUMNS",
    "DOCUMENTS_ARROW_SCHEMA",
    "DOCUMENT_COLUMNS",
    "EVENTS_ARROW_SCHEMA",
    "EVENT_COLUMNS",
    "SCHEMA_ID",
    "CameoExport",
    "ExportContext",
    "ExportFormat",
    "cameo_export",
    "cameo_rows",
    "csv_rows",
    "document_row",
    "documents_frame",
    "event_rows",
    "export_header",
    "export_lines",
    "plover_records",
    "read_results",
    "result_problems",
    "result_schema",
    "result_to_dict",
    "result_to_json",
    "results_frame",
]
