"""A demonstrative noun ("cette déclaration", "this agreement") takes the one date the document gives another
mention of the same noun ("la déclaration signée le 3 mars"); no date when there is none or more than one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from communique import SourceInput
from tests.coding.helpers import coder_from_yaml

pytestmark = pytest.mark.slow

RULES = """
type: SUPPORT
rules:
  - id: en.t.adoption-by
    trigger: {lemmas: [adoption, ratification], pos: [NOUN], requires: [by]}
    actor: [{preps: [by]}, complement]
    recipient: []
    status: realized
    confidence: 0.8
"""


def _dates(pipeline: Any, text: str, lang: str, coder: Any = None) -> list[str | None]:
    source = SourceInput(text=text, id="t", language=lang, issuer={"en": "USA", "fr": "FRA"}[lang],
                         published=dt.date(2021, 6, 1), published_from="given")
    result = pipeline.extract(source)
    if coder is None:
        return [e.date.value for e in result.events if e.type == "SUPPORT"]
    stages = pipeline.stages(lang)
    parse = stages.parser.parse(result.doc.text)
    return [e.date.value for e in coder.code(result.doc, parse, result.entities, result.timexes, stages.cues)]


def test_a_demonstrative_takes_the_date_of_the_dated_mention(pipeline: Any) -> None:
    text = ("La déclaration commune signée le 3 mars 2021 précise les dispositions de l'accord. Suite à l'adoption "
            "de cette déclaration par la France et le Maroc, l'accord est entré en vigueur.")
    assert _dates(pipeline, text, "fr") == ["2021-03-03"]


def test_without_a_dated_mention_there_is_no_date(pipeline: Any) -> None:
    text = ("La déclaration commune précise les dispositions de l'accord. Suite à l'adoption "
            "de cette déclaration par la France et le Maroc, l'accord est entré en vigueur.")
    assert _dates(pipeline, text, "fr") == [None]


def test_two_dated_mentions_leave_the_reference_undated(pipeline: Any) -> None:
    text = ("La déclaration signée le 3 mars 2021 et la déclaration adoptée le 5 avril 2021 précisent l'accord. "
            "Suite à l'adoption de cette déclaration par la France et le Maroc, l'accord est entré en vigueur.")
    assert _dates(pipeline, text, "fr") == [None]


def test_english_demonstrative_and_not_an_article(pipeline: Any, tmp_path: Path) -> None:
    coder = coder_from_yaml(tmp_path, "en", RULES)
    dated = "The trade agreement signed on March 3 sets the rules. "
    assert _dates(pipeline, dated + "The ratification of this agreement by Japan followed.", "en", coder) == [
        "2021-03-03"]
    assert _dates(pipeline, dated + "The ratification of an agreement by Japan followed.", "en", coder) == [None]
