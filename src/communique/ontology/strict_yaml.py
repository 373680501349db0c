"""Reads an ontology YAML file strictly: syntax errors and duplicate keys name the file and line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import yaml

from communique.errors import InvalidOntology


def read_yaml_mapping(path: Path) -> dict[str, object]:
    """The top-level mapping of ``path``; anything else raises :class:`InvalidOntology`."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InvalidOntology(f"cannot read the file: {exc.strerror}", source=str(path)) from exc
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        _reject_duplicate_keys(root, path)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        problem = getattr(exc, "problem", None) or str(exc)
        raise InvalidOntology(f"invalid YAML: {problem}", source=where) from exc
    if not isinstance(data, dict):
        raise InvalidOntology("the file must hold a mapping at its top level", source=str(path))
    return {str(key): value for key, value in data.items()}


def _reject_duplicate_keys(root: yaml.Node | None, path: Path) -> None:
    """PyYAML keeps the last of two equal keys silently; a data file must not have any."""
    for node in _mappings(root):
        seen: set[str] = set()
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                continue
            if key_node.value in seen:
                line = key_node.start_mark.line + 1
                raise InvalidOntology(f"duplicate key {key_node.value!r}", source=f"{path}:{line}")
            seen.add(key_node.value)


def _mappings(node: yaml.Node | None) -> Iterator[yaml.MappingNode]:
    """Every mapping node in the tree under ``node``, depth first."""
    stack: list[yaml.Node] = [node] if node is not None else []
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.MappingNode):
            yield current
            for key_node, value_node in current.value:
                stack.extend((key_node, value_node))
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
