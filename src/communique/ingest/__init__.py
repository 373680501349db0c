"""Ingest: read .txt, .pdf, .html, .json/.jsonl files and folders; decode; clean with an offset map.

>>> records = read_path(Path("readout.pdf"))      # list[SourceInput]; raises InputError subclasses
>>> cleaned = clean_text(records[0].text)          # CleanedText(text, offsets)
"""

from communique.ingest.clean import CleanedText, clean_text
from communique.ingest.decode import decode_text
from communique.ingest.formats import DEFAULT_MAX_BYTES, FORMATS, Format, format_of
from communique.ingest.json_input import iter_jsonl
from communique.ingest.reader import iter_path, read_bytes, read_path, supported_files

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "CleanedText",
    "Format",
    "clean_text",
    "decode_text",
    "format_of",
    "iter_jsonl",
    "iter_path",
    "read_bytes",
    "read_path",
    "supported_files",
]
