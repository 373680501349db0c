"""Reading gold files and result files for scoring."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from communique.errors import InvalidJSON, UnreadableInput


def load_gold(folder: Path) -> list[dict[str, Any]]:
    """Every ``*.json`` gold file of a folder, sorted by file name."""
    if not folder.is_dir():
        raise UnreadableInput(f"gold folder {folder} does not exist")
    return [_read_json(p) for p in sorted(folder.glob("*.json"))]


def load_results(path: Path) -> dict[str, dict[str, Any]]:
    """Results by document id, from a folder of ``*.json`` files or one JSONL file."""
    if not path.exists():
        raise UnreadableInput(f"results {path} do not exist")
    docs: list[dict[str, Any]] = []
    if path.is_dir():
        docs = [_read_json(p) for p in sorted(path.glob("*.json"))]
    elif path.suffix == ".json":
        docs = [_read_json(path)]
    else:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    docs.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise InvalidJSON(f"line {n}: {exc.msg}", source=str(path)) from exc
    out: dict[str, dict[str, Any]] = {}
    for d in docs:
        doc_id = (d.get("doc") or {}).get("id")
        if doc_id:
            out[str(doc_id)] = d
    return out


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InvalidJSON(f"{exc.msg} at line {exc.lineno}", source=str(path)) from exc
