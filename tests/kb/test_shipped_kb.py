"""The knowledge base that ships with the package: coverage, ids, names, offices."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest

from communique.kb import KnowledgeBase, kb_dir, packaged_files
from communique.kb.reader import read_kb_file

# The 193 member states of the United Nations (ISO 3166-1 alpha-3).
UN_MEMBERS = re.findall(r"[A-Z]{3}", """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR
BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU
EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND
IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS
MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK
PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP
SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE
GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE
""")
OBSERVERS = ["VAT", "PSE"]
OTHERS = ["XKX", "TWN"]
G20 = re.findall(r"[A-Z]{3}", "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA")
WIKIDATA = re.compile(r"Q[1-9][0-9]*")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load(cache=False)


@pytest.fixture(scope="module")
def raw_entries() -> list[tuple[str, int, dict[str, object]]]:
    """Every entry of every packaged file, read without the loader's cross-checks."""
    found = []
    for path in packaged_files():
        for entry, line in read_kb_file(path).entries:
            found.append((path.name, line, entry))
    return found


def test_un_member_list_is_complete() -> None:
    assert len(UN_MEMBERS) == 193 and len(set(UN_MEMBERS)) == 193


def test_every_un_state_observer_kosovo_and_taiwan_is_a_state(kb: KnowledgeBase) -> None:
    missing = [c for c in UN_MEMBERS + OBSERVERS + OTHERS if kb.state(c) is None]
    assert missing == []
    for code in UN_MEMBERS + OBSERVERS + OTHERS:
        state = kb.state(code)
        assert state is not None and state.code == code and state.names.get("en") and state.names.get("fr")


def test_ids_are_unique_across_files(raw_entries: list[tuple[str, int, dict[str, object]]]) -> None:
    counts = Counter(str(e["id"]) for _, _, e in raw_entries)
    assert [i for i, n in counts.items() if n > 1] == []


def test_wikidata_ids_are_well_formed_and_unique(raw_entries: list[tuple[str, int, dict[str, object]]]) -> None:
    qids = [(f, line, e.get("wikidata")) for f, line, e in raw_entries if e.get("wikidata") is not None]
    malformed = [(f, line, q) for f, line, q in qids if not WIKIDATA.fullmatch(str(q))]
    assert malformed == []
    counts = Counter(q for _, _, q in qids)
    assert {q: n for q, n in counts.items() if n > 1} == {}
    assert len(qids) > 190  # every state has one


def test_gold_wikidata_ids(kb: KnowledgeBase) -> None:
    expected = {"state/FRA": "Q142", "state/RUS": "Q159", "state/UKR": "Q212", "org/united-nations": "Q1065",
                "org/european-union": "Q458", "org/nato": "Q7184", "place/moscow": "Q649", "place/kyiv": "Q1899"}
    assert {i: kb.get(i).wikidata for i in expected} == expected  # type: ignore[union-attr]


def test_g20_states_have_french_and_english_adjectives_and_french_prefixes(kb: KnowledgeBase) -> None:
    for code in G20:
        state = kb.state(code)
        assert state is not None
        assert len(state.adjectives.get("fr", ())) >= 2, code  # inflected forms
        assert state.adjectives.get("en"), code
        assert state.prefixes.get("fr"), code
        assert state.demonyms.get("fr"), code


def test_french_adjectives_are_inflected(kb: KnowledgeBase) -> None:
    assert kb.state("FRA").adjectives["fr"] == ("français", "française", "françaises")  # type: ignore[union-attr]
    assert set(kb.state("DEU").adjectives["fr"]) == {"allemand", "allemande", "allemands", "allemandes"}  # type: ignore[union-attr]
    assert set(kb.state("TUR").adjectives["fr"]) == {"turc", "turque", "turcs", "turques"}  # type: ignore[union-attr]
    assert set(kb.state("ISR").adjectives["fr"]) >= {"israélien", "israélienne"}  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("language", "text", "entry_id", "kind"),
    [
        ("fr", "Moscou", "state/RUS", "metonym"),
        ("fr", "le Kremlin", "state/RUS", "metonym"),
        ("en", "the Kremlin", "state/RUS", "metonym"),
        ("fr", "l'Élysée", "state/FRA", "metonym"),
        ("fr", "le Quai d'Orsay", "state/FRA", "metonym"),
        ("en", "Downing Street", "state/GBR", "metonym"),
        ("fr", "Maison Blanche", "state/USA", "metonym"),
        ("en", "the White House", "state/USA", "metonym"),
        ("fr", "Pékin", "state/CHN", "metonym"),
        ("fr", "Kiïv", "state/UKR", "metonym"),
        ("fr", "Damas", "state/SYR", "metonym"),
        ("fr", "Téhéran", "state/IRN", "metonym"),
        ("fr", "franco", "state/FRA", "prefix"),
        ("fr", "russo", "state/RUS", "prefix"),
        ("fr", "israélo", "state/ISR", "prefix"),
        ("fr", "ukraino", "state/UKR", "prefix"),
        ("en", "Sino", "state/CHN", "prefix"),
        ("fr", "syrienne", "state/SYR", "adjective"),
        ("fr", "les Français", "state/FRA", "demonym"),
        ("en", "the French", "state/FRA", "demonym"),
        ("fr", "Russie", "state/RUS", "name"),
        ("fr", "Türkiye", "state/TUR", "name"),
        ("fr", "Moscou", "place/moscow", "name"),
        ("fr", "Varsovie", "place/warsaw", "name"),
        ("fr", "Pékin", "place/beijing", "name"),
        ("fr", "Londres", "place/london", "name"),
        ("fr", "Ghouta orientale", "place/eastern-ghouta", "name"),
        ("fr", "Méditerranée orientale", "place/eastern-mediterranean", "name"),
        ("fr", "Organisation des Nations unies", "org/united-nations", "name"),
        ("fr", "ministère de l'Europe et des Affaires étrangères", "org/ministry-for-europe-and-foreign-affairs",
         "name"),
        ("fr", "accords de Minsk", "other/minsk-agreements", "name"),
        ("fr", "format Normandie", "other/normandy-format", "name"),
        ("en", "JCPOA", "other/jcpoa", "name"),
    ],
)
def test_surface_forms(kb: KnowledgeBase, language: str, text: str, entry_id: str, kind: str) -> None:
    found = {(a.entry_id, a.kind) for a in kb.aliases(language) if a.text == text}
    assert (entry_id, kind) in found


