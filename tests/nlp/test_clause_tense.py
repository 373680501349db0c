"""The tense examples of each language's cues.yaml, run one by one on the real parser."""

from __future__ import annotations

from typing import Any

import pytest

from communique.clause import TenseCues, tense_at
from communique.nlp import load_parser
from communique.resources import language_dir, load_language_config, load_yaml

pytestmark = pytest.mark.slow

EXAMPLES = [
    (lang, ex)
    for lang in ("fr", "en")
    for ex in load_yaml(language_dir(lang) / "cues.yaml")["tense"]["examples"]
]


@pytest.fixture(scope="module")
def parsers() -> dict[str, Any]:
    return {lang: load_parser(load_language_config(lang)) for lang in ("fr", "en")}


@pytest.mark.parametrize(("lang", "example"), EXAMPLES, ids=[f"{lang}:{ex['text']}" for lang, ex in EXAMPLES])
def test_tense_example(parsers: dict[str, Any], lang: str, example: dict[str, str]) -> None:
    parse = parsers[lang].parse(example["text"])
    start = example["text"].index(example["at"])
    assert tense_at(parse, start, start + len(example["at"]), TenseCues.for_language(lang)) == example["tense"]
