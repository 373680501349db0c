"""JSON (one object or a list of objects) and JSONL (one object per line) inputs.

``iter_jsonl`` streams a JSONL file for batch use: it yields, per non-blank line, the line
number and either the record or the error of that line, so one bad line is recorded and
skipped while the others go on. Each line is held to the size limit on its own.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from communique.errors import (
    EmptyInput,
    InputError,
    InputTooLarge,
    InvalidJSON,
    UnknownEncoding,
    UnreadableInput,
)
from communique.ingest.decode import decode_text
from communique.ingest.formats import DEFAULT_MAX_BYTES
from communique.ingest.json_fields import record_from_object
from communique.records import SourceInput

CHUNK = 1 << 16
WIDE_BYTE_ORDER_MARKS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)


def read_json(text: str, *, source: str, stem: str) -> list[SourceInput]:
    """The records of a JSON document: one object, or a non-empty list of objects."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise InvalidJSON(f"invalid JSON at {where}: {exc.msg}", source=source) from exc
    if isinstance(value, list):
        if not value:
            raise EmptyInput("the JSON list holds no records", source=source)
        return [
            record_from_object(item, where=f"{source}[{index}]", default_id=f"{stem}-{index + 1}")
            for index, item in enumerate(value)
        ]
    return [record_from_object(value, where=source, default_id=stem)]


def parse_jsonl_line(line: bytes, *, number: int, source: str, stem: str) -> SourceInput:
    """One JSONL line (not blank) to a record; errors name ``source:number``."""
    where = f"{source}:{number}"
    text = decode_text(line, source=where)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        at = f"line {number}, column {exc.colno}"
        raise InvalidJSON(f"invalid JSON on {at}: {exc.msg}", source=where) from exc
    return record_from_object(value, where=where, default_id=f"{stem}-{number}")


def iter_jsonl(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[tuple[int, SourceInput | InputError]]:
    """``(line number, record or that line's error)`` for each non-blank line of a JSONL file.

    A file that cannot be opened raises E109 at once; a UTF-16/32 file raises E103.
    """
    source = str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise UnreadableInput(f"cannot open the file: {exc.strerror or exc}", source=source) from exc
    with handle:
        number = 0
        while True:
            try:
                line = handle.readline(max_bytes + 1)
            except OSError as exc:
                raise UnreadableInput(f"cannot read the file: {exc.strerror or exc}", source=source) from exc
            if not line:
                return
            number += 1
            if number == 1:
                if line.startswith(WIDE_BYTE_ORDER_MARKS):
                    raise UnknownEncoding(
                        "JSONL files must be UTF-8 (this one is UTF-16 or UTF-32)", source=source
                    )
                line = line.removeprefix(codecs.BOM_UTF8)
            if len(line) > max_bytes and not line.endswith(b"\n"):
                _skip_rest_of_line(handle)
                message = f"line {number} is larger than the limit of {max_bytes:,} bytes"
                yield number, InputTooLarge(message, source=f"{source}:{number}")
                continue
            if not line.strip():
                continue
            try:
                yield number, parse_jsonl_line(line, number=number, source=source, stem=path.stem)
            except InputError as exc:
                yield number, exc


def _skip_rest_of_line(handle: BinaryIO) -> None:
    while True:
        chunk = handle.readline(CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return
