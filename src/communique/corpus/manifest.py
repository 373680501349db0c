"""The manifest beside a batch's output: one JSON line per document handled.

A line is appended only after the document's result is safely in the output, so after a
crash (even ``kill -9``) the manifest says exactly which documents are done. Each line holds
the document's id, where it came from, its input hash, ``status`` (``done`` or ``failed``),
the error code and message of a failure, and the sink's ``checkpoint`` (what the output must
be cut back to on resume). A torn last line, from a crash mid-write, is dropped on load.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from communique.errors import ManifestMismatch

DONE = "done"
FAILED = "failed"
MANIFEST_VERSION = 1


@dataclass(frozen=True)
class ManifestEntry:
    """What happened to one document."""

    id: str
    where: str
    input_hash: str
    status: str
    code: str | None = None
    message: str | None = None
    checkpoint: Any = None

    def to_json(self) -> str:
        """The entry as one compact JSON line (no newline)."""
        return json.dumps({"id": self.id, "where": self.where, "hash": self.input_hash, "status": self.status,
                           "code": self.code, "message": self.message, "checkpoint": self.checkpoint},
                          ensure_ascii=False)


@dataclass
class ManifestState:
    """The last entry of every document, and the last checkpoint written."""

    output_kind: str | None = None
    entries: dict[str, ManifestEntry] = field(default_factory=dict)
    checkpoint: Any = None

    def is_done(self, doc_id: str, input_hash: str) -> bool:
        """Whether the document is in the output with this very input."""
        entry = self.entries.get(doc_id)
        return entry is not None and entry.status == DONE and entry.input_hash == input_hash

    def failed(self, doc_id: str, input_hash: str) -> ManifestEntry | None:
        """The failure recorded for the document with this input, if any."""
        entry = self.entries.get(doc_id)
        if entry is not None and entry.status == FAILED and entry.input_hash == input_hash:
            return entry
        return None


def manifest_path(out: Path) -> Path:
    """Where the manifest of ``out`` lives."""
    return out.with_name(out.name + ".manifest.jsonl")


def load_manifest(path: Path) -> ManifestState:
    """The state a manifest records; a torn last line is cut off the file."""
    state = ManifestState()
    if not path.exists():
        return state
    good_end = 0
    with path.open("rb") as handle:
        for raw in handle:
            if not raw.endswith(b"\n"):
                break
            try:
                item = json.loads(raw)
            except json.JSONDecodeError:
                break
            good_end += len(raw)
            if "output" in item:
                state.output_kind = item["output"]
                continue
            entry = ManifestEntry(id=item["id"], where=item["where"], input_hash=item["hash"],
                                  status=item["status"], code=item.get("code"), message=item.get("message"),
                                  checkpoint=item.get("checkpoint"))
            state.entries[entry.id] = entry
            if entry.checkpoint is not None:
                state.checkpoint = entry.checkpoint
    if good_end < path.stat().st_size:
        os.truncate(path, good_end)
    return state


class ManifestWriter:
    """Appends entries; each batch is flushed before `append` returns (so it survives the process
    dying), and `sync` pushes them to the disk (so they survive the machine stopping)."""

    def __init__(self, path: Path, *, output_kind: str, state: ManifestState) -> None:
        if state.output_kind is not None and state.output_kind != output_kind:
            raise ManifestMismatch(
                f"the manifest was written for a {state.output_kind} output, this run writes {output_kind}; "
                "remove the manifest or choose another output", source=str(path))
        self._handle: TextIO = path.open("a", encoding="utf-8")
        if state.output_kind is None:
            self._handle.write(json.dumps({"output": output_kind, "version": MANIFEST_VERSION}) + "\n")
            self.sync()

    def append(self, entries: list[ManifestEntry]) -> None:
        """Record entries durably."""
        if not entries:
            return
        self._handle.write("".join(entry.to_json() + "\n" for entry in entries))
        self._handle.flush()

    def sync(self) -> None:
        """Flush and push to the disk."""
        self._handle.flush()
        os.fsync(self._handle.fileno())

    def close(self) -> None:
        """Sync and close the file."""
        self.sync()
        self._handle.close()
