"""Undo the artifacts of PDF-extracted and scraped texts, keeping a map back to the input.

``clean_text`` runs three steps: character normalization (``chars``), line splitting and
classification (``lines``), then joining text lines across their gaps (``breaks`` and
``hyphenation``). Lines are trimmed, wrapped lines are joined with a space, page-break gaps
(blank lines, form feeds, page numbers) inside a sentence disappear, paragraph breaks become
one blank line, line-end hyphenation is undone and end marks ("./.", "/.") are cut.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from communique.ingest.breaks import LONG_LINE_SHARE, Gap, JoinKind, join_kind
from communique.ingest.chars import normalize_chars
from communique.ingest.hyphenation import WordCounts, hyphen_join
from communique.ingest.lines import Line, reference_width, split_lines


@dataclass(frozen=True)
class CleanedText:
    """Cleaned text; ``offsets[i]`` is the offset in the raw text of cleaned character ``i``."""

    text: str
    offsets: tuple[int, ...]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw-text span of the cleaned span ``start:end`` (end exclusive, non-empty)."""
        return self.offsets[start], self.offsets[end - 1] + 1


class _Output:
    """Cleaned characters and their raw offsets, built left to right."""

    def __init__(self, norm_offsets: list[int]) -> None:
        self.norm_offsets = norm_offsets
        self.chars: list[str] = []
        self.offsets: list[int] = []

    def copy(self, norm: str, start: int, end: int) -> None:
        self.chars.extend(norm[start:end])
        self.offsets.extend(self.norm_offsets[start:end])

    def put(self, char: str, norm_position: int) -> None:
        self.chars.append(char)
        self.offsets.append(self.norm_offsets[norm_position])

    def drop_last(self) -> None:
        self.chars.pop()
        self.offsets.pop()

    def result(self) -> CleanedText:
        return CleanedText("".join(self.chars), tuple(self.offsets))


def clean_text(raw: str, *, hyphenated: Collection[str] = ()) -> CleanedText:
    """Clean ``raw``; ``hyphenated`` lists lower-case compounds or prefixes ("franco-") to keep."""
    norm, norm_offsets = normalize_chars(raw)
    lines = split_lines(norm)
    long_line = LONG_LINE_SHARE * reference_width(lines, norm)
    known = frozenset(h.lower() for h in hyphenated)
    out = _Output(norm_offsets)
    words = _LazyWordCounts(norm)
    previous: str | None = None
    separators: list[int] = []
    blank_lines = 0
    page_marks = False
    for line in lines:
        if line.kind == "text":
            current = line.text(norm)
            if previous is not None:
                gap = Gap(tuple(separators), blank_lines, page_marks)
                _join(out, previous, current, gap, words, known, full_line=len(previous) >= long_line)
            _copy_line(out, line, norm)
            previous, separators, blank_lines, page_marks = current, [], 0, False
        else:
            blank_lines += line.kind == "blank"
            page_marks = page_marks or line.kind == "page"
        separators.extend(range(*line.separator))
        page_marks = page_marks or "\f" in norm[slice(*line.separator)]
    return out.result()


def _may_be_hyphen(line: str) -> bool:
    return line.endswith(("-", "\u2010", "\u00ad"))


def _copy_line(out: _Output, line: Line, norm: str) -> None:
    for start, end in line.pieces:
        out.copy(norm, start, end)


class _LazyWordCounts:
    """The document's word counts, counted the first time a line-end hyphen needs them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.counts: WordCounts | None = None

    def get(self) -> WordCounts:
        if self.counts is None:
            self.counts = WordCounts.of(self.text)
        return self.counts


def _join(
    out: _Output,
    before: str,
    after: str,
    gap: Gap,
    words: _LazyWordCounts,
    known: frozenset[str],
    *,
    full_line: bool,
) -> None:
    """Write what stands between two text lines (the previous one is already written)."""
    hyphen = hyphen_join(before, after, words.get(), known) if _may_be_hyphen(before) else None
    if hyphen == "drop":
        out.drop_last()
    if hyphen is not None:
        return
    kind: JoinKind = join_kind(before, after, gap, full_line=full_line)
    first = gap.separators[0]
    if kind == "space":
        out.put(" ", first)
    elif kind == "line" or len(gap.separators) < 2:
        out.put("\n", first)
    else:
        out.put("\n", first)
        out.put("\n", gap.separators[-1])
