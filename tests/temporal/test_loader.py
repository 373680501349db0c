"""temporal.yaml is validated: every mistake is an InvalidLanguageData that names the rule."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from communique.errors import InvalidLanguageData
from communique.temporal import TimeTagger
from communique.temporal.loader import parse_ruleset

# A toy language (German) written only for this test: the engine knows no language.
TOY = """
language: de
settings: {numeric_date_order: dmy}
lexicons:
  month: {entries: {januar: 1, februar: 2, mai: 5, dezember: 12}}
  day: {patterns: ['0?[1-9]|[12][0-9]|3[01]']}
  year: {patterns: ['1[0-9]{3}|20[0-9]{2}']}
  number: {entries: {zwei: 2, drei: 3}, patterns: ['[0-9]{1,3}']}
  unit: {entries: {tagen: day, tage: day, jahren: year, jahre: year, wochen: week}}
  deictic: {entries: {gestern: -1, heute: 0, morgen: 1}}
macros:
  numeric_day: "{day}"
  numeric_month: "{month:day}"
  numeric_year: "{year}"
  numeric_separator: "."
rules:
  - id: de.date.day-month-year
    type: DATE
    pattern: "[am] {day}. {month} {year}"
    value: {date: {year: $year, month: $month, day: $day}}
    examples: [{text: "am 9. Februar 2018", span: "am 9. Februar 2018", value: "2018-02-09"}]
  - id: de.date.numeric
    type: DATE
    pattern: "{@numeric_date}"
    value: {date: {year: $year, month: $month, day: $day}}
    examples: [{text: "9.2.2018", span: "9.2.2018", value: "2018-02-09"}]
  - id: de.date.ago
    type: DATE
    pattern: "vor {n:number} {unit}"
    value: {shift: {$unit: -$n}}
    examples: [{text: "vor drei Tagen", span: "vor drei Tagen", value: "2018-02-06", published: 2018-02-09}]
  - id: de.date.deictic
    type: DATE
    pattern: "{rel:deictic}"
    value: {shift: {day: $rel}}
    examples: [{text: "gestern", span: "gestern", value: "2018-02-08", published: 2018-02-09}]
  - id: de.duration.number-unit
    type: DURATION
    pattern: "{n:number} {unit}"
    value: {duration: {$unit: $n}}
    examples: [{text: "zwei Jahre", span: "zwei Jahre", value: "P2Y"}]
"""


def toy() -> dict[str, Any]:
    raw: dict[str, Any] = yaml.safe_load(TOY)
    return raw


def test_a_language_written_as_data_only(tmp_path: Path) -> None:
    path = tmp_path / "temporal.yaml"
    path.write_text(TOY, encoding="utf-8")
    tagger = TimeTagger.from_file(path, "de")
    got = tagger.tag("Gestern, am 9. Februar 2018 (9.2.2018), vor drei Tagen, zwei Jahre.",
                     published=dt.date(2018, 2, 9))
    assert [(t.text, t.value, t.rule) for t in got] == [
        ("Gestern", "2018-02-08", "de.date.deictic"),
        ("am 9. Februar 2018", "2018-02-09", "de.date.day-month-year"),
        ("9.2.2018", "2018-02-09", "de.date.numeric"),
        ("vor drei Tagen", "2018-02-06", "de.date.ago"),
        ("zwei Jahre", "P2Y", "de.duration.number-unit"),
    ]


def _broken(change: Any) -> str:
    raw = toy()
    change(raw)
    with pytest.raises(InvalidLanguageData) as err:
        TimeTagger.from_ruleset(parse_ruleset(raw, source="toy.yaml"))
    return str(err.value)


def rule(raw: dict[str, Any], rid: str) -> dict[str, Any]:
    found: dict[str, Any] = next(r for r in raw["rules"] if r["id"] == rid)
    return found


def test_unknown_lexicon_names_the_rule() -> None:
    msg = _broken(lambda raw: rule(raw, "de.date.ago").update(pattern="vor {n:zahl} {unit}"))
    assert "de.date.ago" in msg and "zahl" in msg and msg.startswith("E202")


def test_value_slot_missing_from_pattern() -> None:
    msg = _broken(lambda raw: rule(raw, "de.date.ago").update(value={"shift": {"$unit": "-$count"}}))
    assert "de.date.ago" in msg and "count" in msg


def test_positional_group_in_a_lexicon_pattern() -> None:
    msg = _broken(lambda raw: raw["lexicons"]["day"].update(patterns=["(0?[1-9])"]))
    assert "capturing group" in msg


def test_duplicate_rule_id() -> None:
    assert "duplicate" in _broken(lambda raw: raw["rules"].append(dict(rule(raw, "de.date.ago"))))


def test_rule_id_shape() -> None:
    assert "id must look like" in _broken(lambda raw: rule(raw, "de.date.ago").update(id="Ago"))


def test_rule_without_examples() -> None:
    assert "positive example" in _broken(lambda raw: rule(raw, "de.date.ago").update(examples=[]))


def test_invalid_literal_value() -> None:
    msg = _broken(lambda raw: rule(raw, "de.date.deictic").update(value="yesterday"))
    assert "not a TIMEX3 value" in msg


def test_unknown_date_field() -> None:
    msg = _broken(lambda raw: rule(raw, "de.date.deictic").update(value={"date": {"fortnight": 1}}))
    assert "unknown date field" in msg


def test_part_of_day_requires_type_time() -> None:
    msg = _broken(lambda raw: rule(raw, "de.date.deictic").update(value={"shift": {"day": "$rel"}, "part": "MO"}))
    assert "TIME" in msg


def test_example_span_must_be_in_its_text() -> None:
    msg = _broken(lambda raw: rule(raw, "de.date.deictic").update(
        examples=[{"text": "gestern", "span": "heute", "value": "2018-02-09"}]))
    assert "not in the text" in msg


def test_unbalanced_pattern() -> None:
    msg = _broken(lambda raw: rule(raw, "de.date.ago").update(pattern="vor [{n:number} {unit}"))
    assert "de.date.ago" in msg and "missing" in msg


def test_unknown_keys_are_refused() -> None:
    assert "unknown key" in _broken(lambda raw: rule(raw, "de.date.ago").update(valeur=1))


def test_numeric_date_order_needs_its_macros() -> None:
    assert "numeric_date_order" in _broken(lambda raw: raw["macros"].pop("numeric_separator"))


def test_shipped_rule_files_are_valid() -> None:
    for code in ("fr", "en"):
        tagger = TimeTagger.for_language(code)
        assert len(tagger.rules.rules) > 40
        assert all(r.examples for r in tagger.rules.rules)
        assert tagger.rules.settings["numeric_date_order"] in ("dmy", "mdy")
