"""Groups with member states (`members`) and a state's leader (`leader`): read, checked, and used."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from communique.errors import InvalidKnowledgeBase
from communique.kb import KnowledgeBase

HEADER = 'format: communique.kb/1\nsources: ["test"]\nentries:\n'
STATES = """\
  - {id: state/AAA, name: Aland, type: STATE, code: AAA}
  - id: state/BBB
    name: Boland
    type: STATE
    code: BBB
    leader: head_of_government
  - id: person/ann
    name: Ann
    type: PERSON
    code: BBB
    offices: [{role: head_of_state, of: state/BBB, title: President of Boland, start: 2000-01-01, end: null}]
  - id: person/bob
    name: Bob
    type: PERSON
    code: BBB
    offices: [{role: head_of_government, of: state/BBB, title: Prime Minister of Boland, start: 2000-01-01, end: null}]
  - id: person/cy
    name: Cy
    type: PERSON
    code: AAA
    offices: [{role: head_of_state, of: state/AAA, title: President of Aland, start: 2000-01-01, end: null}]
"""


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "kb.yaml"
    path.write_text(HEADER + STATES + body, encoding="utf-8")
    return path


def test_members_and_leader_are_read(tmp_path: Path) -> None:
    kb = KnowledgeBase.from_files([write(tmp_path, "  - {id: other/pair, name: Pair, type: OTHER, "
                                                    "members: [state/AAA, state/BBB]}\n")])
    pair = kb.get("other/pair")
    assert pair is not None and pair.members == ("state/AAA", "state/BBB")
    on = dt.date(2020, 1, 1)
    # Boland is led by its head of government, Aland (no `leader`) by its head of state
    assert [e.name for e in kb.leaders("state/BBB", on)] == ["Bob"]
    assert [e.name for e in kb.leaders("state/AAA", on)] == ["Cy"]


def test_a_member_must_be_in_the_kb(tmp_path: Path) -> None:
    path = write(tmp_path, "  - {id: other/pair, name: Pair, type: OTHER, members: [state/AAA, state/ZZZ]}\n")
    with pytest.raises(InvalidKnowledgeBase, match="member 'state/ZZZ' is not in the KB"):
        KnowledgeBase.from_files([path])


@pytest.mark.parametrize("body, message", [
    ("  - {id: place/x, name: X, type: PLACE, members: [state/AAA]}\n", "only ORG and OTHER entries have members"),
    ("  - {id: other/x, name: X, type: OTHER, members: state/AAA}\n", "must be a list of KB ids"),
    ("  - {id: other/x, name: X, type: OTHER, leader: head_of_state}\n", "only STATE entries have a leader"),
])
def test_misplaced_fields_are_errors(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(InvalidKnowledgeBase, match=message):
        KnowledgeBase.from_files([write(tmp_path, body)])


def test_shipped_normandy_format_and_leaders() -> None:
    kb = KnowledgeBase.load()
    normandy = kb.get("other/normandy-format")
    assert normandy is not None and set(normandy.members) == {"state/FRA", "state/DEU", "state/RUS", "state/UKR"}
    on = dt.date(2022, 2, 20)
    leaders = {code: [e.name for e in kb.leaders(f"state/{code}", on)][:1] for code in ("FRA", "DEU", "GBR")}
    assert leaders == {"FRA": ["Emmanuel Macron"], "DEU": ["Olaf Scholz"], "GBR": ["Boris Johnson"]}
