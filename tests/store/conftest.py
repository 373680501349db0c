"""Fixtures for the store tests: real results (the example readout and three dev documents) and a fresh store."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from communique import SourceInput
from communique.store import Store
from tests.conftest import EXAMPLES, GOLD_DEV

EXAMPLE_ID = "elysee-2018-02-09"
DEV_IDS = ("c003", "c018", "c019")


@pytest.fixture(scope="session")
def results(pipeline: Any) -> list[dict[str, Any]]:
    """Result dicts of the example readout (published 2018-02-09 by FRA) and three dev documents."""
    out = [r.to_dict() for r in pipeline.extract_file(EXAMPLES / f"{EXAMPLE_ID}.txt",
                                                      published=dt.date(2018, 2, 9), issuer="FRA")]
    for doc_id in DEV_IDS:
        gold = json.loads((GOLD_DEV / f"{doc_id}.json").read_text(encoding="utf-8"))
        source = SourceInput(text=gold["text"], id=gold["id"], language=gold["language"], issuer=gold["issuer"],
                             published=dt.date.fromisoformat(gold["published"]), published_from="given")
        out.append(pipeline.extract(source).to_dict())
    return out


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "corpus.duckdb"


@pytest.fixture
def store(store_path: Path, results: list[dict[str, Any]]) -> Iterator[Store]:
    """A new store holding every result."""
    with Store.open(store_path) as opened:
        opened.ingest(results)
        yield opened
