"""Text normalization used when comparing system output with gold."""

from __future__ import annotations

import re
import unicodedata

_ARTICLES = re.compile(r"\b(the|of|la|le|les|de|du|des|l|d)\b")


def fold(s: str) -> str:
    """Accents off, case folded, typographic apostrophe straightened, white space collapsed."""
    decomposed = unicodedata.normalize("NFKD", s or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().replace("’", "'")
    return re.sub(r"\s+", " ", plain).strip()


def name_key(s: str) -> str:
    """A name reduced for comparison: folded, "St." as "saint", punctuation and articles dropped."""
    key = re.sub(r"\bst\. ", "saint ", fold(s))
    key = re.sub(r"[^\w ]+", " ", key)
    key = _ARTICLES.sub(" ", key)
    return re.sub(r"\s+", " ", key).strip()


def collapse_spaces(text: str) -> tuple[str, list[int]]:
    """The text with white-space runs collapsed, and where each original offset lands in it."""
    out: list[str] = []
    where: list[int] = []
    in_space = False
    for ch in text:
        where.append(len(out))
        if ch.isspace():
            if out and not in_space:
                out.append(" ")
            in_space = True
        else:
            out.append(ch)
            in_space = False
    where.append(len(out))
    return "".join(out), where
