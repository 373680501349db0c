"""TimeTagger on real sentences: ids, offsets, preferences, no guessing, tense, contexts."""

from __future__ import annotations

import ast
import datetime as dt
import re
from functools import cache
from pathlib import Path

from communique.records import Tense
from communique.temporal import TimeTagger

PUB = dt.date(2018, 2, 9)
SEED = (" Le président de la République s'est entretenu ce matin par téléphone avec Vladimir Poutine,\n"
        "président de la Fédération de Russie.\n\nIl s'est félicité de la dynamique de nos relations "
        "bilatérales depuis la rencontre de Versailles, le\n29 mai dernier.\n\nLe conseil qui s'est\n"
        "réuni en décembre a montré le potentiel. Plusieurs événements sont prévus cette année. "
        "Les ministres travailleront ensemble le 27 février prochain.")


@cache
def tagger(code: str) -> TimeTagger:
    return TimeTagger.for_language(code)


def test_ids_offsets_and_order() -> None:
    got = tagger("fr").tag(SEED, published=PUB)
    assert [t.id for t in got] == [f"T{i}" for i in range(1, len(got) + 1)]
    assert all(SEED[t.start:t.end] == t.text for t in got)
    assert [t.start for t in got] == sorted(t.start for t in got)
    assert [(t.text.replace("\n", " "), t.type, t.value) for t in got] == [
        ("ce matin", "TIME", "2018-02-09TMO"),
        ("le 29 mai dernier", "DATE", "2017-05-29"),
        ("décembre", "DATE", "2017-12"),
        ("cette année", "DATE", "2018"),
        ("le 27 février prochain", "DATE", "2018-02-27"),
    ]


def test_without_publication_date_values_stay_underspecified() -> None:
    got = {t.text.replace("\n", " "): t.value for t in tagger("fr").tag(SEED, published=None)}
    assert got == {"ce matin": "XXXX-XX-XXTMO", "le 29 mai dernier": "XXXX-05-29", "décembre": "XXXX-12",
                   "cette année": "XXXX", "le 27 février prochain": "XXXX-02-27"}


def test_a_datetime_is_taken_as_its_date() -> None:
    got = tagger("en").tag("He spoke today.", published=dt.datetime(2021, 12, 7, 15, 30))
    assert got[0].value == "2021-12-07"


def test_longest_match_wins_over_its_parts() -> None:
    got = tagger("fr").tag("Il y a trente jours, il est arrivé.", published=PUB)
    assert [(t.text, t.rule) for t in got] == [("Il y a trente jours", "fr.date.units-ago")]


def test_tense_of_the_governing_verb_places_undated_months() -> None:
    text = "Le conseil se réunit en décembre."
    where = (text.index("décembre"), text.index("décembre") + len("décembre"))
    cases: list[tuple[Tense | None, str]] = [("past", "2017-12"), ("future", "2018-12"), (None, "2017-12")]
    for tense, value in cases:
        asked = Asked(tense)
        got = tagger("fr").tag(text, published=PUB, tense_at=asked)
        assert got[0].value == value
        assert asked.calls == [where]


class Asked:
    """A tense_at that gives one tense and remembers the spans it was asked about."""

    def __init__(self, tense: Tense | None) -> None:
        self.tense = tense
        self.calls: list[tuple[int, int]] = []

    def __call__(self, start: int, end: int) -> Tense | None:
        self.calls.append((start, end))
        return self.tense


def test_tense_is_not_asked_for_dates_that_do_not_need_it() -> None:
    def fail(start: int, end: int) -> Tense | None:
        raise AssertionError("tense asked")

    got = tagger("en").tag("On February 22, 2022 and yesterday, the talks lasted two hours.",
                           published=dt.date(2022, 2, 23), tense_at=fail)
    assert [t.value for t in got] == ["2022-02-22", "2022-02-22", "PT2H"]


def test_apostrophes_case_and_accents() -> None:
    for text in ("aujourd'hui", "Aujourd’hui", "AUJOURD'HUI"):
        assert [t.value for t in tagger("fr").tag(text, published=PUB)] == ["2018-02-09"]
    assert [t.value for t in tagger("fr").tag("le 9 fevrier 2018", published=PUB)] == ["2018-02-09"]


def test_numeric_dates_follow_the_language_order() -> None:
    assert tagger("fr").tag("9/2/2018", published=None)[0].value == "2018-02-09"
    assert tagger("en").tag("9/2/2018", published=None)[0].value == "2018-09-02"


def test_ranges_give_two_expressions() -> None:
    en = tagger("en").tag("in Geneva on January 9–10.", published=dt.date(2021, 12, 31))
    assert [(t.text, t.value) for t in en] == [("January 9", "2022-01-09"), ("10", "2022-01-10")]
    fr = tagger("fr").tag("du 3 au 5 mars 2020", published=PUB)
    assert [(t.text, t.value) for t in fr] == [("3", "2020-03-03"), ("5 mars 2020", "2020-03-05")]


def test_numbers_that_are_not_years() -> None:
    text = ("la résolution 2231 du Conseil, un million d'euros en 2020, 530.000 euros, "
            "une force de 2000 soldats et l'article 1er du règlement")
    assert [t.text for t in tagger("fr").tag(text, published=PUB)] == ["2020"]
    en = "Resolution 2231, $800 million, over 80% and the 2015 Minsk agreements"
    assert [t.text for t in tagger("en").tag(en, published=PUB)] == ["2015"]


def test_english_month_names_need_a_capital() -> None:
    assert tagger("en").tag("They may meet in May.", published=PUB)[0].text == "May"
    assert len(tagger("en").tag("They may meet in May.", published=PUB)) == 1
    assert tagger("en").tag("Prime Minister Theresa May spoke.", published=PUB) == []


def _code_strings_and_names(path: Path) -> list[str]:
    """Every string constant (docstrings aside) and every name in a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            out.append(node.value)
        elif isinstance(node, ast.Name):
            out.append(node.id)
        elif isinstance(node, ast.Attribute):
            out.append(node.attr)
    return out


def test_the_engine_holds_no_language_knowledge() -> None:
    engine = Path(__file__).resolve().parents[2] / "src" / "communique" / "temporal"
    words = re.compile(r"(janvier|january|lundi|monday|hier|yesterday|semaine|aujourd|today|"
                       r"dernier|prochain|matin|morning|\bfr\b|\ben\b|french|english)", re.IGNORECASE)
    for path in sorted(engine.glob("*.py")):
        for item in _code_strings_and_names(path):
            assert not words.search(item), f"{path.name}: {item!r}"
