"""Every example of every temporal rule, run one by one (parametrized by rule id)."""

from __future__ import annotations

from functools import cache

import pytest

from communique.records import Tense, Timex
from communique.temporal import TenseAt, TimeTagger
from communique.temporal.schema import Example, Negative, Rule

LANGUAGES = ("fr", "en")


@cache
def tagger(code: str) -> TimeTagger:
    return TimeTagger.for_language(code)


def _rules() -> list[tuple[str, Rule]]:
    return [(code, rule) for code in LANGUAGES for rule in tagger(code).rules.rules]


def _tense(tense: Tense | None) -> TenseAt | None:
    if tense is None:
        return None
    return lambda start, end: tense


def _run(code: str, item: Example | Negative) -> list[Timex]:
    return tagger(code).tag(item.text, published=item.published, tense_at=_tense(item.tense))


@pytest.mark.parametrize(("code", "rule"), _rules(), ids=lambda r: r.id if isinstance(r, Rule) else r)
def test_positive_examples(code: str, rule: Rule) -> None:
    for ex in rule.examples:
        got = _run(code, ex)
        mine = [(t.text, t.value, t.type) for t in got if t.rule == rule.id]
        assert any(text == ex.span and value == ex.value and (ex.type is None or ex.type == rtype)
                   for text, value, rtype in mine), (
            f"{ex.text!r} (published {ex.published}, tense {ex.tense}): expected {ex.span!r} = {ex.value}, "
            f"got {[(t.text, t.value, t.rule) for t in got]}"
        )


@pytest.mark.parametrize(("code", "rule"), _rules(), ids=lambda r: r.id if isinstance(r, Rule) else r)
def test_negative_examples(code: str, rule: Rule) -> None:
    for neg in rule.negatives:
        got = [t for t in _run(code, neg) if t.rule == rule.id]
        assert not got, f"{neg.text!r}: rule should not tag, got {[(t.text, t.value) for t in got]}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_rule_has_examples(code: str) -> None:
    for rule in tagger(code).rules.rules:
        assert rule.examples, rule.id
        assert rule.id.startswith(f"{code}."), rule.id
