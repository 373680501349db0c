"""Event rules as data: ``data/lang/<code>/coding/<TYPE>.yaml`` compiled to `EventRule` records."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from communique.errors import InvalidLanguageData
from communique.ontology import Ontology
from communique.resources import language_dir, load_yaml


@dataclass(frozen=True)
class ArgumentSlot:
    """Where an argument is found: the subject, the object, or a prepositional dependent."""

    subject: bool = False
    object: bool = False
    preps: frozenset[str] = frozenset()


@dataclass(frozen=True)
class EventRuleExample:
    """A sentence the rule must code (``expect`` a dict of fields) or must not (``expect`` None)."""

    text: str
    expect: dict[str, Any] | None


@dataclass(frozen=True)
class EventRule:
    """One trigger frame for one PLOVER event type."""

    id: str
    type: str
    lemmas: frozenset[str]
    pos: frozenset[str]
    reflexive: bool
    actor: tuple[ArgumentSlot, ...]
    recipient: tuple[ArgumentSlot, ...]
    requires_recipient: bool
    modes: tuple[tuple[str, frozenset[str]], ...]
    confidence: float
    examples: tuple[EventRuleExample, ...]


def load_rules(code: str, ontology: Ontology) -> tuple[EventRule, ...]:
    """Every rule of a language, checked against the ontology."""
    rules: list[EventRule] = []
    for path in sorted((language_dir(code) / "coding").glob("*.yaml")):
        rules.extend(_load_file(path, ontology))
    return tuple(rules)


def _load_file(path: Path, ontology: Ontology) -> list[EventRule]:
    raw = load_yaml(path) or {}
    event_type = str(raw.get("type"))
    if event_type not in ontology.types:
        raise InvalidLanguageData(f"{path}: unknown PLOVER type {event_type!r}")
    modes_known = set(ontology.types[event_type].modes)
    out = []
    for item in raw.get("rules", []):
        try:
            rule = _rule(item, event_type)
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidLanguageData(f"{path}: rule {item.get('id', '?')!r}: bad or missing {exc}") from exc
        unknown = {m for m, _ in rule.modes} - modes_known
        if unknown:
            raise InvalidLanguageData(f"{path}: rule {rule.id}: modes {sorted(unknown)} not in PLOVER {event_type}")
        out.append(rule)
    return out


def _rule(item: dict[str, Any], event_type: str) -> EventRule:
    trigger = item["trigger"]
    return EventRule(
        id=str(item["id"]),
        type=event_type,
        lemmas=frozenset(str(x).lower() for x in trigger["lemmas"]),
        pos=frozenset(str(x) for x in trigger.get("pos", ["VERB"])),
        reflexive=bool(trigger.get("reflexive", False)),
        actor=tuple(_slot(s) for s in item.get("actor", ["subject"])),
        recipient=tuple(_slot(s) for s in item.get("recipient", [])),
        requires_recipient=bool(item.get("requires_recipient", False)),
        modes=tuple((str(m), frozenset(str(w).lower() for w in words)) for m, words in item.get("modes", {}).items()),
        confidence=float(item.get("confidence", 0.7)),
        examples=tuple(EventRuleExample(str(e["text"]), e.get("expect")) for e in item.get("examples", [])),
    )


def _slot(spec: Any) -> ArgumentSlot:
    if spec == "subject":
        return ArgumentSlot(subject=True)
    if spec == "object":
        return ArgumentSlot(object=True)
    return ArgumentSlot(preps=frozenset(str(p).lower() for p in spec["preps"]))
