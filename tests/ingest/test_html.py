"""HTML inputs: main text without boilerplate, title, metadata date, declared charsets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from communique.errors import BinaryInput, EmptyInput
from communique.ingest import clean_text, read_bytes, read_path
from communique.ingest.html_meta import declared_charset, iso_day, publication_date

PAGE = Path(__file__).parents[1] / "data" / "ingest" / "readout-page.html"

BODY = """
<header><nav><a href="/">Accueil</a> <a href="/presse">Espace presse</a></nav></header>
<article>
<h1>Entretien avec le Premier ministre libanais</h1>
<p>Le Président de la République s'est entretenu avec le Premier ministre de la République libanaise.
Il lui a redit le soutien de la France au peuple libanais après les explosions survenues sur le port
de Beyrouth.</p>
<p>Le Président de la République a rappelé la nécessité de former rapidement un gouvernement capable
de mettre en œuvre les réformes attendues par la population et par la communauté internationale.</p>
</article>
<footer><a href="/mentions">Mentions légales</a> © Présidence de la République</footer>
"""


def _page(head: str = "", body: str = BODY, charset: str = "utf-8", title: str = "Communiqué") -> bytes:
    html = f'<!DOCTYPE html><html lang="fr"><head><meta charset="{charset}"><title>{title}</title>{head}' \
        f"</head><body>{body}</body></html>"
    return html.encode(charset)


def test_main_text_without_navigation_or_footer() -> None:
    (record,) = read_path(PAGE)
    assert "Le président de la République s’est entretenu ce matin par téléphone avec" in record.text
    assert "la mise en œuvre des accords de Minsk était dans l’impasse" in record.text
    for boilerplate in ("Accueil", "Newsletter", "Espace presse", "cookies", "Mentions légales",
                        "Tous droits réservés", "À lire aussi", "Conseil des ministres du 7 février"):
        assert boilerplate not in record.text


def test_title_date_and_provenance_of_the_page() -> None:
    (record,) = read_path(PAGE)
    assert record.title == "Entretien téléphonique avec M. Vladimir Poutine"
    assert record.published == dt.date(2018, 2, 9)  # article:published_time, not article:modified_time
    assert record.published_from == "html-meta"
    assert (record.id, record.source) == ("readout-page", str(PAGE))


def test_paragraphs_are_separated_by_a_blank_line_and_survive_cleaning() -> None:
    (record,) = read_path(PAGE)
    paragraphs = clean_text(record.text).text.split("\n\n")
    assert paragraphs[1].startswith("Le président de la République s'est entretenu")
    assert paragraphs[-1].endswith("pour apaiser la situation.")


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="article:published_time" content="2020-08-10T18:30:00+02:00">',
        '<meta name="DC.date.issued" content="2020-08-10">',
        '<meta itemprop="datePublished" content="2020-08-10">',
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": '
        '"NewsArticle", "headline": "Entretien", "datePublished": "2020-08-10T09:00:00Z"}]}</script>',
    ],
    ids=["open-graph", "dublin-core", "itemprop", "json-ld"],
)
def test_publication_date_from_metadata(head: str) -> None:
    (record,) = read_bytes(_page(head), name="page.html")
    assert (record.published, record.published_from) == (dt.date(2020, 8, 10), "html-meta")


def test_time_element_marked_as_publication_date() -> None:
    body = BODY.replace("<h1>", '<time itemprop="datePublished" datetime="2020-08-10">10 août</time><h1>')
    (record,) = read_bytes(_page(body=body), name="page.html")
    assert record.published == dt.date(2020, 8, 10)


@pytest.mark.parametrize(
    ("head", "body"),
    [
        ('<meta property="article:modified_time" content="2020-08-12">', BODY),  # not a publication date
        # a dateline in the text is not metadata
        ("", BODY.replace("<article>", "<article><p>Paris, le 10 août 2020</p>")),
        ('<meta name="date" content="le 10 août">', BODY),
    ],
    ids=["modified-only", "dateline-in-text", "not-iso"],
)
def test_no_publication_date_without_publication_metadata(head: str, body: str) -> None:
    (record,) = read_bytes(_page(head, body), name="page.html")
    assert record.published is None
    assert record.published_from is None


def test_declared_charset_decodes_a_cyrillic_page() -> None:
    sentence = "Президент Российской Федерации провёл телефонный разговор с президентом Франции. "
    body = f"<article><p>{sentence * 4}</p></article>"
    (record,) = read_bytes(_page(body=body, charset="windows-1251", title="Kremlin"), name="kremlin.html")
    assert "провёл телефонный разговор" in record.text


def test_latin1_label_means_windows_1252_as_in_browsers() -> None:
    page = _page(charset="utf-8").replace(b"utf-8", b"iso-8859-1")
    page = page.decode().replace("s'est", "s’est").encode("cp1252")
    (record,) = read_bytes(page, name="page.htm")
    assert "s’est entretenu" in record.text
    assert "mettre en œuvre" in record.text


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (b'<meta charset="UTF-8">', "utf-8"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', "cp1251"),
        (b'<meta charset="latin1">', "cp1252"),
        (b'<meta charset="no-such-charset">', None),
        (b"<p>charset=utf-8</p>", None),
    ],
)
def test_declared_charset(markup: bytes, expected: str | None) -> None:
    assert declared_charset(b"<html><head>" + markup + b"</head></html>") == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2018-02-09T17:45:00+01:00", dt.date(2018, 2, 9)), ("2018-02-09", dt.date(2018, 2, 9)),
     ("2018-02-30", None), ("09/02/2018", None), ("2018-02-091", None)],
)
def test_iso_day(value: str, expected: dt.date | None) -> None:
    assert iso_day(value) == expected


def test_publication_date_prefers_the_most_specific_key() -> None:
    html = '<meta name="date" content="2020-01-01">' \
        '<meta property="article:published_time" content="2020-08-10">'
    assert publication_date(html) == dt.date(2020, 8, 10)


@pytest.mark.parametrize("body", ["", "<script>var page = 1;</script>", "<div>  </div>"])
def test_page_without_text_is_e101(body: str) -> None:
    with pytest.raises(EmptyInput) as caught:
        read_bytes(_page(body=body), name="vide.html")
    assert caught.value.code == "E101"


def test_binary_file_named_html_is_e102() -> None:
    with pytest.raises(BinaryInput):
        read_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), name="image.html")
