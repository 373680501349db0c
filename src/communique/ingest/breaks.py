"""How two consecutive text lines join: with a space, a line break or a paragraph break.

A line break is a wrap (joined with a space) when the sentence clearly goes on:
  * the next line starts with a lower-case letter (after any opening quote or bracket), or
  * the line before does not end a sentence (``. ! ? … : ;``, before closing quotes or
    brackets) and is a full line (at least ``LONG_LINE_SHARE`` of the text's typical width:
    a wrapped line is nearly full, a heading or a salutation is short), unless exactly one
    blank line separates the two (a paragraph break that no page break explains).
It is never a wrap when the next line starts a list item ("- ", "• ", "1. ", "a) ").
Kept breaks stay a line break ("\\n"), or a paragraph break ("\\n\\n") when the gap holds a
blank line; in a page-break gap (form feed or page number) one blank line is page layout,
so it takes two to make a paragraph break.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

JoinKind = Literal["space", "line", "paragraph"]

SENTENCE_END = ".!?…:;。！？"
CLOSERS = "\"'»›)]}"
OPENERS = "\"'«‹([{"
LONG_LINE_SHARE = 0.6
LIST_ITEM = re.compile(r"(?:[-–—•·▪◦‣*+]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)])(?:\s|$)")


@dataclass(frozen=True)
class Gap:
    """What lies between two text lines: separators, blank lines, page marks."""

    separators: tuple[int, ...]  # offsets of its LFs and form feeds, in order
    blank_lines: int
    page_marks: bool  # a form feed or a page-number line


def join_kind(before: str, after: str, gap: Gap, *, full_line: bool) -> JoinKind:
    """How the text line ``before`` joins the text line ``after`` across ``gap``."""
    paragraph_blanks = gap.blank_lines - (1 if gap.page_marks else 0)
    kept: JoinKind = "paragraph" if paragraph_blanks > 0 else "line"
    if LIST_ITEM.match(after):
        return kept
    if starts_lower(after):
        return "space"
    if ends_sentence(before):
        return kept
    if gap.blank_lines == 1 and not gap.page_marks:
        return kept
    return "space" if full_line else kept


def starts_lower(line: str) -> bool:
    """Whether the first letter or digit of ``line`` (after opening quotes) is a lower-case letter."""
    stripped = line.lstrip(OPENERS + " ")
    return bool(stripped) and stripped[0].islower()


def ends_sentence(line: str) -> bool:
    """Whether ``line`` ends with sentence-final punctuation (closing quotes/brackets skipped)."""
    stripped = line.rstrip(CLOSERS + " ")
    return bool(stripped) and stripped[-1] in SENTENCE_END
