"""PDF inputs: the text layer (pypdf), page by page, and the date of the document metadata.

Pages are joined with a form feed, which the cleaner reads as a page break.
A PDF whose pages hold no text (a scan) raises E104. The metadata ``/CreationDate`` (else
``/ModDate``), written ``D:YYYYMMDD...``, becomes ``published`` with ``published_from="pdf-meta"``.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re

from communique.errors import NoTextLayer, UnreadableInput
from communique.ingest.dates import day_from
from communique.records import SourceInput

PAGE_BREAK = "\f"
PDF_DATE = re.compile(r"(?:D:)?(\d{4})(\d{2})(\d{2})")
DATE_KEYS = ("/CreationDate", "/ModDate")
HEADER_WINDOW = 1024  # the PDF header may follow a little junk


def read_pdf(data: bytes, *, source: str, doc_id: str | None) -> SourceInput:
    """The text layer and metadata date of a PDF file's bytes."""
    from pypdf import PdfReader  # imported here: costly, and only PDF inputs need it

    if b"%PDF-" not in data[:HEADER_WINDOW]:
        raise UnreadableInput("the file is not a PDF (no %PDF header)", source=source)
    _quiet_pypdf()
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableInput("the PDF is encrypted with a password", source=source)
        pages = [page.extract_text() or "" for page in reader.pages]
        metadata = reader.metadata
        raw_dates = [metadata.get(key) for key in DATE_KEYS] if metadata is not None else []
    except UnreadableInput:
        raise
    except Exception as exc:  # pypdf raises many kinds of errors on damaged files
        raise UnreadableInput(f"the PDF cannot be read: {exc}", source=source) from exc
    if not any(page.strip() for page in pages):
        raise NoTextLayer(
            f"the PDF has no text layer ({len(pages)} page(s) without text; a scan?): run OCR first",
            source=source,
        )
    published = next((d for d in map(pdf_date, raw_dates) if d is not None), None)
    return SourceInput(
        text=PAGE_BREAK.join(pages),
        id=doc_id,
        published=published,
        source=source,
        published_from="pdf-meta" if published is not None else None,
    )


def _quiet_pypdf() -> None:
    """Keep pypdf's warnings off stderr unless the application configures logging."""
    logger = logging.getLogger("pypdf")
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())


def pdf_date(value: object) -> dt.date | None:
    """The calendar date of a PDF date string (``D:20180209103000+01'00'``), or None."""
    return None if value is None else day_from(PDF_DATE, str(value))
