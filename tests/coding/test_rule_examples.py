"""Every event rule's examples, run one by one through the whole pipeline."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from communique import SourceInput
from communique.resources import language_dir, load_yaml

pytestmark = pytest.mark.slow
DEFAULTS = {"fr": ("FRA", "2020-10-01"), "en": ("USA", "2022-03-01")}


def _cases() -> list[tuple[str, str, dict[str, Any]]]:
    out = []
    for lang in ("fr", "en"):
        for path in sorted((language_dir(lang) / "coding").glob("*.yaml")):
            for rule in load_yaml(path)["rules"]:
                assert rule.get("examples"), f"{rule['id']} has no examples"
                out.extend((lang, rule["id"], ex) for ex in rule["examples"])
    return out


@pytest.mark.parametrize(("lang", "rule_id", "example"), _cases(), ids=lambda v: str(v)[:50])
def test_rule_example(pipeline: Any, lang: str, rule_id: str, example: dict[str, Any]) -> None:
    issuer, published = DEFAULTS[lang]
    source = SourceInput(text=example["text"], id="x", language=lang, issuer=example.get("issuer", issuer),
                         published=dt.date.fromisoformat(example.get("published", published)),
                         published_from="given")
    result = pipeline.extract(source)
    codes = {e.id: e.code for e in result.entities}
    events = [v for v in result.events if v.rule == rule_id]
    expect = example["expect"]
    if expect is None:
        assert events == [], f"{rule_id} fired on a negative example"
        return
    assert events, f"{rule_id} did not fire"
    event = events[0]
    for key, value in expect.items():
        if key in {"actor", "recipient"}:
            got = sorted({codes[i] for i in getattr(event, key)})
            assert got == sorted(value), (key, got, event)
        elif key == "date":
            assert event.date.value == value, (key, event.date, event)
        else:
            assert getattr(event, key) == value, (key, event)
