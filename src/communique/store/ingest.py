"""Result dicts (``communique.result/1``) to the rows of the store's tables, as Arrow tables.

Rows are built column-wise in Python lists and handed to DuckDB as Arrow tables, so that one
``INSERT … SELECT`` fills a table for a whole batch of documents. A result that lacks a
required field or holds a value of the wrong kind raises before anything is written.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from communique.errors import CommuniqueError, InvalidValue, MissingField
from communique.temporal.values import calendar_day

_STR = pa.string()
_INT = pa.int32()
_SPAN_FIELDS = [("start", _INT), ("end", _INT), ("text", _STR)]

# Arrow schemas of the rows; the field names are the columns of schema.py's tables.
ARROW_SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema([
        ("doc_id", _STR), ("language", _STR), ("issuer", _STR), ("published", pa.date32()),
        ("published_from", _STR), ("title", _STR), ("source", _STR), ("text", _STR),
        ("n_entities", _INT), ("n_timexes", _INT), ("n_events", _INT),
        ("warnings", pa.list_(pa.struct([("code", _STR), ("message", _STR)]))),
        ("ontology", _STR), ("communique", _STR), ("ingested_at", pa.timestamp("us")),
    ]),
    "entities": pa.schema([
        ("doc_id", _STR), ("entity_id", _STR), ("name", _STR), ("type", _STR), ("code", _STR),
        ("sector", _STR), ("office", _STR), ("wikidata", _STR), ("kb", _STR),
    ]),
    "mentions": pa.schema([("doc_id", _STR), ("entity_id", _STR), *_SPAN_FIELDS, ("kind", _STR)]),
    "timexes": pa.schema([
        ("doc_id", _STR), ("timex_id", _STR), *_SPAN_FIELDS, ("type", _STR), ("value", _STR), ("rule", _STR),
    ]),
    "events": pa.schema([
        ("doc_id", _STR), ("event_id", _STR), ("type", _STR), ("mode", _STR), ("contexts", pa.list_(_STR)),
        ("status", _STR), ("date_value", _STR), ("date_basis", _STR), ("date_timex", _STR),
        ("date_day", pa.date32()), ("month", pa.date32()),
        ("trigger_start", _INT), ("trigger_end", _INT), ("trigger_text", _STR),
        ("evidence_start", _INT), ("evidence_end", _INT), ("evidence_text", _STR),
        ("rule", _STR), ("confidence", pa.float64()), ("location_entity", _STR),
    ]),
    "event_participants": pa.schema([
        ("doc_id", _STR), ("event_id", _STR), ("role", _STR), ("position", _INT), ("entity_id", _STR),
        ("code", _STR), ("name", _STR),
    ]),
}

PARTICIPANT_ROLES = ("actor", "recipient", "about")

_MONTH = re.compile(r"^(\d{4})-(\d{2})(?!\d)")


@dataclass
class Rows:
    """The rows of a batch of results, column-wise: ``columns[table][column]`` is a list of values."""

    doc_ids: list[str]
    columns: dict[str, dict[str, list[Any]]]

    def count(self, table: str) -> int:
        """How many rows the batch has for ``table``."""
        first = next(iter(self.columns[table].values()))
        return len(first)

    def arrow(self, table: str) -> pa.Table:
        """The rows of ``table`` as an Arrow table with the store's column types."""
        return pa.Table.from_pydict(self.columns[table], schema=ARROW_SCHEMAS[table])


def timex_month(value: str | None) -> dt.date | None:
    """The first day of the month a TIMEX3 value falls in when it gives a year and a month (``2018-05``)."""
    match = _MONTH.match(value or "")
    if match is None or not 1 <= int(match[2]) <= 12:
        return None
    return dt.date(int(match[1]), int(match[2]), 1)


def build_rows(results: Iterable[Mapping[str, Any]], *, ingested_at: dt.datetime) -> Rows:
    """The rows of every table for these results; a document id given twice keeps its last result."""
    by_id: dict[str, Mapping[str, Any]] = {}
    for index, result in enumerate(results):
        doc = _mapping(result, "doc", f"result #{index + 1}", None)
        doc_id = _text(doc, "id", "doc", None)
        by_id.pop(doc_id, None)
        by_id[doc_id] = result
    columns: dict[str, dict[str, list[Any]]] = {
        table: {name: [] for name in schema.names} for table, schema in ARROW_SCHEMAS.items()
    }
    for doc_id, result in by_id.items():
        try:
            _add_result(columns, doc_id, result, ingested_at)
        except CommuniqueError as exc:
            exc.source = exc.source or doc_id
            raise
    return Rows(doc_ids=list(by_id), columns=columns)


