"""Length-preserving folding: lower case, no accents, one apostrophe, one hyphen, plain spaces.

Patterns and texts are folded the same way, so "Décembre", "DECEMBRE" and "décembre" match
one pattern, and "aujourd’hui" matches "aujourd'hui". Folding never changes the length of a
text, so offsets into the folded text are offsets into the original.
"""

from __future__ import annotations

import re
import unicodedata
from types import MappingProxyType

_APOSTROPHES = "’‘‛′ʼ`´"
_DASHES = "‐‑‒–—―−"
_SPACES = "\u00a0\u202f\u2009\u2007\u2002\u2003\u200a"


def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        ch = chr(code)
        low = ch.lower()
        base = unicodedata.normalize("NFD", low)[0]
        if len(low) == 1 and base != low:
            table[ord(low)] = base
    for ch in _APOSTROPHES:
        table[ord(ch)] = "'"
    for ch in _DASHES:
        table[ord(ch)] = "-"
    for ch in _SPACES:
        table[ord(ch)] = " "
    return table


FOLD_TABLE = MappingProxyType(_table())
WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """``text`` lower-cased and without accents, same length, same offsets."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.translate(FOLD_TABLE)


_INNER_GAP = re.compile(r"(?<=\w)(?:\s*-\s*|\s+)(?=\w)")


def squash(folded: str) -> str:
    """Inner spaces and hyphens between words made one space."""
    return _INNER_GAP.sub(" ", folded)


def normalize_key(text: str) -> str:
    """A lexicon key as looked up: folded, inner spaces and hyphens between words made one space."""
    return squash(fold(text).strip())
