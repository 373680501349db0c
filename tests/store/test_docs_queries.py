"""Every SQL example in docs/store.md runs on a store of real results."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from communique.store import Store

pytestmark = pytest.mark.slow

DOC = Path(__file__).resolve().parents[2] / "docs" / "store.md"
EXAMPLES = re.findall(r"```sql\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)


def test_the_doc_has_examples() -> None:
    assert len(EXAMPLES) >= 5


@pytest.mark.parametrize("sql", EXAMPLES, ids=[f"example-{i + 1}" for i in range(len(EXAMPLES))])
def test_example_runs(store: Store, sql: str) -> None:
    result = store.query(sql)
    assert result.columns
