"""Quality floor on the dev gold set (tests/data/gold/dev), without a parse: value F1 per language.

The shared scorer is the reference (bench/temporal_dev.py); this test counts the same way in
short: a system expression matches an unused gold one if either text contains the other, and
the values agree (PAST_REF/FUTURE_REF and PX<unit> count as one vague value).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from pathlib import Path

import pytest

from communique.temporal import TimeTagger

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold" / "dev"
FLOOR = 0.95


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold().replace("’", "'")
    return re.sub(r"\s+", " ", s).strip()


def same(a: str, b: str) -> bool:
    def vague(v: str) -> bool:
        return v in ("PAST_REF", "FUTURE_REF") or re.fullmatch(r"PX[DWMY]", v) is not None

    return a == b or (vague(a) and vague(b))


@pytest.mark.parametrize("code", ["fr", "en"])
def test_value_f1_floor(code: str) -> None:
    tagger = TimeTagger.for_language(code)
    right = n_gold = n_sys = 0
    for path in sorted(GOLD.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        if doc["language"] != code:
            continue
        got = tagger.tag(doc["text"], published=dt.date.fromisoformat(doc["published"]))
        system = [(fold(t.text), t.value) for t in got]
        used: set[int] = set()
        for g in doc["timexes"]:
            gt = fold(g["text"])
            k = next((i for i, (st, _) in enumerate(system) if i not in used and (st in gt or gt in st)), None)
            if k is not None:
                used.add(k)
                right += same(system[k][1], g["value"])
        n_gold += len(doc["timexes"])
        n_sys += len(system)
    p, r = right / n_sys, right / n_gold
    f1 = 2 * p * r / (p + r)
    assert f1 >= FLOOR, f"{code}: value F1 {f1:.3f} (P {p:.3f}, R {r:.3f}) below {FLOOR}"
