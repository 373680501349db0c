"""Line splitting: trimming, page numbers and end marks."""

from __future__ import annotations

import pytest

from communique.ingest.lines import reference_width, split_lines


@pytest.mark.parametrize("line", ["2", "12", "- 3 -", "– 14 –", "3/15", "3 / 15"])
def test_page_numbers_alone_on_a_line(line: str) -> None:
    assert [x.kind for x in split_lines(f"texte\n{line}\nsuite")] == ["text", "page", "text"]


@pytest.mark.parametrize("line", ["2018", "1.", "a)", "Page de garde", "29 mai", "-"])
def test_lines_that_are_not_page_numbers(line: str) -> None:
    assert split_lines(line)[0].kind == "text"


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("l'Allemagne./.", "l'Allemagne."),
        ("l'Allemagne/.", "l'Allemagne."),
        ("l'Allemagne. /.", "l'Allemagne."),
        ("l'Allemagne /.", "l'Allemagne."),
        ("la date 1/2", "la date 1/2"),
        ("et/ou", "et/ou"),
    ],
)
def test_end_marks_are_cut(line: str, kept: str) -> None:
    (only,) = split_lines(line)
    assert only.text(line) == kept


@pytest.mark.parametrize("line", ["/.", "./.", "  ./.  "])
def test_an_end_mark_alone_is_a_blank_line(line: str) -> None:
    assert split_lines(line)[0].kind == "blank"


def test_lines_are_trimmed_and_separators_recorded() -> None:
    text = "  un  \t\n\fdeux\n\n"
    lines = split_lines(text)
    assert [line.text(text) for line in lines] == ["un", "deux", "", ""]
    assert lines[0].separator == (7, 9)  # "\n\f" is one page break
    assert [line.kind for line in lines] == ["text", "text", "blank", "blank"]


def test_reference_width_is_a_typical_full_line() -> None:
    text = "\n".join(["x" * 90] * 8 + ["titre", "fin."])
    assert reference_width(split_lines(text), text) == 90
