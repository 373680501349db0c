"""What the store answers: the result of a SQL query, and a summary of what the store holds."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import duckdb

# Key under which documents without an issuer are counted in `StoreStats.issuers`.
NO_ISSUER = "none"


@dataclass(frozen=True)
class QueryResult:
    """The columns and rows a query returned (no columns for a statement that returns nothing)."""

    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]] = field(default_factory=list)

    def records(self) -> list[dict[str, Any]]:
        """The rows as dicts, column name to value."""
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


@dataclass(frozen=True)
class StoreStats:
    """Counts over the whole store."""

    documents: int
    languages: dict[str, int]
    issuers: dict[str, int]
    entities: int
    timexes: int
    events: int
    event_types: dict[str, int]
    statuses: dict[str, int]
    first_event_day: dt.date | None
    last_event_day: dt.date | None

    def to_dict(self) -> dict[str, Any]:
        """The figures as JSON-ready data (days as ISO dates)."""
        return {
            "documents": self.documents,
            "languages": dict(self.languages),
            "issuers": dict(self.issuers),
            "entities": self.entities,
            "timexes": self.timexes,
            "events": self.events,
            "event_types": dict(self.event_types),
            "statuses": dict(self.statuses),
            "first_event_day": self.first_event_day.isoformat() if self.first_event_day else None,
            "last_event_day": self.last_event_day.isoformat() if self.last_event_day else None,
        }


def run_query(con: duckdb.DuckDBPyConnection, sql: str) -> QueryResult:
    """Run one SQL text (its last statement gives the result); DuckDB errors pass through."""
    cursor = con.execute(sql)
    if cursor.description is None:
        return QueryResult(columns=())
    return QueryResult(columns=tuple(str(d[0]) for d in cursor.description), rows=cursor.fetchall())


def store_stats(con: duckdb.DuckDBPyConnection) -> StoreStats:
    """Counts of documents, entities, time expressions and events, broken down as analysts ask first."""
    first_day, last_day = _one(con, "SELECT min(date_day), max(date_day) FROM events")
    return StoreStats(
        documents=_count(con, "documents"),
        languages=_counts(con, "documents", "language"),
        issuers={(key or NO_ISSUER): n for key, n in _grouped(con, "documents", "issuer")},
        entities=_count(con, "entities"),
        timexes=_count(con, "timexes"),
        events=_count(con, "events"),
        event_types=_counts(con, "events", "type"),
        statuses=_counts(con, "events", "status"),
        first_event_day=first_day,
        last_event_day=last_day,
    )


def _one(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[Any, ...]:
    row = con.execute(sql).fetchone()
    return tuple(row) if row is not None else ()


def _count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    return int(_one(con, f"SELECT count(*) FROM {table}")[0])


def _grouped(con: duckdb.DuckDBPyConnection, table: str, column: str) -> list[tuple[str | None, int]]:
    sql = f"SELECT {column}, count(*) AS n FROM {table} GROUP BY {column} ORDER BY n DESC, {column} NULLS LAST"
    return [(key, int(n)) for key, n in con.execute(sql).fetchall()]


def _counts(con: duckdb.DuckDBPyConnection, table: str, column: str) -> dict[str, int]:
    return {str(key): n for key, n in _grouped(con, table, column)}
