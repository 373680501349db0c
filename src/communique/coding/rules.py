"""Event rules as data: ``data/lang/<code>/coding/<TYPE>.yaml`` compiled to `EventRule` records.

A rule names a trigger (lemmas and parts of speech, optionally the verb that must govern
it, words its clause must or must not contain) and where its arguments are found. Slots
are tried in order and the first that names a coded entity fills the argument.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args

from communique.errors import InvalidLanguageData
from communique.ontology import Ontology
from communique.records import EventStatus, Tense
from communique.resources import language_dir, load_yaml

# Where an argument may be found (see frames.py):
#   subject     the trigger's subject (its governor's for a governed noun; the agent of a passive)
#   object      the direct or indirect object (the subject of a passive)
#   possessor   a noun trigger's own "de X" / "X's" / adjective ("frappes russes")
#   owner       a noun trigger's "X's" / adjective only, not "of X" ("Russia's invasion of Ukraine" -> Russia)
#   complement  any entity inside the trigger's clause, the subject's phrase excepted
#   issuer      the document's issuer (impersonal statements: "il est indispensable que")
#   {preps: [..]} a dependent introduced by one of these prepositions
#   counterpart the other party of the document's talk (its first CONSULT), for statements made during it
#   parties     (actor) both sides of the document's talk: "It was agreed to continue contacts"; (recipient) the
#               document's group of speakers but the actor's side (a conference's participants)
SLOT_KINDS = frozenset({
    "subject", "object", "possessor", "owner", "complement", "issuer", "counterpart", "parties", "context",
})
STATUSES = frozenset(get_args(EventStatus))
TENSES = frozenset(get_args(Tense))  # of the trigger's clause
# The keys a rule file, a rule, its trigger and its examples may have (docs/event-rules.md): any other is a typo
# that would otherwise be read as nothing.
FILE_KEYS = frozenset({"type", "defaults", "rules"})
RULE_KEYS = frozenset({
    "id", "trigger", "reach", "actor", "recipient", "requires_recipient", "recipient_from_context", "context_places",
    "place_recipients", "own_side_recipients",
    "recipient_from_act", "recipient_from_topic", "mode", "modes", "status", "speech_act", "confidence", "examples",
})
TRIGGER_KEYS = frozenset({
    "lemmas", "pos", "reflexive", "governors", "requires", "requires_all", "excludes", "excludes_above",
    "requires_above", "excluded_deps", "negated", "tenses",
})
EXAMPLE_KEYS = frozenset({"text", "expect", "issuer", "published"})


@dataclass(frozen=True)
class ArgumentSlot:
    """Where an argument is found: one of SLOT_KINDS, or dependents introduced by prepositions."""

    kind: str = "preps"
    preps: frozenset[str] = frozenset()


@dataclass(frozen=True)
class EventRuleExample:
    """A sentence the rule must code (``expect`` a dict of fields) or must not (``expect`` None)."""

    text: str
    expect: dict[str, Any] | None
    issuer: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class EventRule:
    """One trigger frame for one PLOVER event type."""

    id: str
    type: str
    lemmas: frozenset[str]
    pos: frozenset[str]
    reflexive: bool
    governors: frozenset[str]
    requires: frozenset[str]
    requires_all: frozenset[str]
    reach: int
    excludes: frozenset[str]
    excludes_above: frozenset[str]
    requires_above: frozenset[str]
    tenses: frozenset[str]
    excluded_deps: frozenset[str]
    negated: bool
    actor: tuple[ArgumentSlot, ...]
    recipient: tuple[ArgumentSlot, ...]
    requires_recipient: bool
    recipient_from_context: bool
    context_places: bool
    place_recipients: bool
    own_side_recipients: bool
    recipient_from_act: bool
    recipient_from_topic: bool
    mode: str | None
    modes: tuple[tuple[str, frozenset[str]], ...]
    status: EventStatus | None
    speech_act: bool
    confidence: float
    examples: tuple[EventRuleExample, ...]

    @property
    def nominal(self) -> bool:
        """A noun names the event itself ("la démission", "the summit"), no verb governs it.

        An adjective trigger is not nominal: it carries its clause ("ce comportement est inadmissible").
        """
        return not self.governors and not (self.pos & {"VERB", "AUX", "ADJ"})


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
    defaults = raw.get("defaults") or {}  # keys every rule of the file takes unless it says otherwise
    stray = _unknown(raw, FILE_KEYS) or _unknown(defaults, RULE_KEYS - {"id", "examples"})
    if stray:
        raise InvalidLanguageData(f"{path}: unknown key {stray!r}")
    out = []
    for item in raw.get("rules", []):
        stray = _unknown(item, RULE_KEYS) or _unknown(item.get("trigger"), TRIGGER_KEYS) \
            or next((k for e in item.get("examples") or [] if (k := _unknown(e, EXAMPLE_KEYS))), None)
        if stray:
            raise InvalidLanguageData(f"{path}: rule {item.get('id', '?')!r}: unknown key {stray!r}")
        try:
            rule = _rule({**defaults, **item}, event_type)
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidLanguageData(f"{path}: rule {item.get('id', '?')!r}: bad or missing {exc}") from exc
        unknown = ({m for m, _ in rule.modes} | ({rule.mode} if rule.mode else set())) - modes_known
        if unknown:
            raise InvalidLanguageData(f"{path}: rule {rule.id}: modes {sorted(unknown)} not in PLOVER {event_type}")
        out.append(rule)
    return out


def _words(values: Any) -> frozenset[str]:
    return frozenset(str(x).lower() for x in values or [])


def _unknown(raw: Any, known: frozenset[str]) -> str | None:
    """The first key of a mapping that is not among ``known``."""
    return next((str(k) for k in raw if k not in known), None) if isinstance(raw, dict) else None


def _rule(item: dict[str, Any], event_type: str) -> EventRule:
    trigger = item["trigger"]
    status = item.get("status")
    if status is not None and status not in STATUSES:
        raise ValueError(f"'status' {status!r}")
    tenses = trigger.get("tenses") or []
    if any(t not in TENSES for t in tenses):
        raise ValueError(f"'tenses' {tenses!r}")
    confidence = float(item.get("confidence", 0.7))
    if not 0.0 <= confidence <= 1.0:
        raise ValueError(f"'confidence' {confidence}")
    return EventRule(
        id=str(item["id"]),
        type=event_type,
        lemmas=_words(trigger["lemmas"]),
        pos=frozenset(str(x) for x in trigger.get("pos", ["VERB"])),
        reflexive=bool(trigger.get("reflexive", False)),
        governors=_words(trigger.get("governors")),
        requires=_words(trigger.get("requires")),
        requires_all=_words(trigger.get("requires_all")),
        reach=_reach(item.get("reach", 3)),
        excludes=_words(trigger.get("excludes")),
        excludes_above=_words(trigger.get("excludes_above")),
        requires_above=_words(trigger.get("requires_above")),
        tenses=_words(trigger.get("tenses")),
        excluded_deps=frozenset(str(x) for x in trigger.get("excluded_deps") or []),
        negated=bool(trigger.get("negated", False)),
        actor=tuple(_slot(s) for s in item.get("actor", ["subject"])),
        recipient=tuple(_slot(s) for s in item.get("recipient", [])),
        requires_recipient=bool(item.get("requires_recipient", False)),
        recipient_from_context=bool(item.get("recipient_from_context", False)),
        context_places=bool(item.get("context_places", False)),
        place_recipients=bool(item.get("place_recipients", True)),
        own_side_recipients=bool(item.get("own_side_recipients", True)),
        recipient_from_act=bool(item.get("recipient_from_act", False)),
        recipient_from_topic=bool(item.get("recipient_from_topic", False)),
        mode=str(item["mode"]) if item.get("mode") else None,
        modes=tuple((str(m), _words(words)) for m, words in (item.get("modes") or {}).items()),
        status=status,
        speech_act=bool(item.get("speech_act", False)),
        confidence=confidence,
        examples=tuple(_example(e) for e in item.get("examples", [])),
    )


def _reach(value: Any) -> int:
    """How many levels below the trigger `requires` and `requires_all` look: an integer from 1 to 8."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 8:
        raise ValueError(f"'reach' {value!r}")
    return value


def _example(raw: dict[str, Any]) -> EventRuleExample:
    return EventRuleExample(
        text=str(raw["text"]),
        expect=raw.get("expect"),
        issuer=str(raw["issuer"]) if raw.get("issuer") else None,
        published=str(raw["published"]) if raw.get("published") else None,
    )


def _slot(spec: Any) -> ArgumentSlot:
    if isinstance(spec, str):
        if spec not in SLOT_KINDS:
            raise ValueError(f"slot {spec!r}")
        return ArgumentSlot(kind=spec)
    return ArgumentSlot(preps=_words(spec["preps"]))
