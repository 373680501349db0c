"""The KB loader and its queries, on a small fixture KB (tests/data/kb/mini.yaml)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from communique.errors import InvalidKnowledgeBase
from communique.kb import KnowledgeBase

DATA = Path(__file__).resolve().parents[1] / "data" / "kb"
MINI = DATA / "mini.yaml"
BAD = sorted((DATA / "bad").glob("*.yaml"))


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_files([MINI])


def ids(entries: tuple[object, ...]) -> list[str]:
    return [e.id for e in entries]  # type: ignore[attr-defined]


def test_entries_are_read_with_their_fields(kb: KnowledgeBase) -> None:
    france = kb.get("state/FRA")
    assert france is not None
    assert (france.name, france.type, france.code, france.wikidata) == ("France", "STATE", "FRA", "Q142")
    assert france.names["fr"] == ("France", "République française")
    assert france.adjectives["fr"] == ("français", "française", "françaises")
    assert france.capital == "place/paris"
    assert france.source == str(MINI)
    assert france.line == 6
    assert kb.get("place/paris").located_in == "state/FRA"  # type: ignore[union-attr]
    assert kb.get("state/XXX") is None


def test_state_by_code_and_wikidata(kb: KnowledgeBase) -> None:
    assert kb.state("RUS").name == "Russia"  # type: ignore[union-attr]
    assert kb.state("UNO") is None
    assert kb.by_wikidata("Q3052772").id == "person/emmanuel-macron"  # type: ignore[union-attr]


def test_holders_by_date(kb: KnowledgeBase) -> None:
    assert ids(kb.holders("head_of_state", "state/FRA", dt.date(2018, 2, 9))) == ["person/emmanuel-macron"]
    assert ids(kb.holders("head_of_state", "state/FRA", dt.date(2016, 1, 1))) == ["person/francois-hollande"]
    assert ids(kb.holders("head_of_state", "state/FRA", dt.date(2010, 1, 1))) == []
    assert ids(kb.holders("head_of_government", "state/FRA", dt.date(2020, 7, 3))) == ["person/edouard-philippe"]
    assert ids(kb.holders("head_of_government", "state/FRA", dt.date(2020, 7, 4))) == []
    assert ids(kb.holders("foreign_minister", "state/RUS", dt.date(2018, 2, 9))) == []


def test_holders_on_a_handover_day_give_the_incoming_holder(kb: KnowledgeBase) -> None:
    # Hollande's term ends on 2017-05-14, the day Macron's begins.
    assert ids(kb.holders("head_of_state", "state/FRA", dt.date(2017, 5, 14))) == ["person/emmanuel-macron"]
    assert ids(kb.holders("head_of_state", "state/FRA", dt.date(2017, 5, 13))) == ["person/francois-hollande"]


def test_office_on_picks_the_main_office(kb: KnowledgeBase) -> None:
    # Putin was prime minister and acting president at the same time (1999-12-31 to 2000-05-07).
    office = kb.office_on("person/vladimir-putin", dt.date(2000, 1, 15))
    assert office is not None and office.role == "head_of_state" and office.note == "acting until 2000-05-07"
    assert kb.office_on("person/vladimir-putin", dt.date(2010, 6, 1)).title == "Prime Minister of Russia"  # type: ignore[union-attr]
    # On the day one office ends and the next begins, the new one counts.
    assert kb.office_on("person/jean-yves-le-drian", dt.date(2017, 5, 17)).role == "foreign_minister"  # type: ignore[union-attr]
    assert kb.office_on("person/francois-hollande", dt.date(2018, 1, 1)) is None
    assert kb.office_on("person/nobody", dt.date(2018, 1, 1)) is None


def test_aliases_per_language(kb: KnowledgeBase) -> None:
    fr = {(a.text, a.entry_id, a.kind) for a in kb.aliases("fr")}
    assert ("Poutine", "person/vladimir-putin", "name") in fr
    assert ("franco", "state/FRA", "prefix") in fr
    assert ("les Français", "state/FRA", "demonym") in fr
    assert ("le Kremlin", "state/RUS", "metonym") in fr
    assert ("Parigi", "place/paris", "name") in fr  # language-neutral (und) names come in every language
    assert ("Vladimir Putin", "person/vladimir-putin", "name") in fr  # canonical name too
    assert ("Putin", "person/vladimir-putin", "name") not in fr  # English-only forms do not
    en = {(a.text, a.entry_id, a.kind) for a in kb.aliases("en")}
    assert ("the Kremlin", "state/RUS", "metonym") in en and ("le Kremlin", "state/RUS", "metonym") not in en


def test_aliases_are_not_repeated_and_acronyms_are_case_sensitive(kb: KnowledgeBase) -> None:
    fr = [(a.text, a.entry_id, a.kind) for a in kb.aliases("fr")]
    assert len(fr) == len(set(fr))
    by_text = {a.text: a for a in kb.aliases("fr")}
    assert by_text["ONU"].case_sensitive and not by_text["Nations unies"].case_sensitive


def test_size_iteration_stats(kb: KnowledgeBase) -> None:
    assert len(kb) == 9 and len(list(kb)) == 9
    assert "person/emmanuel-macron" in kb
    assert kb.stats() == {"STATE": 2, "PLACE": 1, "ORG": 1, "PERSON": 5}
    assert kb.languages() == ("en", "fr")


def test_user_files_override_by_id_and_add_entries() -> None:
    kb = KnowledgeBase.from_files([MINI], [DATA / "user" / "override.yaml"])
    paris = kb.get("place/paris")
    assert paris is not None and "Ville Lumière" in paris.names["fr"] and "und" not in paris.names
    assert paris.source.endswith("override.yaml")
    assert kb.get("org/trianon-dialogue-secretariat") is not None
    assert len(kb) == 10


def test_user_folder_is_read_recursively() -> None:
    kb = KnowledgeBase.from_files([MINI], [DATA / "user"])
    assert kb.get("org/trianon-dialogue-secretariat") is not None


def test_missing_user_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InvalidKnowledgeBase, match="no such KB file"):
        KnowledgeBase.from_files([MINI], [tmp_path / "nope.yaml"])


def test_a_user_file_may_not_define_an_id_twice(tmp_path: Path) -> None:
    text = (DATA / "user" / "override.yaml").read_text(encoding="utf-8")
    entries = text.split("entries:\n", 1)[1]
    doubled = tmp_path / "doubled.yaml"
    doubled.write_text(text + entries, encoding="utf-8")
    with pytest.raises(InvalidKnowledgeBase, match="duplicate id") as err:
        KnowledgeBase.from_files([MINI], [doubled])
    assert str(doubled) in str(err.value)


@pytest.mark.parametrize("path", BAD, ids=[p.stem for p in BAD])
def test_invalid_files_are_reported_with_file_and_line(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    marked = [(n, line) for n, line in enumerate(lines, 1) if "# expect:" in line]
    assert len(marked) == 1, "each fixture marks the line of its error"
    line_no, line = marked[0]
    expected = line.split("# expect:", 1)[1].strip()
    with pytest.raises(InvalidKnowledgeBase) as err:
        KnowledgeBase.from_files([path])
    message = str(err.value)
    assert message.startswith("E203 ")
    assert err.value.code == "E203"
    assert re.search(rf"{re.escape(str(path))}:{line_no}\b", message), message
    assert expected in message
