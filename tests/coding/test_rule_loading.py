"""Event rules are checked against the PLOVER ontology when they load."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.coding.rules import _load_file, load_rules
from communique.errors import InvalidLanguageData
from communique.ontology import load_ontology


def test_shipped_rules_load_and_name_their_language() -> None:
    ontology = load_ontology()
    for lang in ("fr", "en"):
        rules = load_rules(lang, ontology)
        assert rules and all(r.id.startswith(f"{lang}.") for r in rules)
        assert len({r.id for r in rules}) == len(rules)


@pytest.mark.parametrize(("body", "message"), [
    ("type: CHAT\nrules: []\n", "unknown PLOVER type 'CHAT'"),
    ("type: CONSULT\nrules:\n  - id: xx.consult.meet\n    trigger: {lemmas: [meet]}\n    modes: {fax: [fax]}\n",
     "modes ['fax'] not in PLOVER CONSULT"),
    ("type: CONSULT\nrules:\n  - id: xx.consult.meet\n", "bad or missing 'trigger'"),
    # a key misspelt or put one level off would otherwise be read as nothing
    ("type: CONSULT\nrules:\n  - id: xx.consult.meet\n    trigger: {lemmas: [meet]}\n    excludes: [press]\n",
     "unknown key 'excludes'"),
    ("type: CONSULT\nrules:\n  - id: xx.consult.meet\n    trigger: {lemmas: [meet], exclude: [press]}\n",
     "unknown key 'exclude'"),
    ("type: CONSULT\nrules:\n  - id: xx.consult.meet\n    trigger: {lemmas: [meet]}\n"
     "    examples:\n      - {text: We met., expected: null}\n", "unknown key 'expected'"),
    ("type: CONSULT\ndefaults: {recipient_from_contxt: true}\nrules: []\n", "unknown key 'recipient_from_contxt'"),
    ("type: CONSULT\nrule: []\n", "unknown key 'rule'"),
    ("type: CONSULT\nrules:\n  - id: xx.consult.meet\n    trigger: {lemmas: [meet], tenses: [futur]}\n",
     "'tenses' ['futur']"),
])
def test_bad_rules_are_refused_naming_the_file(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "CONSULT.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(InvalidLanguageData) as info:
        _load_file(path, load_ontology())
    assert message in str(info.value) and str(path) in str(info.value)
