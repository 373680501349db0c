"""Who held an office on a given day, for offices readouts name every day (facts from the
official lists of office holders; a wrong date here means wrong titles in results)."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.kb import KnowledgeBase

CASES = [
    ("head_of_state", "state/FRA", "2018-02-09", "Emmanuel Macron"),
    ("head_of_state", "state/FRA", "2010-06-01", "Nicolas Sarkozy"),
    ("head_of_government", "state/FRA", "2020-10-01", "Jean Castex"),
    ("head_of_government", "state/FRA", "2024-10-01", "Michel Barnier"),
    ("foreign_minister", "state/FRA", "2023-09-21", "Catherine Colonna"),
    ("head_of_state", "state/USA", "2019-06-01", "Donald Trump"),
    ("head_of_state", "state/USA", "2022-02-22", "Joe Biden"),
    ("foreign_minister", "state/USA", "2022-01-21", "Antony Blinken"),
    ("head_of_government", "state/GBR", "2022-03-01", "Boris Johnson"),
    ("head_of_government", "state/GBR", "2022-10-01", "Liz Truss"),
    ("head_of_government", "state/GBR", "2025-01-01", "Keir Starmer"),
    ("head_of_state", "state/RUS", "2010-01-01", "Dmitry Medvedev"),
    ("head_of_government", "state/RUS", "2010-01-01", "Vladimir Putin"),
    ("foreign_minister", "state/RUS", "2021-12-07", "Sergey Lavrov"),
    ("head_of_state", "state/UKR", "2022-02-22", "Volodymyr Zelenskyy"),
    ("head_of_state", "state/UKR", "2016-01-01", "Petro Poroshenko"),
    ("foreign_minister", "state/UKR", "2022-05-30", "Dmytro Kuleba"),
    ("head_of_government", "state/DEU", "2020-08-18", "Angela Merkel"),
    ("head_of_government", "state/DEU", "2022-06-15", "Olaf Scholz"),
    ("head_of_government", "state/ISR", "2022-08-07", "Yair Lapid"),
    ("head_of_state", "state/TUR", "2020-10-25", "Recep Tayyip Erdoğan"),
    ("secretary_general", "org/united-nations", "2020-09-22", "António Guterres"),
    ("secretary_general", "org/nato", "2022-06-28", "Jens Stoltenberg"),
    ("president", "org/european-council", "2020-08-18", "Charles Michel"),
    ("president", "org/european-commission", "2022-02-28", "Ursula von der Leyen"),
    ("president", "org/european-parliament", "2020-09-16", "David Sassoli"),
    ("president", "org/european-parliament", "2022-05-09", "Roberta Metsola"),
    ("first_deputy_chief_of_staff", "state/RUS", "2022-02-22", "Sergey Kiriyenko"),
    ("european_affairs_minister", "state/FRA", "2020-10-13", "Clément Beaune"),
]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.mark.parametrize(("role", "of", "day", "name"), CASES, ids=[f"{c[1]}:{c[0]}:{c[2]}" for c in CASES])
def test_holder_on_the_day(kb: KnowledgeBase, role: str, of: str, day: str, name: str) -> None:
    holders = kb.holders(role, of, dt.date.fromisoformat(day))
    assert holders and holders[0].name == name, [h.name for h in holders]
