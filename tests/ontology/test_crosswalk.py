"""The PLOVER-to-CAMEO crosswalk covers the ontology and yields valid CAMEO codes."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from communique.errors import InvalidValue
from communique.ontology import CameoMapping, Crosswalk, Ontology


def _all_mappings(crosswalk: Crosswalk) -> list[tuple[str, str | None, CameoMapping]]:
    found: list[tuple[str, str | None, CameoMapping]] = []
    for name, entry in crosswalk.types.items():
        found.append((name, None, entry.default))
        found.extend((name, mode, mapping) for mode, mapping in entry.modes.items())
    return found


def test_every_type_and_every_mode_is_mapped(ontology: Ontology, crosswalk: Crosswalk) -> None:
    assert set(crosswalk.types) == set(ontology.types)
    for name, event_type in ontology.types.items():
        assert set(crosswalk.types[name].modes) == set(event_type.modes), name
        assert re.fullmatch(r"[0-9]{2,4}", crosswalk.cameo_code(name))
        for mode in event_type.modes:
            assert re.fullmatch(r"[0-9]{2,4}", crosswalk.cameo_code(name, mode)), (name, mode)


def test_codes_are_labelled_and_under_a_root_plover_keeps(crosswalk: Crosswalk) -> None:
    for name, mode, mapping in _all_mappings(crosswalk):
        assert mapping.code in crosswalk.labels, (name, mode)
        assert 3 <= int(mapping.root) <= 20, (name, mode, mapping.code)  # 01 and 02 are dropped by PLOVER


def test_the_manuals_root_table_covers_every_type(ontology: Ontology, crosswalk: Crosswalk) -> None:
    covered = {name for root in crosswalk.roots.values() for name in root.plover}
    assert covered == set(ontology.types)
    assert crosswalk.roots["01"].plover == crosswalk.roots["02"].plover == ()
    assert crosswalk.roots["10"].plover == ("REQUEST",)


def test_consult_modes_follow_cameo_04(crosswalk: Crosswalk) -> None:
    assert crosswalk.cameo_code("CONSULT") == "040"
    assert crosswalk.cameo_code("CONSULT", "phone") == "041"
    assert crosswalk.label("041") == "Discuss by telephone"
    assert crosswalk.cameo_code("CONSULT", "visit") == "042"
    assert crosswalk.cameo_code("CONSULT", "third-party") == "044"


def test_other_mappings_readouts_need(crosswalk: Crosswalk) -> None:
    assert crosswalk.cameo_code("ACCUSE", "investigate") == "090"
    assert crosswalk.cameo_code("ACCUSE", "disapprove") == "111"
    assert crosswalk.mapping("REQUEST", "meet").root == "10"
    assert crosswalk.cameo_code("SANCTION", "discontinue") == "163"
    assault_roots = {crosswalk.mapping("ASSAULT", mode).root for mode in crosswalk.types["ASSAULT"].modes}
    assert assault_roots <= {"17", "18", "19", "20"}


def test_a_mapping_outside_the_types_own_roots_says_what_it_loses(crosswalk: Crosswalk) -> None:
    for name, mode, mapping in _all_mappings(crosswalk):
        if name not in crosswalk.roots[mapping.root].plover:
            assert mapping.loses, (name, mode, mapping.code)
    assert crosswalk.cameo_code("SANCTION", "convict") == "116"  # CAMEO files convictions under DISAPPROVE


def test_modes_sharing_a_code_say_what_they_lose(crosswalk: Crosswalk) -> None:
    for name, entry in crosswalk.types.items():
        by_code: dict[str, list[CameoMapping]] = defaultdict(list)
        for mapping in entry.modes.values():
            by_code[mapping.code].append(mapping)
        for code, mappings in by_code.items():
            silent = [m for m in mappings if not m.loses]
            assert len(silent) <= 1, (name, code)
            if code == entry.default.code:
                assert not silent, (name, code)


def test_planned_cooperation_takes_an_intent_code(crosswalk: Crosswalk) -> None:
    assert crosswalk.cameo_code("CONSULT", "visit", status="planned") == "036"
    assert crosswalk.cameo_code("AID", status="planned") == "033"
    for mapping in crosswalk.intent.values():
        assert mapping.root == "03"
    assert crosswalk.cameo_code("ASSAULT", "aerial", status="planned") == "195"  # no intent code


def test_unknown_types_and_modes_are_errors(crosswalk: Crosswalk) -> None:
    with pytest.raises(InvalidValue, match="DEMAND"):
        crosswalk.cameo_code("DEMAND")
    with pytest.raises(InvalidValue, match="fax"):
        crosswalk.cameo_code("CONSULT", "fax")
