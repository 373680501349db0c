"""decode_text: byte-order marks, UTF-8, cp1252, Latin-1, and the three ways bytes are not text."""

from __future__ import annotations

import gzip
import random
import struct
import zlib

import pytest

from communique.errors import BinaryInput, EmptyInput, UnknownEncoding
from communique.ingest import decode_text
from communique.ingest.plausibility import looks_western

# Sentences in the style of the readouts; the first fits Latin-1, the second needs cp1252 (œ, ’).
ACCENTED = "Le président de la République a accepté, à l'invitation de Vladimir Poutine, d'effectuer " \
    "une visite en Russie ; les échanges s'intensifieront au plus haut niveau."
TYPOGRAPHIC = "La mise en œuvre des accords de Minsk est dans l’impasse : « gestes concrets » — " \
    "Emmanuel Macron a exprimé sa préoccupation."


@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-32", "cp1252", "latin-1"],
)
def test_accented_sentence_decodes_the_same_in_every_encoding(encoding: str) -> None:
    assert decode_text(_encode(ACCENTED, encoding)) == ACCENTED


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom", "utf-32", "cp1252"])
def test_sentence_with_oe_and_apostrophe_decodes_the_same(encoding: str) -> None:
    assert decode_text(_encode(TYPOGRAPHIC, encoding)) == TYPOGRAPHIC


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_byte_order_mark_is_recognised(encoding: str) -> None:
    assert decode_text(ACCENTED.encode(encoding)) == ACCENTED


def test_byte_order_mark_is_removed_and_line_ends_are_kept() -> None:
    data = "\ufeffPremière ligne\r\nseconde ligne\r\n".encode()
    assert decode_text(data) == "Première ligne\r\nseconde ligne\r\n"


@pytest.mark.parametrize(
    "data",
    [b"", b"   \n\t\r\n ", b"\xef\xbb\xbf", b"\xef\xbb\xbf  \n", "  \n".encode("utf-16")],
    ids=["nothing", "white-space", "bom-only", "bom-and-spaces", "utf16-spaces"],
)
def test_empty_input_is_e101(data: bytes) -> None:
    with pytest.raises(EmptyInput) as caught:
        decode_text(data, source="vide.txt")
    assert caught.value.code == "E101"
    assert str(caught.value).startswith("E101 vide.txt: ")


def _png() -> bytes:
    """A real 1x1 grey PNG file."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\x80")) + chunk(
        b"IEND", b""
    )


@pytest.mark.parametrize(
    "data",
    [
        _png(),
        random.Random(7).randbytes(4096),
        random.Random(8).randbytes(200).replace(b"\x00", b"\x01"),  # no NUL byte: control bytes tell
        gzip.compress(ACCENTED.encode()),
        b"%PDF-1.4\n" + bytes(range(256)),
    ],
    ids=["png", "random", "random-without-nul", "gzip", "pdf-bytes"],
)
def test_binary_input_is_e102(data: bytes) -> None:
    with pytest.raises(BinaryInput) as caught:
        decode_text(data)
    assert caught.value.code == "E102"


RUSSIAN = "Президент Российской Федерации провёл телефонный разговор с президентом Франции."
JAPANESE = "日本国総理大臣は、フランス大統領と電話会談を行いました。"
GREEK = "Ο Πρόεδρος της Δημοκρατίας μίλησε τηλεφωνικά με τον Πρόεδρο της Γαλλίας."
CHINESE = "中华人民共和国主席与法国总统通电话。"
KOREAN = "대한민국 대통령은 프랑스 대통령과 전화 통화를 했습니다."
ARABIC = "تحدث رئيس الجمهورية هاتفيا مع الرئيس الفرنسي اليوم."


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (RUSSIAN, "koi8-r"),
        (RUSSIAN, "cp1251"),
        (JAPANESE, "shift_jis"),
        (JAPANESE, "euc-jp"),
        (GREEK, "cp1253"),
        (CHINESE, "gbk"),
        (KOREAN, "euc-kr"),
        (ARABIC, "cp1256"),
    ],
)
def test_legacy_non_western_encoding_is_e103_not_mojibake(text: str, encoding: str) -> None:
    with pytest.raises(UnknownEncoding) as caught:
        decode_text(text.encode(encoding), source="note.txt")
    assert caught.value.code == "E103"
    assert "UTF-8" in caught.value.message


def test_invalid_utf16_after_its_byte_order_mark_is_e103() -> None:
    with pytest.raises(UnknownEncoding):
        decode_text(b"\xff\xfe" + "abc".encode("utf-16-le") + b"\x00\xd8")  # a lone surrogate


@pytest.mark.parametrize(
    "text",
    [
        "Größe und Qualität der Straße für Mädchen und Jungen.",
        "A situação das negociações é difícil, não há ação possível.",
        "El niño está en España; ¿qué pasó en la reunión? ¡Olé!",
        "Ärger över höga räntor i Sverige på måndag.",
        "Été à Noël",
        "Coût : 12 € — 15 % — n° 3 — 20 °C — ©",
    ],
)
def test_western_text_in_cp1252_is_plausible(text: str) -> None:
    data = text.encode("cp1252")
    assert looks_western(data.decode("cp1252"))
    assert decode_text(data) == text


def _encode(text: str, encoding: str) -> bytes:
    marks = {"utf-16-le-bom": b"\xff\xfe", "utf-16-be-bom": b"\xfe\xff"}
    if encoding in marks:
        return marks[encoding] + text.encode(encoding.removesuffix("-bom"))
    return text.encode(encoding)
