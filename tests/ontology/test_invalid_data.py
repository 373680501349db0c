"""Broken copies of the data files raise InvalidOntology (E205) naming the file and the entry."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from communique.errors import InvalidOntology
from communique.ontology import load_crosswalk, load_ontology
from communique.ontology.crosswalk import crosswalk_path
from communique.ontology.plover import ontology_path


def _broken_plover(tmp_path: Path, old: str, new: str) -> Path:
    text = ontology_path().read_text(encoding="utf-8")
    assert text.count(old) == 1, f"test anchor {old!r} must occur once"
    path = tmp_path / "plover.yaml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def _broken_cameo(tmp_path: Path, old: str, new: str) -> Path:
    text = crosswalk_path().read_text(encoding="utf-8")
    assert len(re.findall(old, text)) == 1, f"test anchor {old!r} must occur once"
    path = tmp_path / "cameo.yaml"
    path.write_text(re.sub(old, new, text), encoding="utf-8")
    return path


def _ontology_error(path: Path) -> str:
    with pytest.raises(InvalidOntology) as caught:
        load_ontology(path)
    assert caught.value.code == "E205" and caught.value.exit_code == 4
    message = str(caught.value)
    assert str(path) in message
    return message


def _crosswalk_error(path: Path) -> str:
    with pytest.raises(InvalidOntology) as caught:
        load_crosswalk(path)
    message = str(caught.value)
    assert str(path) in message
    return message


def test_the_shipped_files_load() -> None:
    load_crosswalk(ontology=load_ontology())


def test_a_yaml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    path = _broken_plover(tmp_path, "  AGREE:\n", "  AGREE: [\n")
    message = _ontology_error(path)
    assert re.search(re.escape(str(path)) + r":\d+", message)
    assert "invalid YAML" in message


def test_a_duplicate_mode_is_refused_with_its_line(tmp_path: Path) -> None:
    line = "      phone: {score: 1.5, "
    path = _broken_plover(tmp_path, line, "      phone: {score: 9.9, description: again}\n" + line)
    message = _ontology_error(path)
    assert "duplicate key 'phone'" in message
    assert re.search(re.escape(str(path)) + r":\d+", message)


def test_a_duplicate_context_is_refused(tmp_path: Path) -> None:
    path = _broken_plover(tmp_path, "  cbrn: ", "  cyber: twice.\n  cbrn: ")
    assert "duplicate key 'cyber'" in _ontology_error(path)


AGREE_DEFINITION = "    definition: >-\n      Commits, offers"


def test_a_missing_definition_names_the_entry(tmp_path: Path) -> None:
    path = _broken_plover(tmp_path, AGREE_DEFINITION, AGREE_DEFINITION.replace("definition", "score_note"))
    assert "types.AGREE.definition: is missing" in _ontology_error(path)


def test_a_misspelt_key_is_refused_not_ignored(tmp_path: Path) -> None:
    path = _broken_plover(tmp_path, AGREE_DEFINITION, AGREE_DEFINITION.replace("definition", "defintion"))
    assert "types.AGREE: unknown key 'defintion'" in _ontology_error(path)


def test_an_unknown_quad_class_names_the_entry(tmp_path: Path) -> None:
    old = "  SUPPORT:\n    quad_class: verbal_cooperation"
    path = _broken_plover(tmp_path, old, "  SUPPORT:\n    quad_class: verbal_cooperaton")
    assert "types.SUPPORT.quad_class: unknown quad class 'verbal_cooperaton'" in _ontology_error(path)


def test_a_score_off_the_scale_names_the_mode(tmp_path: Path) -> None:
    path = _broken_plover(tmp_path, "phone: {score: 1.5,", "phone: {score: 15,")
    assert "types.CONSULT.modes.phone.score: must lie in [-10, 10]" in _ontology_error(path)


def test_a_badly_named_mode_is_refused(tmp_path: Path) -> None:
    path = _broken_plover(tmp_path, "      phone: {score: 1.5,", "      Phone Call: {score: 1.5,")
    assert "mode 'Phone Call' is not well formed" in _ontology_error(path)


def test_a_future_rule_naming_an_unknown_type_is_refused(tmp_path: Path) -> None:
    path = _broken_plover(tmp_path, "types: [CONSULT, SUPPORT, COOPERATE, AID]", "types: [CONSULT, DEMAND]")
    assert "future_rules[0].types: unknown event type 'DEMAND'" in _ontology_error(path)


def test_a_coding_rule_with_a_foreign_mode_is_refused(tmp_path: Path) -> None:
    path = _broken_plover(tmp_path, "    mode: phone\n", "    mode: assist\n")
    assert "coding_rules[0].mode: 'assist' is not a mode of CONSULT" in _ontology_error(path)


def test_a_missing_file_is_an_ontology_error(tmp_path: Path) -> None:
    assert "cannot read the file" in _ontology_error(tmp_path / "nowhere.yaml")


def test_a_crosswalk_missing_a_mode_names_it(tmp_path: Path) -> None:
    path = _broken_cameo(tmp_path, r'      phone:\n        code: "041"\n        loses: [^\n]*\n', "")
    assert "types.CONSULT.modes: mode 'phone' has no CAMEO mapping" in _crosswalk_error(path)


def test_a_crosswalk_missing_a_type_names_it(tmp_path: Path) -> None:
    path = _broken_cameo(tmp_path, r"  AGREE:\n    default:\n(.*\n){2}    modes: \{\}\n", "")
    assert "event type 'AGREE' has no CAMEO mapping" in _crosswalk_error(path)


def test_a_crosswalk_mode_the_ontology_lacks_is_refused(tmp_path: Path) -> None:
    fax = '      fax:\n        code: "041"\n'
    path = _broken_cameo(tmp_path, r"      third-party:\n", fax + "      third-party:\n")
    assert "types.CONSULT.modes: 'fax' is not a mode of CONSULT" in _crosswalk_error(path)


def test_an_unquoted_code_is_refused(tmp_path: Path) -> None:
    path = _broken_cameo(tmp_path, r'      phone:\n        code: "041"', "      phone:\n        code: 041")
    assert "types.CONSULT.modes.phone.code: must be a text, not the number" in _crosswalk_error(path)


def test_a_code_of_five_digits_is_refused(tmp_path: Path) -> None:
    path = _broken_cameo(tmp_path, r'    code: "033"', '    code: "03311"')
    assert "intent.AID: CAMEO code '03311' is not well formed" in _crosswalk_error(path)


def test_a_code_without_a_label_is_refused(tmp_path: Path) -> None:
    path = _broken_cameo(tmp_path, r'  "1822": Torture\n', "")
    assert "types.ASSAULT.modes.torture.code: CAMEO code '1822' has no label" in _crosswalk_error(path)


def test_a_crosswalk_for_another_plover_version_is_refused(tmp_path: Path) -> None:
    path = _broken_cameo(tmp_path, r"plover_version: PLOVER 2.0 draft", "plover_version: PLOVER 0.8")
    assert "plover_version: maps 'PLOVER 0.8'" in _crosswalk_error(path)
