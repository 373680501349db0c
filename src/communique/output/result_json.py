"""The ``communique.result/1`` object (shared/SCHEMA.md is the contract the scorer reads)."""

from __future__ import annotations

import json
from typing import Any

from communique.records import Entity, Event, Result, Span, Timex

SCHEMA_ID = "communique.result/1"


def result_to_dict(result: Result) -> dict[str, Any]:
    """A result as plain JSON-ready data, field names as in the schema."""
    doc = result.doc
    return {
        "schema": SCHEMA_ID,
        "doc": {
            "id": doc.id,
            "language": doc.language,
            "issuer": doc.issuer,
            "published": doc.published.isoformat() if doc.published else None,
            "published_from": doc.published_from,
            "title": doc.title,
            "source": doc.source,
            "text": doc.text,
        },
        "entities": [_entity(e) for e in result.entities],
        "timexes": [_timex(t) for t in result.timexes],
        "events": [_event(v) for v in result.events],
        "warnings": [{"code": w.code, "message": w.message} for w in result.warnings],
        "meta": {"ontology": result.ontology, "communique": result.version, **result.extra},
    }


def result_to_json(result: Result, *, indent: int | None = None) -> str:
    """A result as JSON text (UTF-8, not ASCII-escaped)."""
    return json.dumps(result_to_dict(result), ensure_ascii=False, indent=indent)


def _span(span: Span) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": span.text}


def _entity(e: Entity) -> dict[str, Any]:
    return {
        "id": e.id,
        "name": e.name,
        "type": e.type,
        "code": e.code,
        "sector": e.sector,
        "office": e.office,
        "wikidata": e.wikidata,
        "kb": e.kb_id,
        "mentions": [{"start": m.start, "end": m.end, "text": m.text, "kind": m.kind} for m in e.mentions],
    }


def _timex(t: Timex) -> dict[str, Any]:
    return {
        "id": t.id,
        "start": t.start,
        "end": t.end,
        "text": t.text,
        "type": t.type,
        "value": t.value,
        "rule": t.rule,
    }


def _event(v: Event) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": v.id,
        "type": v.type,
        "mode": v.mode,
        "contexts": list(v.contexts),
        "actor": list(v.actor),
        "recipient": list(v.recipient),
        "about": list(v.about),
        "location": v.location,
        "date": {"value": v.date.value, "timex": v.date.timex, "basis": v.date.basis},
        "status": v.status,
        "trigger": _span(v.trigger),
        "evidence": _span(v.evidence),
        "rule": v.rule,
        "confidence": round(v.confidence, 3),
    }
    if v.evidence_more:
        out["evidence_more"] = [_span(s) for s in v.evidence_more]
    return out
