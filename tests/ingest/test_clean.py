"""clean_text on the seed readout (a real PDF extraction) and as properties on any text."""

from __future__ import annotations

import re
import textwrap
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.ingest import CleanedText, clean_text

SEED = Path(__file__).parents[1] / "data" / "ingest" / "elysee-2018-02-09.txt"
LINE_BREAKS = "\n\f\r\u2028\u2029\x0b"
NORMALIZED = {"'": "’‘‛‚", '"': "“”„‟", " ": LINE_BREAKS + "\t\u00a0\u202f\u2009", "\n": LINE_BREAKS}


@pytest.fixture(scope="module")
def seed() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def cleaned(seed: str) -> CleanedText:
    return clean_text(seed)


def test_wrapped_lines_are_joined(cleaned: CleanedText) -> None:
    text = cleaned.text
    assert "avec Vladimir Poutine, président de la Fédération de Russie." in text
    assert "la rencontre de Versailles, le 29 mai dernier." in text  # next line starts with a digit
    assert "à l'invitation de Vladimir Poutine, d'effectuer" in text  # next line starts with a capital
    assert "dans la Ghouta orientale et à Idlib" in text


def test_page_break_gap_inside_a_sentence_is_removed(cleaned: CleanedText) -> None:
    assert "pour lutter contre l'impunité dans l'utilisation des armes chimiques" in cleaned.text


def test_end_mark_is_dropped_and_text_is_stripped(cleaned: CleanedText) -> None:
    assert cleaned.text.startswith("Le président de la République s'est entretenu")
    assert cleaned.text.endswith("proposées par la France et l'Allemagne.")
    assert "/." not in cleaned.text


def test_paragraph_breaks_are_kept_as_one_blank_line(cleaned: CleanedText) -> None:
    paragraphs = cleaned.text.split("\n\n")
    assert len(paragraphs) == 9
    assert paragraphs[1] == "Il s'est félicité de la dynamique de nos relations bilatérales depuis la " \
        "rencontre de Versailles, le 29 mai dernier."
    assert "\n\n\n" not in cleaned.text
    assert all(line == line.strip() for line in cleaned.text.split("\n"))


def test_sentence_end_before_a_capital_keeps_its_line_break(cleaned: CleanedText) -> None:
    assert "est désormais actif.\nPlusieurs événements sont prévus" in cleaned.text


def test_real_hyphens_are_kept(cleaned: CleanedText) -> None:
    compounds = ("franco-russe", "franco-russes", "Saint-Pétersbourg", "russo-ukrainienne", "cessez-le-feu")
    for compound in compounds:
        assert compound in cleaned.text


def test_seed_offsets_map_back_to_the_input(seed: str, cleaned: CleanedText) -> None:
    _assert_offset_map(seed, cleaned)
    start = cleaned.text.index("contre l'impunité")
    raw_start, raw_end = cleaned.source_span(start, start + len("contre l'impunité"))
    assert seed[raw_start:raw_end] == "contre\n\n\n\nl'impunité"


def test_seed_rewrapped_with_hyphenation_and_page_breaks_cleans_the_same(cleaned: CleanedText) -> None:
    raw = _typeset(cleaned.text, width=60, hyphenate=True, page_break_every=7)
    assert "-\n" in raw and "\f" in raw
    assert _flat(clean_text(raw).text) == _flat(cleaned.text)


def test_page_numbers_and_form_feeds_inside_a_sentence_disappear() -> None:
    raw = "Le président de la République a souligné la détermination de la France pour\n\n- 2 -\n\f\n" \
        "lutter contre l'impunité.\n\n3\n\fLes ministres travailleront ensemble."
    # at a sentence end, a page break with one blank line (page layout) stays a line break
    assert clean_text(raw).text == "Le président de la République a souligné la détermination de la " \
        "France pour lutter contre l'impunité.\nLes ministres travailleront ensemble."
    # two blank lines with the page break make it a paragraph break
    assert clean_text("Fin du paragraphe.\n\n\n3\n\fNouveau paragraphe.").text == \
        "Fin du paragraphe.\n\nNouveau paragraphe."


