"""Rule-based sentence boundaries, set before the parser runs (the parser keeps them).

Measured on the dev texts (see tests/nlp): the statistical parser of fr_core_news_md
merges or splits sentences on wrapped official texts; punctuation rules with the
language's abbreviation list do better, and give the parser whole sentences.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

_FINAL = (".", "!", "?", "…", ".»", '."', ".)")
_CLOSERS = {'"', "»", ")", "”", "'"}


def set_boundaries(doc: Any, abbreviations: Iterable[str]) -> None:
    """Mark every token of a spaCy ``Doc`` as starting a sentence or not."""
    abbrev = {a.lower() for a in abbreviations}
    n = len(doc)
    starts = [False] * n
    if n:
        starts[0] = True
    for i in range(n - 1):
        tok = doc[i]
        if tok.is_space and "\n\n" in tok.text:
            starts[i + 1] = True
            continue
        if not tok.text.endswith(_FINAL) and tok.text not in _CLOSERS:
            continue
        if tok.text in _CLOSERS and (i == 0 or not doc[i - 1].text.endswith(_FINAL)):
            continue
        if tok.text.endswith(".") and _is_abbreviation(doc, i, abbrev):
            continue
        j = i + 1
        while j < n and (doc[j].is_space or doc[j].text in _CLOSERS) and doc[j].text != "«":
            if doc[j].text in _CLOSERS and not doc[j].is_space:
                break
            j += 1
        if j >= n:
            continue
        first = doc[j].text[:1]
        if first.isupper() or first.isdigit() or first in "«\"“(-–•":
            starts[j] = True
    for i, tok in enumerate(doc):
        tok.is_sent_start = starts[i]


def _is_abbreviation(doc: Any, i: int, abbrev: set[str]) -> bool:
    """A period that belongs to an abbreviation or an initial ("M.", "J.", "U.S.")."""
    text = doc[i].text
    word = text if text != "." or i == 0 else doc[i - 1].text + "."
    if word.lower() in abbrev:
        return True
    core = word[:-1]
    return len(core) == 1 and core.isalpha() and core.isupper()
