"""PLOVER JSON records: one per event, with the field names of the PLOVER manual.

Field names follow the "Data Fields" chapter of the PLOVER manual, DRAFT Version 2.0
(``PLOVER_MANUAL.tex`` of https://github.com/openeventdata/PLOVER at commit
840dbef23bdefca65510af2ebc2aa71041b8c685, the version ``data/ontology/plover.yaml`` was read
from): the record table (``id``, ``date``, ``time``, ``actor``, ``recipient``, ``event``,
``event_loc``, ``event_text``, ``quad_code``, ``event_scale``, ``mode``, ``context``, ``text``,
``text_info``, ``cite_info``, ``coder``, ``comment``), the entity object (``code``, ``sector``,
``entity_text``, ``identifier_id``, ``identifier_text``, ``office``), the text object
(``start``, ``end``), the citation object (``citation``, ``url``, ``title``, ``language``,
``publication``, ``coder``, ``codebook``) and the location object (``extracted_place``,
``resolved_place``, ``country_code``). The manual allows fields of one's own; ours are
``entity_id`` in entity objects, ``trigger``/``language`` in ``text_info``,
``source``/``published`` in ``cite_info`` and the whole ``communique`` object, which keeps
the event as communique coded it (type, mode, status, date, rule, confidence).

Rules of the manual applied here: a planned CONSULT/SUPPORT/COOPERATE/AID is written as AGREE
and a planned RETREAT as CONCEDE (``Ontology.export_type``); other statuses go into
``context`` as the auxiliary mode the manual names (``future``, ``hypothetical``,
``negation``), because "PLOVER assumes that the coding engine will [...] put that
information in the context".
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from communique.ontology.model import Ontology
from communique.ontology.plover import load_ontology
from communique.output.rows import entity_index
from communique.temporal.values import calendar_day

_TIME_OF_DAY = re.compile(r"\d{4}-\d{2}-\d{2}T(\d{2}:\d{2}(:\d{2})?)")


def plover_records(result: Mapping[str, Any], *, ontology: Ontology | None = None) -> list[dict[str, Any]]:
    """The PLOVER records of a result, one per event (pass ``ontology`` when exporting many results)."""
    ontology = ontology or load_ontology()
    doc = result["doc"]
    entities = entity_index(result)
    meta = result.get("meta") or {}
    coder = f"communique {meta['communique']}" if meta.get("communique") else "communique"
    cite = _cite_info(doc, coder, meta.get("ontology") or ontology.version)
    auxiliary = {mode.status: name for name, mode in ontology.auxiliary_modes.items() if mode.status}
    return [_record(event, doc, entities, cite, coder, ontology, auxiliary) for event in result.get("events", ())]


def _record(
    event: Mapping[str, Any],
    doc: Mapping[str, Any],
    entities: Mapping[str, Mapping[str, Any]],
    cite: Mapping[str, Any],
    coder: str,
    ontology: Ontology,
    auxiliary: Mapping[str, str],
) -> dict[str, Any]:
    type_, mode, status = event["type"], event.get("mode"), event["status"]
    exported = ontology.export_type(type_, status)
    exported_mode = ontology.export_mode(type_, mode, status)
    context = list(event.get("contexts", ()))
    if exported == type_ and status in auxiliary:
        context.append(auxiliary[status])  # no single category says it: the auxiliary mode does
    date = event.get("date") or {}
    evidence = event.get("evidence") or {}
    trigger = event.get("trigger") or {}
    span = (evidence.get("start", 0), evidence.get("end", 0))
    location = entities.get(event["location"]) if event.get("location") else None
    return {
        "id": f"{doc['id']}-{event['id']}",
        "date": _iso_day(date.get("value")),
        "time": _time_of_day(date.get("value")),
        "actor": [_entity(entities[i], span) for i in event.get("actor", ()) if i in entities],
        "recipient": [_entity(entities[i], span) for i in event.get("recipient", ()) if i in entities],
        "event": [exported],
        "event_loc": _location(location, span) if location else None,
        "event_text": [trigger["text"]] if trigger.get("text") else [],
        "quad_code": ontology.event_type(exported).quad_code,
        "event_scale": ontology.score(exported, exported_mode),
        "mode": [exported_mode] if exported_mode else [],
        "context": context,
        "text": evidence.get("text"),
        "text_info": {
            "start": evidence.get("start"),
            "end": evidence.get("end"),
            "trigger": {k: trigger.get(k) for k in ("start", "end", "text")},
            "language": doc.get("language"),
        },
        "cite_info": dict(cite),
        "coder": coder,
        "comment": _comment(type_, exported, status),
        "communique": {
            "doc_id": doc["id"],
            "event_id": event["id"],
            "type": type_,
            "mode": mode,
            "status": status,
            "date": {k: date.get(k) for k in ("value", "timex", "basis")},
            "about": [_entity(entities[i], span) for i in event.get("about", ()) if i in entities],
            "rule": event.get("rule"),
            "confidence": event.get("confidence"),
        },
    }


def _cite_info(doc: Mapping[str, Any], coder: str, codebook: str) -> dict[str, Any]:
    source = doc.get("source")
    return {
        "citation": doc["id"],
        "url": source if isinstance(source, str) and source.startswith(("http://", "https://")) else None,
        "title": doc.get("title"),
        "language": doc.get("language"),
        "publication": doc.get("issuer"),
        "coder": coder,
        "codebook": codebook,
        "source": source,
        "published": doc.get("published"),
    }


def _entity(entity: Mapping[str, Any], span: tuple[int, int]) -> dict[str, Any]:
    return {
        "code": entity.get("code"),
        "sector": entity.get("sector"),
        "entity_text": _mention_text(entity, span),
        "identifier_id": entity.get("wikidata"),
        "identifier_text": entity.get("name"),
        "office": entity.get("office"),
        "entity_id": entity["id"],
    }


def _location(entity: Mapping[str, Any], span: tuple[int, int]) -> dict[str, Any]:
    return {
        "extracted_place": _mention_text(entity, span),
        "resolved_place": entity.get("name"),
        "country_code": entity.get("code"),
        "entity_id": entity["id"],
    }


def _mention_text(entity: Mapping[str, Any], span: tuple[int, int]) -> str:
    """How the evidence names the entity (its first mention there), else its first name mention."""
    mentions: Sequence[Mapping[str, Any]] = entity.get("mentions", ())
    inside = [m for m in mentions if span[0] <= m["start"] and m["end"] <= span[1]]
    named = [m for m in mentions if m.get("kind") == "name"]
    for group in (inside, named, mentions):
        if group:
            return str(min(group, key=lambda m: m["start"])["text"])
    return str(entity.get("name", ""))


def _iso_day(value: str | None) -> str | None:
    day = calendar_day(value)
    return day.isoformat() if day else None


def _time_of_day(value: str | None) -> str | None:
    found = _TIME_OF_DAY.match(value or "")
    return found.group(1) if found else None


def _comment(type_: str, exported: str, status: str) -> str | None:
    if exported == type_:
        return None
    return f"coded {type_} with status {status}; written as {exported} by the manual's rule for future events"
