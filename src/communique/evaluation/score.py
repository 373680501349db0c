"""Precision, recall and F1 for time expressions, entities and events; accuracies of their attributes.

The figures are the project's contract with its annotators (``ANNOTATION.md``): a time
expression matches a gold one when one text contains the other and they lie at about the
same relative place in the document; an entity matches by Wikidata id, by name, or (two
people of one state) by surname; an event matches by type and shared participants.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from communique.evaluation.text import collapse_spaces, fold, name_key

VAGUE_REFS = frozenset({"PAST_REF", "FUTURE_REF"})
# Bare adjectives of time are not annotated; a system that tags them is not penalized.
IGNORED_ADJECTIVES = frozenset({
    "recent", "current", "upcoming", "previous", "latest", "former", "recente", "recentes", "recents",
    "actuel", "actuelle", "actuels", "actuelles", "prochain", "prochaine",
})
# How far apart (as a fraction of the document) a system and a gold time expression may lie.
TIMEX_WINDOW = 0.15

COUNT_NAMES = ("timex_span", "timex_value", "timex_value_lenient", "entities", "entities_typed",
               "events", "events_strict", "event_types_bag")
ACCURACY_NAMES = ("timex_value_acc", "entity_code_acc", "event_mode_acc", "event_date_acc", "event_status_acc")


@dataclass
class PRF:
    """True positives against gold and system counts."""

    tp: int = 0
    gold: int = 0
    sys: int = 0

    def add(self, tp: int, gold: int, sys: int) -> None:
        self.tp += tp
        self.gold += gold
        self.sys += sys

    @property
    def precision(self) -> float:
        return self.tp / self.sys if self.sys else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Accuracy:
    """Right answers out of those counted."""

    right: int = 0
    n: int = 0

    def add(self, ok: bool) -> None:
        self.right += bool(ok)
        self.n += 1

    @property
    def value(self) -> float:
        return self.right / self.n if self.n else 0.0


@dataclass
class Scores:
    """All figures for a set of documents."""

    docs: int = 0
    counts: dict[str, PRF] = field(default_factory=lambda: {k: PRF() for k in COUNT_NAMES})
    accuracies: dict[str, Accuracy] = field(default_factory=lambda: {k: Accuracy() for k in ACCURACY_NAMES})
    event_types: dict[str, PRF] = field(default_factory=dict)  # events matched per PLOVER type

    def f1(self, name: str) -> float:
        return self.counts[name].f1

    def accuracy(self, name: str) -> float:
        return self.accuracies[name].value

    def to_dict(self) -> dict[str, Any]:
        """The figures as the scorer's ``--json`` writes them (rounded to 4 places)."""
        out: dict[str, Any] = {"docs": self.docs}
        for k, c in self.counts.items():
            out[k] = {"p": round(c.precision, 4), "r": round(c.recall, 4), "f1": round(c.f1, 4),
                      "gold": c.gold, "sys": c.sys}
        for k, a in self.accuracies.items():
            out[k] = {"acc": round(a.value, 4), "n": a.n}
        return out


@dataclass
class Report:
    """Scores overall, per language, and the gold documents that had no result."""

    overall: Scores
    by_language: dict[str, Scores]
    missing: list[str]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"all": self.overall.to_dict()}
        out.update({lang: s.to_dict() for lang, s in sorted(self.by_language.items())})
        out["missing"] = self.missing
        return out


def score(golds: Iterable[Mapping[str, Any]], results: Mapping[str, Mapping[str, Any]]) -> Report:
    """Score results (by document id) against gold documents."""
    overall = Scores()
    by_language: dict[str, Scores] = {}
    missing: list[str] = []
    for gold in golds:
        res = results.get(gold["id"])
        if res is None:
            missing.append(gold["id"])
            res = {}
        lang = by_language.setdefault(gold["language"], Scores())
        for s in (overall, lang):
            score_document(gold, res, s)
            s.docs += 1
    return Report(overall=overall, by_language=by_language, missing=missing)


