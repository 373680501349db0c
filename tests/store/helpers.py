"""Counts computed straight from result dicts, to compare with what the store holds."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from communique.store import TABLE_NAMES, Store

DyadKey = tuple[str | None, str | None, str, dt.date | None]


def table_counts(store: Store) -> dict[str, int]:
    """Rows per table of the store."""
    return {table: store.query(f"SELECT count(*) FROM {table}").rows[0][0] for table in TABLE_NAMES}


def expected_counts(results: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    """Rows per table that these results should give."""
    counts: Counter[str] = Counter()
    for result in results:
        counts["documents"] += 1
        counts["entities"] += len(result["entities"])
        counts["mentions"] += sum(len(e["mentions"]) for e in result["entities"])
        counts["timexes"] += len(result["timexes"])
        counts["events"] += len(result["events"])
        counts["event_participants"] += sum(
            len(v["actor"]) + len(v["recipient"]) + len(v["about"]) + (v["location"] is not None)
            for v in result["events"])
    return {table: counts[table] for table in TABLE_NAMES}


def expected_dyads(results: Iterable[Mapping[str, Any]]) -> dict[DyadKey, tuple[int, int]]:
    """(actor code, recipient code, type, month) -> (events, documents), as `events_by_dyad_month` counts them."""
    events: Counter[DyadKey] = Counter()
    docs: dict[DyadKey, set[str]] = defaultdict(set)
    for result in results:
        codes = {e["id"]: e["code"] for e in result["entities"]}
        for event in result["events"]:
            actors = sorted({codes[i] for i in event["actor"] if codes[i]}) or [None]
            recipients = sorted({codes[i] for i in event["recipient"] if codes[i]}) or [None]
            found = re.match(r"(\d{4})-(\d{2})(?!\d)", event["date"]["value"] or "")
            month = dt.date(int(found[1]), int(found[2]), 1) if found else None
            for actor in actors:
                for recipient in recipients:
                    key = (actor, recipient, event["type"], month)
                    events[key] += 1
                    docs[key].add(result["doc"]["id"])
    return {key: (n, len(docs[key])) for key, n in events.items()}
