"""`Store`: a DuckDB file of results that analysts query with SQL.

Each `Store.ingest` call is one transaction: the rows of the given documents are deleted from
every table and the new rows inserted, so re-ingesting a document replaces it, and a failure
anywhere in the call leaves the store as it was before the call.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pyarrow as pa

from communique._version import __version__
from communique.errors import CommuniqueError, InvalidValue, OutputLocked, UnreadableInput, UnsupportedFormat
from communique.store.ingest import build_rows
from communique.store.queries import QueryResult, StoreStats, run_query, store_stats
from communique.store.schema import META_DDL, META_TABLE, SCHEMA_VERSION, TABLE_NAMES, TABLES
from communique.store.views import VIEWS


@dataclass
class Store:
    """An open store; use `Store.open`, and close it (or use it as a context manager)."""

    path: Path
    read_only: bool
    _con: duckdb.DuckDBPyConnection = field(repr=False)

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> Store:
        """Open the store at ``path``, creating the file and its tables if missing (unless ``read_only``)."""
        path = Path(path)
        if path.is_dir():
            raise UnreadableInput("is a folder, not a store file", source=str(path))
        if read_only and not path.exists():
            raise UnreadableInput("no store at this path", source=str(path))
        try:
            con = duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as exc:
            raise _open_error(exc, path) from None
        try:
            _prepare(con, path, read_only=read_only)
        except BaseException:
            con.close()
            raise
        return cls(path=path, read_only=read_only, _con=con)

    def ingest(self, results: Iterable[Mapping[str, Any]]) -> int:
        """Store these ``communique.result/1`` dicts, replacing any earlier rows of the same documents.

        Returns how many documents were stored (a document id given twice counts once: its last
        result wins). Everything happens in one transaction: on any error nothing is changed.
        """
        self._writable()
        rows = build_rows(results, ingested_at=dt.datetime.now(dt.UTC).replace(tzinfo=None))
        if not rows.doc_ids:
            return 0
        with self._transaction("ingest") as con:
            self._delete(con, rows.doc_ids)
            for table in TABLE_NAMES:
                if rows.count(table):
                    _insert(con, table, rows.arrow(table))
        return len(rows.doc_ids)

    def delete(self, doc_ids: Iterable[str]) -> int:
        """Remove these documents and all their rows (one transaction); how many were in the store."""
        ids = sorted(set(doc_ids))
        if not ids:
            return 0
        self._writable()
        with self._transaction("delete") as con:
            present = self._delete(con, ids)
        return present

    def doc_ids(self) -> set[str]:
        """The ids of the documents in the store."""
        return {row[0] for row in self._con.execute("SELECT doc_id FROM documents").fetchall()}

    def query(self, sql: str) -> QueryResult:
        """Run SQL against the store (tables and views); its last statement gives the result."""
        if not sql.strip():
            raise InvalidValue("the query is empty", source=str(self.path))
        try:
            return run_query(self._con, sql)
        except duckdb.Error as exc:
            raise InvalidValue(f"query failed: {exc}", source=str(self.path)) from None

    def stats(self) -> StoreStats:
        """Counts of what the store holds."""
        return store_stats(self._con)

    def close(self) -> None:
        """Close the connection (committed data is on disk already)."""
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _writable(self) -> None:
        if self.read_only:
            raise InvalidValue("the store is open read-only", source=str(self.path))

    @contextmanager
    def _transaction(self, what: str) -> Iterator[duckdb.DuckDBPyConnection]:
        con = self._con
        con.execute("BEGIN TRANSACTION")
        try:
            yield con
            con.execute("COMMIT")
        except BaseException as exc:
            con.execute("ROLLBACK")
            if isinstance(exc, duckdb.Error):
                raise InvalidValue(f"{what} failed, the store is unchanged: {exc}", source=str(self.path)) from None
            raise

    @staticmethod
    def _delete(con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> int:
        """Delete the rows of those of ``doc_ids`` that are stored; how many were."""
        present = [row[0] for row in con.execute(
            "SELECT doc_id FROM documents WHERE list_contains(?::VARCHAR[], doc_id)", [doc_ids]).fetchall()]
        if present:
            for table in reversed(TABLE_NAMES):
                con.execute(f"DELETE FROM {table} WHERE list_contains(?::VARCHAR[], doc_id)", [present])
        return len(present)


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: pa.Table) -> None:
    """Append Arrow rows to a table; their columns are in the table's order (tests/store check it)."""
    con.from_arrow(rows).insert_into(table)


def _prepare(con: duckdb.DuckDBPyConnection, path: Path, *, read_only: bool) -> None:
    """Check that the file is a store of this version, or make an empty database one."""
    tables = {row[0] for row in con.execute(
        "SELECT table_name FROM information_schema.tables "
        "WHERE table_catalog = current_database() AND table_schema = 'main'"
    ).fetchall()}
    if META_TABLE in tables:
        row = con.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'schema_version'").fetchone()
        found = row[0] if row else None
        if found != str(SCHEMA_VERSION):
            raise UnsupportedFormat(
                f"store schema version {found} is not the one this communique reads ({SCHEMA_VERSION}); "
                "rebuild the store from the results", source=str(path))
        if not read_only:
            _create(con)
        return
    if tables:
        raise UnsupportedFormat(f"a DuckDB database but not a communique store (no {META_TABLE} table)",
                                source=str(path))
    if read_only:
        raise UnsupportedFormat("an empty DuckDB database, not a communique store", source=str(path))
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(timespec="seconds")
    con.execute("BEGIN TRANSACTION")
    try:
        _create(con)
        con.executemany(f"INSERT INTO {META_TABLE} VALUES (?, ?)",
                        [("schema_version", str(SCHEMA_VERSION)), ("created_by", f"communique {__version__}"),
                         ("created_at", now)])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _create(con: duckdb.DuckDBPyConnection) -> None:
    """Create what is missing: the meta table, the tables, and (always afresh) the views."""
    con.execute(META_DDL)
    for _, ddl in TABLES:
        con.execute(ddl)
    for _, ddl in VIEWS:
        con.execute(ddl)


def _open_error(exc: duckdb.Error, path: Path) -> CommuniqueError:
    message = str(exc)
    if isinstance(exc, duckdb.ConnectionException) or "lock" in message.lower():
        return OutputLocked(f"the store is in use: {message}", source=str(path))
    return UnreadableInput(f"cannot open the store: {message}", source=str(path))
