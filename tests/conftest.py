"""Shared fixtures: the packaged pipeline (loaded once per test session) and the dev gold set."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).parent / "data"
GOLD_DEV = DATA / "gold" / "dev"
EXAMPLES = Path(__file__).parent.parent / "examples"


@pytest.fixture(scope="session")
def pipeline() -> Any:
    from communique import Pipeline

    return Pipeline.load()


@pytest.fixture(scope="session")
def gold_docs() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD_DEV.glob("*.json"))]
