"""Whether text decoded with a single-byte Western code page reads as real text, not mojibake.

cp1252 and Latin-1 decode any byte, so a file in another legacy encoding (KOI8-R, Shift-JIS,
GBK, cp1253, ...) "succeeds" as garbage. Western text has few non-ASCII characters, mostly
lower-case accented letters standing between ASCII letters, plus common typography; mojibake
has runs of accented letters, odd symbols and C1 control characters.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# Non-ASCII non-letters that Western text uses (quotes, dashes, currency, units, spaces).
COMMON_TYPOGRAPHY = frozenset("’‘“”‚„«»‹›–—…•·€£¥¢°©®™§¶¡¿ºª²³±×\u00a0\u00ad")

MAX_RUN_SHARE = 0.3  # share of non-ASCII letters that sit next to another one
MAX_ODD_SHARE = 0.1  # share of non-ASCII characters that are odd symbols or C1 controls
MAX_NON_ASCII_LETTERS = 0.25  # share of all letters
MIN_EVIDENCE = 3  # below this many suspicious characters, never reject
SAMPLE_CHARS = 1 << 18  # judged on the start of long texts: mojibake shows at once


@dataclass(frozen=True)
class CharProfile:
    """Counts over one decoded text that tell text from mojibake."""

    letters: int
    non_ascii_letters: int
    adjacent_non_ascii_letters: int
    non_ascii: int
    odd: int


def profile(text: str) -> CharProfile:
    """Count letters, non-ASCII letters, runs of them and odd symbols in ``text``."""
    letters = non_ascii_letters = adjacent = non_ascii = odd = 0
    previous_non_ascii_letter = False
    for char in text:
        is_letter = char.isalpha()
        letters += is_letter
        if char < "\x80":
            previous_non_ascii_letter = False
            continue
        non_ascii += 1
        if is_letter:
            non_ascii_letters += 1
            adjacent += previous_non_ascii_letter
            previous_non_ascii_letter = True
            continue
        previous_non_ascii_letter = False
        if char not in COMMON_TYPOGRAPHY or unicodedata.category(char) == "Cc":
            odd += 1
    return CharProfile(letters, non_ascii_letters, adjacent, non_ascii, odd)


def looks_western(text: str) -> bool:
    """Whether ``text`` (decoded as cp1252 or Latin-1) is plausible Western-European text."""
    p = profile(text[:SAMPLE_CHARS])
    if p.odd >= MIN_EVIDENCE and p.odd > MAX_ODD_SHARE * p.non_ascii:
        return False
    if p.adjacent_non_ascii_letters >= MIN_EVIDENCE and (
        p.adjacent_non_ascii_letters > MAX_RUN_SHARE * p.non_ascii_letters
    ):
        return False
    return not (
        p.non_ascii_letters >= MIN_EVIDENCE * 2 and p.non_ascii_letters > MAX_NON_ASCII_LETTERS * p.letters
    )
