"""The records of the knowledge base: entries, the offices people hold, and aliases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

EntryType = Literal["PERSON", "STATE", "ORG", "PLACE", "OTHER"]
AliasKind = Literal["name", "adjective", "prefix", "demonym", "metonym"]

ENTRY_TYPES: tuple[EntryType, ...] = ("PERSON", "STATE", "ORG", "PLACE", "OTHER")
ALIAS_KINDS: tuple[AliasKind, ...] = ("name", "adjective", "prefix", "demonym", "metonym")

#: Actor codes that are not states: the UN, the EU, other IGOs, transnational armed
#: groups, non-governmental organizations, companies.
SPECIAL_CODES: frozenset[str] = frozenset({"UNO", "EUR", "IGO", "IMG", "NGO", "MNC"})

#: Language key for names written the same in every language (or of unknown language).
ANY_LANGUAGE = "und"

#: Which office counts as a person's main one when several overlap, most important first.
ROLE_RANK: tuple[str, ...] = (
    "head_of_state",
    "head_of_government",
    "secretary_general",
    "president",
    "high_representative",
    "foreign_minister",
)

Aliases = Mapping[str, tuple[str, ...]]

EMPTY_ALIASES: Aliases = MappingProxyType({})


@dataclass(frozen=True)
class Office:
    """An office a person held: ``role`` of the entry ``of``, from ``start`` to ``end`` (None: still held)."""

    role: str
    of: str
    title: str
    start: dt.date
    end: dt.date | None
    note: str | None = None

    def held_on(self, day: dt.date) -> bool:
        """Whether the term covers ``day`` (both ends included)."""
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class KBEntry:
    """One entity of the knowledge base, with every way it is written, per language."""

    id: str
    name: str
    type: EntryType
    code: str | None
    sector: str | None
    wikidata: str | None
    names: Aliases = field(default_factory=lambda: EMPTY_ALIASES)
    adjectives: Aliases = field(default_factory=lambda: EMPTY_ALIASES)
    prefixes: Aliases = field(default_factory=lambda: EMPTY_ALIASES)
    demonyms: Aliases = field(default_factory=lambda: EMPTY_ALIASES)
    metonyms: Aliases = field(default_factory=lambda: EMPTY_ALIASES)
    offices: tuple[Office, ...] = ()
    located_in: str | None = None
    capital: str | None = None
    members: tuple[str, ...] = ()
    leader: str | None = None
    note: str | None = None
    founded: dt.date | None = None
    dissolved: dt.date | None = None
    source: str = ""
    line: int = 0

    def __hash__(self) -> int:
        return hash(self.id)

    def forms(self, kind: AliasKind) -> Aliases:
        """The surface forms of one kind (``name``, ``adjective``, ...) per language."""
        return {
            "name": self.names,
            "adjective": self.adjectives,
            "prefix": self.prefixes,
            "demonym": self.demonyms,
            "metonym": self.metonyms,
        }[kind]


@dataclass(frozen=True)
class Alias:
    """A surface form that refers to a KB entry: ``kind`` says how (name, adjective, ...)."""

    text: str
    entry_id: str
    kind: AliasKind

    @property
    def case_sensitive(self) -> bool:
        """An alias written in capitals only (US, WHO, AU, CAR) is an acronym: match it as written."""
        return self.text.isupper()


@dataclass(frozen=True)
class KBFile:
    """The parsed header and raw entries of one KB file."""

    path: str
    sources: tuple[str, ...]
    entries: tuple[tuple[dict[str, object], int], ...] = field(default=())
