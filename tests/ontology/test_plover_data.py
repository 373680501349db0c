"""The shipped PLOVER data says what the 2.0 draft manual says (types, quads, modes, contexts)."""

from __future__ import annotations

import re

from communique.ontology import Ontology

# The event types of PLOVER_MANUAL.tex, DRAFT Version 2.0, in the manual's order, with the
# quad category each type's own section gives.
MANUAL_TYPES = {
    "AGREE": "verbal_cooperation",
    "CONSULT": "verbal_cooperation",
    "SUPPORT": "verbal_cooperation",
    "CONCEDE": "verbal_cooperation",
    "COOPERATE": "material_cooperation",
    "AID": "material_cooperation",
    "RETREAT": "material_cooperation",
    "REQUEST": "verbal_conflict",
    "ACCUSE": "verbal_conflict",
    "REJECT": "verbal_conflict",
    "THREATEN": "verbal_conflict",
    "PROTEST": "material_conflict",
    "SANCTION": "material_conflict",
    "MOBILIZE": "material_conflict",
    "COERCE": "material_conflict",
    "ASSAULT": "material_conflict",
}


def test_exactly_the_sixteen_types_of_the_manual_in_its_order(ontology: Ontology) -> None:
    assert list(ontology.types) == list(MANUAL_TYPES)
    assert len(ontology.types) == 16


def test_no_category_of_the_older_eighteen_category_draft(ontology: Ontology) -> None:
    for old in ("DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT", "CRIME"):
        assert old not in ontology.types


def test_version_and_source_are_named(ontology: Ontology) -> None:
    assert ontology.version == "PLOVER 2.0 draft"
    assert "openeventdata/PLOVER" in ontology.source_url
    assert ontology.source_url.endswith("PLOVER_MANUAL.tex")
    assert ontology.licence == "CC BY-SA 4.0"


def test_quad_class_of_every_type_is_the_manuals(ontology: Ontology) -> None:
    assert {name: t.quad_class for name, t in ontology.types.items()} == MANUAL_TYPES


def test_quad_classes_are_the_four_with_codes_one_to_four(ontology: Ontology) -> None:
    codes = {name: quad.code for name, quad in ontology.quad_classes.items()}
    assert codes == {
        "verbal_cooperation": 1,
        "material_cooperation": 2,
        "verbal_conflict": 3,
        "material_conflict": 4,
    }
    for event_type in ontology.types.values():
        assert event_type.quad_code == codes[event_type.quad_class]


def test_recipient_required_only_where_the_manual_says_so(ontology: Ontology) -> None:
    required = {name for name, t in ontology.types.items() if t.requires_recipient}
    assert required == {"COOPERATE", "AID", "SANCTION"}


def test_eleven_types_have_modes(ontology: Ontology) -> None:
    with_modes = {name for name, t in ontology.types.items() if t.modes}
    assert with_modes == {
        "CONSULT", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
        "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }  # fmt: skip


def test_modes_that_readouts_use_are_the_manuals(ontology: Ontology) -> None:
    modes = {name: set(t.modes) for name, t in ontology.types.items()}
    assert modes["CONSULT"] == {"visit", "third-party", "multilateral", "phone"}
    assert modes["REQUEST"] == modes["REJECT"] == {"assist", "change", "yield", "meet"}
    assert modes["ACCUSE"] == {"disapprove", "investigate", "allege"}
    assert modes["SANCTION"] == {"convict", "expel", "withdraw", "discontinue"}
    assert modes["THREATEN"] == {"restrict", "arrest", "relations", "expel", "territory", "violence"}
    assert {"targeted", "aerial", "drone", "crowd-control"} <= modes["ASSAULT"]
    assert "return" not in modes["RETREAT"]  # commented out of the 2.0 table


def test_every_mode_is_well_named_and_described(ontology: Ontology) -> None:
    for event_type in ontology.types.values():
        for name, mode in event_type.modes.items():
            assert mode.name == name
            assert re.fullmatch(r"[a-z]+(-[a-z]+)*", name), name
            assert len(mode.description) > 5, (event_type.name, name)


def test_every_type_has_a_definition(ontology: Ontology) -> None:
    for event_type in ontology.types.values():
        assert len(event_type.definition) > 30, event_type.name


def test_scores_lie_on_the_ten_point_scale(ontology: Ontology) -> None:
    for event_type in ontology.types.values():
        assert -10 <= event_type.score <= 10
        for mode in event_type.modes.values():
            assert mode.score is None or -10 <= mode.score <= 10


def test_a_score_against_its_quad_carries_a_note(ontology: Ontology) -> None:
    for event_type in ontology.types.values():
        cooperative = event_type.quad_class.endswith("cooperation")
        if (event_type.score > 0) != cooperative and event_type.score != 0:
            assert event_type.notes, f"{event_type.name}: score {event_type.score} against its quad class"


def test_score_of_a_mode_falls_back_to_its_type(ontology: Ontology) -> None:
    assert ontology.score("CONSULT") == 2.5
    assert ontology.score("CONSULT", "phone") == 1.5
    assert ontology.score("CONSULT", "visit") == 4.0
    assert ontology.score("PROTEST", "vandalize") == ontology.score("PROTEST") == -5.0


def test_the_manuals_thirty_seven_contexts_all_described(ontology: Ontology) -> None:
    assert len(ontology.contexts) == 37
    for name, context in ontology.contexts.items():
        assert context.name == name
        assert re.fullmatch(r"[a-z]+(_[a-z]+)*", name), name
        assert len(context.description) > 10, name
    assert {"diplomatic", "military", "economic", "humanitarian"} - set(ontology.contexts) == {"humanitarian"}


def test_auxiliary_modes_are_not_contexts(ontology: Ontology) -> None:
    assert set(ontology.auxiliary_modes) == {"historical", "future", "hypothetical", "negation"}
    assert not set(ontology.auxiliary_modes) & set(ontology.contexts)
    assert ontology.auxiliary_modes["future"].status == "planned"
    assert ontology.auxiliary_modes["negation"].status == "negated"


def test_sector_codes_include_those_the_result_schema_names(ontology: Ontology) -> None:
    assert {"GOV", "MIL", "LEG", "JUD", "COP", "PTY", "REB"} <= set(ontology.sectors)
    for code, sector in ontology.sectors.items():
        assert re.fullmatch(r"[A-Z]{3}", code)
        assert sector.description
    assert ontology.sectors["GOV"].frequent
    assert not ontology.sectors["PRE"].frequent


def test_non_state_actor_codes_include_those_the_result_schema_names(ontology: Ontology) -> None:
    assert {"UNO", "EUR", "IGO", "IMG", "NGO", "MNC"} <= set(ontology.actor_codes)


def test_readout_rules_code_what_the_manual_says(ontology: Ontology) -> None:
    rules = {rule.id: rule for rule in ontology.coding_rules}
    assert (rules["plover.consult.remote"].type, rules["plover.consult.remote"].mode) == ("CONSULT", "phone")
    assert rules["plover.consult.future-meeting"].type == "AGREE"
    assert rules["plover.consult.summoned-ambassador"].type == "ACCUSE"
    assert rules["plover.reject.cancel-meeting"].type == "REJECT"
    assert rules["plover.support.sign"].type == "SUPPORT"
    for rule in ontology.coding_rules:
        assert rule.rule and rule.section
