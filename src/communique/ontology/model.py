"""The PLOVER ontology as frozen records, with the checks and lookups callers need."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from communique.errors import InvalidValue


@dataclass(frozen=True)
class QuadClass:
    """One of the four quad classes (verbal/material cooperation/conflict) and its code 1-4."""

    name: str
    code: int
    label: str


@dataclass(frozen=True)
class Mode:
    """A mode of one event type: how it was done (or, for THREATEN, what was threatened)."""

    name: str
    description: str
    score: float | None = None


@dataclass(frozen=True)
class EventType:
    """One of PLOVER's sixteen event types."""

    name: str
    definition: str
    quad_class: str
    quad_code: int
    requires_recipient: bool
    score: float
    modes: Mapping[str, Mode]
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Context:
    """A general context (the "why" of an event), usable with any type."""

    name: str
    description: str


@dataclass(frozen=True)
class AuxiliaryMode:
    """historical / future / hypothetical / negation, and the communique status it matches."""

    name: str
    description: str
    status: str | None


@dataclass(frozen=True)
class Sector:
    """A sector code (GOV, MIL, REB, ...): the role of an actor or recipient."""

    code: str
    description: str
    frequent: bool


@dataclass(frozen=True)
class ActorCode:
    """An actor code that is not an ISO 3166 state code (IGO, UNO, EUR, NGO, ...)."""

    code: str
    description: str


@dataclass(frozen=True)
class RuleExample:
    """A case a future rule must decide: ``type`` with ``status`` exports as ``expect``."""

    type: str
    status: str
    expect: str


@dataclass(frozen=True)
class FutureRule:
    """The manual's rule for events reported as future: ``types`` with ``statuses`` become ``becomes``."""

    id: str
    section: str
    rule: str
    types: frozenset[str]
    statuses: frozenset[str]
    becomes: str
    examples: tuple[RuleExample, ...] = ()


@dataclass(frozen=True)
class CodingRule:
    """A coding rule of the manual that matters for readouts, and what it codes the case as."""

    id: str
    section: str
    rule: str
    type: str | None = None
    mode: str | None = None


@dataclass(frozen=True)
class Ontology:
    """PLOVER as loaded from ``plover.yaml``; ``version`` names the manual draft."""

    version: str
    source_url: str
    licence: str
    quad_classes: Mapping[str, QuadClass]
    types: Mapping[str, EventType]
    contexts: Mapping[str, Context]
    auxiliary_modes: Mapping[str, AuxiliaryMode]
    sectors: Mapping[str, Sector]
    actor_codes: Mapping[str, ActorCode]
    future_rules: tuple[FutureRule, ...] = ()
    coding_rules: tuple[CodingRule, ...] = ()

    def event_type(self, name: str) -> EventType:
        """The type called ``name``; an unknown name is an :class:`InvalidValue`."""
        try:
            return self.types[name]
        except KeyError:
            raise InvalidValue(f"{name!r} is not a {self.version} event type") from None

    def event_problems(
        self, type: str, mode: str | None = None, contexts: Iterable[str] = ()
    ) -> tuple[str, ...]:
        """What is wrong with an event's type, mode and contexts (empty when all is valid)."""
        problems: list[str] = []
        event_type = self.types.get(type)
        if event_type is None:
            problems.append(f"{type!r} is not a {self.version} event type")
        elif mode is not None and mode not in event_type.modes:
            if event_type.modes:
                known = ", ".join(event_type.modes)
                problems.append(f"{mode!r} is not a mode of {type} (modes: {known})")
            else:
                problems.append(f"{type} has no modes, but mode {mode!r} was given")
        for context in contexts:
            if context in self.auxiliary_modes:
                problems.append(
                    f"{context!r} is a PLOVER auxiliary mode, not a context "
                    "(communique records it as the event's status)"
                )
            elif context not in self.contexts:
                problems.append(f"{context!r} is not a {self.version} context")
        return tuple(problems)

    def check_event(self, type: str, mode: str | None = None, contexts: Iterable[str] = ()) -> None:
        """Raises :class:`InvalidValue` listing every problem of :meth:`event_problems`."""
        problems = self.event_problems(type, mode, contexts)
        if problems:
            raise InvalidValue("; ".join(problems))

    def score(self, type: str, mode: str | None = None) -> float:
        """The conflict/cooperation score of a type, or of its mode where the manual gives one."""
        event_type = self.event_type(type)
        if mode is not None:
            found = event_type.modes.get(mode)
            if found is None:
                raise InvalidValue(f"{mode!r} is not a mode of {type}")
            if found.score is not None:
                return found.score
        return event_type.score

    def export_type(self, type: str, status: str) -> str:
        """The type a PLOVER export writes for an event of ``type`` and ``status`` (future rules)."""
        self.event_type(type)
        for rule in self.future_rules:
            if type in rule.types and status in rule.statuses:
                return rule.becomes
        return type

    def export_mode(self, type: str, mode: str | None, status: str) -> str | None:
        """The mode to export with :meth:`export_type`: dropped when the type changes."""
        return mode if self.export_type(type, status) == type else None
