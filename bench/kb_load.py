"""Time the loading of the packaged knowledge base (target: at most 1 s).

    python bench/kb_load.py [--runs 5] [--kb my.yaml ...]

Prints the entries by type; the time of a load that parses every YAML file (no
cache: the first run on a machine, or after the data changed), first and median of
the following ones; the time of a load through the on-disk cache of parsed files
(every later run); and the time to list every alias of a language (what a linker
does once per language). The cache is kept in a temporary folder here.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

import yaml

from communique.kb import KnowledgeBase, packaged_files

TARGET_SECONDS = 1.0


def timed_load(extra: list[Path], cache: bool) -> tuple[KnowledgeBase, float]:
    start = time.perf_counter()
    kb = KnowledgeBase.load(extra, cache=cache)
    return kb, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description="Time the loading of the knowledge base.")
    parser.add_argument("--runs", type=int, default=5, help="loads after the first one (default 5)")
    parser.add_argument("--kb", type=Path, action="append", default=[], help="extra user KB file")
    args = parser.parse_args()

    files = packaged_files()
    size = sum(p.stat().st_size for p in files)
    print(f"libyaml (CSafeLoader): {'yes' if yaml.__with_libyaml__ else 'NO (pure-Python parser, slow)'}")
    print(f"packaged files: {len(files)} ({size / 1e6:.2f} MB), extra: {len(args.kb)}")

    kb, first = timed_load(args.kb, cache=False)
    later = [timed_load(args.kb, cache=False)[1] for _ in range(args.runs)]
    stats = ", ".join(f"{kind} {n}" for kind, n in sorted(kb.stats().items()))
    print(f"entries: {len(kb)} ({stats})")
    print(f"parsing every file: first {first:.3f} s", end="")
    print(f", then median {statistics.median(later):.3f} s ({len(later)} runs)" if later else "")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["COMMUNIQUE_CACHE_DIR"] = folder
        filling = timed_load(args.kb, cache=True)[1]
        cached = [timed_load(args.kb, cache=True)[1] for _ in range(max(args.runs, 1))]
    print(f"through the cache: filling it {filling:.3f} s, then median {statistics.median(cached):.3f} s")
    for language in ("fr", "en"):
        start = time.perf_counter()
        count = sum(1 for _ in kb.aliases(language))
        print(f"aliases({language!r}): {count} in {time.perf_counter() - start:.3f} s")
    for label, seconds in (("parsing", max([first, *later])), ("cached", max(cached))):
        verdict = "within" if seconds <= TARGET_SECONDS else "OVER"
        print(f"target {TARGET_SECONDS:.1f} s, {label}: {verdict} (slowest load {seconds:.3f} s)")


if __name__ == "__main__":
    main()
