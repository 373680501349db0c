"""Length-preserving folding of text for matching: case, accents and apostrophes."""

from __future__ import annotations

import unicodedata

# Apostrophes alike; hyphens and dashes as spaces ("Croix-Rouge" and "Croix rouge" are one name).
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "\u00a0": " ", "\u2011": " ", "–": " ",
                              "-": " "})


def fold(text: str) -> str:
    """Lower case without accents, one character for one, so offsets stay valid."""
    out = []
    for ch in text.translate(_APOSTROPHES):
        base = unicodedata.normalize("NFD", ch)[0].lower()
        out.append(base[0] if base else ch)
    return "".join(out)
