"""read_path / read_bytes / iter_path: dispatch by format, folders, size limit, path errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.errors import EmptyInput, InputError, InputTooLarge, UnreadableInput, UnsupportedFormat
from communique.ingest import iter_path, read_bytes, read_path, supported_files
from communique.records import SourceInput

SEED = Path(__file__).parents[1] / "data" / "ingest" / "elysee-2018-02-09.txt"


def test_text_file_is_read_as_it_is() -> None:
    (record,) = read_path(SEED)
    assert record.text == SEED.read_text(encoding="utf-8")  # cleaning is a later, separate step
    assert (record.id, record.source, record.published) == ("elysee-2018-02-09", str(SEED), None)


@pytest.mark.parametrize("name", ["note.docx", "note.md", "note", "archive.tar.gz"])
def test_unknown_format_is_e110(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("Bonjour.", encoding="utf-8")
    with pytest.raises(UnsupportedFormat) as caught:
        read_path(path)
    assert caught.value.code == "E110"
    assert ".txt" in caught.value.message  # says what is supported


def test_format_can_be_given_for_bytes() -> None:
    (record,) = read_bytes(b"Bonjour.", name="https://example.org/cr", fmt="txt")
    assert record.text == "Bonjour."
    with pytest.raises(UnsupportedFormat):
        read_bytes(b"Bonjour.", name="cr.txt", fmt="docx")


def test_suffix_is_case_insensitive(tmp_path: Path) -> None:
    path = tmp_path / "NOTE.TXT"
    path.write_bytes("Été".encode("cp1252"))
    assert read_path(path)[0].text == "Été"


def test_missing_path_is_e109(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInput) as caught:
        read_path(tmp_path / "absent.txt")
    assert caught.value.code == "E109"
    assert "absent.txt" in str(caught.value)


def test_empty_file_is_e101(tmp_path: Path) -> None:
    path = tmp_path / "vide.txt"
    path.write_bytes(b"")
    with pytest.raises(EmptyInput):
        read_path(path)


def test_large_file_is_e105_before_it_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.write(b"Le president a parle. " * 2_300_000)  # 50.6 MB
    assert path.stat().st_size > 50_000_000

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(InputTooLarge) as caught:
        read_path(path)
    assert caught.value.code == "E105"
    assert "10,000,000" in caught.value.message


def test_size_limit_is_a_keyword(tmp_path: Path) -> None:
    path = tmp_path / "court.txt"
    path.write_text("Le président a parlé.", encoding="utf-8")
    with pytest.raises(InputTooLarge):
        read_path(path, max_bytes=10)
    assert read_path(path, max_bytes=100)[0].text == "Le président a parlé."
    with pytest.raises(InputTooLarge):
        read_bytes(b"x" * 11, name="a.txt", max_bytes=10)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "b.txt").write_text("Deuxième texte.", encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps([{"text": "Un."}, {"text": "Deux."}]), encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"text": "Ligne un."}\n{"id": "sans texte"}\n', encoding="utf-8")
    (tmp_path / "d.txt").write_bytes(b"\x00\x01\x02\x03binaire")
    (tmp_path / "notes.md").write_text("ignoré", encoding="utf-8")
    (tmp_path / ".cache.txt").write_text("caché", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "e.txt").write_text("sous-dossier", encoding="utf-8")
    return tmp_path


def test_supported_files_of_a_folder_are_sorted(folder: Path) -> None:
    assert [p.name for p in supported_files(folder)] == ["a.json", "b.txt", "c.jsonl", "d.txt"]


def test_read_path_on_a_folder_raises_the_first_error(folder: Path) -> None:
    with pytest.raises(InputError) as caught:
        read_path(folder)
    assert caught.value.code == "E107"


def test_read_path_on_a_clean_folder_reads_everything_in_order(folder: Path) -> None:
    (folder / "c.jsonl").unlink()
    (folder / "d.txt").unlink()
    assert [r.text for r in read_path(folder)] == ["Un.", "Deux.", "Deuxième texte."]


def test_iter_path_goes_on_after_bad_inputs(folder: Path) -> None:
    items = list(iter_path(folder))
    summary = [(where.removeprefix(str(folder) + "/"), type(item).__name__) for where, item in items]
    assert summary == [
        ("a.json[0]", "SourceInput"),
        ("a.json[1]", "SourceInput"),
        ("b.txt", "SourceInput"),
        ("c.jsonl:1", "SourceInput"),
        ("c.jsonl:2", "MissingField"),
        ("d.txt", "BinaryInput"),
    ]
    assert all(isinstance(item, SourceInput | InputError) for _, item in items)


def test_iter_path_on_one_file(folder: Path) -> None:
    assert [type(item).__name__ for _, item in iter_path(folder / "b.txt")] == ["SourceInput"]


def test_folder_without_supported_files_is_e101(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("rien", encoding="utf-8")
    with pytest.raises(EmptyInput):
        read_path(tmp_path)
    with pytest.raises(EmptyInput):
        list(iter_path(tmp_path))


def test_iter_path_on_a_missing_path_is_e109(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInput):
        list(iter_path(tmp_path / "absent"))


def test_every_error_is_an_input_error_with_exit_status_3(tmp_path: Path) -> None:
    path = tmp_path / "x.pdf"
    path.write_text("pas un pdf", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_path(path)
    assert caught.value.exit_code == 3
