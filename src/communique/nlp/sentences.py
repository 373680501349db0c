"""Rule-based sentence boundaries, set before the parser runs (the parser keeps them).

Measured on the dev texts (see tests/nlp): the statistical parser of fr_core_news_md
merges or splits sentences on wrapped official texts; punctuation rules with the
language's abbreviation list do better, and give the parser whole sentences.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy
from spacy.attrs import SENT_START

_FINAL = (".", "!", "?", "…", ".»", '."', ".)")
_CLOSERS = {'"', "»", ")", "”", "'"}


def set_boundaries(doc: Any, abbreviations: Iterable[str]) -> None:
    """Mark every token of a spaCy ``Doc`` as starting a sentence or not."""
    abbrev = {a.lower() for a in abbreviations}
    texts = [tok.text for tok in doc]
    spaces = [tok.is_space for tok in doc]
    n = len(texts)
    starts = [False] * n
    if n:
        starts[0] = True
    for i in range(n - 1):
        text = texts[i]
        if spaces[i] and "\n\n" in text:
            starts[i + 1] = True
            continue
        if not text.endswith(_FINAL) and text not in _CLOSERS:
            continue
        if text in _CLOSERS and (i == 0 or not texts[i - 1].endswith(_FINAL)):
            continue
        if text.endswith(".") and _is_abbreviation(texts, i, abbrev):
            continue
        j = i + 1
        while j < n and (spaces[j] or texts[j] in _CLOSERS) and texts[j] != "«":
            if texts[j] in _CLOSERS and not spaces[j]:
                break
            j += 1
        if j >= n:
            continue
        first = texts[j][:1]
        if first.isupper() or first.isdigit() or first in "«\"“(-–•":
            starts[j] = True
    # One array write instead of a property per token (setting is_sent_start token by token costs
    # more than the rest of this function); -1 marks "not a sentence start", as spaCy does.
    if n:
        values = numpy.array([1 if start else -1 for start in starts], dtype="int64").astype("uint64")
        doc.from_array([SENT_START], values)


def _is_abbreviation(texts: list[str], i: int, abbrev: set[str]) -> bool:
    """A period that belongs to an abbreviation or an initial ("M.", "J.", "U.S.")."""
    text = texts[i]
    word = text if text != "." or i == 0 else texts[i - 1] + "."
    if word.lower() in abbrev:
        return True
    core = word[:-1]
    return len(core) == 1 and core.isalpha() and core.isupper()
