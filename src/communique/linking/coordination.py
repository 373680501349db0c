"""Names that share a noun across a coordination: "the Donetsk and Luhansk People's Republics",
"les républiques populaires de Donetsk et de Louhansk". Each reading is kept only if the knowledge
base knows it as a name, so nothing is invented."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from communique.linking.fold import fold
from communique.linking.gazetteer import Gazetteer

_WORD = r"[^\W\d_][\w'’.-]*"
# How many words the shared noun may have.
MAX_SHARED = 3


@dataclass(frozen=True)
class Coordination:
    """A language's coordinating words and the endings its plural nouns take."""

    words: tuple[str, ...]
    plural_endings: tuple[str, ...]


def shared_names(text: str, rules: Coordination, names: Gazetteer[tuple[str, str, str]]
                 ) -> Iterator[tuple[int, int, str]]:
    """(start, end, KB id) for each name read out of a coordination, spanning the whole phrase."""
    if not rules.words:
        return
    coord = "|".join(re.escape(w) for w in rules.words)
    # a function word before the first name may be repeated before the second ("de A et de B")
    pattern = re.compile(rf"\b(?:(?P<p>[^\W\d_]+) )?(?P<a>{_WORD}) (?:{coord}) (?:(?P=p) )?(?P<b>{_WORD})\b",
                         re.IGNORECASE)
    for m in pattern.finditer(text):
        # the noun follows ("A and B People's Republics") ...
        after = re.match(rf"(?: {_WORD}){{1,{MAX_SHARED}}}", text[m.end():])
        if after:
            yield from _readings(text, m, names, rules, after.group(0).split(), follows=True)
        # ... or comes before ("républiques populaires de A et de B")
        before = re.search(rf"(?:{_WORD} ){{1,{MAX_SHARED}}}$", text[: m.start()])
        if before:
            yield from _readings(text, m, names, rules, before.group(0).split(), follows=False)


def _readings(text: str, m: re.Match[str], names: Gazetteer[tuple[str, str, str]], rules: Coordination,
              shared: Sequence[str], *, follows: bool) -> Iterator[tuple[int, int, str]]:
    a, b = m.group("a"), m.group("b")
    function_word = f"{m.group('p')} " if m.group("p") else ""
    first = m.start("p") if m.group("p") else m.start("a")
    for n in range(len(shared), 0, -1):
        words = shared[:n] if follows else shared[-n:]
        for noun in _noun_forms(words, rules):
            if follows:
                readings = [f"{a} {noun}", f"{b} {noun}"]
            else:
                readings = [f"{noun} {function_word}{a}", f"{noun} {function_word}{b}"]
            ids = [i for i in (_exact(names, r) for r in readings) if i is not None]
            if len(ids) == 2 and ids[0] != ids[1]:
                start = first if follows else first - len(" ".join(words)) - 1
                end = m.end() + len(" ".join(words)) + 1 if follows else m.end()
                for entry_id in ids:
                    yield start, end, entry_id
                return


def _noun_forms(words: Sequence[str], rules: Coordination) -> list[str]:
    """The shared noun as written, and in the singular: every word ("républiques populaires"), or
    only the last ("People's Republics") or the first ("ministres des affaires étrangères")."""
    forms = [list(words), [_singular(w, rules) for w in words],
             [*words[:-1], _singular(words[-1], rules)], [_singular(words[0], rules), *words[1:]]]
    return list(dict.fromkeys(" ".join(f) for f in forms))


def _exact(names: Gazetteer[tuple[str, str, str]], phrase: str) -> str | None:
    hits = names.find(phrase)
    whole = [h for h in hits if h.start == 0 and h.end == len(phrase)]
    return whole[0].values[0][0] if whole else None


def _singular(word: str, rules: Coordination) -> str:
    for ending in rules.plural_endings:
        if fold(word).endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)]
    return word