def _add_result(
    columns: dict[str, dict[str, list[Any]]], doc_id: str, result: Mapping[str, Any], ingested_at: dt.datetime
) -> None:
    doc = _mapping(result, "doc", "result", doc_id)
    entities = _list(result, "entities", doc_id)
    timexes = _list(result, "timexes", doc_id)
    events = _list(result, "events", doc_id)
    warnings = [_mapping_item(w, f"warnings[{i}]", doc_id) for i, w in enumerate(_list(result, "warnings", doc_id))]
    meta = result.get("meta") or {}
    _append(columns["documents"], {
        "doc_id": doc_id,
        "language": _text(doc, "language", "doc", doc_id),
        "issuer": _opt(doc, "issuer", "doc", doc_id),
        "published": _date(doc.get("published"), "doc.published", doc_id),
        "published_from": _opt(doc, "published_from", "doc", doc_id),
        "title": _opt(doc, "title", "doc", doc_id),
        "source": _opt(doc, "source", "doc", doc_id),
        "text": _text(doc, "text", "doc", doc_id),
        "n_entities": len(entities),
        "n_timexes": len(timexes),
        "n_events": len(events),
        "warnings": [{"code": _text(w, "code", "warning", doc_id), "message": _text(w, "message", "warning", doc_id)}
                     for w in warnings],
        "ontology": _optional_str(meta.get("ontology")) if isinstance(meta, Mapping) else None,
        "communique": _optional_str(meta.get("communique")) if isinstance(meta, Mapping) else None,
        "ingested_at": ingested_at,
    })
    names: dict[str, tuple[str | None, str]] = {}
    for i, item in enumerate(entities):
        entity = _mapping_item(item, f"entities[{i}]", doc_id)
        _add_entity(columns, doc_id, entity, f"entities[{i}]")
        names[str(entity["id"])] = (entity.get("code"), str(entity["name"]))
    for i, item in enumerate(timexes):
        timex = _mapping_item(item, f"timexes[{i}]", doc_id)
        where = f"timexes[{i}]"
        _append(columns["timexes"], {
            "doc_id": doc_id, "timex_id": _text(timex, "id", where, doc_id), **_span(timex, where, doc_id),
            "type": _text(timex, "type", where, doc_id), "value": _text(timex, "value", where, doc_id),
            "rule": _opt(timex, "rule", where, doc_id),
        })
    for i, item in enumerate(events):
        _add_event(columns, doc_id, _mapping_item(item, f"events[{i}]", doc_id), f"events[{i}]", names)


def _add_entity(columns: dict[str, dict[str, list[Any]]], doc_id: str, entity: Mapping[str, Any], where: str) -> None:
    entity_id = _text(entity, "id", where, doc_id)
    _append(columns["entities"], {
        "doc_id": doc_id, "entity_id": entity_id,
        "name": _text(entity, "name", where, doc_id), "type": _text(entity, "type", where, doc_id),
        **{key: _opt(entity, key, where, doc_id)
           for key in ("code", "sector", "office", "wikidata", "kb")},
    })
    for j, item in enumerate(entity.get("mentions") or ()):
        mention = _mapping_item(item, f"{where}.mentions[{j}]", doc_id)
        _append(columns["mentions"], {
            "doc_id": doc_id, "entity_id": entity_id, **_span(mention, f"{where}.mentions[{j}]", doc_id),
            "kind": _text(mention, "kind", f"{where}.mentions[{j}]", doc_id),
        })


