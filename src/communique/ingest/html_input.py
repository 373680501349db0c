"""HTML inputs: the main text and title (trafilatura, offline), the date from the metadata.

Navigation, headers, footers and other boilerplate are left out by trafilatura; in the text,
each block (paragraph, heading, list item) is separated from the next by a blank line, as
paragraphs are in a text file. The bytes are decoded with the page's declared charset when
it has one that fits, else like a text file.
"""

from __future__ import annotations

from communique.errors import EmptyInput, UnreadableInput
from communique.ingest.decode import decode_text
from communique.ingest.html_meta import declared_charset, publication_date
from communique.records import SourceInput


def decode_html(data: bytes, *, source: str) -> str:
    """The page as text: its declared charset if the bytes fit it, else detection."""
    charset = declared_charset(data)
    if charset is not None:
        try:
            text = data.decode(charset)
        except UnicodeDecodeError:
            pass
        else:
            if text.strip() and "\x00" not in text:
                return text.removeprefix("\ufeff")
    return decode_text(data, source=source)


def read_html(data: bytes, *, source: str, doc_id: str | None) -> SourceInput:
    """The main text, title and metadata publication date of an HTML page's bytes."""
    import trafilatura  # imported here: costly, and only HTML inputs need it

    html = decode_html(data, source=source)
    try:
        extracted = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True, fast=False
        )
    except Exception as exc:  # trafilatura/lxml fail in many ways on broken markup
        raise UnreadableInput(f"the HTML page cannot be parsed: {exc}", source=source) from exc
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not isinstance(text, str) or not text.strip():
        raise EmptyInput("no main text found in the HTML page", source=source)
    title = getattr(extracted, "title", None)
    try:
        published = publication_date(html)
    except Exception:  # a date is optional; broken markup must not stop the text
        published = None
    blocks = (line.strip() for line in text.splitlines())
    return SourceInput(
        text="\n\n".join(block for block in blocks if block),
        id=doc_id,
        title=title.strip() or None if isinstance(title, str) else None,
        published=published,
        source=source,
        published_from="html-meta" if published is not None else None,
    )
