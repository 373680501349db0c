"""PDF inputs: the text layer, the metadata date, and PDFs that cannot give text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from communique.errors import NoTextLayer, UnreadableInput
from communique.ingest import clean_text, read_bytes, read_path
from communique.ingest.pdf_input import pdf_date

PdfMaker = Callable[..., bytes]
IMAGE_PAGE = "<image>"  # a page whose only content is a picture, as in a scan (see conftest.py)
NO_CONTENT_PAGE = "<empty>"  # a page without a content stream

PAGE_ONE = [
    "Le président de la République s’est entretenu ce matin par téléphone avec",
    "Vladimir Poutine, président de la Fédération de Russie. La mise en œuvre des",
    "accords de Minsk est dans l’impasse. Il a souligné que la détermination de la",
    "France pour lutter contre",
    "",
    "1",
]
PAGE_TWO = ["l’impunité dans l’utilisation des armes chimiques était sans faille./."]


def test_text_layer_of_every_page_is_read(make_pdf: PdfMaker) -> None:
    (record,) = read_bytes(make_pdf([PAGE_ONE, PAGE_TWO]), name="readout.pdf")
    assert record.id == "readout"
    assert record.source == "readout.pdf"
    assert "s’est entretenu ce matin" in record.text
    assert "La mise en œuvre des" in record.text
    assert "\f" in record.text  # pages are joined with a form feed
    assert record.text.index("France pour lutter") < record.text.index("l’impunité")


def test_pdf_text_cleans_across_the_page_break(make_pdf: PdfMaker) -> None:
    (record,) = read_bytes(make_pdf([PAGE_ONE, PAGE_TWO]), name="readout.pdf")
    cleaned = clean_text(record.text).text
    assert "avec Vladimir Poutine, président de la Fédération de Russie." in cleaned
    assert "pour lutter contre l'impunité dans l'utilisation" in cleaned
    assert cleaned.endswith("sans faille.")


def test_creation_date_becomes_the_publication_date(make_pdf: PdfMaker) -> None:
    info = {"CreationDate": "D:20180209103000+01'00'", "ModDate": "D:20180301080000Z"}
    (record,) = read_bytes(make_pdf([PAGE_ONE], info=info), name="readout.pdf")
    assert record.published == dt.date(2018, 2, 9)
    assert record.published_from == "pdf-meta"


def test_modification_date_is_used_when_there_is_no_creation_date(make_pdf: PdfMaker) -> None:
    (record,) = read_bytes(make_pdf([PAGE_ONE], info={"ModDate": "D:20180301"}), name="readout.pdf")
    assert record.published == dt.date(2018, 3, 1)
    assert record.published_from == "pdf-meta"


@pytest.mark.parametrize("info", [None, {"Title": "Communiqué"}, {"CreationDate": "hier"}])
def test_no_usable_metadata_date_means_no_publication_date(
    make_pdf: PdfMaker, info: dict[str, str] | None
) -> None:
    (record,) = read_bytes(make_pdf([PAGE_ONE], info=info), name="readout.pdf")
    assert record.published is None
    assert record.published_from is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("D:20180209103000+01'00'", dt.date(2018, 2, 9)),
        ("D:20180209", dt.date(2018, 2, 9)),
        ("20180209120000Z", dt.date(2018, 2, 9)),
        ("D:2018", None),
        ("D:20181341", None),
        ("9 février 2018", None),
        (None, None),
    ],
)
def test_pdf_date(value: str | None, expected: dt.date | None) -> None:
    assert pdf_date(value) == expected


@pytest.mark.parametrize(
    "pages", [[IMAGE_PAGE], [NO_CONTENT_PAGE], [IMAGE_PAGE, NO_CONTENT_PAGE]], ids=["image", "empty", "both"]
)
def test_pdf_without_text_layer_is_e104(make_pdf: PdfMaker, pages: list[str]) -> None:
    with pytest.raises(NoTextLayer) as caught:
        read_bytes(make_pdf(pages), name="scan.pdf")
    assert caught.value.code == "E104"
    assert "OCR" in caught.value.message


def test_a_scanned_page_next_to_a_text_page_is_fine(make_pdf: PdfMaker) -> None:
    (record,) = read_bytes(make_pdf([IMAGE_PAGE, PAGE_TWO]), name="mixed.pdf")
    assert "sans faille" in record.text


def test_not_a_pdf_is_e109() -> None:
    with pytest.raises(UnreadableInput) as caught:
        read_bytes("Le président de la République".encode(), name="faux.pdf")
    assert caught.value.code == "E109"


def test_damaged_pdf_is_an_input_error(make_pdf: PdfMaker) -> None:
    data = make_pdf([PAGE_ONE])
    with pytest.raises((UnreadableInput, NoTextLayer)):
        read_bytes(data[: len(data) // 3], name="cut.pdf")


def test_pdf_file_is_read_from_its_path(make_pdf: PdfMaker, tmp_path: Path) -> None:
    path = tmp_path / "cp-2018-02-09.pdf"
    path.write_bytes(make_pdf([PAGE_ONE, PAGE_TWO], info={"CreationDate": "D:20180209"}))
    (record,) = read_path(path)
    assert (record.id, record.source, record.published) == ("cp-2018-02-09", str(path), dt.date(2018, 2, 9))
