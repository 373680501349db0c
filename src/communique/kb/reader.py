"""Reads one KB file into raw entries, each with the line it starts on.

The YAML is composed (not loaded) so that every entry keeps its node's start mark;
the nodes are then turned into plain Python values here, which is also faster than
PyYAML's generic constructor. libyaml's C parser is used when PyYAML has it.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

from communique.errors import InvalidKnowledgeBase
from communique.kb.model import KBFile

FORMAT = "communique.kb/1"
HEADER_KEYS = frozenset({"format", "sources", "entries", "license", "note"})

_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_TAG = "tag:yaml.org,2002:"
_INT = re.compile(r"[-+]?[0-9]+")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _fail(path: Path, line: int, message: str) -> InvalidKnowledgeBase:
    return InvalidKnowledgeBase(message, source=f"{path}:{line}")


def _scalar(node: yaml.ScalarNode, path: Path) -> object:
    tag, value = node.tag, node.value
    if tag == _TAG + "str":
        return value
    if tag == _TAG + "null":
        return None
    if tag == _TAG + "bool":
        return value.lower() in ("true", "yes", "on")
    if tag == _TAG + "int" and _INT.fullmatch(value):
        return int(value)
    if tag == _TAG + "float":
        return float(value)
    if tag == _TAG + "timestamp" and _DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise _fail(path, node.start_mark.line + 1, f"unsupported or invalid value {value!r} ({tag})")


def to_python(node: yaml.Node, path: Path) -> object:
    """A composed YAML node as plain Python values (dict, list, str, int, date, None)."""
    if isinstance(node, yaml.ScalarNode):
        return _scalar(node, path)
    if isinstance(node, yaml.SequenceNode):
        return [to_python(item, path) for item in node.value]
    if isinstance(node, yaml.MappingNode):
        result: dict[object, object] = {}
        for key_node, value_node in node.value:
            key = to_python(key_node, path)
            if not isinstance(key, str):
                raise _fail(path, key_node.start_mark.line + 1, f"mapping key {key!r} is not text")
            if key in result:
                raise _fail(path, key_node.start_mark.line + 1, f"key {key!r} appears twice")
            result[key] = to_python(value_node, path)
        return result
    raise _fail(path, node.start_mark.line + 1, "unsupported YAML node")


def _compose(path: Path) -> yaml.Node | None:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidKnowledgeBase(f"cannot read the file: {exc}", source=str(path)) from exc
    try:
        node: yaml.Node | None = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc)
        raise _fail(path, line, f"invalid YAML: {problem}") from exc
    return node


def _header(root: yaml.MappingNode, path: Path) -> dict[str, yaml.Node]:
    fields: dict[str, yaml.Node] = {}
    for key_node, value_node in root.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if key not in HEADER_KEYS:
            allowed = ", ".join(sorted(HEADER_KEYS))
            line = key_node.start_mark.line + 1
            raise _fail(path, line, f"unknown top-level key {key!r} (allowed: {allowed})")
        fields[str(key)] = value_node
    return fields


def read_kb_file(path: Path) -> KBFile:
    """Parse one KB file: check its header and return its raw entries with their lines."""
    root = _compose(path)
    if not isinstance(root, yaml.MappingNode):
        raise _fail(path, 1, f"a KB file is a mapping with 'format: {FORMAT}', 'sources' and 'entries'")
    fields = _header(root, path)
    fmt = to_python(fields["format"], path) if "format" in fields else None
    if fmt != FORMAT:
        raise _fail(path, 1, f"'format' must be {FORMAT!r}, found {fmt!r}")
    sources = to_python(fields["sources"], path) if "sources" in fields else None
    if not isinstance(sources, list) or not sources or not all(isinstance(s, str) and s for s in sources):
        line = fields["sources"].start_mark.line + 1 if "sources" in fields else 1
        raise _fail(path, line, "'sources' must be a non-empty list saying where the facts come from")
    entries_node = fields.get("entries")
    if entries_node is None:
        raise _fail(path, 1, "missing 'entries' (a list of entries)")
    if isinstance(entries_node, yaml.ScalarNode) and entries_node.tag == _TAG + "null":
        return KBFile(str(path), tuple(sources), ())
    if not isinstance(entries_node, yaml.SequenceNode):
        raise _fail(path, entries_node.start_mark.line + 1, "'entries' must be a list of entries")
    entries: list[tuple[dict[str, object], int]] = []
    for item in entries_node.value:
        line = item.start_mark.line + 1
        if not isinstance(item, yaml.MappingNode):
            raise _fail(path, line, "an entry must be a mapping (id, name, type, ...)")
        value = to_python(item, path)
        assert isinstance(value, dict)
        entries.append((value, line))
    return KBFile(str(path), tuple(sources), tuple(entries))
