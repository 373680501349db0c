"""A resumable batch run: inputs -> engine -> sink, with a manifest and a lock beside the output.

`run_batch` codes every input document that the manifest does not already list, writes the
results as they come, and records each document once its result is durable. Run the same
command again after a crash and it goes on where it stopped; every input ends up in the
output exactly once. A document that fails is recorded with its error code and skipped;
``retry_failed`` codes such documents again.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from communique.corpus.inputs import CorpusItem, count_items, iter_items
from communique.corpus.lock import OutputLock
from communique.corpus.manifest import (
    DONE,
    FAILED,
    ManifestEntry,
    ManifestState,
    ManifestWriter,
    load_manifest,
    manifest_path,
)
from communique.corpus.outputs import open_sink
from communique.corpus.sinks import Commit
from communique.corpus.work import Outcome, failure
from communique.errors import DuplicateId

# Failures kept in the summary (all of them are in the manifest).
SUMMARY_FAILURES = 20
# Seconds between two pushes of the output and the manifest to the disk (the output first, so
# that the manifest never lists a document whose result could be lost with the machine).
SYNC_SECONDS = 2.0


class Engine(Protocol):
    """Turns documents into outcomes, chunk by chunk, in input order."""

    def run(self, items: Iterable[CorpusItem]) -> Iterator[list[Outcome]]:
        """Outcomes of ``items``."""


@dataclass(frozen=True)
class BatchProgress:
    """Where a run stands."""

    done: int
    failed: int
    skipped: int
    total: int | None
    elapsed: float

    @property
    def handled(self) -> int:
        """Documents coded, failed or skipped so far."""
        return self.done + self.failed + self.skipped


@dataclass
class BatchSummary:
    """What a run did: documents coded, failed (now), and skipped as already handled."""

    out: Path
    manifest: Path
    done: int = 0
    failed: int = 0
    skipped: int = 0
    elapsed: float = 0.0
    failures: list[ManifestEntry] = field(default_factory=list)

    def progress(self, total: int | None) -> BatchProgress:
        """The summary so far as a progress report."""
        return BatchProgress(self.done, self.failed, self.skipped, total, self.elapsed)


@dataclass
class _Selection:
    """Which inputs still need coding, given the manifest; counts what it skips."""

    state: ManifestState
    retry_failed: bool
    skipped: int = 0
    duplicates: list[Outcome] = field(default_factory=list)
    _seen: set[str] = field(default_factory=set)

    def __call__(self, items: Iterable[CorpusItem]) -> Iterator[CorpusItem]:
        for item in items:
            if item.id in self._seen:
                self._duplicate(item)
                continue
            self._seen.add(item.id)
            handled = self.state.is_done(item.id, item.input_hash) or (
                not self.retry_failed and self.state.failed(item.id, item.input_hash) is not None)
            if handled:
                self.skipped += 1
            else:
                yield item

    def _duplicate(self, item: CorpusItem) -> None:
        """A second document with an id already seen: recorded under where it is, never coded."""
        if self.state.failed(item.where, item.input_hash):
            self.skipped += 1
            return
        error = DuplicateId(f"the id {item.id!r} was already used by an earlier document", source=item.where)
        self.duplicates.append(failure(CorpusItem(id=item.where, where=item.where, input_hash=item.input_hash),
                                       error))


def run_batch(
    inputs: tuple[Path, ...],
    out: Path,
    engine: Engine,
    *,
    format: str | None = None,
    retry_failed: bool = False,
    on_progress: Callable[[BatchProgress], None] | None = None,
) -> BatchSummary:
    """Code ``inputs`` into ``out`` (.jsonl and other line formats, .parquet, .duckdb), resumably."""
    started = time.monotonic()
    sink = open_sink(out, format)
    items = iter_items(inputs)  # checks that every input exists before the lock is taken
    total = count_items(inputs)
    summary = BatchSummary(out=out, manifest=manifest_path(out))
    with OutputLock(out):
        state = load_manifest(summary.manifest)
        writer = ManifestWriter(summary.manifest, output_kind=sink.kind, state=state)
        try:
            sink.resume(state.checkpoint if state.entries else None)
            selection = _Selection(state, retry_failed)
            pending: list[Outcome] = []
            synced = time.monotonic()
            for outcomes in engine.run(selection(items)):
                sink.add(outcomes)
                _count(outcomes, summary)
                pending.extend(outcomes)
                _count(selection.duplicates, summary)
                pending.extend(selection.duplicates)
                selection.duplicates.clear()
                if sink.pending():
                    _record(writer, pending, sink.commit())
                if time.monotonic() - synced > SYNC_SECONDS:
                    sink.sync()
                    writer.sync()
                    synced = time.monotonic()
                summary.skipped = selection.skipped
                summary.elapsed = time.monotonic() - started
                if on_progress is not None:
                    on_progress(summary.progress(total))
            _count(selection.duplicates, summary)
            pending.extend(selection.duplicates)
            _record(writer, pending, sink.commit())
            sink.finish()
            writer.sync()
        finally:
            sink.close()
            writer.close()
    summary.skipped = selection.skipped
    summary.elapsed = time.monotonic() - started
    return summary


def _count(outcomes: list[Outcome], summary: BatchSummary) -> None:
    for outcome in outcomes:
        if outcome.status == DONE:
            summary.done += 1
        elif outcome.status == FAILED:
            summary.failed += 1
            if len(summary.failures) < SUMMARY_FAILURES:
                summary.failures.append(_entry(outcome, None))


def _entry(outcome: Outcome, checkpoint: Any) -> ManifestEntry:
    return ManifestEntry(id=outcome.id, where=outcome.where, input_hash=outcome.input_hash, status=outcome.status,
                         code=outcome.code, message=outcome.message, checkpoint=checkpoint)


def _record(writer: ManifestWriter, outcomes: list[Outcome], commit: Commit) -> None:
    """Append the manifest entries of committed outcomes."""
    writer.append([_entry(outcome, commit.of(outcome.id)) for outcome in outcomes])
    outcomes.clear()
