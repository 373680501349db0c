"""Sentence boundaries on the dev texts: the spaCy parser alone versus communique's rules.

No gold sentences exist, so two error counts are measured on the cleaned texts:
- cuts: a sentence that ends without final punctuation inside a paragraph (the text goes on
  mid-sentence; salutations such as "Monsieur le Président," alone in a paragraph are not cuts);
- misses: inside one sentence, a final stop followed by a capitalized word that is not an
  abbreviation or an initial (two sentences merged).
Usage: python bench/sentences.py [GOLD_DIR]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from communique.ingest import clean_text
from communique.nlp import load_parser
from communique.resources import load_language_config

GOLD = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parents[1] / "tests" / "data" / "gold" / "dev"
_END = re.compile(r"[.!?:;»\"')\]…]$")
_INNER = re.compile(r"(\S+)[.!?] +[A-ZÀ-Ý]")


def errors(text: str, spans: list[tuple[int, int]], abbreviations: set[str]) -> tuple[int, int]:
    cuts = misses = 0
    for start, end in spans:
        sentence = text[start:end].strip()
        if not sentence:
            continue
        at_paragraph_end = text[end:].lstrip(" ").startswith("\n\n") or end >= len(text.rstrip())
        if not _END.search(sentence) and not at_paragraph_end:
            cuts += 1
        for m in _INNER.finditer(sentence):
            word = m.group(1).split()[-1] + "."
            if word.lower() not in abbreviations and not (len(word) == 2 and word[0].isupper()):
                misses += 1
    return cuts, misses


def main() -> None:
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]
    print(f"{'language':10}{'method':12}{'sentences':>10}{'cuts':>6}{'misses':>8}")
    for lang in ("fr", "en"):
        config = load_language_config(lang)
        parser = load_parser(config)
        abbreviations = {a.lower() for a in config.abbreviations}
        texts = [clean_text(d["text"]).text for d in docs if d["language"] == lang]
        totals = {"parser": [0, 0, 0], "rules": [0, 0, 0]}
        for text in texts:
            doc = parser.nlp(text)
            plain = [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]
            ours = [(s.start, s.end) for s in parser.parse(text).sentences]
            for name, spans in (("parser", plain), ("rules", ours)):
                cuts, misses = errors(text, spans, abbreviations)
                totals[name][0] += len(spans)
                totals[name][1] += cuts
                totals[name][2] += misses
        for name, (n, cuts, misses) in totals.items():
            print(f"{lang:10}{name:12}{n:>10}{cuts:>6}{misses:>8}")


if __name__ == "__main__":
    main()
