"""Throughput of the temporal stage alone (``TimeTagger.tag`` on text, no parse), one core.

usage: python bench/temporal_speed.py [CORPUS] [--words 500] [--seconds 3]

Cuts the corpus texts of each language into documents of about --words words, tags them
over and over for about --seconds seconds per language in this one process, and prints
documents per second. The tagger is built once per language (as a pipeline does).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from communique.temporal import TimeTagger  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "corpus.jsonl"  # ../shared beside the clone


def documents(corpus: Path, words: int) -> dict[str, list[tuple[str, dt.date | None]]]:
    """Documents of about ``words`` words per language, each with its source's publication date."""
    pieces: dict[str, list[tuple[str, dt.date | None]]] = {}
    for line in corpus.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        pub = dt.date.fromisoformat(rec["published"]) if rec.get("published") else None
        pieces.setdefault(rec.get("language") or "?", []).append((rec["text"], pub))
    out: dict[str, list[tuple[str, dt.date | None]]] = {}
    for code, texts in pieces.items():
        buffer: list[str] = []
        docs = out.setdefault(code, [])
        for text, pub in texts:
            buffer.extend(text.split(" "))
            while len(buffer) >= words:
                docs.append((" ".join(buffer[:words]), pub))
                buffer = buffer[words:]
        if buffer:
            docs.append((" ".join(buffer), texts[-1][1]))
    return out


def measure(tagger: TimeTagger, docs: list[tuple[str, dt.date | None]], seconds: float) -> tuple[int, float, int]:
    """(documents tagged, seconds taken, time expressions found)."""
    done = found = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for text, pub in docs:
            found += len(tagger.tag(text, published=pub))
            done += 1
    return done, time.perf_counter() - start, found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path, nargs="?", default=CORPUS)
    ap.add_argument("--words", type=int, default=500)
    ap.add_argument("--seconds", type=float, default=3.0)
    a = ap.parse_args()
    total_docs, total_time = 0, 0.0
    for code, docs in sorted(documents(a.corpus, a.words).items()):
        try:
            tagger = TimeTagger.for_language(code)
        except Exception as exc:  # a language without temporal rules
            print(f"{code}: skipped ({exc})")
            continue
        tagger.tag(docs[0][0], published=docs[0][1])  # warm-up
        done, took, found = measure(tagger, docs, a.seconds)
        total_docs += done
        total_time += took
        print(f"{code}: {len(docs)} documents of ~{a.words} words, {done / took:8.1f} docs/s, "
              f"{found / done:.1f} expressions/doc")
    print(f"all: {total_docs / total_time:8.1f} docs/s (one core)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
