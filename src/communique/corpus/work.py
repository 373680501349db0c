"""The unit of work of every engine: code some documents with one loaded pipeline.

`code_items` is what a local worker process, a Ray actor and the in-process engine all run,
so that every engine gives the same result for the same document. A result travels as its
JSON line (``communique.result/1``), which is what the sinks write or parse.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from communique.corpus.inputs import CorpusItem
from communique.corpus.manifest import DONE, FAILED
from communique.errors import CommuniqueError, DocumentFailed, InputError, SetupError
from communique.pipeline import Pipeline


@dataclass(frozen=True)
class Outcome:
    """What coding one document gave: its result as a JSON line, or the error that stopped it."""

    id: str
    where: str
    input_hash: str
    status: str
    code: str | None = None
    message: str | None = None
    result_json: str | None = None

    @cached_property
    def result(self) -> Mapping[str, Any]:
        """The result as a dict (parsed on first use)."""
        if self.result_json is None:
            raise ValueError(f"document {self.id} has no result")
        value: Mapping[str, Any] = json.loads(self.result_json)
        return value


def failure(item: CorpusItem, error: CommuniqueError) -> Outcome:
    """The outcome of a document that could not be coded."""
    return Outcome(id=item.id, where=item.where, input_hash=item.input_hash, status=FAILED,
                   code=error.code, message=error.message)


def code_item(pipeline: Pipeline, item: CorpusItem) -> Outcome:
    """Code one document (see `code_items`)."""
    return code_items(pipeline, [item])[0]


def code_items(pipeline: Pipeline, items: Sequence[CorpusItem]) -> list[Outcome]:
    """Code several documents in order, their texts parsed together. Input errors and unexpected
    exceptions become failed outcomes; a broken installation (`SetupError`) is raised, since no
    other document would do better."""
    readable = [item for item in items if item.source is not None]
    found = iter(pipeline.extract_batch([item.source for item in readable if item.source is not None]))
    outcomes = []
    for item in items:
        if item.error is not None or item.source is None:
            outcomes.append(failure(item, item.error or DocumentFailed("no input", source=item.where)))
            continue
        result = next(found)
        if isinstance(result, SetupError):
            raise result
        if isinstance(result, InputError):
            outcomes.append(failure(item, result))
        elif isinstance(result, Exception):  # a bug on one document must not cost the others
            error = DocumentFailed(f"{type(result).__name__}: {result}", source=item.where)
            outcomes.append(failure(item, error))
        else:
            outcomes.append(Outcome(id=item.id, where=item.where, input_hash=item.input_hash, status=DONE,
                                    result_json=result.to_json()))
    return outcomes
