"""Opening a store: the schema it creates, and clear errors for files that are not a store of this version."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from communique.errors import CommuniqueError, OutputLocked, UnreadableInput, UnsupportedFormat
from communique.store import SCHEMA_VERSION, TABLE_NAMES, VIEW_NAMES, Store
from communique.store.ingest import ARROW_SCHEMAS, timex_month
from communique.temporal.values import calendar_day


def test_a_new_store_has_every_table_and_view_and_its_version(tmp_path: Path) -> None:
    with Store.open(tmp_path / "new.duckdb") as store:
        names = {row[0] for row in store.query("SELECT table_name FROM information_schema.tables").rows}
        version = store.query("SELECT value FROM communique_meta WHERE key = 'schema_version'").rows
        stats = store.stats()
    assert set(TABLE_NAMES) | set(VIEW_NAMES) <= names
    assert version == [(str(SCHEMA_VERSION),)]
    assert stats.documents == 0 and stats.events == 0 and stats.first_event_day is None


@pytest.mark.parametrize("table", TABLE_NAMES)
def test_rows_are_built_in_the_order_of_the_table_columns(tmp_path: Path, table: str) -> None:
    """Inserts are positional, so the Arrow schema must list the table's columns in order."""
    with Store.open(tmp_path / "new.duckdb") as store:
        columns = [row[0] for row in store.query(f"DESCRIBE {table}").rows]
    assert columns == ARROW_SCHEMAS[table].names


def test_reopening_keeps_the_store(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    Store.open(path).close()
    with Store.open(path, read_only=True) as store:
        assert store.read_only and store.doc_ids() == set()


def test_a_text_file_is_not_a_store(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("plain text, not a database\n" * 50, encoding="utf-8")
    with pytest.raises(UnreadableInput, match="not a valid DuckDB"):
        Store.open(path)
    assert path.read_text(encoding="utf-8").startswith("plain text")


def test_missing_store_read_only_is_unreadable_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.duckdb"
    with pytest.raises(UnreadableInput):
        Store.open(path, read_only=True)
    assert not path.exists()


def test_a_folder_is_not_a_store(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInput, match="folder"):
        Store.open(tmp_path)


def test_another_duckdb_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE prices (day DATE, price DOUBLE)")
    con.close()
    with pytest.raises(UnsupportedFormat, match="not a communique store"):
        Store.open(path)


def test_a_store_of_another_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    Store.open(path).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE communique_meta SET value = '0' WHERE key = 'schema_version'")
    con.close()
    for read_only in (False, True):
        with pytest.raises(UnsupportedFormat, match="version 0") as info:
            Store.open(path, read_only=read_only)
        assert isinstance(info.value, CommuniqueError) and info.value.exit_code == 3


def test_an_empty_database_is_not_a_store_when_read_only(tmp_path: Path) -> None:
    path = tmp_path / "empty.duckdb"
    duckdb.connect(str(path)).close()
    with pytest.raises(UnsupportedFormat, match="empty"):
        Store.open(path, read_only=True)
    with Store.open(path) as store:  # opened for writing, it becomes a store
        assert store.stats().documents == 0


def test_a_store_open_for_writing_cannot_be_opened_read_only_in_the_same_process(tmp_path: Path) -> None:
    path = tmp_path / "busy.duckdb"
    with Store.open(path), pytest.raises(OutputLocked):
        Store.open(path, read_only=True)


@pytest.mark.parametrize(
    ("value", "day", "month"),
    [
        ("2018-02-09", dt.date(2018, 2, 9), dt.date(2018, 2, 1)),
        ("2018-02-09TMO", dt.date(2018, 2, 9), dt.date(2018, 2, 1)),
        ("2018-02-09T10:30", dt.date(2018, 2, 9), dt.date(2018, 2, 1)),
        ("2018-05", None, dt.date(2018, 5, 1)),
        ("2018", None, None),
        ("2018-W06", None, None),
        ("2018-SU", None, None),
        ("XXXX-05-29", None, None),
        ("2018-02-30", None, dt.date(2018, 2, 1)),
        ("2018-13", None, None),
        ("PRESENT_REF", None, None),
        ("P3D", None, None),
        (None, None, None),
    ],
)
def test_day_and_month_of_timex_values(value: str | None, day: dt.date | None, month: dt.date | None) -> None:
    assert calendar_day(value) == day
    assert timex_month(value) == month
