"""Plain-text inputs: decoded bytes, kept as they are (the cleaner works on them later)."""

from __future__ import annotations

from communique.ingest.decode import decode_text
from communique.records import SourceInput


def read_text(data: bytes, *, source: str, doc_id: str | None) -> SourceInput:
    """A text file's bytes as a record; raises E101, E102 or E103 like ``decode_text``."""
    return SourceInput(text=decode_text(data, source=source), id=doc_id, source=source)
