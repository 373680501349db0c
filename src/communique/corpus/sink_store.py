"""The DuckDB output: results go into a `communique.store.Store`, a transaction per commit.

Re-ingesting a document replaces its rows, so resuming needs no cutting back: a document
ingested but not yet in the manifest is simply ingested again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from communique.corpus.manifest import DONE
from communique.corpus.sinks import Commit
from communique.corpus.work import Outcome

if TYPE_CHECKING:
    from communique.store import Store

# Documents per transaction.
DOCS_PER_COMMIT = 64


class StoreSink:
    """Results into a DuckDB store."""

    kind = "duckdb"

    def __init__(self, path: Path, *, docs_per_commit: int = DOCS_PER_COMMIT) -> None:
        self.path = path
        self._docs_per_commit = docs_per_commit
        self._results: list[Mapping[str, Any]] = []
        self._store: Store | None = None

    def resume(self, checkpoint: Any) -> None:
        from communique.store import Store

        if checkpoint is None and self.path.exists():
            self.path.unlink()
            wal = self.path.with_name(self.path.name + ".wal")
            if wal.exists():
                wal.unlink()
        self._store = Store.open(self.path)

    def add(self, outcomes: Sequence[Outcome]) -> None:
        self._results.extend(outcome.result for outcome in outcomes if outcome.status == DONE)

    def pending(self) -> int:
        return len(self._results) if len(self._results) >= self._docs_per_commit else 0

    def commit(self) -> Commit:
        assert self._store is not None
        if self._results:
            self._store.ingest(self._results)
            self._results.clear()
        return Commit(last=True)

    def sync(self) -> None:
        pass  # each commit is already on disk

    def finish(self) -> None:
        self.commit()

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
