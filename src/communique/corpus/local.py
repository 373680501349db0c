"""The local engine: documents coded in this process, or in a pool of worker processes.

Each worker loads the pipeline once (the pool's initializer) and codes small chunks of
documents. Chunks go out a few at a time and come back in input order, so memory stays
flat however large the corpus, and the output's order is the input's.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from communique.corpus.inputs import CorpusItem
from communique.corpus.work import Outcome, code_items
from communique.errors import WorkerDied
from communique.pipeline import Pipeline

# Documents coded together (their texts parsed in one batch), and chunks in flight per worker.
CHUNK_DOCS = 16
CHUNKS_PER_WORKER = 3


@dataclass
class _WorkerSlot:
    """The pipeline a worker process loaded (one per process, set by the initializer)."""

    pipeline: Pipeline | None = None


_SLOT = _WorkerSlot()


def _load_worker(kb_files: tuple[Path, ...], languages: tuple[str, ...]) -> None:
    _SLOT.pipeline = Pipeline.load(kb_files=kb_files)
    for language in languages:
        _SLOT.pipeline.stages(language)


def _code_chunk(items: list[CorpusItem]) -> list[Outcome]:
    assert _SLOT.pipeline is not None, "worker started without its pipeline"
    return code_items(_SLOT.pipeline, items)


@dataclass
class LocalEngine:
    """Code documents with ``workers`` processes (1: in this process)."""

    workers: int = 1
    kb_files: tuple[Path, ...] = ()
    preload: tuple[str, ...] = field(default_factory=tuple)
    chunk_docs: int | None = None  # default: CHUNK_DOCS, after a first chunk of one document per worker

    def run(self, items: Iterable[CorpusItem]) -> Iterator[list[Outcome]]:
        """Outcomes chunk by chunk, in input order."""
        # Each worker's first chunk is a single document, so that the first result comes out early.
        chunks = _chunks(items, self.chunk_docs or CHUNK_DOCS, first=0 if self.chunk_docs else max(self.workers, 1))
        if self.workers <= 1:
            pipeline = Pipeline.load(kb_files=self.kb_files)
            for chunk in chunks:
                yield code_items(pipeline, chunk)
            return
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(self.workers, mp_context=context, initializer=_load_worker,
                                 initargs=(self.kb_files, self.preload)) as pool:
            window: deque[Future[list[Outcome]]] = deque()
            limit = self.workers * CHUNKS_PER_WORKER
            try:
                for chunk in chunks:
                    window.append(pool.submit(_code_chunk, chunk))
                    if len(window) >= limit:
                        yield window.popleft().result()
                while window:
                    yield window.popleft().result()
            except BrokenProcessPool as exc:
                raise WorkerDied("a worker process died (out of memory, or killed); run the same command "
                                 "again to go on from where it stopped") from exc
            finally:
                for future in window:
                    future.cancel()


def _chunks(items: Iterable[CorpusItem], size: int, *, first: int = 0) -> Iterator[list[CorpusItem]]:
    """Lists of ``size`` items, after ``first`` lists of one item."""
    iterator = iter(items)
    for _ in range(first):
        if not (chunk := list(islice(iterator, 1))):
            return
        yield chunk
    while chunk := list(islice(iterator, size)):
        yield chunk