def score_document(gold: Mapping[str, Any], res: Mapping[str, Any], into: Scores) -> None:
    """Add one document's counts."""
    _score_timexes(gold, res, into)
    _score_entities(gold, res, into)
    _score_events(gold, res, into)


def same_value(system: str, gold: str) -> bool:
    """Equal TIMEX3 values; vague past/future references and ``PX<unit>`` count as one."""
    if system == gold:
        return True
    return _vague(system) and _vague(gold)


def _vague(value: str) -> bool:
    return value in VAGUE_REFS or re.fullmatch(r"PX[DWMY]", value) is not None


def _score_timexes(gold: Mapping[str, Any], res: Mapping[str, Any], into: Scores) -> None:
    gold_text, _ = collapse_spaces(gold["text"])
    gold_folded = fold(gold_text)
    gold_len = max(1, len(gold_text))
    sys_text = (res.get("doc") or {}).get("text") or gold["text"]
    _, sys_where = collapse_spaces(sys_text)
    sys_len = max(1, sys_where[-1])

    gold_items: list[tuple[float, str, Mapping[str, Any]]] = []
    pos = 0
    for g in gold.get("timexes", []):
        needle = fold(g["text"])
        m = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)").search(gold_folded, pos)
        i = m.start() if m else gold_folded.find(needle, pos)
        if i < 0:
            i = pos
        gold_items.append((i / gold_len, needle, g))
        pos = i + 1

    sys_items: list[tuple[float | None, str, Mapping[str, Any]]] = []
    for s in res.get("timexes") or []:
        text = fold(s.get("text", ""))
        if text in IGNORED_ADJECTIVES:
            continue
        start = s.get("start")
        rel = None
        if isinstance(start, int):
            rel = sys_where[min(max(start, 0), len(sys_where) - 1)] / sys_len
        sys_items.append((rel, text, s))

    used: set[int] = set()
    matched = strict = lenient = 0
    for g_rel, g_text, g in gold_items:
        best: int | None = None
        best_dist = 0.0
        for k, (s_rel, s_text, _) in enumerate(sys_items):
            if k in used or not s_text or not (s_text in g_text or g_text in s_text):
                continue
            dist = abs(s_rel - g_rel) if s_rel is not None else 0.5
            if dist <= TIMEX_WINDOW and (best is None or dist < best_dist):
                best, best_dist = k, dist
        if best is None:
            continue
        used.add(best)
        matched += 1
        sv, gv = str(sys_items[best][2].get("value")), str(g["value"])
        ok = same_value(sv, gv)
        strict += ok
        lenient += ok or (sv[:10] == gv[:10] and len(gv) >= 10)
        into.accuracies["timex_value_acc"].add(ok)
    n_gold, n_sys = len(gold_items), len(sys_items)
    into.counts["timex_span"].add(matched, n_gold, n_sys)
    into.counts["timex_value"].add(strict, n_gold, n_sys)
    into.counts["timex_value_lenient"].add(lenient, n_gold, n_sys)


def _entity_match(g: Mapping[str, Any], s: Mapping[str, Any]) -> bool:
    if g.get("wikidata") and s.get("wikidata") and g["wikidata"] == s["wikidata"]:
        return True
    gk, sk = name_key(g.get("name", "")), name_key(s.get("name", ""))
    if gk and gk == sk:
        return True
    if g.get("type") == s.get("type") == "PERSON" and g.get("code") == s.get("code"):
        g_last, s_last = gk.split()[-1:], sk.split()[-1:]
        return bool(g_last) and g_last == s_last
    return False


def _score_entities(gold: Mapping[str, Any], res: Mapping[str, Any], into: Scores) -> None:
    gold_entities = gold.get("entities", [])
    sys_entities = res.get("entities") or []
    used: set[int] = set()
    matched = typed = 0
    for g in gold_entities:
        for k, s in enumerate(sys_entities):
            if k not in used and _entity_match(g, s):
                used.add(k)
                matched += 1
                typed += g.get("type") == s.get("type")
                into.accuracies["entity_code_acc"].add(g.get("code") == s.get("code"))
                break
    into.counts["entities"].add(matched, len(gold_entities), len(sys_entities))
    into.counts["entities_typed"].add(typed, len(gold_entities), len(sys_entities))


