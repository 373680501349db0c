"""Whether a hyphen at the end of a line is a word break (dropped) or a real hyphen (kept).

The rule, conservative about what it calls a compound:
  * a soft hyphen (U+00AD) at a line end is always a word break;
  * a hyphen between a letter and a letter is looked at further; between anything else
    ("2017-\\n2018", "G-\\n7") it is kept and the lines join without a space;
  * kept when the next part starts with a capital ("Saint-\\nPétersbourg") or either part is
    itself hyphenated ("cessez-le-\\nfeu", "c'est-\\nà-dire");
  * kept when the caller lists the compound ("porte-parole") or its first part ("franco-")
    as known to be hyphenated;
  * otherwise the document decides: kept when the hyphenated form (or the first part with a
    hyphen, as in "franco-russe") is used more often elsewhere in the text than the joined
    form (or words starting with the first part); dropped in every other case, since a
    line-end hyphen between two lower-case parts is most often typesetting.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

HyphenJoin = Literal["drop", "keep"]

HYPHENS = "-\u2010"
SOFT_HYPHEN = "\u00ad"
WORD = r"[^\W\d_]+(?:[-\u2010][^\W\d_]+)*"
WORDS = re.compile(WORD)
LEFT_WORD = re.compile(WORD + "$")
RIGHT_WORD = re.compile("^" + WORD)


@dataclass(frozen=True)
class WordCounts:
    """How often each word (letters, inner hyphens allowed) occurs in a text, lower case."""

    counts: Counter[str]
    sorted_words: tuple[str, ...]

    @classmethod
    def of(cls, text: str) -> WordCounts:
        counts = Counter(word.lower().replace("\u2010", "-") for word in WORDS.findall(text))
        return cls(counts, tuple(sorted(counts)))

    def count(self, word: str) -> int:
        """Occurrences of ``word`` itself."""
        return self.counts[word.lower()]

    def count_longer(self, prefix: str) -> int:
        """Occurrences of words that start with ``prefix`` and go on."""
        prefix = prefix.lower()
        start = bisect.bisect_right(self.sorted_words, prefix)
        end = bisect.bisect_left(self.sorted_words, prefix + "\U0010ffff", lo=start)
        return sum(self.counts[word] for word in self.sorted_words[start:end])


def hyphen_join(before: str, after: str, words: WordCounts, known: Collection[str] = ()) -> HyphenJoin | None:
    """How ``before`` (ending with a hyphen) joins ``after``; None when it is not a hyphen break.

    ``words`` counts the words of the whole document (the evidence); ``known`` holds
    lower-case compounds ("porte-parole") and first parts with their hyphen ("franco-") to keep.
    """
    if before.endswith(SOFT_HYPHEN):
        return "drop"
    if len(before) < 2 or before[-1] not in HYPHENS or not before[-2].isalnum():
        return None
    if not after or not after[0].isalnum():
        return None
    if not (before[-2].isalpha() and after[0].isalpha()) or not after[0].islower():
        return "keep"
    left_match = LEFT_WORD.search(before[:-1])
    right_match = RIGHT_WORD.match(after)
    if left_match is None or right_match is None:
        return "keep"
    left, right = left_match.group(), right_match.group()
    if any(h in left or h in right for h in HYPHENS):
        return "keep"
    if f"{left}-{right}".lower() in known or f"{left}-".lower() in known:
        return "keep"
    return "keep" if _hyphenated_elsewhere(left, right, words) else "drop"


def _hyphenated_elsewhere(left: str, right: str, words: WordCounts) -> bool:
    """Whether the text uses ``left-right`` (or ``left-…``) more than ``leftright`` (or ``left…``)."""
    hyphenated, joined = words.count(f"{left}-{right}"), words.count(left + right)
    if hyphenated != joined:
        return hyphenated > joined
    prefix_hyphenated = words.count_longer(f"{left}-")
    prefix_joined = words.count_longer(left) - prefix_hyphenated
    return prefix_hyphenated > prefix_joined
