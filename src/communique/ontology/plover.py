"""Loads ``data/ontology/plover.yaml`` into an :class:`Ontology`, validating every entry."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType
from typing import get_args

from communique.ontology.entries import Entry
from communique.ontology.model import (
    ActorCode,
    AuxiliaryMode,
    CodingRule,
    Context,
    EventType,
    FutureRule,
    Mode,
    Ontology,
    QuadClass,
    RuleExample,
    Sector,
)
from communique.ontology.strict_yaml import read_yaml_mapping
from communique.records import EventStatus
from communique.resources.files import data_dir

TYPE_NAME = r"[A-Z]+"
MODE_NAME = r"[a-z]+(-[a-z]+)*"
CONTEXT_NAME = r"[a-z]+(_[a-z]+)*"
CODE3 = r"[A-Z]{3}"
STATUSES = frozenset(get_args(EventStatus))


def ontology_path() -> Path:
    """Where the shipped PLOVER data file lives."""
    return data_dir() / "ontology" / "plover.yaml"


def load_ontology(path: Path | None = None) -> Ontology:
    """Reads and validates the PLOVER data file (the shipped one unless ``path`` is given).

    Loads afresh on every call: a caller that needs it often keeps the result.
    Malformed data raises :class:`~communique.errors.InvalidOntology` naming the file and entry.
    """
    path = path or ontology_path()
    top = Entry.top(read_yaml_mapping(path), path)
    top.only(
        "version",
        "source",
        "quad_classes",
        "types",
        "contexts",
        "auxiliary_modes",
        "sectors",
        "actor_codes",
        "future_rules",
        "coding_rules",
    )
    source = top.child("source")
    source.only("title", "url", "licence")
    quad_classes = _quad_classes(top)
    types = _types(top, quad_classes)
    ontology = Ontology(
        version=top.text("version"),
        source_url=source.text("url"),
        licence=source.text("licence"),
        quad_classes=quad_classes,
        types=types,
        contexts=MappingProxyType({n: Context(n, d) for n, d in _named_texts(top, "contexts", CONTEXT_NAME)}),
        auxiliary_modes=_auxiliary_modes(top),
        sectors=_sectors(top),
        actor_codes=MappingProxyType(
            {c: ActorCode(c, d) for c, d in _named_texts(top, "actor_codes", CODE3)}
        ),
        future_rules=tuple(_future_rule(item, types) for item in top.items("future_rules")),
        coding_rules=tuple(_coding_rule(item, types) for item in top.items("coding_rules")),
    )
    _unique_ids(
        top, [rule.id for rule in ontology.future_rules] + [rule.id for rule in ontology.coding_rules]
    )
    return ontology


def _quad_classes(top: Entry) -> MappingProxyType[str, QuadClass]:
    found: dict[str, QuadClass] = {}
    for name, entry in top.children("quad_classes"):
        entry.only("code", "label")
        code = entry.number("code")
        if code not in (1, 2, 3, 4):
            raise entry.fail(f"quad class code must be 1, 2, 3 or 4, not {code:g}", "code")
        found[name] = QuadClass(name, int(code), entry.text("label"))
    return MappingProxyType(found)


def _types(top: Entry, quad_classes: MappingProxyType[str, QuadClass]) -> MappingProxyType[str, EventType]:
    found: dict[str, EventType] = {}
    for name, entry in top.children("types"):
        entry.check_name(name, TYPE_NAME, "event type")
        entry.only(
            "quad_class", "quad_note", "requires_recipient", "score", "score_note", "definition", "modes"
        )
        quad = entry.text("quad_class")
        if quad not in quad_classes:
            raise entry.fail(f"unknown quad class {quad!r} (known: {', '.join(quad_classes)})", "quad_class")
        modes: dict[str, Mode] = {}
        for mode_name, mode in entry.children("modes"):
            mode.check_name(mode_name, MODE_NAME, "mode")
            mode.only("description", "score")
            modes[mode_name] = Mode(mode_name, mode.text("description"), _optional_score(mode))
        notes = tuple(n for n in (entry.optional_text("quad_note"), entry.optional_text("score_note")) if n)
        found[name] = EventType(
            name=name,
            definition=entry.text("definition"),
            quad_class=quad,
            quad_code=quad_classes[quad].code,
            requires_recipient=entry.flag("requires_recipient"),
            score=_required_score(entry),
            modes=MappingProxyType(modes),
            notes=notes,
        )
    return MappingProxyType(found)


def _required_score(entry: Entry) -> float:
    score = _optional_score(entry)
    if score is None:
        raise entry.fail("is missing", "score")
    return score


def _optional_score(entry: Entry) -> float | None:
    score = entry.optional_number("score")
    if score is not None and not -10.0 <= score <= 10.0:
        raise entry.fail(f"must lie in [-10, 10], not {score:g}", "score")
    return score


def _named_texts(top: Entry, key: str, pattern: str) -> list[tuple[str, str]]:
    group = top.child(key)
    pairs = list(top.texts(key))
    for name, _ in pairs:
        group.check_name(name, pattern, key.rstrip("s").replace("_", " "))
    return pairs


def _auxiliary_modes(top: Entry) -> MappingProxyType[str, AuxiliaryMode]:
    found: dict[str, AuxiliaryMode] = {}
    for name, entry in top.children("auxiliary_modes"):
        entry.only("description", "status")
        status = entry.optional_text("status")
        if status is not None and status not in STATUSES:
            raise entry.fail(f"unknown status {status!r} (known: {', '.join(sorted(STATUSES))})", "status")
        found[name] = AuxiliaryMode(name, entry.text("description"), status)
    return MappingProxyType(found)


def _sectors(top: Entry) -> MappingProxyType[str, Sector]:
    found: dict[str, Sector] = {}
    for code, entry in top.children("sectors"):
        entry.check_name(code, CODE3, "sector code")
        entry.only("description", "frequent")
        found[code] = Sector(code, entry.text("description"), entry.flag("frequent"))
    return MappingProxyType(found)


def _known_type(entry: Entry, key: str, name: str, types: MappingProxyType[str, EventType]) -> str:
    if name not in types:
        raise entry.fail(f"unknown event type {name!r}", key)
    return name


def _known_status(entry: Entry, key: str, status: str) -> str:
    if status not in STATUSES:
        raise entry.fail(f"unknown status {status!r} (known: {', '.join(sorted(STATUSES))})", key)
    return status


def _future_rule(entry: Entry, types: MappingProxyType[str, EventType]) -> FutureRule:
    entry.only("id", "section", "statuses", "types", "becomes", "rule", "examples")
    examples = []
    for example in entry.items("examples"):
        example.only("type", "status", "expect")
        examples.append(
            RuleExample(
                type=_known_type(example, "type", example.text("type"), types),
                status=_known_status(example, "status", example.text("status")),
                expect=_known_type(example, "expect", example.text("expect"), types),
            )
        )
    return FutureRule(
        id=entry.text("id"),
        section=entry.text("section"),
        rule=entry.text("rule"),
        types=frozenset(_known_type(entry, "types", t, types) for t in entry.names("types")),
        statuses=frozenset(_known_status(entry, "statuses", s) for s in entry.names("statuses")),
        becomes=_known_type(entry, "becomes", entry.text("becomes"), types),
        examples=tuple(examples),
    )


def _coding_rule(entry: Entry, types: MappingProxyType[str, EventType]) -> CodingRule:
    entry.only("id", "section", "rule", "type", "mode")
    type_name = entry.optional_text("type")
    mode = entry.optional_text("mode")
    if type_name is not None:
        _known_type(entry, "type", type_name, types)
        if mode is not None and mode not in types[type_name].modes:
            raise entry.fail(f"{mode!r} is not a mode of {type_name}", "mode")
    elif mode is not None:
        raise entry.fail("a mode needs a type", "mode")
    return CodingRule(entry.text("id"), entry.text("section"), entry.text("rule"), type_name, mode)


def _unique_ids(top: Entry, ids: list[str]) -> None:
    seen: set[str] = set()
    for rule_id in ids:
        if rule_id in seen:
            raise top.fail(f"rule id {rule_id!r} is used twice")
        seen.add(rule_id)
