"""An event's status (realized, ongoing, planned, hypothetical, negated) from tense and cue words."""

from __future__ import annotations

from dataclasses import dataclass

from communique.parsed import Parse, Token
from communique.records import EventStatus, Tense
from communique.resources import language_dir, load_yaml


@dataclass(frozen=True)
class StatusCues:
    """Cue lemmas of ``cues.yaml``: negation, and modal verbs that make an event hypothetical."""

    negation: frozenset[str]
    hypothetical: frozenset[str]

    @classmethod
    def for_language(cls, code: str) -> StatusCues:
        raw = load_yaml(language_dir(code) / "cues.yaml") or {}
        status = raw.get("status", {})
        return cls(
            negation=frozenset(str(x).lower() for x in status.get("negation", [])),
            hypothetical=frozenset(str(x).lower() for x in status.get("hypothetical", [])),
        )


def decide_status(parse: Parse, trigger: Token, tense: Tense | None, cues: StatusCues) -> EventStatus:
    """Negated if a negation governs the trigger; else by tense: future planned, conditional hypothetical."""
    children = parse.children(trigger.i)
    if any(c.lemma.lower() in cues.negation or c.text.lower() in cues.negation for c in children):
        return "negated"
    if any(c.lemma.lower() in cues.hypothetical for c in children if c.dep.startswith("aux")):
        return "hypothetical"
    if tense == "future":
        return "planned"
    if tense == "conditional":
        return "hypothetical"
    return "realized"
