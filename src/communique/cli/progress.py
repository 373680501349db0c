"""How a batch shows its progress: a live bar on a terminal, a plain line now and then otherwise."""

from __future__ import annotations

import time
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeRemainingColumn

from communique.corpus import BatchProgress, BatchSummary

# Seconds between two plain progress lines (logs, CI, pipes).
PLAIN_EVERY = 10.0


class BatchDisplay:
    """``with display:`` shows progress; `update` is the run's callback; `finish` prints the summary."""

    def __init__(self, console: Console, *, plain_every: float = PLAIN_EVERY) -> None:
        self.console = console
        self._live = console.is_terminal
        self._plain_every = plain_every
        self._last_line = time.monotonic()
        self._progress = Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:.1f} docs/s"), TimeRemainingColumn(), console=console,
        )
        self._task: TaskID | None = None

    def __enter__(self) -> BatchDisplay:
        if self._live:
            self._progress.start()
            self._task = self._progress.add_task("documents", total=None, rate=0.0)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if self._live:
            self._progress.stop()

    def update(self, progress: BatchProgress) -> None:
        """Show where the run stands."""
        coded = progress.done + progress.failed
        rate = coded / progress.elapsed if progress.elapsed > 0 else 0.0
        if self._live and self._task is not None:
            self._progress.update(self._task, completed=progress.handled, total=progress.total, rate=rate)
            return
        now = time.monotonic()
        if now - self._last_line >= self._plain_every:
            self._last_line = now
            of = f"/{progress.total}" if progress.total is not None else ""
            self.console.print(f"{progress.handled}{of} documents ({progress.done} coded, {progress.failed} failed, "
                               f"{progress.skipped} already done), {rate:.1f} docs/s", highlight=False)

    def finish(self, summary: BatchSummary) -> None:
        """Print what the run did and where the failures are recorded."""
        skipped = f", {summary.skipped} already done" if summary.skipped else ""
        self.console.print(f"{summary.done} documents coded, {summary.failed} failed{skipped} "
                           f"in {summary.elapsed:.1f} s: {summary.out}", highlight=False)
        for entry in summary.failures:
            self.console.print(f"  {entry.code} {entry.where}: {entry.message}", highlight=False, markup=False)
        if summary.failed:
            self.console.print(f"failures are recorded in {summary.manifest}; --retry-failed codes them again",
                               highlight=False)
