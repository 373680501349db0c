"""Character normalization: each change with the offsets it keeps."""

from __future__ import annotations

import pytest

from communique.ingest.chars import normalize_chars


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("l’impunité", "l'impunité"),
        ("‘oui’", "'oui'"),
        ("la “ville du futur”", 'la "ville du futur"'),
        ("„Wir“", '"Wir"'),
        ("Syrie\u00a0:", "Syrie :"),
        ("10\u202f000", "10 000"),
        ("mai\u20092018", "mai 2018"),
        ("« Russie »", "« Russie »"),  # guillemets are kept
    ],
)
def test_quotes_and_spaces_are_replaced_one_for_one(raw: str, expected: str) -> None:
    text, offsets = normalize_chars(raw)
    assert text == expected
    assert offsets == list(range(len(raw)))


def test_crlf_becomes_lf_mapped_to_the_lf() -> None:
    text, offsets = normalize_chars("a\r\nb\rc")
    assert text == "a\nb\nc"
    assert offsets == [0, 2, 3, 4, 5]


def test_invisible_characters_are_dropped() -> None:
    text, offsets = normalize_chars("Mos\u200bcou\ufeff")
    assert text == "Moscou"
    assert offsets == [0, 1, 2, 4, 5, 6]


def test_soft_hyphen_is_dropped_inside_a_line_and_kept_at_its_end() -> None:
    text, offsets = normalize_chars("négo\u00adciations dévelop\u00ad\npement")
    assert text == "négociations dévelop\u00ad\npement"
    assert offsets[4] == 5


def test_combining_accents_are_composed() -> None:
    text, offsets = normalize_chars("Ge\u0301orgie")  # e + combining acute
    assert text == "Géorgie"
    assert offsets == [0, 1, 3, 4, 5, 6, 7]


def test_line_separators_become_lf() -> None:
    assert normalize_chars("a\u2028b\u2029c\x0bd")[0] == "a\nb\nc\nd"
