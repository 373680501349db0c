"""Linking's cost against the spaCy parse of the same documents (target: linking ≤ 10 % of the parse).

Usage: python bench/linking_speed.py [GOLD_DIR]   (default: tests/data/gold/dev)
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path

from communique.ingest import clean_text
from communique.kb import KnowledgeBase
from communique.linking import Linker
from communique.nlp import load_parser
from communique.records import Document
from communique.resources import load_language_config

GOLD = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parents[1] / "tests" / "data" / "gold" / "dev"
ROUNDS = 3


def main() -> None:
    started = time.perf_counter()
    kb = KnowledgeBase.load()
    print(f"KB load: {time.perf_counter() - started:.2f} s ({len(kb)} entries)")
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]
    for lang in ("fr", "en"):
        started = time.perf_counter()
        linker = Linker.for_language(lang, kb)
        build = time.perf_counter() - started
        parser = load_parser(load_language_config(lang))
        items = [(clean_text(d["text"]).text, d) for d in docs if d["language"] == lang]
        parse_time = link_time = 0.0
        for _ in range(ROUNDS):
            for text, d in items:
                t0 = time.perf_counter()
                parse = parser.parse(text)
                t1 = time.perf_counter()
                doc = Document(id=d["id"], text=text, language=lang, issuer=d["issuer"],
                               published=dt.date.fromisoformat(d["published"]))
                linker.link(doc, parse)
                link_time += time.perf_counter() - t1
                parse_time += t1 - t0
        print(f"{lang}: {len(items)} docs x {ROUNDS}: parse {parse_time:.2f} s, link {link_time:.2f} s, "
              f"link/parse {link_time / parse_time:.1%} (linker built in {build:.2f} s)")


if __name__ == "__main__":
    main()
