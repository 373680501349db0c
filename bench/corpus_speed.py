"""Throughput, start-up and memory of `communique batch` on a corpus, against the spaCy parse alone.

Usage: python bench/corpus_speed.py [CORPUS.jsonl] [--docs N] [--workers 1,2]
       (default: bench/data/corpus.jsonl repeated to at least 1,000 documents)

In one run: (1) the spaCy pipelines of the corpus's languages parse every text (``nlp.pipe``,
one process, model loading not counted); (2) ``communique batch --workers N`` codes the same
documents in a fresh process for each N, timed from the command's start; a sampler reads the
peak resident memory (VmHWM) of the batch process and of each worker from /proc. Throughput is
steady-state: from the first result written to the last; start-up is the time to the first
result. Results go to bench/out/.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "out"
DEFAULT_CORPUS = HERE / "data" / "corpus.jsonl"


@dataclass
class Run:
    """One measured batch run."""

    workers: int
    wall: float
    first_out: float
    docs: int
    words: int
    peaks_mb: dict[int, float] = field(default_factory=dict)
    parent: int = 0

    @property
    def steady(self) -> float:
        return self.wall - self.first_out

    def per_worker_peak(self) -> float:
        workers = [mb for pid, mb in self.peaks_mb.items() if pid != self.parent] or [self.peaks_mb[self.parent]]
        return max(workers)


def repeated_corpus(source: Path, docs: int) -> tuple[Path, int, int]:
    """The corpus repeated (ids suffixed) to at least ``docs`` documents; its path, docs and words."""
    records = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    rounds = -(-docs // len(records))
    OUT.mkdir(exist_ok=True)
    path = OUT / f"corpus-{rounds * len(records)}.jsonl"
    words = 0
    with path.open("w", encoding="utf-8") as handle:
        for round_ in range(rounds):
            for record in records:
                handle.write(json.dumps({**record, "id": f"{record['id']}-r{round_}"}, ensure_ascii=False) + "\n")
                words += len(record["text"].split())
    return path, rounds * len(records), words


def parse_alone(path: Path) -> tuple[float, dict[str, str]]:
    """Seconds for the spaCy pipelines alone to parse every text (loading excluded)."""
    from communique.nlp import load_parser
    from communique.resources import load_language_config

    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    by_language: dict[str, list[str]] = {}
    for record in records:
        by_language.setdefault(record["language"], []).append(record["text"])
    elapsed = 0.0
    packages = {}
    for language, texts in by_language.items():
        parser = load_parser(load_language_config(language))
        packages[language] = parser.package
        started = time.perf_counter()
        for _doc in parser.nlp.pipe(texts, batch_size=16):
            pass
        elapsed += time.perf_counter() - started
    return elapsed, packages


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as handle:
                parent = int(handle.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(parent, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _peak_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def batch_run(path: Path, workers: int, docs: int, words: int) -> Run:
    """Run `communique batch` in a fresh process and measure it."""
    out = OUT / f"batch-w{workers}.jsonl"
    for leftover in (out, out.with_name(out.name + ".manifest.jsonl")):
        leftover.unlink(missing_ok=True)
    command = [sys.executable, "-m", "communique.cli", "batch", str(path), "--out", str(out),
               "--workers", str(workers)]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peaks: dict[int, float] = {}
    first_out: list[float] = []
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            for pid in _descendants(process.pid):
                if (mb := _peak_mb(pid)) is not None and "python" in _command(pid):
                    peaks[pid] = max(peaks.get(pid, 0.0), mb)
            if not first_out and out.exists() and out.stat().st_size > 0:
                first_out.append(time.perf_counter() - started)
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    process.wait()
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"batch failed with exit {process.returncode}")
    coded = sum(1 for _ in out.open(encoding="utf-8"))
    if coded != docs:
        raise SystemExit(f"batch coded {coded} documents of {docs}")
    return Run(workers, wall, first_out[0] if first_out else wall, docs, words, peaks, process.pid)


def _command(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            return handle.read().decode(errors="replace")
    except OSError:
        return ""


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    arguments.add_argument("--docs", type=int, default=1000)
    arguments.add_argument("--workers", default="1,2")
    options = arguments.parse_args()
    path, docs, words = repeated_corpus(options.corpus, options.docs)
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}; corpus: {docs} documents, {words:,} words ({path.name})")
    parse_seconds, packages = parse_alone(path)
    print(f"parse alone ({', '.join(f'{k}: {v}' for k, v in packages.items())}): {parse_seconds:.1f} s, "
          f"{docs / parse_seconds:.2f} docs/s, {words / parse_seconds:,.0f} words/s")
    runs = [batch_run(path, int(n), docs, words) for n in options.workers.split(",")]
    print("| workers | wall | first result | docs/s | words/s | vs parse alone | peak MB per worker |")
    print("|---|---|---|---|---|---|---|")
    for run in runs:
        rate = run.docs / run.steady
        print(f"| {run.workers} | {run.wall:.1f} s | {run.first_out:.1f} s | {rate:.2f} | "
              f"{run.words / run.steady:,.0f} | {rate / (docs / parse_seconds):.2f}x | {run.per_worker_peak():.0f} |")
    if len(runs) > 1:
        print(f"speed-up of {runs[-1].workers} workers over {runs[0].workers}: "
              f"{runs[0].steady / runs[-1].steady:.2f}x")


if __name__ == "__main__":
    main()
