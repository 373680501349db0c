"""Where a batch writes: line files (JSONL, PLOVER, CAMEO, CSV), Parquet, or a DuckDB store.

A sink takes outcomes with `add`, makes them durable with `commit` (which returns the
checkpoint the manifest records with each document), and on resume cuts its output back to the
last checkpoint recorded, so that a document the manifest does not list as done is never in the
output. A line file's checkpoint is per document (the file's length after it), so a manifest
torn in the middle of a commit still cuts the output exactly after its last recorded document. `finish` runs once every
input is handled (the Parquet sink then assembles its parts into the final files).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Protocol, cast

from communique.corpus.manifest import DONE
from communique.corpus.work import Outcome
from communique.errors import ManifestMismatch

# Line formats: a header (or None) and the lines of one result, from its JSON line.
LineFormatter = Callable[[Outcome], list[str]]


@dataclass(frozen=True)
class Commit:
    """What a commit made durable: the checkpoint of each document added, and the last one."""

    last: Any
    marks: dict[str, Any] = field(default_factory=dict)

    def of(self, doc_id: str) -> Any:
        """The checkpoint to record with a document."""
        return self.marks.get(doc_id, self.last)


class Sink(Protocol):
    """The interface every output implements."""

    kind: str

    def resume(self, checkpoint: Any) -> None:
        """Cut the output back to ``checkpoint`` (None: start a new output)."""

    def add(self, outcomes: Sequence[Outcome]) -> None:
        """Take outcomes (failed ones are ignored)."""

    def pending(self) -> int:
        """How many added documents are not committed yet."""

    def commit(self) -> Commit:
        """Make everything added durable; the checkpoints to record."""

    def sync(self) -> None:
        """Push what is committed to the disk (committed data already survives the process dying)."""

    def finish(self) -> None:
        """The run handled every input: finalize the output."""

    def close(self) -> None:
        """Release files and connections."""


class LinesSink:
    """One text file, appended to; the checkpoint is its length in bytes."""

    def __init__(self, path: Path, *, kind: str, header: str | None, lines: LineFormatter) -> None:
        self.path = path
        self.kind = kind
        self._header = header
        self._lines = lines
        self._buffer: list[bytes] = []
        self._count = 0
        self._position = 0
        self._marks: dict[str, int] = {}
        self._handle: BinaryIO | None = None

    def resume(self, checkpoint: Any) -> None:
        if checkpoint is None:
            self._open("wb")
            if self._header is not None:
                self._append([self._header])
            return
        size = self.path.stat().st_size if self.path.exists() else -1
        if size < int(checkpoint):
            raise ManifestMismatch(
                f"the output has {max(size, 0):,} bytes but its manifest records {int(checkpoint):,}: it was "
                "changed or replaced since; remove the manifest to start over", source=str(self.path))
        self._open("r+b")
        assert self._handle is not None
        self._handle.truncate(int(checkpoint))
        self._handle.seek(int(checkpoint))
        self._position = int(checkpoint)

    def add(self, outcomes: Sequence[Outcome]) -> None:
        for outcome in outcomes:
            if outcome.status == DONE:
                self._append(self._lines(outcome))
                self._count += 1
            self._marks[outcome.id] = self._position

    def pending(self) -> int:
        return self._count

    def commit(self) -> Commit:
        assert self._handle is not None
        if self._buffer:
            self._handle.write(b"".join(self._buffer))
            self._buffer.clear()
        self._handle.flush()
        self._count = 0
        commit = Commit(last=self._handle.tell(), marks=dict(self._marks))
        self._marks.clear()
        return commit

    def sync(self) -> None:
        if self._handle is not None:
            os.fsync(self._handle.fileno())

    def finish(self) -> None:
        self.commit()
        self.sync()

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def _append(self, lines: list[str]) -> None:
        data = "".join(line + "\n" for line in lines).encode("utf-8")
        self._buffer.append(data)
        self._position += len(data)

    def _open(self, mode: str) -> None:
        if self._handle is not None:
            self._handle.close()
        self._handle = cast(BinaryIO, self.path.open(mode))


def jsonl_lines(outcome: Outcome) -> list[str]:
    """The result's own JSON line (``communique.result/1``)."""
    assert outcome.result_json is not None
    return [outcome.result_json]
