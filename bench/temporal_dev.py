"""communique's temporal stage on the dev gold set, scored with the shared scorer.

usage: python bench/temporal_dev.py [--gold DIR] [--scorer PATH] [--out DIR] [--no-tense] [--diff]

Writes one communique.result/1 file per document (timexes only) into --out, runs the
scorer on them and prints the time-expression rows per language. With --diff, lists the
gold expressions missed or valued differently and the expressions the gold does not have.
Without --no-tense, the tense of the governing verb comes from the spaCy parse.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from communique.records import Tense, Timex  # noqa: E402
from communique.temporal import TimeTagger  # noqa: E402

GOLD = ROOT / "tests" / "data" / "gold" / "dev"
SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score"  # ../shared beside the clone
TenseFn = Callable[[int, int], Tense | None]


def load_gold(gold_dir: Path) -> list[dict[str, Any]]:
    """The gold documents, in file order."""
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))]


def tense_functions(docs: Iterable[dict[str, Any]]) -> dict[str, TenseFn]:
    """For each document id, the parse-based tense of the verb governing a span."""
    from communique.clause import TenseCues, tense_at
    from communique.nlp import load_parser
    from communique.resources import load_language_config

    docs = list(docs)
    out: dict[str, TenseFn] = {}
    for code in sorted({d["language"] for d in docs}):
        parser = load_parser(load_language_config(code))
        cues = TenseCues.for_language(code)
        mine = [d for d in docs if d["language"] == code]
        for doc, parse in zip(mine, parser.parse_many(d["text"] for d in mine), strict=True):
            out[doc["id"]] = _bind(parse, cues, tense_at)
    return out


def _bind(parse: Any, cues: Any, tense_at: Any) -> TenseFn:
    def tense(start: int, end: int) -> Tense | None:
        value: Tense | None = tense_at(parse, start, end, cues)
        return value

    return tense


def result_json(doc: dict[str, Any], text: str, timexes: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """A communique.result/1 object with the time expressions only."""
    return {
        "schema": "communique.result/1",
        "doc": {"id": doc["id"], "language": doc["language"], "issuer": doc.get("issuer"),
                "published": doc.get("published"), "title": None, "text": text},
        "entities": [], "timexes": list(timexes), "events": [], "warnings": [],
    }


def timex_dict(t: Timex) -> dict[str, Any]:
    return {"id": t.id, "start": t.start, "end": t.end, "text": t.text, "type": t.type,
            "value": t.value, "rule": t.rule}


def run_communique(docs: list[dict[str, Any]], out: Path, *, tense: bool) -> dict[str, list[Timex]]:
    """Tag every document and write its result file; returns the timexes by document id."""
    out.mkdir(parents=True, exist_ok=True)
    taggers = {code: TimeTagger.for_language(code) for code in {d["language"] for d in docs}}
    tenses = tense_functions(docs) if tense else {}
    found: dict[str, list[Timex]] = {}
    for doc in docs:
        published = dt.date.fromisoformat(doc["published"]) if doc.get("published") else None
        timexes = taggers[doc["language"]].tag(doc["text"], published=published, tense_at=tenses.get(doc["id"]))
        found[doc["id"]] = timexes
        res = result_json(doc, doc["text"], (timex_dict(t) for t in timexes))
        (out / f"{doc['id']}.json").write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
    return found


def score(scorer: Path, gold: Path, system: Path) -> dict[str, Any]:
    """Run the shared scorer and return its JSON summary."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        target = Path(f.name)
    subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--system", str(system),
                    "--json", str(target)], check=True, capture_output=True, text=True)
    summary: dict[str, Any] = json.loads(target.read_text(encoding="utf-8"))
    target.unlink()
    return summary


def timex_rows(summary: dict[str, Any]) -> str:
    """The time-expression rows of a scorer summary, per language."""
    lines = [f"{'':6}{'row':22}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'sys':>6}"]
    for lang in ("all", "fr", "en"):
        for row in ("timex_span", "timex_value"):
            r = summary[lang][row]
            lines.append(f"{lang:6}{row:22}{r['p']:7.3f}{r['r']:7.3f}{r['f1']:7.3f}{r['gold']:6d}{r['sys']:6d}")
    return "\n".join(lines)


def differences(docs: list[dict[str, Any]], found: dict[str, list[Timex]]) -> list[str]:
    """Gold expressions missed or valued differently, and spurious ones (text containment match)."""
    lines = []
    for doc in docs:
        mine = [(t.text.replace("\n", " "), t.value, t.rule) for t in found.get(doc["id"], [])]
        used: set[int] = set()
        for g in doc["timexes"]:
            gt = " ".join(g["text"].split()).lower()
            hit = next((k for k, (st, _, _) in enumerate(mine)
                        if k not in used and (st.lower() in gt or gt in st.lower())), None)
            if hit is None:
                lines.append(f"{doc['id']:24} MISSED   {g['text']!r} = {g['value']}")
                continue
            used.add(hit)
            if mine[hit][1] != g["value"]:
                lines.append(f"{doc['id']:24} VALUE    {g['text']!r} = {g['value']}, "
                             f"got {mine[hit][1]} ({mine[hit][2]})")
        for k, (st, sv, rule) in enumerate(mine):
            if k not in used:
                lines.append(f"{doc['id']:24} SPURIOUS {st!r} = {sv} ({rule})")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--scorer", type=Path, default=SCORER)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "temporal-dev")
    ap.add_argument("--no-tense", action="store_true", help="do not parse: no tense for undated expressions")
    ap.add_argument("--diff", action="store_true", help="list the differences with the gold")
    a = ap.parse_args()
    docs = load_gold(a.gold)
    found = run_communique(docs, a.out, tense=not a.no_tense)
    print(timex_rows(score(a.scorer, a.gold, a.out)))
    if a.diff:
        print("\n".join(differences(docs, found)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
