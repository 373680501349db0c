"""Real results for the export tests: the example readout and a few dev documents, extracted once."""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import pytest

from communique import Result, SourceInput
from tests.conftest import EXAMPLES, GOLD_DEV

# Dev documents with events of several statuses: c016 a negated SUPPORT, d005 a planned MOBILIZE,
# d011 a planned AID and ongoing acts, d029 a planned RETREAT. Which events a document gives changes as
# the coder improves, so the hypothetical status comes from a constructed copy of the example (`doubted`).
DEV_IDS = ("c016", "d005", "d011", "d029")


@pytest.fixture(scope="session")
def seed_result(pipeline: Any) -> Result:
    text = (EXAMPLES / "elysee-2018-02-09.txt").read_text(encoding="utf-8")
    source = SourceInput(text=text, id="seed", issuer="FRA", published=dt.date(2018, 2, 9), published_from="given")
    result: Result = pipeline.extract(source)
    return result


@pytest.fixture(scope="session")
def seed(seed_result: Result) -> dict[str, Any]:
    return seed_result.to_dict()


@pytest.fixture(scope="session")
def dev_results(pipeline: Any) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for doc_id in DEV_IDS:
        gold = json.loads((GOLD_DEV / f"{doc_id}.json").read_text(encoding="utf-8"))
        published = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
        source = SourceInput(text=gold["text"], id=doc_id, issuer=gold.get("issuer"), language=gold["language"],
                             published=published, published_from="given" if published else None)
        found[doc_id] = pipeline.extract(source).to_dict()
    return found


@pytest.fixture(scope="session")
def doubted(seed: dict[str, Any]) -> dict[str, Any]:
    """The example readout with its call reported as only possible: a hypothetical event."""
    out = copy.deepcopy(seed)
    out["doc"]["id"] = "seed-doubted"
    event(out, type="CONSULT", mode="phone", status="realized")["status"] = "hypothetical"
    return out


@pytest.fixture(scope="session")
def all_results(seed: dict[str, Any], doubted: dict[str, Any],
                dev_results: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    return [seed, doubted, *dev_results.values()]


def event(result: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """The first event of a result whose fields have these values."""
    return next(v for v in result["events"] if all(v.get(k) == x for k, x in fields.items()))
