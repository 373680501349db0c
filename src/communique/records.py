"""Typed records that flow between the pipeline's stages (frozen dataclasses).

Every ``start``/``end`` is a character offset into the cleaned document text,
end exclusive. The records carry no behaviour beyond conversion to plain dicts;
serialization to the ``communique.result/1`` format lives in ``communique.output``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    import pandas as pd

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
EntityType = Literal["PERSON", "STATE", "ORG", "PLACE", "OTHER"]
MentionKind = Literal["name", "title", "pronoun", "demonym", "description"]
EventStatus = Literal["realized", "ongoing", "planned", "hypothetical", "negated"]
DateBasis = Literal["timex", "published", "none"]
Tense = Literal["past", "present", "future", "conditional"]


@dataclass(frozen=True)
class Span:
    """A stretch of the cleaned text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class SourceInput:
    """One document as given by the user, before cleaning."""

    text: str
    id: str | None = None
    language: str | None = None
    issuer: str | None = None
    published: dt.date | None = None
    title: str | None = None
    source: str | None = None  # file path or URL it was read from
    published_from: str | None = None  # where `published` came from: given, dateline, html-meta, pdf-meta


@dataclass(frozen=True)
class Document:
    """A cleaned document; ``offsets[i]`` is the input offset of cleaned character ``i``."""

    id: str
    text: str
    language: str
    issuer: str | None
    published: dt.date | None
    title: str | None = None
    source: str | None = None
    published_from: str | None = None
    offsets: tuple[int, ...] = ()

    def source_offset(self, offset: int) -> int:
        """The input offset of a cleaned offset (end offsets map past the last character)."""
        if not self.offsets:
            return offset
        if offset >= len(self.offsets):
            return self.offsets[-1] + 1 + (offset - len(self.offsets))
        return self.offsets[offset]


@dataclass(frozen=True)
class Timex:
    """A time expression normalized to a TIMEX3 value."""

    id: str
    start: int
    end: int
    text: str
    type: TimexType
    value: str
    rule: str


@dataclass(frozen=True)
class Mention:
    """One place where an entity is named, described or referred to."""

    start: int
    end: int
    text: str
    kind: MentionKind


@dataclass(frozen=True)
class Entity:
    """A real-world entity of the document, with every mention of it."""

    id: str
    name: str
    type: EntityType
    code: str | None
    sector: str | None = None
    office: str | None = None
    wikidata: str | None = None
    kb_id: str | None = None
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class EventDate:
    """When an event took or will take place, and what says so."""

    value: str | None
    timex: str | None
    basis: DateBasis


@dataclass(frozen=True)
class Event:
    """One PLOVER event with its participants, date, status and provenance."""

    id: str
    type: str
    mode: str | None
    contexts: tuple[str, ...]
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    about: tuple[str, ...]
    location: str | None
    date: EventDate
    status: EventStatus
    trigger: Span
    evidence: Span
    rule: str
    confidence: float
    evidence_more: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Warning:
    """Something a user should know about a result, with a stable code."""

    code: str
    message: str


@dataclass(frozen=True)
class Result:
    """Everything extracted from one document."""

    doc: Document
    entities: tuple[Entity, ...] = ()
    timexes: tuple[Timex, ...] = ()
    events: tuple[Event, ...] = ()
    warnings: tuple[Warning, ...] = ()
    ontology: str = ""
    version: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def entity(self, entity_id: str) -> Entity | None:
        """The entity with this id, or None."""
        return next((e for e in self.entities if e.id == entity_id), None)

    def to_dict(self) -> dict[str, object]:
        """The ``communique.result/1`` object."""
        from communique.output.result_json import result_to_dict

        return result_to_dict(self)

    def to_json(self, *, indent: int | None = None) -> str:
        """The ``communique.result/1`` object as JSON text."""
        from communique.output.result_json import result_to_json

        return result_to_json(self, indent=indent)

    def to_frame(self) -> pd.DataFrame:
        """The events as a pandas DataFrame, one row each (columns ``communique.output.EVENT_COLUMNS``)."""
        from communique.output.frames import results_frame

        return results_frame([self.to_dict()])
