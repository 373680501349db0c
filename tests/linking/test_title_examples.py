"""Every title rule's examples, run one by one: the rule's phrase is found in each."""

from __future__ import annotations

from typing import Any

import pytest

from communique.linking.titles import load_titles

pytestmark = pytest.mark.slow

def _cases() -> list[tuple[str, str, str]]:
    from communique.resources import language_dir, load_yaml

    out = []
    for lang in ("fr", "en"):
        for item in load_yaml(language_dir(lang) / "titles.yaml")["titles"]:
            assert item.get("examples"), f"{item['id']} has no examples"
            out.extend((lang, item["id"], ex) for ex in item["examples"])
    return out


@pytest.mark.parametrize(("lang", "rule_id", "example"), _cases(), ids=lambda v: str(v)[:40])
def test_title_example(pipeline: Any, lang: str, rule_id: str, example: str) -> None:
    hits = pipeline.stages(lang).linker.titles.find(example)
    assert any(sense.rule.id == rule_id for h in hits for sense in h.values), [
        (example[h.start : h.end], [s.rule.id for s in h.values]) for h in hits]


def test_every_rule_has_an_id_of_its_language() -> None:
    for lang in ("fr", "en"):
        ids = [r.id for r in load_titles(lang).rules]
        assert len(ids) == len(set(ids))
        assert all(i.startswith(f"{lang}.title.") for i in ids)
