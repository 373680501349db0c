"""Physical lines of a text, classified as text, blank (gap) or page number, with end marks cut.

A line ends at LF or form feed (a form feed with the LFs next to it is one page break) and is
trimmed of spaces and tabs at both ends. A page number alone on a line ("12", "- 12 -",
"12/15") and an end mark alone on a line ("/." or "./.") count as blank lines: they belong to
the gap between two text lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

LineKind = Literal["text", "blank", "page"]

SEPARATORS = re.compile(r"\n?\f\n?|\n")
PAGE_NUMBER = re.compile(r"[-–—]?[ \t]*\d{1,3}[ \t]*[-–—]?|\d{1,3}[ \t]*/[ \t]*\d{1,3}")
END_MARK_ALONE = re.compile(r"\.?/\.")
# "Allemagne./." -> "Allemagne." ; "Allemagne/." -> "Allemagne." ; the mark ends a line.
END_MARK = re.compile(r"(?<=\S)(?P<stop>\.)?(?P<mark>[ \t]*/)\.$")
BLANKS = " \t"


@dataclass(frozen=True)
class Line:
    """One physical line: the ranges of its kept characters and the line break that ends it."""

    kind: LineKind
    pieces: tuple[tuple[int, int], ...]  # (start, end) ranges of kept characters
    separator: tuple[int, int]  # (start, end) of the break after it; (n, n) for the last line

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]

    def text(self, source: str) -> str:
        """The kept characters of the line."""
        return "".join(source[a:b] for a, b in self.pieces)


def split_lines(text: str) -> list[Line]:
    """Every physical line of ``text``, trimmed and classified."""
    lines: list[Line] = []
    start = 0
    for match in SEPARATORS.finditer(text):
        lines.append(_line(text, start, match.start(), match.span()))
        start = match.end()
    lines.append(_line(text, start, len(text), (len(text), len(text))))
    return lines


def _line(text: str, start: int, end: int, separator: tuple[int, int]) -> Line:
    while start < end and text[start] in BLANKS:
        start += 1
    while end > start and text[end - 1] in BLANKS:
        end -= 1
    content = text[start:end]
    if not content or END_MARK_ALONE.fullmatch(content):
        return Line("blank", ((start, start),), separator)
    if PAGE_NUMBER.fullmatch(content):
        return Line("page", ((start, end),), separator)
    mark = END_MARK.search(content)
    if mark is None:
        return Line("text", ((start, end),), separator)
    if mark.group("stop"):
        return Line("text", ((start, start + mark.end("stop")),), separator)
    cut = start + mark.start("mark")
    return Line("text", ((start, cut), (end - 1, end)), separator)


def reference_width(lines: list[Line], text: str) -> int:
    """A typical full line length (80th percentile of text lines): wrapped lines come close to it."""
    lengths = sorted(len(line.text(text)) for line in lines if line.kind == "text")
    if not lengths:
        return 0
    return lengths[int(0.8 * (len(lengths) - 1))]
