"""Event coding's cost against the spaCy parse of the same documents (target: coding ≤ 15 % of the parse).

Usage: python bench/coding_speed.py [GOLD_DIR]   (default: tests/data/gold/dev)
Parses, tags and links each document once, then times the parse and the coder separately.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path

from communique import Pipeline, SourceInput

GOLD = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parents[1] / "tests" / "data" / "gold" / "dev"
ROUNDS = 3


def main() -> None:
    pipeline = Pipeline.load()
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]
    for lang in ("fr", "en"):
        stages = pipeline.stages(lang)
        prepared = []
        for d in (d for d in docs if d["language"] == lang):
            source = SourceInput(text=d["text"], id=d["id"], language=lang, issuer=d["issuer"],
                                 published=dt.date.fromisoformat(d["published"]), published_from="given")
            result = pipeline.extract(source)
            prepared.append(result)
        parse_time = code_time = 0.0
        events = 0
        for _ in range(ROUNDS):
            for result in prepared:
                t0 = time.perf_counter()
                parse = stages.parser.parse(result.doc.text)
                t1 = time.perf_counter()
                found = stages.coder.code(result.doc, parse, result.entities, result.timexes, stages.cues)
                code_time += time.perf_counter() - t1
                parse_time += t1 - t0
                events += len(found)
        print(f"{lang}: {len(prepared)} docs x {ROUNDS}: parse {parse_time:.2f} s, code {code_time:.3f} s, "
              f"code/parse {code_time / parse_time:.1%} ({events // ROUNDS} events, "
              f"{len(stages.coder.rules)} rules)")


if __name__ == "__main__":
    main()
