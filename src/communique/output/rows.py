"""Flat, fixed-column rows of results: one per event and one per document.

Every function takes a ``communique.result/1`` dict (``Result.to_dict()`` or a result read back
from a file). The Arrow schemas match the rows, so that a batch writer can do
``pyarrow.Table.from_pylist(event_rows(r), schema=EVENTS_ARROW_SCHEMA)``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pyarrow as pa

from communique.temporal.values import calendar_day

EVENT_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "language",
    "issuer",
    "published",
    "event_id",
    "type",
    "mode",
    "contexts",
    "status",
    "date",
    "day",
    "date_basis",
    "actor_codes",
    "actor_names",
    "recipient_codes",
    "recipient_names",
    "about_codes",
    "about_names",
    "location_name",
    "location_code",
    "trigger_text",
    "evidence_text",
    "evidence_start",
    "evidence_end",
    "rule",
    "confidence",
)

DOCUMENT_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "language",
    "issuer",
    "published",
    "title",
    "source",
    "n_entities",
    "n_timexes",
    "n_events",
    "warnings",
)

# List columns of the event rows (joined with ';' in CSV).
LIST_COLUMNS = frozenset(
    {"contexts", "actor_codes", "actor_names", "recipient_codes", "recipient_names", "about_codes", "about_names"}
)

_STRINGS = pa.list_(pa.string())

EVENTS_ARROW_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("language", pa.string()),
        ("issuer", pa.string()),
        ("published", pa.date32()),
        ("event_id", pa.string()),
        ("type", pa.string()),
        ("mode", pa.string()),
        ("contexts", _STRINGS),
        ("status", pa.string()),
        ("date", pa.string()),
        ("day", pa.date32()),
        ("date_basis", pa.string()),
        ("actor_codes", _STRINGS),
        ("actor_names", _STRINGS),
        ("recipient_codes", _STRINGS),
        ("recipient_names", _STRINGS),
        ("about_codes", _STRINGS),
        ("about_names", _STRINGS),
        ("location_name", pa.string()),
        ("location_code", pa.string()),
        ("trigger_text", pa.string()),
        ("evidence_text", pa.string()),
        ("evidence_start", pa.int64()),
        ("evidence_end", pa.int64()),
        ("rule", pa.string()),
        ("confidence", pa.float64()),
    ]
)

DOCUMENTS_ARROW_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("language", pa.string()),
        ("issuer", pa.string()),
        ("published", pa.date32()),
        ("title", pa.string()),
        ("source", pa.string()),
        ("n_entities", pa.int64()),
        ("n_timexes", pa.int64()),
        ("n_events", pa.int64()),
        ("warnings", _STRINGS),
    ]
)



def entity_index(result: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    """The result's entities by id."""
    return {e["id"]: e for e in result.get("entities", ())}


def codes_of(ids: Iterable[str], entities: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """Sorted, unique actor codes of the entities ``ids`` names (entities without a code add none)."""
    return sorted({code for i in ids if (code := (entities.get(i) or {}).get("code"))})


def names_of(ids: Iterable[str], entities: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """Names of the entities ``ids`` names, in the event's order, each once."""
    names: list[str] = []
    for i in ids:
        entity = entities.get(i)
        name = entity.get("name") if entity else None
        if name and name not in names:
            names.append(name)
    return names


def event_rows(result: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One row per event, with the columns of :data:`EVENT_COLUMNS` in that order."""
    doc = result["doc"]
    entities = entity_index(result)
    head = {
        "doc_id": doc["id"],
        "language": doc.get("language"),
        "issuer": doc.get("issuer"),
        "published": calendar_day(doc.get("published")),
    }
    return [_event_row(head, event, entities) for event in result.get("events", ())]


def _event_row(
    head: Mapping[str, Any], event: Mapping[str, Any], entities: Mapping[str, Mapping[str, Any]]
) -> dict[str, Any]:
    date = event.get("date") or {}
    location = entities.get(event["location"]) if event.get("location") else None
    trigger = event.get("trigger") or {}
    evidence = event.get("evidence") or {}
    actor: Sequence[str] = event.get("actor", ())
    recipient: Sequence[str] = event.get("recipient", ())
    about: Sequence[str] = event.get("about", ())
    return {
        **head,
        "event_id": event["id"],
        "type": event["type"],
        "mode": event.get("mode"),
        "contexts": list(event.get("contexts", ())),
        "status": event.get("status"),
        "date": date.get("value"),
        "day": calendar_day(date.get("value")),
        "date_basis": date.get("basis"),
        "actor_codes": codes_of(actor, entities),
        "actor_names": names_of(actor, entities),
        "recipient_codes": codes_of(recipient, entities),
        "recipient_names": names_of(recipient, entities),
        "about_codes": codes_of(about, entities),
        "about_names": names_of(about, entities),
        "location_name": location.get("name") if location else None,
        "location_code": location.get("code") if location else None,
        "trigger_text": trigger.get("text"),
        "evidence_text": evidence.get("text"),
        "evidence_start": evidence.get("start"),
        "evidence_end": evidence.get("end"),
        "rule": event.get("rule"),
        "confidence": event.get("confidence"),
    }


def document_row(result: Mapping[str, Any]) -> dict[str, Any]:
    """The document's row, with the columns of :data:`DOCUMENT_COLUMNS` in that order."""
    doc = result["doc"]
    return {
        "doc_id": doc["id"],
        "language": doc.get("language"),
        "issuer": doc.get("issuer"),
        "published": calendar_day(doc.get("published")),
        "title": doc.get("title"),
        "source": doc.get("source"),
        "n_entities": len(result.get("entities", ())),
        "n_timexes": len(result.get("timexes", ())),
        "n_events": len(result.get("events", ())),
        "warnings": [w["code"] for w in result.get("warnings", ())],
    }
