"""Turns one raw entry (a mapping read from YAML) into a checked ``KBEntry``.

Checks here concern the entry alone; checks across entries (duplicates, references)
live in ``communique.kb.checks``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import cast

from communique.errors import InvalidKnowledgeBase
from communique.kb.model import EMPTY_ALIASES, ENTRY_TYPES, Aliases, EntryType, KBEntry, Office

ID_RE = re.compile(r"(person|state|org|place|other)/[A-Za-z0-9][A-Za-z0-9._-]*")
CODE_RE = re.compile(r"[A-Z]{3}")
SECTOR_RE = re.compile(r"[A-Z]{3}")
WIKIDATA_RE = re.compile(r"Q[1-9][0-9]*")
LANGUAGE_RE = re.compile(r"[a-z]{2,3}")

ALIAS_FIELDS = ("names", "adjectives", "prefixes", "demonyms", "metonyms")
ENTRY_KEYS = frozenset(
    {"id", "name", "type", "code", "sector", "wikidata", "offices", "in", "capital", "note", "members", "leader"}
    | {"founded", "dissolved"}
    | set(ALIAS_FIELDS)
)
OFFICE_KEYS = frozenset({"role", "of", "title", "start", "end", "note"})


class EntryError(Exception):
    """A problem with one entry; the caller adds the file and line."""


def _text(raw: Mapping[str, object], key: str, *, required: bool = False) -> str | None:
    value = raw.get(key)
    if value is None:
        if required:
            raise EntryError(f"missing required field {key!r}")
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise EntryError(f"field {key!r} must be text, found {value!r}")
    text = str(value).strip()
    if not text:
        if required:
            raise EntryError(f"field {key!r} is empty")
        return None
    return text


def _date(value: object, what: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise EntryError(f"{what} must be an ISO date (YYYY-MM-DD), found {value!r}")


def _aliases(raw: Mapping[str, object], key: str) -> Aliases:
    value = raw.get(key)
    if value is None:
        return EMPTY_ALIASES
    if not isinstance(value, dict):
        raise EntryError(f"field {key!r} must map language codes to lists of forms (en: [...], fr: [...])")
    result: dict[str, tuple[str, ...]] = {}
    for language, forms in value.items():
        if not isinstance(language, str) or not LANGUAGE_RE.fullmatch(language):
            raise EntryError(f"field {key!r}: {language!r} is not a language code (en, fr, und, ...)")
        items = [forms] if isinstance(forms, str) else forms
        if items is None:
            continue
        if not isinstance(items, list) or not all(isinstance(f, str) and f.strip() for f in items):
            raise EntryError(f"field {key!r}.{language} must be a list of non-empty texts, found {forms!r}")
        result[language] = tuple(dict.fromkeys(f.strip() for f in cast(list[str], items)))
    return MappingProxyType(result)


def _office(raw: object, index: int) -> Office:
    where = f"office #{index + 1}"
    if not isinstance(raw, dict):
        raise EntryError(f"{where} must be a mapping (role, of, title, start, end)")
    unknown = sorted(set(raw) - OFFICE_KEYS)
    if unknown:
        raise EntryError(f"{where}: unknown field(s) {', '.join(map(repr, unknown))}")
    role = _text(raw, "role", required=True)
    of = _text(raw, "of", required=True)
    title = _text(raw, "title", required=True)
    start = _date(raw.get("start"), f"{where} 'start'")
    if start is None:
        raise EntryError(f"{where}: missing required field 'start'")
    end = _date(raw.get("end"), f"{where} 'end'")
    if end is not None and end < start:
        raise EntryError(f"{where} ({role} of {of}): end {end} is before start {start}")
    assert role is not None and of is not None and title is not None
    return Office(role=role, of=of, title=title, start=start, end=end, note=_text(raw, "note"))


def _code(raw: Mapping[str, object]) -> str | None:
    code = _text(raw, "code")
    if code is not None and not CODE_RE.fullmatch(code):
        raise EntryError(
            f"malformed code {code!r}: an actor code is 3 upper-case letters (FRA, UNO, EUR, IGO, ...)"
        )
    return code


def _wikidata(raw: Mapping[str, object]) -> str | None:
    qid = _text(raw, "wikidata")
    if qid is not None and not WIKIDATA_RE.fullmatch(qid):
        raise EntryError(f"malformed Wikidata id {qid!r}: it must look like Q42 (or be null)")
    return qid


def _type(raw: Mapping[str, object], entry_id: str) -> EntryType:
    kind = _text(raw, "type", required=True)
    if kind not in ENTRY_TYPES:
        raise EntryError(f"unknown type {kind!r} (one of {', '.join(ENTRY_TYPES)})")
    prefix = entry_id.split("/", 1)[0]
    if prefix != kind.lower():
        raise EntryError(f"id {entry_id!r} does not match type {kind} (expected '{kind.lower()}/...')")
    return kind


def _members(raw: Mapping[str, object], kind: EntryType) -> tuple[str, ...]:
    value = raw.get("members")
    if value is None:
        return ()
    if kind not in {"ORG", "OTHER"}:
        raise EntryError(f"only ORG and OTHER entries have members, not {kind}")
    if not isinstance(value, list) or not all(isinstance(m, str) and ID_RE.fullmatch(m) for m in value):
        raise EntryError(f"field 'members' must be a list of KB ids (state/FRA, ...), found {value!r}")
    return tuple(cast(list[str], value))


def build_entry(raw: Mapping[str, object], *, source: str, line: int) -> KBEntry:
    """Check one raw entry and build it; raises ``EntryError`` saying what is wrong."""
    entry_id = _text(raw, "id", required=True)
    assert entry_id is not None
    if not ID_RE.fullmatch(entry_id):
        raise EntryError(f"malformed id {entry_id!r}: expected <kind>/<slug>, e.g. person/emmanuel-macron")
    unknown = sorted(set(raw) - ENTRY_KEYS)
    if unknown:
        raise EntryError(f"unknown field(s) {', '.join(map(repr, unknown))}")
    name = _text(raw, "name", required=True)
    assert name is not None
    kind = _type(raw, entry_id)
    sector = _text(raw, "sector")
    if sector is not None and not SECTOR_RE.fullmatch(sector):
        raise EntryError(
            f"malformed sector {sector!r}: a PLOVER sector is 3 upper-case letters (GOV, MIL, ...)"
        )
    offices_raw = raw.get("offices") or []
    if not isinstance(offices_raw, list):
        raise EntryError("field 'offices' must be a list")
    if offices_raw and kind != "PERSON":
        raise EntryError(f"only PERSON entries hold offices, not {kind}")
    capital = _text(raw, "capital")
    if capital is not None and kind != "STATE":
        raise EntryError(f"only STATE entries have a capital, not {kind}")
    members = _members(raw, kind)
    leader = _text(raw, "leader")
    if leader is not None and kind != "STATE":
        raise EntryError(f"only STATE entries have a leader, not {kind}")
    founded = _date(raw.get("founded"), "'founded'")
    dissolved = _date(raw.get("dissolved"), "'dissolved'")
    if founded and dissolved and dissolved < founded:
        raise EntryError(f"dissolved {dissolved} is before founded {founded}")
    return KBEntry(
        id=entry_id,
        name=name,
        type=kind,
        code=_code(raw),
        sector=sector,
        wikidata=_wikidata(raw),
        names=_aliases(raw, "names"),
        adjectives=_aliases(raw, "adjectives"),
        prefixes=_aliases(raw, "prefixes"),
        demonyms=_aliases(raw, "demonyms"),
        metonyms=_aliases(raw, "metonyms"),
        offices=tuple(_office(o, i) for i, o in enumerate(offices_raw)),
        located_in=_text(raw, "in"),
        capital=capital,
        members=members,
        leader=leader,
        note=_text(raw, "note"),
        founded=founded,
        dissolved=dissolved,
        source=source,
        line=line,
    )


def entry_error(
    source: str, line: int, raw: Mapping[str, object], problem: EntryError
) -> InvalidKnowledgeBase:
    """The user-facing error for a bad entry: file, line, the entry's id and the problem."""
    entry_id = raw.get("id")
    label = f"entry {entry_id!r}: " if isinstance(entry_id, str) else "entry: "
    return InvalidKnowledgeBase(f"{label}{problem}", source=f"{source}:{line}")
