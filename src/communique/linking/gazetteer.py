"""Fast multi-pattern matching of folded phrases on whole words (Aho-Corasick)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import ahocorasick

from communique.linking.fold import fold

T = TypeVar("T")


@dataclass(frozen=True)
class Hit(Generic[T]):
    """A phrase found in the text, with what it was registered for."""

    start: int
    end: int
    values: tuple[T, ...]


class Gazetteer(Generic[T]):
    """Phrases (folded) mapped to values; `find` returns the longest non-overlapping whole-word hits."""

    def __init__(self, phrases: Iterable[tuple[str, T]]) -> None:
        table: dict[str, list[T]] = {}
        for phrase, value in phrases:
            key = fold(phrase.strip())
            if len(key) >= 2:
                bucket = table.setdefault(key, [])
                if value not in bucket:
                    bucket.append(value)
        self._automaton: Any = ahocorasick.Automaton()
        for key, values in table.items():
            self._automaton.add_word(key, (len(key), tuple(values)))
        self._empty = not table
        if not self._empty:
            self._automaton.make_automaton()

    def find(self, text: str, accept: Callable[[T, str], bool] | None = None) -> list[Hit[T]]:
        """Whole-word hits, longest first where they overlap, in text order.

        ``accept(value, matched_text)`` may refuse a value for the text as written (e.g. an acronym
        that must keep its capitals); a hit with no accepted value is dropped before overlaps are settled.
        """
        if self._empty:
            return []
        folded = fold(text)
        hits: list[Hit[T]] = []
        for end_index, (length, values) in self._automaton.iter(folded):
            start, end = end_index - length + 1, end_index + 1
            if not (_word_edge(folded, start - 1) and _word_edge(folded, end)):
                continue
            if accept is not None:
                values = tuple(v for v in values if accept(v, text[start:end]))
            if values:
                hits.append(Hit(start, end, values))
        hits.sort(key=lambda h: (-(h.end - h.start), h.start))
        taken: list[Hit[T]] = []
        used = bytearray(len(text) + 1)
        for h in hits:
            if not any(used[h.start : h.end]):
                taken.append(h)
                used[h.start : h.end] = b"\x01" * (h.end - h.start)
        return sorted(taken, key=lambda h: h.start)


def _word_edge(text: str, i: int) -> bool:
    """True where position ``i`` is outside the text or not a letter or digit."""
    return i < 0 or i >= len(text) or not text[i].isalnum()
