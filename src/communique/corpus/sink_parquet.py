"""The Parquet output: one row per event in OUT, one row per document in OUT's sibling file.

Results go to numbered part files in ``OUT.parts/`` (written to a temporary name, then
renamed, so a part is whole or absent); the checkpoint is the last part's number. When every
input is handled, `finish` streams the parts into ``OUT`` and ``<stem>.documents.parquet``,
keeping for each document only the rows of its latest part (a document whose input changed
between runs is replaced, not doubled). The parts stay, so that a later run can resume.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from communique.corpus.manifest import DONE
from communique.corpus.sinks import Commit
from communique.corpus.work import Outcome

# Documents held in memory before a part is written.
DOCS_PER_PART = 500


def documents_path(out: Path) -> Path:
    """The sibling file of the documents of a Parquet output."""
    return out.with_name(out.stem + ".documents.parquet")


class ParquetSink:
    """Events and documents in part files, assembled at the end."""

    kind = "parquet"

    def __init__(self, path: Path, *, docs_per_part: int = DOCS_PER_PART) -> None:
        self.path = path
        self.parts = path.with_name(path.name + ".parts")
        self._docs_per_part = docs_per_part
        self._events: list[dict[str, Any]] = []
        self._documents: list[dict[str, Any]] = []
        self._number = 0

    def resume(self, checkpoint: Any) -> None:
        if checkpoint is None:
            shutil.rmtree(self.parts, ignore_errors=True)
        self.parts.mkdir(parents=True, exist_ok=True)
        self._number = int(checkpoint or 0)
        for part in self.parts.iterdir():
            if _part_number(part) > self._number or part.name.endswith(".tmp"):
                part.unlink()

    def add(self, outcomes: Sequence[Outcome]) -> None:
        from communique.output.rows import document_row, event_rows

        for outcome in outcomes:
            if outcome.status == DONE:
                self._events.extend(event_rows(outcome.result))
                self._documents.append(document_row(outcome.result))

    def pending(self) -> int:
        return len(self._documents) if len(self._documents) >= self._docs_per_part else 0

    def commit(self) -> Commit:
        if not self._documents:
            return Commit(last=self._number)
        import pyarrow as pa
        import pyarrow.parquet as pq

        from communique.output.rows import DOCUMENTS_ARROW_SCHEMA, EVENTS_ARROW_SCHEMA

        number = self._number + 1
        for name, rows, schema in (("events", self._events, EVENTS_ARROW_SCHEMA),
                                   ("documents", self._documents, DOCUMENTS_ARROW_SCHEMA)):
            final = self.parts / f"{name}-{number:06d}.parquet"
            temporary = final.with_name(final.name + ".tmp")
            pq.write_table(pa.Table.from_pylist(rows, schema=schema), temporary)
            temporary.replace(final)
        self._events.clear()
        self._documents.clear()
        self._number = number
        return Commit(last=number)

    def sync(self) -> None:
        pass  # each commit is already on disk

    def finish(self) -> None:
        self.commit()
        _assemble(self.parts, "documents", documents_path(self.path))
        _assemble(self.parts, "events", self.path)

    def close(self) -> None:
        self._events.clear()
        self._documents.clear()


def _part_number(part: Path) -> int:
    digits = part.name.split("-")[-1].split(".")[0]
    return int(digits) if digits.isdigit() else 0


def _assemble(parts: Path, name: str, out: Path) -> None:
    """Stream the parts of ``name`` into ``out``, each document's rows from its latest part only."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    from communique.output.rows import DOCUMENTS_ARROW_SCHEMA, EVENTS_ARROW_SCHEMA

    files = sorted(parts.glob(f"{name}-*.parquet"), key=_part_number)
    latest: dict[str, int] = {}
    for file in sorted(parts.glob("documents-*.parquet"), key=_part_number):
        for doc_id in pq.read_table(file, columns=["doc_id"]).column("doc_id").to_pylist():
            latest[doc_id] = _part_number(file)
    current: dict[int, list[str]] = {}
    for doc_id, number in latest.items():
        current.setdefault(number, []).append(doc_id)
    schema = EVENTS_ARROW_SCHEMA if name == "events" else DOCUMENTS_ARROW_SCHEMA
    temporary = out.with_name(out.name + ".tmp")
    with pq.ParquetWriter(temporary, schema) as writer:
        for file in files:
            table = pq.read_table(file, schema=schema)
            keep = pa.array(current.get(_part_number(file), []), pa.string())
            writer.write_table(table.filter(pc.is_in(table.column("doc_id"), value_set=keep)))
    temporary.replace(out)
