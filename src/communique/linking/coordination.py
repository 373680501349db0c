"""Names and titles that share a noun across a coordination: "the Donetsk and Luhansk People's
Republics", "les républiques populaires de Donetsk et de Louhansk", "les présidents américain,
français et russe". Each reading is kept only if the gazetteer knows it, so nothing is invented."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

from communique.linking.fold import fold
from communique.linking.gazetteer import Gazetteer

V = TypeVar("V")
_WORD = r"[^\W\d_][\w'’.-]*"
# How many words the shared noun may have, and how far back (in characters) a list is read.
MAX_SHARED = 3
_WINDOW = 200


@dataclass(frozen=True)
class Coordination:
    """A language's coordinating words and the endings its plural nouns take."""

    words: tuple[str, ...]
    plural_endings: tuple[str, ...]


@dataclass(frozen=True)
class _Items:
    """The coordinated words, the function word repeated before each (or ""), and the phrase's span."""

    words: tuple[str, ...]
    function_word: str
    start: int
    end: int


def exact(gazetteer: Gazetteer[V]) -> Callable[[str], V | None]:
    """A lookup that accepts a phrase only when one gazetteer entry covers it whole."""

    def lookup(phrase: str) -> V | None:
        whole = [h for h in gazetteer.find(phrase) if h.start == 0 and h.end == len(phrase)]
        return whole[0].values[0] if whole else None

    return lookup


def shared_readings(text: str, rules: Coordination, lookup: Callable[[str], V | None],
                    known: Callable[[str], bool] = lambda word: True) -> Iterator[tuple[int, int, V]]:
    """(start, end, value) for each reading of a coordination, spanning the whole phrase.

    ``known(word)`` says whether a word can be part of a name at all; coordinations where neither item is
    ("deep and serious concerns") are passed over without trying their readings.
    """
    if not rules.words:
        return
    coord = "|".join(re.escape(w) for w in rules.words)
    # a function word before the first item may be repeated before the last ("de A et de B")
    pattern = re.compile(rf"\b(?:(?P<p>[^\W\d_]+) )?(?P<a>{_WORD}) (?:{coord}) (?:(?P=p) )?(?P<b>{_WORD})\b",
                         re.IGNORECASE)
    for m in pattern.finditer(text):
        if not (known(m.group("a")) or known(m.group("b"))):
            continue
        items = _items(text, m)
        # the noun follows ("A and B People's Republics") ...
        after = re.match(rf"(?: {_WORD}){{1,{MAX_SHARED}}}", text[items.end :])
        if after:
            yield from _readings(items, lookup, rules, after.group(0).split(), follows=True)
        # ... or comes before ("républiques populaires de A et de B", "présidents A, B et C")
        window = max(0, items.start - _WINDOW)
        before = re.search(rf"(?:{_WORD} ){{1,{MAX_SHARED}}}$", text[window : items.start])
        if before:
            yield from _readings(items, lookup, rules, before.group(0).split(), follows=False)


def _items(text: str, m: re.Match[str]) -> _Items:
    """The items of "A, B and C": the match holds the last two; earlier ones precede it, comma-separated."""
    p = m.group("p")
    repeated = p is not None and m.group(0).endswith(f" {p} {m.group('b')}")
    function_word = f"{p} " if repeated else ""
    start = m.start("p") if repeated else m.start("a")
    words = [m.group("a"), m.group("b")]
    window = max(0, start - _WINDOW)
    earlier = re.search(rf"((?:{re.escape(function_word)}{_WORD}, )+)$", text[window:start])
    if earlier:
        found = [w.strip() for w in earlier.group(1).split(",") if w.strip()]
        words = [w.removeprefix(function_word) for w in found] + words
        start = window + earlier.start(1)
    return _Items(tuple(words), function_word, start, m.end())


def _readings(items: _Items, lookup: Callable[[str], V | None], rules: Coordination, shared: Sequence[str],
              *, follows: bool) -> Iterator[tuple[int, int, V]]:
    for n in range(len(shared), 0, -1):
        words = shared[:n] if follows else shared[-n:]
        noun_length = len(" ".join(words)) + 1
        for noun in _noun_forms(words, rules):
            if follows:
                readings = [f"{x} {noun}" for x in items.words]
            else:
                readings = [f"{noun} {items.function_word}{x}" for x in items.words]
            values = [v for v in (lookup(r) for r in readings) if v is not None]
            if len(values) == len(readings) and len({repr(v) for v in values}) == len(values):
                start = items.start if follows else items.start - noun_length
                end = items.end + noun_length if follows else items.end
                for value in values:
                    yield start, end, value
                return


def _noun_forms(words: Sequence[str], rules: Coordination) -> list[str]:
    """The shared noun as written, and in the singular: every word ("républiques populaires"), or
    only the last ("People's Republics") or the first ("ministres des affaires étrangères")."""
    forms = [list(words), [_singular(w, rules) for w in words],
             [*words[:-1], _singular(words[-1], rules)], [_singular(words[0], rules), *words[1:]]]
    return list(dict.fromkeys(" ".join(f) for f in forms))


def _singular(word: str, rules: Coordination) -> str:
    for ending in rules.plural_endings:
        if fold(word).endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)]
    return word
