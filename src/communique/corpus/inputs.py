"""A batch's inputs: files, folders, JSONL and Parquet, streamed as `CorpusItem` records.

Each item carries the document's id, where it came from, and a hash of what the pipeline
will read (text and metadata), so that a resumed run knows which documents it already coded
and notices one that changed. Reading is lazy: a corpus larger than memory streams through.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from communique.errors import InputError, UnreadableInput
from communique.ingest import iter_path, supported_files
from communique.ingest.json_fields import record_from_object
from communique.records import SourceInput

PARQUET_SUFFIX = ".parquet"
# Rows read from a Parquet file at a time.
PARQUET_BATCH_ROWS = 512


@dataclass(frozen=True)
class CorpusItem:
    """One input document, or the error that kept it from being read."""

    id: str
    where: str
    input_hash: str
    source: SourceInput | None = None
    error: InputError | None = None


def iter_items(paths: Sequence[Path]) -> Iterator[CorpusItem]:
    """Every document under ``paths`` in order; an unreadable one comes as an item with its error.

    A path that does not exist raises E109 at once, before anything is processed.
    """
    for path in paths:
        if not path.exists():
            raise UnreadableInput("no such file or folder", source=str(path))
    for path in paths:
        if path.is_file() and path.suffix.lower() == PARQUET_SUFFIX:
            yield from _parquet_items(path)
            continue
        for where, found in iter_path(path):
            if isinstance(found, InputError):
                yield CorpusItem(id=where, where=where, input_hash=_hash_text(where), error=found)
            else:
                yield CorpusItem(id=found.id or where, where=where, input_hash=input_hash(found), source=found)


def count_items(paths: Sequence[Path]) -> int | None:
    """How many documents ``paths`` hold, cheaply (lines, files, Parquet row counts); None if unknown."""
    total = 0
    for path in paths:
        files = _files(path)
        if files is None:
            return None
        for file in files:
            suffix = file.suffix.lower()
            if suffix == PARQUET_SUFFIX:
                import pyarrow.parquet as pq

                total += pq.ParquetFile(file).metadata.num_rows
            elif suffix == ".jsonl":
                with file.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                total += 1  # a JSON file may hold a list: the count is then a lower bound
    return total


def input_hash(source: SourceInput) -> str:
    """A short hash of everything in ``source`` that changes the result."""
    fields = [source.text, source.id, source.language, source.issuer,
              source.published.isoformat() if source.published else None, source.title]
    return _hash_text(json.dumps(fields, ensure_ascii=False))


def _hash_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _files(path: Path) -> list[Path] | None:
    if path.is_file():
        return [path]
    if path.is_dir():
        try:
            return supported_files(path)
        except InputError:
            return []
    return None


def _parquet_items(path: Path) -> Iterator[CorpusItem]:
    """Rows of a Parquet file with the input fields (id, text, language, issuer, published, title)."""
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several types for a file that is not Parquet
        yield CorpusItem(id=str(path), where=str(path), input_hash=_hash_text(str(path)),
                         error=UnreadableInput(f"cannot read the Parquet file: {exc}", source=str(path)))
        return
    number = 0
    for batch in table.iter_batches(batch_size=PARQUET_BATCH_ROWS):
        for row in batch.to_pylist():
            number += 1
            where = f"{path}:{number}"
            if row.get("published") is not None and not isinstance(row["published"], str):
                row["published"] = row["published"].isoformat()
            try:
                record = record_from_object(row, where=where, default_id=f"{path.stem}-{number}")
            except InputError as exc:
                yield CorpusItem(id=where, where=where, input_hash=_hash_text(where), error=exc)
                continue
            yield CorpusItem(id=record.id or where, where=where, input_hash=input_hash(record), source=record)
