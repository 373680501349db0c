"""Reads one KB file into raw entries, each with the line it starts on.

The values are built here straight from the parser's events (libyaml's C parser when
PyYAML has it), which keeps the start line of every mapping and is several times
faster than composing nodes and resolving tags in Python: the whole KB must load in
well under a second. Scalars follow YAML 1.1's core types (null, bool, int, float,
date); anchors, aliases and custom tags are refused.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

from communique.errors import InvalidKnowledgeBase
from communique.kb.model import KBFile
from communique.resources.files import YAML_LOADER

FORMAT = "communique.kb/1"
HEADER_KEYS = frozenset({"format", "sources", "entries", "license", "note"})

_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_BOOLS = {
    "true": True, "True": True, "TRUE": True, "yes": True, "Yes": True, "YES": True, "on": True, "On": True,
    "false": False, "False": False, "FALSE": False, "no": False, "No": False, "NO": False, "off": False,
    "Off": False,
}
_NUMERIC_START = frozenset("0123456789-+.")
# First characters of plain scalars that may not be text (numbers, dates, null, booleans).
_SPECIAL_START = frozenset("0123456789-+.~nNtTfFyYoO")
_INT = re.compile(r"[-+]?[0-9]+")
_FLOAT = re.compile(r"[-+]?(?:[0-9]*\.[0-9]+|[0-9]+\.[0-9]*)(?:[eE][-+]?[0-9]+)?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_STR_TAG = "tag:yaml.org,2002:str"


def _fail(path: Path, line: int, message: str) -> InvalidKnowledgeBase:
    return InvalidKnowledgeBase(message, source=f"{path}:{line}")


def _line(event: yaml.Event) -> int:
    mark = event.start_mark
    return mark.line + 1 if mark is not None else 1


def _scalar(event: yaml.ScalarEvent, path: Path) -> object:
    """A scalar's value with YAML 1.1's core types (null, bool, int, float, date), else text."""
    value = event.value
    if event.tag is not None and event.tag not in ("!", _STR_TAG):
        raise _fail(path, _line(event), f"unsupported tag {event.tag} on {value!r}")
    if event.tag == _STR_TAG or not event.implicit[0]:
        return value
    if value in _NULLS:
        return None
    if value[0] in _NUMERIC_START:
        if _INT.fullmatch(value):
            return int(value)
        if _DATE.fullmatch(value):
            try:
                return dt.date.fromisoformat(value)
            except ValueError as exc:
                raise _fail(path, _line(event), f"invalid date {value!r}") from exc
        if _FLOAT.fullmatch(value):
            return float(value)
        return value
    return _BOOLS.get(value, value)


def _values(text: str, path: Path) -> tuple[object, dict[int, int]]:
    """The document as plain Python values, and the 1-based start line of every mapping (by id)."""
    lines: dict[int, int] = {}
    stack: list[dict[str, object] | list[object]] = []
    keys: list[object] = []
    root: object = None
    loader = YAML_LOADER(text)
    try:
        while loader.check_event():
            event = loader.get_event()
            kind = type(event)
            value: object
            if kind is yaml.ScalarEvent:
                raw: str = event.value
                if event.tag is not None or (event.implicit[0] and (not raw or raw[0] in _SPECIAL_START)):
                    value = _scalar(event, path)
                else:
                    value = raw
            elif kind is yaml.MappingStartEvent:
                value = {}
                lines[id(value)] = event.start_mark.line + 1
            elif kind is yaml.SequenceStartEvent:
                value = []
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                value = stack.pop()
                keys.pop()
                if not stack:
                    root = value
                continue
            elif kind is yaml.AliasEvent:
                raise _fail(path, _line(event), "YAML anchors and aliases are not supported")
            elif kind is yaml.DocumentStartEvent and root is not None:
                raise _fail(path, _line(event), "a KB file holds one YAML document")
            else:
                continue
            if not stack:
                root = value
            else:
                parent = stack[-1]
                if isinstance(parent, list):
                    parent.append(value)
                elif keys and keys[-1] is _NO_KEY:
                    if not isinstance(value, str):
                        raise _fail(path, _line(event), f"mapping key {value!r} is not text")
                    if value in parent:
                        raise _fail(path, _line(event), f"key {value!r} appears twice")
                    keys[-1] = value
                else:
                    parent[str(keys[-1])] = value
                    keys[-1] = _NO_KEY
            if kind is yaml.MappingStartEvent:
                stack.append(value)  # type: ignore[arg-type]
                keys.append(_NO_KEY)
            elif kind is yaml.SequenceStartEvent:
                stack.append(value)  # type: ignore[arg-type]
                keys.append(None)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc)
        raise _fail(path, line, f"invalid YAML: {problem}") from exc
    finally:
        loader.dispose()
    return root, lines


_NO_KEY = object()


def read_text(path: Path) -> str:
    """A KB file's text (UTF-8); an unreadable file is an ``InvalidKnowledgeBase``."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidKnowledgeBase(f"cannot read the file: {exc}", source=str(path)) from exc


def read_kb_file(path: Path) -> KBFile:
    """Parse one KB file: check its header and return its raw entries with their lines."""
    return parse_kb_text(read_text(path), path)


def parse_kb_text(text: str, path: Path) -> KBFile:
    """Parse the text of a KB file read from ``path`` (named in errors)."""
    root, lines = _values(text, path)
    if not isinstance(root, dict):
        raise _fail(path, 1, f"a KB file is a mapping with 'format: {FORMAT}', 'sources' and 'entries'")
    unknown = sorted(set(root) - HEADER_KEYS)
    if unknown:
        allowed = ", ".join(sorted(HEADER_KEYS))
        raise _fail(path, 1, f"unknown top-level key(s) {', '.join(map(repr, unknown))} (allowed: {allowed})")
    if root.get("format") != FORMAT:
        raise _fail(path, 1, f"'format' must be {FORMAT!r}, found {root.get('format')!r}")
    sources = root.get("sources")
    if not isinstance(sources, list) or not sources or not all(isinstance(s, str) and s for s in sources):
        raise _fail(path, 1, "'sources' must be a non-empty list saying where the facts come from")
    if "entries" not in root:
        raise _fail(path, 1, "missing 'entries' (a list of entries)")
    entries = root["entries"]
    if entries is None:
        entries = []
    if not isinstance(entries, list):
        raise _fail(path, 1, "'entries' must be a list of entries")
    found: list[tuple[dict[str, object], int]] = []
    for item in entries:
        if not isinstance(item, dict):
            raise _fail(path, 1, f"an entry must be a mapping (id, name, type, ...), found {item!r}")
        found.append((item, lines[id(item)]))
    return KBFile(str(path), tuple(str(s) for s in sources), tuple(found))
