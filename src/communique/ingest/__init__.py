"""Ingest: read .txt, .pdf, .html, .json/.jsonl files and folders; decode; clean with an offset map."""

from communique.ingest.clean import CleanedText, clean_text
from communique.ingest.decode import decode_text

__all__ = ["CleanedText", "clean_text", "decode_text"]
