"""The JSON Schema (draft 2020-12) of ``communique.result/1``, shipped in ``data/schema/``."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from communique.errors import ExtraNotInstalled, SetupError
from communique.resources.files import data_dir


def schema_path() -> Path:
    """Where the shipped result schema lives."""
    return data_dir() / "schema" / "result-1.schema.json"


def result_schema() -> dict[str, Any]:
    """The result schema as a dict (read afresh on each call)."""
    path = schema_path()
    try:
        schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise SetupError(f"the result schema cannot be read: {exc}", source=str(path)) from exc
    return schema


def result_problems(result: Mapping[str, Any], schema: Mapping[str, Any] | None = None) -> list[str]:
    """What makes ``result`` invalid under the schema, one line each (empty when valid).

    Needs the ``jsonschema`` package (a development dependency).
    """
    try:
        from jsonschema import Draft202012Validator
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise ExtraNotInstalled("checking results needs the jsonschema package: pip install jsonschema") from exc
    validator = Draft202012Validator(dict(schema or result_schema()))
    errors = sorted(validator.iter_errors(result), key=lambda e: list(e.absolute_path))
    return [f"{'/'.join(str(p) for p in e.absolute_path) or '(top)'}: {e.message}" for e in errors]
