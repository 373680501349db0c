"""Checks across entries: unique ids and Wikidata ids, references that resolve, known codes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from communique.errors import InvalidKnowledgeBase
from communique.kb.model import SPECIAL_CODES, KBEntry


def _at(entry: KBEntry, message: str) -> InvalidKnowledgeBase:
    return InvalidKnowledgeBase(f"entry {entry.id!r}: {message}", source=f"{entry.source}:{entry.line}")


def duplicate_id(entry: KBEntry, first: KBEntry) -> InvalidKnowledgeBase:
    """The error for an id defined twice where overriding is not allowed."""
    return _at(entry, f"duplicate id (first defined at {first.source}:{first.line})")


def check_wikidata_unique(entries: Iterable[KBEntry]) -> None:
    """No Wikidata id may name two entries."""
    seen: dict[str, KBEntry] = {}
    for entry in entries:
        if entry.wikidata is None:
            continue
        first = seen.setdefault(entry.wikidata, entry)
        if first is not entry:
            raise _at(
                entry,
                f"duplicate Wikidata id {entry.wikidata} "
                f"(also on {first.id!r} at {first.source}:{first.line})",
            )


def _known_code(code: str, entries: Mapping[str, KBEntry]) -> bool:
    return code in SPECIAL_CODES or f"state/{code}" in entries


def check_references(entries: Mapping[str, KBEntry]) -> None:
    """Every ``of``, ``in``, ``capital`` and member names an entry; every code is a state's or a special one."""
    for entry in entries.values():
        if entry.code is not None and not _known_code(entry.code, entries):
            raise _at(
                entry,
                f"unknown actor code {entry.code!r}: no entry 'state/{entry.code}' and not one of "
                f"{', '.join(sorted(SPECIAL_CODES))}",
            )
        for office in entry.offices:
            if office.of not in entries:
                raise _at(entry, f"office {office.role!r} is 'of' {office.of!r}, which is not in the KB")
        for member in entry.members:
            if member not in entries:
                raise _at(entry, f"member {member!r} is not in the KB")
        if entry.capital is not None and entry.capital not in entries:
            raise _at(entry, f"capital {entry.capital!r} is not in the KB")
        if entry.located_in is not None:
            target = entries.get(entry.located_in)
            if target is None:
                raise _at(entry, f"'in' points to {entry.located_in!r}, which is not in the KB")
            if entry.type == "PLACE" and target.code is not None and entry.code != target.code:
                raise _at(
                    entry,
                    f"a place in {target.id!r} takes its code {target.code!r}, found {entry.code!r}",
                )
