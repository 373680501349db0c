"""Where the KB files are: the packaged ones, and the user's files or folders."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from communique.errors import InvalidKnowledgeBase
from communique.resources import data_dir


def kb_dir() -> Path:
    """The packaged KB folder (``data/kb``)."""
    return data_dir() / "kb"


def packaged_files() -> tuple[Path, ...]:
    """Every ``*.yaml`` under the packaged KB folder, in a stable order."""
    return tuple(sorted(kb_dir().rglob("*.yaml")))


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given, folders replaced by their ``*.yaml`` files (sorted); missing ones are an error."""
    found: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found.extend(sorted(path.rglob("*.yaml")))
        elif path.is_file():
            found.append(path)
        else:
            raise InvalidKnowledgeBase("no such KB file or folder", source=str(path))
    return found
