"""Corpora of real official texts (the dev documents) as batch inputs, and the session's pipeline."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import GOLD_DEV

INPUT_FIELDS = ("id", "language", "issuer", "published", "title", "text")


def dev_records(count: int | None = None) -> list[dict[str, Any]]:
    """Input records (id, language, issuer, published, text) of the dev documents, in name order."""
    records = []
    for path in sorted(GOLD_DEV.glob("*.json"))[:count]:
        gold = json.loads(path.read_text(encoding="utf-8"))
        records.append({k: gold[k] for k in INPUT_FIELDS if gold.get(k) is not None})
    return records


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def without_source(result: dict[str, Any]) -> dict[str, Any]:
    """A result without ``doc.source`` (where the input was read: a file:line locally, a path on Ray)."""
    doc = {k: v for k, v in result["doc"].items() if k != "source"}
    return {**result, "doc": doc}


@pytest.fixture
def shared_pipeline(monkeypatch: pytest.MonkeyPatch, pipeline: Any) -> Any:
    """In-process engines use the session's pipeline instead of loading their own."""
    from communique import pipeline as module

    monkeypatch.setattr(module.Pipeline, "load", classmethod(lambda cls, **kw: pipeline))
    return pipeline
