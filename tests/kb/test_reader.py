"""Reading one KB file: value types, header checks, entry lines."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from communique.errors import InvalidKnowledgeBase
from communique.kb.reader import read_kb_file

HEADER = 'format: communique.kb/1\nsources: ["test"]\n'


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "kb.yaml"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_scalars_take_yaml_core_types(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "entries:\n"
        "  - id: other/x\n"
        "    founded: 2015-02-12\n"
        "    quoted_date: '2015-02-12'\n"
        "    nothing: null\n"
        "    tilde: ~\n"
        "    empty:\n"
        "    count: 42\n"
        "    ratio: 0.5\n"
        "    flag: true\n"
        "    code: 'NO'\n"
        "    text: No 10\n"
        "    names: {en: [Minsk II, '2015']}\n",
    )
    [(entry, line)] = read_kb_file(path).entries
    assert line == 4
    assert entry["founded"] == dt.date(2015, 2, 12)
    assert entry["quoted_date"] == "2015-02-12"
    assert entry["nothing"] is None and entry["tilde"] is None and entry["empty"] is None
    assert entry["count"] == 42 and entry["ratio"] == 0.5 and entry["flag"] is True
    assert entry["code"] == "NO" and entry["text"] == "No 10"
    assert entry["names"] == {"en": ["Minsk II", "2015"]}


def test_each_entry_keeps_its_start_line(tmp_path: Path) -> None:
    path = write(tmp_path, "entries:\n  - {id: other/a}\n  # a comment\n  - id: other/b\n    name: B\n")
    assert [line for _, line in read_kb_file(path).entries] == [4, 6]


def test_empty_entries_is_allowed(tmp_path: Path) -> None:
    assert read_kb_file(write(tmp_path, "entries:\n")).entries == ()
    assert read_kb_file(write(tmp_path, "entries: []\n")).sources == ("test",)


def test_invalid_dates_are_reported(tmp_path: Path) -> None:
    path = write(tmp_path, "entries:\n  - id: other/x\n    founded: 2015-02-30\n")
    with pytest.raises(InvalidKnowledgeBase, match=r"kb.yaml:5: invalid date '2015-02-30'"):
        read_kb_file(path)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("entries:\n  - &a {id: other/x}\n  - *a\n", "anchors and aliases are not supported"),
        ("entries:\n  - id: !!python/name:os.system x\n", "unsupported tag"),
        ("entries: {id: other/x}\n", "'entries' must be a list"),
        ("entries:\n  - just text\n", "an entry must be a mapping"),
        ("entries: []\nextra: 1\n", "unknown top-level key(s) 'extra'"),
        ("", "missing 'entries'"),
    ],
)
def test_malformed_files_are_refused(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(InvalidKnowledgeBase, match="E203") as err:
        read_kb_file(write(tmp_path, body))
    assert message in str(err.value)


def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(HEADER.encode() + "entries: [{id: other/caf\xe9}]\n".encode("latin-1"))
    with pytest.raises(InvalidKnowledgeBase, match="cannot read the file"):
        read_kb_file(path)
