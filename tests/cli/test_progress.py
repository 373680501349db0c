"""Batch progress: plain periodic lines when the output is not a terminal, and a summary naming failures."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

from communique.cli.progress import BatchDisplay
from communique.corpus import BatchProgress, BatchSummary, ManifestEntry


def _console() -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    return Console(file=buffer, force_terminal=False, width=200), buffer


def test_off_a_terminal_progress_is_a_plain_line_with_the_rate() -> None:
    console, buffer = _console()
    with BatchDisplay(console, plain_every=0) as display:
        display.update(BatchProgress(done=18, failed=2, skipped=5, total=100, elapsed=4.0))
    assert "25/100 documents (18 coded, 2 failed, 5 already done), 5.0 docs/s" in buffer.getvalue()


def test_plain_lines_are_spaced_out() -> None:
    console, buffer = _console()
    with BatchDisplay(console, plain_every=3600) as display:
        for done in range(1, 50):
            display.update(BatchProgress(done=done, failed=0, skipped=0, total=None, elapsed=float(done)))
    assert buffer.getvalue() == ""


def test_the_summary_lists_failures_and_where_they_are_recorded(tmp_path: Path) -> None:
    console, buffer = _console()
    failure = ManifestEntry(id="x", where="in.jsonl:3", input_hash="h", status="failed", code="E108",
                            message="invalid JSON")
    summary = BatchSummary(out=tmp_path / "out.jsonl", manifest=tmp_path / "out.jsonl.manifest.jsonl", done=9,
                           failed=1, skipped=0, elapsed=2.0, failures=[failure])
    BatchDisplay(console).finish(summary)
    text = buffer.getvalue()
    assert "9 documents coded, 1 failed" in text
    assert "E108 in.jsonl:3: invalid JSON" in text
    assert "--retry-failed" in text
