"""``kill -9`` in the middle of a two-worker run, then the same command again: every document once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.conftest import dev_records, read_jsonl, write_jsonl

pytestmark = pytest.mark.slow
COMMAND = [sys.executable, "-m", "communique.cli", "batch"]
# The dev documents, each four times under new ids: enough work that a fast machine is still mid-run.
COPIES = 4
DOCS = 16 * COPIES
# Manifest entries (documents recorded) to wait for before killing the run.
KILL_AFTER = 3


def _recorded(manifest: Path) -> int:
    if not manifest.exists():
        return 0
    return sum(1 for line in manifest.read_text(encoding="utf-8").splitlines() if '"status"' in line)


def test_kill_9_mid_run_then_the_same_command_finishes_with_every_document_once(
    tmp_path: Path, pipeline: Any
) -> None:
    records = [{**r, "id": f"{r['id']}-{n}"} for n in range(COPIES) for r in dev_records(DOCS // COPIES)]
    src = write_jsonl(tmp_path / "in.jsonl", records)
    out = tmp_path / "out.jsonl"
    manifest = tmp_path / "out.jsonl.manifest.jsonl"
    command = [*COMMAND, str(src), "--out", str(out), "--workers", "2"]
    run = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 180
    while _recorded(manifest) < KILL_AFTER and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(run.pid, signal.SIGKILL)  # the run and its workers, as a crash or an OOM kill would
    run.wait()
    recorded = _recorded(manifest)
    assert KILL_AFTER <= recorded < DOCS, "the run was not killed in the middle"

    finished = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert finished.returncode == 0, finished.stderr
    assert f"{recorded} already done" in finished.stderr
    results = read_jsonl(out)
    assert [r["doc"]["id"] for r in results] == [r["id"] for r in records]
    # The same results as one uninterrupted run in this process.
    from communique.corpus.inputs import iter_items

    expected = [pipeline.extract(item.source).to_dict() for item in iter_items((src,)) if item.source]
    assert results == expected
