"""CSV of events: one row per event, the columns of ``EVENT_COLUMNS``, lists joined by ';'."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from communique.output.rows import EVENT_COLUMNS, event_rows

LIST_SEPARATOR = ";"


def csv_value(value: Any) -> str:
    """One value as CSV text: empty for None, lists joined by ';', dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(str(v) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def csv_rows(result: Mapping[str, Any]) -> list[list[str]]:
    """The CSV fields of each event of a result, in the order of ``EVENT_COLUMNS``."""
    return [[csv_value(row[c]) for c in EVENT_COLUMNS] for row in event_rows(result)]
