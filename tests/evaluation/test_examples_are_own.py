"""The language data's examples are the project's own sentences: none repeats six words running of a dev
document (tests/data/gold/dev), on which the project is measured. Rules and their examples are written for the
language, not for the sentences of the measure."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from communique.resources import language_dir, load_yaml

DEV = Path(__file__).parent.parent / "data" / "gold" / "dev"
RUN = 6  # words in a row: shorter runs are the language's formulas ("had a telephone conversation with")


def _words(text: str) -> list[str]:
    return re.sub(r"\s+", " ", text).strip().split(" ")


def _texts(data: Any) -> Iterator[str]:
    """Every `text` value in a YAML tree."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "text" and isinstance(value, str):
                yield value
            else:
                yield from _texts(value)
    elif isinstance(data, list):
        for value in data:
            yield from _texts(value)


def _runs(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[k : k + RUN]) for k in range(len(words) - RUN + 1)}


def _dev_runs() -> set[tuple[str, ...]]:
    runs: set[tuple[str, ...]] = set()
    for path in sorted(DEV.glob("*.json")):
        runs |= _runs(_words(json.loads(path.read_text(encoding="utf-8"))["text"]))
    return runs


def _copied(texts: list[str], dev: set[tuple[str, ...]]) -> list[str]:
    return [text for text in texts if _runs(_words(text)) & dev]


def test_no_example_repeats_a_dev_document() -> None:
    dev = _dev_runs()
    assert len(dev) > 10_000  # the dev documents are there
    copied = []
    for lang in ("fr", "en"):
        folder = language_dir(lang)
        for path in sorted([*folder.glob("*.yaml"), *(folder / "coding").glob("*.yaml")]):
            copied += [f"{path.name}: {t[:80]}" for t in _copied(list(_texts(load_yaml(path))), dev)]
    assert copied == []


def test_a_copied_run_is_found_and_a_shorter_formula_is_not() -> None:
    dev = _dev_runs()
    sentence = json.loads(sorted(DEV.glob("*.json"))[0].read_text(encoding="utf-8"))["text"].split(".")[0]
    words = _words(sentence)
    assert len(words) > RUN
    copy = "In a new sentence, " + " ".join(words[1 : RUN + 1]) + " and more."
    formula = " ".join(words[1:RUN]) + " zzz " + " ".join(words[RUN : RUN + 3])
    assert _copied([copy, formula], dev) == [copy]
