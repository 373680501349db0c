"""Bytes to text: byte-order marks, then UTF-8, then cp1252, then Latin-1, each checked.

A file that is binary (NUL bytes, many control bytes) raises E102; one that no tried
encoding reads as plausible text raises E103; one that decodes to nothing but white space
raises E101. UTF-16 without a byte-order mark is recognised by its NUL bytes.
"""

from __future__ import annotations

import codecs

from communique.errors import BinaryInput, EmptyInput, UnknownEncoding
from communique.ingest.plausibility import looks_western

# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control bytes that text files do contain: tab, LF, VT, FF, CR, SUB (DOS end of file), ESC.
TEXT_CONTROL_BYTES = frozenset(b"\t\n\x0b\x0c\r\x1a\x1b")
BINARY_CONTROL_BYTES = bytes(b for b in range(32) if b not in TEXT_CONTROL_BYTES)
# The same, as characters, plus DEL and the C1 controls (never in decoded real text).
DROP_CONTROL_CHARS = {b: None for b in (*BINARY_CONTROL_BYTES, *range(0x7F, 0xA0))}
MAX_CONTROL_SHARE = 0.02  # above this share of control bytes (or characters) a file is binary
UTF16_NUL_SHARE = 0.3  # share of NUL bytes at odd (LE) or even (BE) positions in BOM-less UTF-16
SINGLE_BYTE_ENCODINGS = ("cp1252", "latin-1")


def decode_text(data: bytes, *, source: str | None = None) -> str:
    """Decode ``data`` to text; raises E101 (empty), E102 (binary) or E103 (unknown encoding)."""
    text = _decode(data, source)
    if not text.strip():
        raise EmptyInput("the input is empty (or only white space)", source=source)
    return text


def _decode(data: bytes, source: str | None) -> str:
    if not data:
        return ""
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return _decode_unicode(data[len(mark) :], encoding, source, "its byte-order mark")
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return _decode_unicode(data, utf16, source, "its NUL bytes")
    if _looks_binary(data):
        raise BinaryInput("the input is binary data, not text", source=source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for encoding in SINGLE_BYTE_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if looks_western(text):
            return text
    raise UnknownEncoding(
        "cannot tell the text encoding (not UTF-8, and not Western-European cp1252 or Latin-1); "
        "convert the file to UTF-8",
        source=source,
    )


def _decode_unicode(data: bytes, encoding: str, source: str | None, evidence: str) -> str:
    """Decode with an encoding the data announces; fail as E103, or E102 if it is binary."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UnknownEncoding(
            f"the input looks like {encoding.upper()} by {evidence} but is not valid {encoding.upper()} "
            f"(byte {exc.start})",
            source=source,
        ) from exc
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise BinaryInput("the input is binary data, not text", source=source)
    return text


def _bomless_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NUL bytes sit at every other position, as in Latin-script UTF-16."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even_nuls = sample[0 : pairs * 2 : 2].count(0)
    odd_nuls = sample[1 : pairs * 2 : 2].count(0)
    if odd_nuls > UTF16_NUL_SHARE * pairs and even_nuls == 0:
        return "utf-16-le"
    if even_nuls > UTF16_NUL_SHARE * pairs and odd_nuls == 0:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    """NUL bytes, or more control bytes than text ever has."""
    if b"\x00" in data:
        return True
    controls = len(data) - len(data.translate(None, BINARY_CONTROL_BYTES))
    return controls > MAX_CONTROL_SHARE * len(data)


def _control_share(text: str) -> float:
    """Share of C0/C1 control characters (other than white space) in decoded text."""
    if not text:
        return 0.0
    return (len(text) - len(text.translate(DROP_CONTROL_CHARS))) / len(text)
