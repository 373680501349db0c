"""Where the package data lives, and a YAML loader whose errors name the file and line."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from communique.errors import InvalidLanguageData

# libyaml's loader when PyYAML was built with it (the PyPI wheels are): about ten times faster.
YAML_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def data_dir() -> Path:
    """The package's ``data/`` folder."""
    return Path(str(resources.files("communique") / "data"))


def language_dir(code: str) -> Path:
    """The data folder of one language (``data/lang/<code>``)."""
    return data_dir() / "lang" / code


def supported_languages() -> tuple[str, ...]:
    """Codes of the languages that have a data folder with a ``language.yaml``."""
    root = data_dir() / "lang"
    return tuple(sorted(p.name for p in root.iterdir() if (p / "language.yaml").is_file()))


def load_yaml(path: Path, *, error: type[Exception] = InvalidLanguageData) -> Any:
    """Parse one YAML file; a syntax error becomes ``error`` naming the file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise error(f"cannot read {path}: {exc.strerror}") from exc
    try:
        return yaml.load(text, Loader=YAML_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        problem = getattr(exc, "problem", None) or str(exc)
        raise error(f"{where}: invalid YAML: {problem}") from exc
