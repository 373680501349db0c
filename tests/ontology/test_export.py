"""The manual's future rule as applied by the PLOVER export."""

from __future__ import annotations

from typing import get_args

import pytest

from communique.errors import InvalidValue
from communique.ontology import Ontology, RuleExample, load_ontology, plover_export_type
from communique.records import EventStatus


def _examples() -> list[tuple[str, RuleExample]]:
    return [(rule.id, example) for rule in load_ontology().future_rules for example in rule.examples]


@pytest.mark.parametrize(
    ("rule_id", "example"),
    _examples(),
    ids=[f"{rule_id}:{ex.type}-{ex.status}" for rule_id, ex in _examples()],
)
def test_future_rule_example(ontology: Ontology, rule_id: str, example: RuleExample) -> None:
    assert ontology.export_type(example.type, example.status) == example.expect, rule_id


def test_every_future_rule_has_a_positive_and_a_negative_example(ontology: Ontology) -> None:
    for rule in ontology.future_rules:
        assert any(ex.expect == rule.becomes and ex.type != rule.becomes for ex in rule.examples), rule.id
        assert any(ex.expect == ex.type for ex in rule.examples), rule.id


def test_planned_cooperation_exports_as_agree() -> None:
    for event_type in ("CONSULT", "SUPPORT", "COOPERATE", "AID"):
        assert plover_export_type(event_type, "planned") == "AGREE"


def test_only_planned_events_change_type(ontology: Ontology) -> None:
    for status in get_args(EventStatus):
        if status == "planned":
            continue
        for event_type in ontology.types:
            assert plover_export_type(event_type, status, ontology) == event_type


def test_conflict_and_concessions_keep_their_type_when_planned(ontology: Ontology) -> None:
    for event_type in ("CONCEDE", "AGREE", "ASSAULT", "THREATEN", "REQUEST", "SANCTION"):
        assert ontology.export_type(event_type, "planned") == event_type


def test_a_mode_is_dropped_when_the_type_changes(ontology: Ontology) -> None:
    assert ontology.export_mode("CONSULT", "visit", "planned") is None
    assert ontology.export_mode("CONSULT", "visit", "realized") == "visit"
    assert ontology.export_mode("ASSAULT", "aerial", "planned") == "aerial"


def test_an_unknown_type_is_an_error(ontology: Ontology) -> None:
    with pytest.raises(InvalidValue):
        ontology.export_type("DEMAND", "planned")
