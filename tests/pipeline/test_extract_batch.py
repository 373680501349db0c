"""Documents parsed together give the results of each parsed alone; a bad one gives its error in place."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from communique.errors import EmptyInput, UnsupportedLanguage
from communique.records import Result, SourceInput

pytestmark = pytest.mark.slow


def test_extract_batch_equals_extract_one_by_one(pipeline: Any, gold_docs: list[dict[str, Any]]) -> None:
    sources = [SourceInput(text=d["text"], id=d["id"], language=d["language"], issuer=d["issuer"],
                           published=dt.date.fromisoformat(d["published"]), published_from="given")
               for d in gold_docs[:3] + gold_docs[-3:]]
    sources.insert(2, SourceInput(text="   \n ", id="blank"))
    sources.insert(4, SourceInput(text="Der Bundeskanzler hat heute mit dem Präsidenten telefoniert.", id="de"))
    batch = pipeline.extract_batch(sources)
    assert isinstance(batch[2], EmptyInput) and isinstance(batch[4], UnsupportedLanguage)
    for source, got in zip(sources, batch, strict=True):
        if source.id in ("blank", "de"):
            continue
        assert isinstance(got, Result)
        assert got.to_json() == pipeline.extract(source).to_json(), source.id
