"""The command line on real inputs: a table, JSON, and a coded error with its exit status for bad input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from communique.cli import app
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.slow
runner = CliRunner()
SEED = EXAMPLES / "elysee-2018-02-09.txt"


@pytest.fixture(autouse=True)
def shared_pipeline(monkeypatch: pytest.MonkeyPatch, pipeline: Any) -> None:
    """Every command uses the session's pipeline instead of loading its own."""
    from communique import pipeline as module

    monkeypatch.setattr(module.Pipeline, "load", classmethod(lambda cls, **kw: pipeline))


def test_extract_prints_the_call_as_a_table() -> None:
    out = runner.invoke(app, ["extract", str(SEED), "--published", "2018-02-09", "--issuer", "FRA"])
    assert out.exit_code == 0, out.output
    assert "CONSULT" in out.output and "phone" in out.output
    assert "Emmanuel Macron" in out.output and "Vladimir Putin" in out.output


def test_extract_json_is_a_result_object() -> None:
    out = runner.invoke(app, ["extract", str(SEED), "--published", "2018-02-09", "--issuer", "FRA", "-f", "json"])
    assert out.exit_code == 0, out.output
    result = json.loads(out.stdout)
    assert result["schema"] == "communique.result/1"
    assert result["doc"]["published"] == "2018-02-09"
    assert any(e["type"] == "CONSULT" for e in result["events"])


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


BAD_INPUTS = {
    "empty": ("empty.txt", b"   \n\n ", "E101"),
    "binary": ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "E102"),
    "unknown-encoding": (
        "koi8.txt", "Президент России провёл телефонный разговор с Президентом Франции. ".encode("koi8-r") * 5, "E103"
    ),
    "german": ("de.txt", "Der Bundeskanzler hat heute mit dem französischen Präsidenten telefoniert. "
               "Sie sprachen über die Lage in der Ukraine und die Energieversorgung.".encode(), "E106"),
    "unsupported-format": ("notes.docx", b"PK\x03\x04 not really a document", "E110"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_gets_its_code_and_exit_3(tmp_path: Path, case: str) -> None:
    name, data, code = BAD_INPUTS[case]
    out = runner.invoke(app, ["extract", str(_write(tmp_path, name, data))])
    assert out.exit_code == 3, out.output
    assert code in out.output
    assert "Traceback" not in out.output


def test_missing_file_is_e109(tmp_path: Path) -> None:
    out = runner.invoke(app, ["extract", str(tmp_path / "nowhere.txt")])
    assert out.exit_code == 3 and "E109" in out.output


def test_pdf_without_text_layer_is_e104(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    path = tmp_path / "scan.pdf"
    with path.open("wb") as f:
        writer.write(f)
    out = runner.invoke(app, ["extract", str(path)])
    assert out.exit_code == 3 and "E104" in out.output


def test_fifty_megabytes_is_e105(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: no 50 MB written to disk
    out = runner.invoke(app, ["extract", str(path)])
    assert out.exit_code == 3 and "E105" in out.output


def test_bad_published_date_is_e111() -> None:
    out = runner.invoke(app, ["extract", str(SEED), "--published", "9 Feb 2018"])
    assert out.exit_code == 3 and "E111" in out.output


def test_unknown_option_is_a_usage_error() -> None:
    out = runner.invoke(app, ["extract", str(SEED), "--no-such-option"])
    assert out.exit_code == 2


def test_batch_records_bad_lines_and_codes_the_others(tmp_path: Path) -> None:
    seed = SEED.read_text(encoding="utf-8")
    lines = [
        json.dumps({"id": "good-1", "text": seed, "language": "fr", "issuer": "FRA", "published": "2018-02-09"}),
        json.dumps({"id": "no-text", "language": "fr"}),
        "{this is not json",
        json.dumps({"id": "german", "text": "Der Bundeskanzler hat heute mit dem Präsidenten telefoniert und "
                    "über die Ukraine gesprochen."}),
        json.dumps({"id": "good-2", "text": "The President spoke today by phone with President Zelenskyy of "
                    "Ukraine.", "language": "en", "issuer": "USA", "published": "2022-03-02"}),
    ]
    src = _write(tmp_path, "in.jsonl", ("\n".join(lines) + "\n").encode())
    out_path = tmp_path / "out.jsonl"
    out = runner.invoke(app, ["batch", str(src), "--out", str(out_path)])
    assert out.exit_code == 0, out.output
    results = [json.loads(line) for line in out_path.read_text(encoding="utf-8").splitlines()]
    assert [r["doc"]["id"] for r in results] == ["good-1", "good-2"]
    manifest = [json.loads(line) for line in (tmp_path / "out.jsonl.manifest.jsonl").read_text().splitlines()]
    failed = [(e["where"].rsplit(":", 1)[1], e["code"]) for e in manifest[1:] if e["status"] == "failed"]
    assert failed == [("2", "E107"), ("3", "E108"), ("4", "E106")]
    assert "2 documents coded, 3 failed" in out.output and "E106" in out.output