def _system_events(res: Mapping[str, Any]) -> list[dict[str, Any]]:
    code_of = {e.get("id"): e.get("code") for e in res.get("entities") or []}

    def codes(items: Any) -> set[str]:
        out: set[str] = set()
        for it in items or []:
            code = it.get("code") if isinstance(it, dict) else code_of.get(it)
            if code:
                out.add(code)
        return out

    events = []
    for v in res.get("events") or []:
        date = v.get("date")
        if isinstance(date, dict):
            date = date.get("value")
        events.append({"type": v.get("type"), "mode": v.get("mode"), "status": v.get("status"),
                       "date": date, "actor": codes(v.get("actor")), "recipient": codes(v.get("recipient"))})
    return events


def match_events(gold: Mapping[str, Any], res: Mapping[str, Any]) -> list[tuple[int, int]]:
    """The (gold index, system index) pairs the scorer matches: same type, shared participants, best first."""
    gold_events = [{**g, "actor": set(g.get("actor", [])), "recipient": set(g.get("recipient", []))}
                   for g in gold.get("events", [])]
    sys_events = _system_events(res)
    candidates: list[tuple[float, int, int]] = []
    for i, g in enumerate(gold_events):
        g_parts = g["actor"] | g["recipient"]
        for k, s in enumerate(sys_events):
            if s["type"] != g["type"]:
                continue
            s_parts = s["actor"] | s["recipient"]
            if not g_parts & s_parts:
                continue
            weight = len(g_parts & s_parts) / len(g_parts | s_parts)
            weight += 0.1 * (s["date"] == g.get("date")) + 0.05 * (s["status"] == g.get("status"))
            weight += 0.05 * (s["mode"] == g.get("mode"))
            candidates.append((weight, i, k))
    candidates.sort(reverse=True)
    gold_used: set[int] = set()
    sys_used: set[int] = set()
    pairs = []
    for _, i, k in candidates:
        if i not in gold_used and k not in sys_used:
            gold_used.add(i)
            sys_used.add(k)
            pairs.append((i, k))
    return pairs


def _score_events(gold: Mapping[str, Any], res: Mapping[str, Any], into: Scores) -> None:
    gold_events = [{**g, "actor": set(g.get("actor", [])), "recipient": set(g.get("recipient", []))}
                   for g in gold.get("events", [])]
    sys_events = _system_events(res)
    pairs = [(gold_events[i], sys_events[k]) for i, k in match_events(gold, res)]
    strict = 0
    for g, s in pairs:
        strict += g["actor"] == s["actor"] and g["recipient"] == s["recipient"]
        if g.get("mode"):
            into.accuracies["event_mode_acc"].add(s["mode"] == g["mode"])
        if g.get("date"):
            into.accuracies["event_date_acc"].add(s["date"] == g["date"])
        into.accuracies["event_status_acc"].add(s["status"] == g.get("status"))
    into.counts["events"].add(len(pairs), len(gold_events), len(sys_events))
    into.counts["events_strict"].add(strict, len(gold_events), len(sys_events))
    gold_types = Counter(g["type"] for g in gold_events)
    sys_types = Counter(s["type"] for s in sys_events)
    matched_types = Counter(g["type"] for g, _ in pairs)
    for event_type in sorted(set(gold_types) | set(sys_types)):
        into.event_types.setdefault(event_type, PRF()).add(matched_types[event_type], gold_types[event_type],
                                                          sys_types[event_type])
    bag = sum(min(n, sys_types[t]) for t, n in gold_types.items())
    into.counts["event_types_bag"].add(bag, len(gold_events), len(sys_events))