def _add_event(
    columns: dict[str, dict[str, list[Any]]], doc_id: str, event: Mapping[str, Any], where: str,
    names: dict[str, tuple[str | None, str]],
) -> None:
    event_id = _text(event, "id", where, doc_id)
    date = _mapping(event, "date", where, doc_id) if event.get("date") is not None else {}
    value = _opt(date, "value", f"{where}.date", doc_id)
    trigger = _span(_mapping(event, "trigger", where, doc_id), f"{where}.trigger", doc_id)
    evidence = _span(_mapping(event, "evidence", where, doc_id), f"{where}.evidence", doc_id)
    location = _opt(event, "location", where, doc_id)
    confidence = event.get("confidence")
    if confidence is not None and (isinstance(confidence, bool) or not isinstance(confidence, int | float)):
        raise InvalidValue(f"{where}.confidence is not a number: {confidence!r}", source=doc_id)
    _append(columns["events"], {
        "doc_id": doc_id, "event_id": event_id,
        "type": _text(event, "type", where, doc_id), "mode": _opt(event, "mode", where, doc_id),
        "contexts": [str(c) for c in _list(event, "contexts", doc_id, where=where, optional=True)],
        "status": _text(event, "status", where, doc_id),
        "date_value": value,
        "date_basis": _opt(date, "basis", f"{where}.date", doc_id),
        "date_timex": _opt(date, "timex", f"{where}.date", doc_id),
        "date_day": calendar_day(value), "month": timex_month(value),
        "trigger_start": trigger["start"], "trigger_end": trigger["end"], "trigger_text": trigger["text"],
        "evidence_start": evidence["start"], "evidence_end": evidence["end"], "evidence_text": evidence["text"],
        "rule": _opt(event, "rule", where, doc_id),
        "confidence": None if confidence is None else float(confidence),
        "location_entity": location,
    })
    roles = [(role, _list(event, role, doc_id, where=where, optional=True)) for role in PARTICIPANT_ROLES]
    roles.append(("location", [location] if location is not None else []))
    for role, ids in roles:
        for position, entity_id in enumerate(ids):
            if not isinstance(entity_id, str) or entity_id not in names:
                raise InvalidValue(f"{where}.{role} names an unknown entity: {entity_id!r}", source=doc_id)
            code, name = names[entity_id]
            _append(columns["event_participants"], {
                "doc_id": doc_id, "event_id": event_id, "role": role, "position": position,
                "entity_id": entity_id, "code": code, "name": name,
            })


def _append(table: dict[str, list[Any]], row: Mapping[str, Any]) -> None:
    for name, values in table.items():
        values.append(row[name])


def _mapping(obj: Mapping[str, Any], key: str, where: str, doc_id: str | None) -> Mapping[str, Any]:
    if key not in obj or obj[key] is None:
        raise MissingField(f"{where} has no '{key}'", source=doc_id)
    return _mapping_item(obj[key], f"{where}.{key}", doc_id)


def _mapping_item(value: Any, where: str, doc_id: str | None) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise InvalidValue(f"{where} is not an object: {value!r}", source=doc_id)
    return value


def _list(obj: Mapping[str, Any], key: str, doc_id: str, *, where: str = "result", optional: bool = False) -> list[Any]:
    value = obj.get(key)
    if value is None:
        if optional or key == "warnings":
            return []
        raise MissingField(f"{where} has no '{key}'", source=doc_id)
    if not isinstance(value, list | tuple):
        raise InvalidValue(f"{where}.{key} is not a list: {value!r}", source=doc_id)
    return list(value)


def _text(obj: Mapping[str, Any], key: str, where: str, doc_id: str | None) -> str:
    value = obj.get(key)
    if value is None:
        raise MissingField(f"{where} has no '{key}'", source=doc_id)
    if not isinstance(value, str) or not value:
        raise InvalidValue(f"{where}.{key} is not a non-empty string: {value!r}", source=doc_id)
    return value


def _opt(obj: Mapping[str, Any], key: str, where: str, doc_id: str | None) -> str | None:
    value = obj.get(key)
    if value is not None and not isinstance(value, str):
        raise InvalidValue(f"{where}.{key} is not a string: {value!r}", source=doc_id)
    return value


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _span(obj: Mapping[str, Any], where: str, doc_id: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("start", "end"):
        value = obj.get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidValue(f"{where}.{key} is not an integer offset: {value!r}", source=doc_id)
        out[key] = value
    text = obj.get("text")
    if not isinstance(text, str):
        raise InvalidValue(f"{where}.text is not a string: {text!r}", source=doc_id)
    out["text"] = text
    return out


def _date(value: Any, where: str, doc_id: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise InvalidValue(f"{where} is not a date (YYYY-MM-DD): {value!r}", source=doc_id)
