"""``communique query | stats``: SQL over a DuckDB store of results, and a summary of what it holds."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Mapping
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from communique.errors import CommuniqueError

if TYPE_CHECKING:
    from communique.store import QueryResult, StoreStats

# Width of tables written to a file or a pipe (a terminal's own width is used otherwise).
PIPE_WIDTH = 160


class QueryFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


def register(app: typer.Typer) -> None:
    """Add the ``query`` and ``stats`` commands to ``app``."""
    app.command("query")(query)
    app.command("stats")(stats)


def query(
    store: Annotated[Path, typer.Argument(help="DuckDB store written by `communique batch --out X.duckdb`")],
    sql: Annotated[str, typer.Argument(help="SQL over the tables and views (see docs/store.md)")],
    format: Annotated[QueryFormat, typer.Option("--format", "-f", help="table, csv or json")] = QueryFormat.table,
) -> None:
    """Run SQL against a store (read-only) and print the rows."""
    from communique.store import Store

    try:
        with Store.open(store, read_only=True) as opened:
            result = opened.query(sql)
    except CommuniqueError as exc:
        raise _fail(exc) from None
    if format is QueryFormat.table:
        _stdout_console().print(_result_table(result))
    elif format is QueryFormat.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows([_csv_cell(v) for v in row] for row in result.rows)
    else:
        sys.stdout.write(json.dumps(result.records(), ensure_ascii=False, indent=1, default=_json_default) + "\n")


def stats(
    store: Annotated[Path, typer.Argument(help="DuckDB store written by `communique batch --out X.duckdb`")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON")] = False,
) -> None:
    """Summarize a store: documents per language and issuer, events per type and status, dates."""
    from communique.store import Store

    try:
        with Store.open(store, read_only=True) as opened:
            figures = opened.stats()
    except CommuniqueError as exc:
        raise _fail(exc) from None
    if as_json:
        sys.stdout.write(json.dumps(figures.to_dict(), ensure_ascii=False, indent=1) + "\n")
        return
    _print_stats(_stdout_console(), store, figures)


def _fail(exc: CommuniqueError) -> typer.Exit:
    Console(stderr=True).print(Text.assemble(("error", "red"), f" {exc}"))
    return typer.Exit(exc.exit_code)


def _stdout_console() -> Console:
    console = Console()
    return console if console.is_terminal else Console(width=PIPE_WIDTH)


def _result_table(result: QueryResult) -> Table:
    table = Table(caption=f"{len(result.rows)} rows", caption_justify="left")
    for column in result.columns:
        table.add_column(column, overflow="fold")
    for row in result.rows:
        table.add_row(*(_cell(value) for value in row))
    return table


def _cell(value: Any) -> Text:
    if value is None:
        return Text("null", style="dim")
    if isinstance(value, list | tuple):
        return Text(", ".join(_plain(v) for v in value))
    return Text(_plain(value))


def _plain(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Mapping | list | tuple):
        return json.dumps(value, ensure_ascii=False, default=_json_default)
    return str(value)


def _csv_cell(value: Any) -> str:
    """A CSV cell: empty for null, lists of plain values joined by ';', nested values as JSON."""
    if value is None:
        return ""
    if isinstance(value, list | tuple) and not any(isinstance(v, Mapping | list | tuple) for v in value):
        return ";".join(_plain(v) for v in value)
    return _plain(value)


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    return str(value)


def _print_stats(console: Console, path: Path, figures: StoreStats) -> None:
    days = (f"{figures.first_event_day.isoformat()} to {figures.last_event_day.isoformat()}"
            if figures.first_event_day and figures.last_event_day else "none")
    console.print(Text.assemble((str(path), "bold"), f"  {figures.documents} documents, {figures.entities} entities, "
                                f"{figures.timexes} time expressions, {figures.events} events"))
    console.print(f"event days: {days}")
    grid = Table.grid(padding=(0, 4))
    parts = [("language", figures.languages), ("issuer", figures.issuers),
             ("event type", figures.event_types), ("status", figures.statuses)]
    for _ in parts:
        grid.add_column()
    grid.add_row(*(_counts_table(title, counts) for title, counts in parts))
    console.print(grid)


def _counts_table(title: str, counts: dict[str, int]) -> Table:
    table = Table(show_edge=False)
    table.add_column(title)
    table.add_column("n", justify="right")
    for key, n in counts.items():
        table.add_row(Text(key), str(n))
    return table
