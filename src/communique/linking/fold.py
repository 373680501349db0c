"""Length-preserving folding of text for matching: case, accents and apostrophes."""

from __future__ import annotations

import re
import unicodedata

# Apostrophes alike; hyphens and dashes as spaces ("Croix-Rouge" and "Croix rouge" are one name).
_PUNCTUATION = {"’": "'", "‘": "'", "ʼ": "'", "`": "'", "\u00a0": " ", "\u2011": " ", "–": " ", "-": " "}
_BEYOND_TABLE = re.compile("[^\x00-\u024f]")


def _fold_char(ch: str) -> str:
    base = unicodedata.normalize("NFD", ch)[0].lower()
    return base[0] if base else ch


# Latin script (up to Latin Extended-B) folded once; other characters one by one as they come.
_TABLE = str.maketrans({**{chr(cp): _fold_char(chr(cp)) for cp in range(0x250)}, **_PUNCTUATION})


def fold(text: str) -> str:
    """Lower case without accents, one character for one, so offsets stay valid."""
    folded = text.translate(_TABLE)
    if folded.isascii():
        return folded
    return _BEYOND_TABLE.sub(lambda m: _fold_char(m.group()), folded)
