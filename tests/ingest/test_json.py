"""JSON and JSONL inputs: fields, each bad-record error, and the per-line batch iterator."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from communique.errors import (
    EmptyInput,
    InputError,
    InputTooLarge,
    InvalidJSON,
    InvalidValue,
    MissingField,
    UnknownEncoding,
    UnreadableInput,
)
from communique.ingest import iter_jsonl, read_bytes, read_path
from communique.records import SourceInput

READOUT = {
    "id": "fr-elysee-2018-02-09",
    "text": "Le président de la République s'est entretenu ce matin par téléphone avec Vladimir Poutine.",
    "language": "fr",
    "issuer": "FRA",
    "published": "2018-02-09",
    "title": "Entretien avec Vladimir Poutine",
    "url": "https://www.elysee.fr/",  # not a field we read
}


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode()


def test_one_object_gives_one_record_with_its_fields() -> None:
    (record,) = read_bytes(_json(READOUT), name="readout.json")
    assert record == SourceInput(
        text=READOUT["text"],
        id="fr-elysee-2018-02-09",
        language="fr",
        issuer="FRA",
        published=dt.date(2018, 2, 9),
        title="Entretien avec Vladimir Poutine",
        source="readout.json",
        published_from="given",
    )


def test_list_of_objects_gives_records_with_default_ids() -> None:
    records = read_bytes(_json([{"text": "Premier."}, {"text": "Second.", "id": 7}]), name="lot.json")
    assert [(r.id, r.text, r.source) for r in records] == [
        ("lot-1", "Premier.", "lot.json[0]"),
        ("7", "Second.", "lot.json[1]"),
    ]
    assert records[0].published is None and records[0].published_from is None


def test_language_tag_is_reduced_to_its_primary_code() -> None:
    (record,) = read_bytes(_json({"text": "Bonjour.", "language": "fr-FR"}), name="a.json")
    assert record.language == "fr"


@pytest.mark.parametrize(
    ("value", "error", "code"),
    [
        ({"id": "x", "title": "sans texte"}, MissingField, "E107"),
        ({"text": None}, MissingField, "E107"),
        ({"text": "  \n "}, EmptyInput, "E101"),
        ({"text": 12}, InvalidValue, "E111"),
        ({"text": "Texte.", "published": "09/02/2018"}, InvalidValue, "E111"),
        ({"text": "Texte.", "published": "2018-02-30"}, InvalidValue, "E111"),
        ({"text": "Texte.", "published": "2018-02-09T10:00:00"}, InvalidValue, "E111"),
        ({"text": "Texte.", "published": 20180209}, InvalidValue, "E111"),
        ({"text": "Texte.", "language": "français"}, InvalidValue, "E111"),
        ({"text": "Texte.", "issuer": ["FRA"]}, InvalidValue, "E111"),
        ({"text": "Texte.", "id": True}, InvalidValue, "E111"),
        ([{"text": "Texte."}, "pas un objet"], InvalidJSON, "E108"),
        ([], EmptyInput, "E101"),
        ("une chaîne", InvalidJSON, "E108"),
    ],
)
def test_bad_record_raises_its_error(value: object, error: type[InputError], code: str) -> None:
    with pytest.raises(error) as caught:
        read_bytes(_json(value), name="bad.json")
    assert caught.value.code == code


def test_missing_text_error_names_the_record() -> None:
    with pytest.raises(MissingField) as caught:
        read_bytes(_json({"id": "cr-12"}), name="bad.json")
    assert "'cr-12'" in caught.value.message and "'text'" in caught.value.message


def test_invalid_json_names_the_line() -> None:
    with pytest.raises(InvalidJSON) as caught:
        read_bytes(b'{\n  "text": "Bonjour",\n  "id": \n}', name="bad.json")
    assert caught.value.code == "E108"
    assert "line 4" in caught.value.message


def test_bad_published_value_is_quoted_in_the_message() -> None:
    with pytest.raises(InvalidValue) as caught:
        read_bytes(_json({"text": "Texte.", "published": "9 février 2018"}), name="bad.json")
    assert "YYYY-MM-DD" in caught.value.message and "9 février 2018" in caught.value.message


LINES = [
    json.dumps({"id": "a", "text": "Le président a reçu le chancelier.", "published": "2018-02-09"}),
    json.dumps({"id": "b", "title": "sans texte"}),
    '{"id": "c", "text": "guillemet manquant}',
    "",
    json.dumps({"text": "Les ministres se sont entretenus.", "language": "fr"}),
    json.dumps({"id": "e", "text": "Texte.", "published": "hier"}),
]


@pytest.fixture
def jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return path


def test_iter_jsonl_yields_each_line_record_or_error(jsonl: Path) -> None:
    items = list(iter_jsonl(jsonl))
    assert [(number, type(item).__name__) for number, item in items] == [
        (1, "SourceInput"),
        (2, "MissingField"),
        (3, "InvalidJSON"),
        (5, "SourceInput"),
        (6, "InvalidValue"),
    ]
    first, fifth = items[0][1], items[3][1]
    assert isinstance(first, SourceInput) and isinstance(fifth, SourceInput)
    assert (first.id, first.published, first.source) == ("a", dt.date(2018, 2, 9), f"{jsonl}:1")
    assert (fifth.id, fifth.language) == ("batch-5", "fr")  # no id: file stem and line number


def test_iter_jsonl_errors_carry_their_line_and_id(jsonl: Path) -> None:
    errors = {number: item for number, item in iter_jsonl(jsonl) if isinstance(item, InputError)}
    assert errors[2].code == "E107" and errors[2].source == f"{jsonl}:2" and "'b'" in errors[2].message
    assert errors[3].code == "E108" and "line 3" in errors[3].message
    assert str(errors[6]).startswith(f"E111 {jsonl}:6: ")


def test_read_path_on_jsonl_raises_the_first_bad_line(jsonl: Path) -> None:
    with pytest.raises(MissingField) as caught:
        read_path(jsonl)
    assert caught.value.source == f"{jsonl}:2"


def test_iter_jsonl_holds_each_line_to_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    long_text = "Le président a parlé. " * 200
    path.write_text("\n".join([
        json.dumps({"id": "a", "text": "Court."}),
        json.dumps({"id": "b", "text": long_text}),
        json.dumps({"id": "c", "text": "Encore court."}),
    ]), encoding="utf-8")
    items = list(iter_jsonl(path, max_bytes=1000))
    assert [type(item).__name__ for _, item in items] == ["SourceInput", "InputTooLarge", "SourceInput"]
    assert isinstance(items[1][1], InputTooLarge) and items[1][1].code == "E105"


def test_iter_jsonl_reads_a_cp1252_line_and_a_utf8_bom(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        b"\xef\xbb\xbf" + _json({"id": "a", "text": "Été."}) + b"\n"
        + _json({"id": "b", "text": "l’œuvre de la France."}).decode().encode("cp1252") + b"\n"
    )
    texts = [item.text for _, item in iter_jsonl(path) if isinstance(item, SourceInput)]
    assert texts == ["Été.", "l’œuvre de la France."]


def test_iter_jsonl_rejects_utf16(tmp_path: Path) -> None:
    path = tmp_path / "wide.jsonl"
    path.write_bytes(json.dumps({"text": "Bonjour."}).encode("utf-16"))
    with pytest.raises(UnknownEncoding):
        list(iter_jsonl(path))


def test_iter_jsonl_on_a_missing_file_is_e109(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInput) as caught:
        list(iter_jsonl(tmp_path / "absent.jsonl"))
    assert caught.value.code == "E109"