def test_capitals_are_places_of_their_state(kb: KnowledgeBase) -> None:
    with_capital = [s for s in kb if s.type == "STATE" and s.capital]
    assert len(with_capital) > 185
    for state in with_capital:
        capital = kb.get(state.capital)  # type: ignore[arg-type]
        assert capital is not None and capital.type == "PLACE"
        assert capital.located_in == state.id and capital.code == state.code


def test_peoples_republics_follow_plover(kb: KnowledgeBase) -> None:
    for entry_id in ("state/donetsk-peoples-republic", "state/luhansk-peoples-republic"):
        entry = kb.get(entry_id)
        assert entry is not None and (entry.type, entry.code, entry.sector) == ("STATE", "UKR", "PRE")
    assert kb.state("UKR").name == "Ukraine"  # type: ignore[union-attr]


def test_org_codes_follow_the_annotation_guideline(kb: KnowledgeBase) -> None:
    codes = {i: kb.get(i).code for i in (  # type: ignore[union-attr]
        "org/united-nations", "org/un-security-council", "org/who", "org/european-union",
        "org/european-commission", "org/nato", "org/osce", "org/imf", "org/icrc", "org/islamic-state",
        "org/al-qaeda", "org/russian-armed-forces", "org/verkhovna-rada", "org/hezbollah")}
    assert codes == {
        "org/united-nations": "UNO", "org/un-security-council": "UNO", "org/who": "UNO",
        "org/european-union": "EUR", "org/european-commission": "EUR", "org/nato": "IGO", "org/osce": "IGO",
        "org/imf": "IGO", "org/icrc": "NGO", "org/islamic-state": "IMG", "org/al-qaeda": "IMG",
        "org/russian-armed-forces": "RUS", "org/verkhovna-rada": "UKR", "org/hezbollah": "LBN",
    }


def test_every_file_names_its_sources() -> None:
    for path in packaged_files():
        assert read_kb_file(path).sources, path


def test_cities_file_is_compact_and_credits_geonames(kb: KnowledgeBase) -> None:
    cities = kb_dir() / "cities.yaml"
    assert cities.stat().st_size < 2_000_000
    assert any("GeoNames" in s and "CC BY 4.0" in s for s in read_kb_file(cities).sources)
    places = [e for e in kb if e.source == str(cities)]
    assert len(places) > 1500
    assert all(p.type == "PLACE" and p.located_in == f"state/{p.code}" for p in places)


def people_files() -> list[Path]:
    folder = kb_dir() / "people"
    return sorted(folder.rglob("*.yaml")) if folder.is_dir() else []


@pytest.mark.skipif(not people_files(), reason="no people files in data/kb/people yet")
@pytest.mark.parametrize(
    ("role", "of", "day", "expected"),
    [
        ("head_of_state", "state/FRA", dt.date(2018, 2, 9), "person/emmanuel-macron"),
        ("head_of_state", "state/FRA", dt.date(2015, 1, 7), "person/francois-hollande"),
        ("head_of_state", "state/RUS", dt.date(2018, 2, 9), "person/vladimir-putin"),
        ("head_of_state", "state/RUS", dt.date(2010, 1, 1), "person/dmitry-medvedev"),
        ("head_of_state", "state/USA", dt.date(2021, 6, 16), "person/joe-biden"),
        ("foreign_minister", "state/RUS", dt.date(2018, 2, 9), "person/sergey-lavrov"),
        ("secretary_general", "org/united-nations", dt.date(2022, 3, 2), "person/antonio-guterres"),
    ],
)
def test_shipped_office_holders(kb: KnowledgeBase, role: str, of: str, day: dt.date, expected: str) -> None:
    assert [e.id for e in kb.holders(role, of, day)][:1] == [expected]
    office = kb.office_on(expected, day)
    assert office is not None and office.of == of
