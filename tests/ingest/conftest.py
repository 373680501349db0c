"""Fixtures for the ingest tests: small real PDF files written byte by byte."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import pytest

IMAGE_PAGE = "<image>"  # a page whose only content is a picture (what a scan looks like)
NO_CONTENT_PAGE = "<empty>"  # a page without any content stream


def _pdf_string(text: str) -> bytes:
    """A PDF literal string in WinAnsi (cp1252) encoding, escaped."""
    out = bytearray(b"(")
    for byte in text.encode("cp1252"):
        if byte in b"()\\":
            out += b"\\" + bytes([byte])
        elif byte >= 0x80:
            out += b"\\%03o" % byte
        else:
            out.append(byte)
    return bytes(out + b")")


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def build_pdf(pages: Sequence[Sequence[str] | str], *, info: Mapping[str, str] | None = None) -> bytes:
    """A minimal PDF: each page is a list of text lines (Helvetica, WinAnsi), or IMAGE_PAGE, or
    NO_CONTENT_PAGE; ``info`` fills the document information dictionary (``/CreationDate``...)."""
    objects: list[bytes] = [b"", b""]  # 1: catalog, 2: page tree (filled in at the end)
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    font_id = len(objects)
    page_ids: list[int] = []
    for page in pages:
        resources = b"<< /Font << /F1 %d 0 R >> >>" % font_id
        contents = b""
        if page == IMAGE_PAGE:
            objects.append(
                _stream(
                    b"\x00\xff\xff\x00",
                    b"/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray "
                    b"/BitsPerComponent 8 ",
                )
            )
            resources = b"<< /XObject << /Im1 %d 0 R >> >>" % len(objects)
            objects.append(_stream(b"q 300 0 0 400 100 300 cm /Im1 Do Q"))
            contents = b" /Contents %d 0 R" % len(objects)
        elif page != NO_CONTENT_PAGE:
            ops = [b"BT /F1 11 Tf 14 TL 72 770 Td"]
            ops += [_pdf_string(line) + b" Tj T*" for line in page]
            ops.append(b"ET")
            objects.append(_stream(b"\n".join(ops)))
            contents = b" /Contents %d 0 R" % len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources %s%s >>" % (resources, contents)
        )
        page_ids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    kids = b" ".join(b"%d 0 R" % i for i in page_ids)
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids))
    info_ref = b""
    if info:
        entries = b" ".join(b"/%s %s" % (key.encode(), _pdf_string(value)) for key, value in info.items())
        objects.append(b"<< " + entries + b" >>")
        info_ref = b" /Info %d 0 R" % len(objects)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\n" % (len(objects) + 1, info_ref)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


@pytest.fixture
def make_pdf() -> Callable[..., bytes]:
    """The PDF builder: ``make_pdf(pages, info=...)``; a page is a list of lines, "<image>" or "<empty>"."""
    return build_pdf
