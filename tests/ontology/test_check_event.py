"""Validating an event's type, mode and contexts against the ontology."""

from __future__ import annotations

import pytest

from communique.errors import InvalidValue
from communique.ontology import Ontology


def test_a_valid_event_has_no_problems(ontology: Ontology) -> None:
    assert ontology.event_problems("CONSULT", "phone", ["diplomatic", "military"]) == ()
    ontology.check_event("CONSULT", "phone", ["diplomatic"])


def test_mode_and_contexts_are_optional(ontology: Ontology) -> None:
    assert ontology.event_problems("AGREE") == ()
    assert ontology.event_problems("SUPPORT", None, []) == ()


def test_a_type_of_an_older_draft_is_refused(ontology: Ontology) -> None:
    (problem,) = ontology.event_problems("DEMAND")
    assert "'DEMAND' is not a PLOVER 2.0 draft event type" in problem


def test_a_mode_of_another_type_is_refused_with_the_right_modes(ontology: Ontology) -> None:
    (problem,) = ontology.event_problems("CONSULT", "assist")
    assert "'assist' is not a mode of CONSULT" in problem
    assert "phone" in problem


def test_a_mode_on_a_type_without_modes_is_refused(ontology: Ontology) -> None:
    (problem,) = ontology.event_problems("AGREE", "visit")
    assert "AGREE has no modes" in problem


def test_unknown_and_auxiliary_contexts_are_refused(ontology: Ontology) -> None:
    problems = ontology.event_problems("CONSULT", None, ["diplomatic", "humanitarian", "future"])
    assert len(problems) == 2
    assert "'humanitarian' is not a PLOVER 2.0 draft context" in problems[0]
    assert "auxiliary mode" in problems[1] and "status" in problems[1]


def test_check_event_raises_every_problem_at_once(ontology: Ontology) -> None:
    with pytest.raises(InvalidValue) as caught:
        ontology.check_event("CONSULT", "fax", ["nowhere"])
    assert caught.value.code == "E111"
    assert "'fax'" in str(caught.value) and "'nowhere'" in str(caught.value)


def test_event_type_lookup_refuses_unknown_names(ontology: Ontology) -> None:
    assert ontology.event_type("ASSAULT").quad_code == 4
    with pytest.raises(InvalidValue):
        ontology.event_type("FIGHT")
    with pytest.raises(InvalidValue):
        ontology.score("CONSULT", "fax")