def test_hyphenation_is_undone_on_the_seed_words() -> None:
    raw = "Le conseil économique a montré le potentiel du dévelop-\npement des coopérations dans de\n" \
        "nombreux domaines, grâce au développement des échanges franco-\nrusses, un dialogue franco-allemand."
    assert clean_text(raw).text == "Le conseil économique a montré le potentiel du développement des " \
        "coopérations dans de nombreux domaines, grâce au développement des échanges franco-russes, " \
        "un dialogue franco-allemand."


def test_quotes_spaces_and_line_ends_are_normalized() -> None:
    raw = "  Sur le thème de la “ville du futur”,\u00a0l’égide   \r\nde l’ONU.  \r\n\r\n  Fin.  "
    cleaned = clean_text(raw)
    assert cleaned.text == "Sur le thème de la \"ville du futur\", l'égide de l'ONU.\n\nFin."
    _assert_offset_map(raw, cleaned)


def test_white_space_only_cleans_to_nothing() -> None:
    assert clean_text(" \n\f\n ") == CleanedText("", ())


def test_known_hyphenated_compounds_are_kept() -> None:
    raw = "Le vice-\nprésident a parlé."
    assert clean_text(raw).text == "Le viceprésident a parlé."
    assert clean_text(raw, hyphenated=["vice-"]).text == "Le vice-président a parlé."


TEXT_PIECES = st.sampled_from(
    ["Le", "président", "de", "la", "République", "l’impunité", "“ville”", "dévelop-", "pement", "Saint-",
     "Pétersbourg", "2018", "./.", "/.", "- 2 -", "12", ",", ".", ":", "»", "«", "e\u0301", "\u00ad",
     "\u200b", " ", "  ", "\t", "\n", "\n\n", "\n\n\n\n", "\r\n", "\f", "\u00a0", "\u2028", "œ", "a",
     "Z", "-"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(TEXT_PIECES, max_size=60).map("".join))
def test_offsets_map_every_cleaned_character_to_its_input(raw: str) -> None:
    _assert_offset_map(raw, clean_text(raw))


@settings(max_examples=40, deadline=None)
@given(
    width=st.integers(min_value=45, max_value=110),
    hyphenate=st.booleans(),
    page_break_every=st.integers(min_value=3, max_value=30),
)
def test_any_typesetting_of_the_seed_cleans_to_the_same_text(
    cleaned: CleanedText, width: int, hyphenate: bool, page_break_every: int
) -> None:
    raw = _typeset(cleaned.text, width=width, hyphenate=hyphenate, page_break_every=page_break_every)
    assert _flat(clean_text(raw).text) == _flat(cleaned.text)


def _assert_offset_map(raw: str, cleaned: CleanedText) -> None:
    """offsets is strictly increasing and each cleaned character is its input character or a normalization."""
    assert len(cleaned.offsets) == len(cleaned.text)
    assert all(a < b for a, b in zip(cleaned.offsets, cleaned.offsets[1:], strict=False))
    for char, offset in zip(cleaned.text, cleaned.offsets, strict=True):
        source = raw[offset]
        assert (
            source == char
            or source in NORMALIZED.get(char, "")
            or unicodedata.normalize("NFD", char)[0] == source
        ), (char, source, offset)


def _typeset(text: str, *, width: int, hyphenate: bool, page_break_every: int) -> str:
    """Lay ``text`` out like a PDF extraction: wrapped lines, hyphenated words, page breaks with numbers."""
    lines: list[str] = []
    for paragraph in text.split("\n\n"):
        flat = paragraph.replace("\n", " ")
        wrapped = textwrap.wrap(flat, width, break_long_words=False, break_on_hyphens=False)
        for i in range(len(wrapped) - 1):
            word = wrapped[i + 1].split(" ")[0]
            if hyphenate and len(word) >= 8 and word.isalpha() and word.islower():
                wrapped[i] += f" {word[:4]}-"
                wrapped[i + 1] = wrapped[i + 1][4:]
        lines += [*wrapped, ""]
    out: list[str] = []
    for number, line in enumerate(lines[:-1], start=1):
        out.append(line)
        if number % page_break_every == 0 and line:
            out.append(f"\n- {number // page_break_every} -\n\f")
    return "\n".join(out)


def _flat(text: str) -> str:
    """Paragraphs kept, line breaks inside them made spaces (a kept sentence-end break is not a fault)."""
    return re.sub(r"(?<!\n)\n(?!\n)", " ", text)
