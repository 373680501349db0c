"""A document's parse as plain records: tokens, sentences, named-entity spans.

The ``nlp`` package fills these from spaCy; every other stage reads them, so that
only ``nlp`` imports spaCy. Token offsets are character offsets into the cleaned text.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Token:
    """One token with its lemma, part of speech, dependency and morphology."""

    i: int
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    morph: tuple[tuple[str, str], ...]
    sent: int

    def feat(self, name: str) -> str | None:
        """One morphological feature (``Tense``, ``Mood``, ...), or None."""
        for key, value in self.morph:
            if key == name:
                return value
        return None


@dataclass(frozen=True)
class Sentence:
    """A sentence: its character span and its token range (``token_end`` exclusive)."""

    start: int
    end: int
    token_start: int
    token_end: int


@dataclass(frozen=True)
class Grammar:
    """The function words of the parse's language that readers of its trees look for (``language.yaml``)."""

    genitives: frozenset[str] = frozenset()  # "de", "du", "des", "d'"; "of"
    gerund_marks: frozenset[str] = frozenset()  # open a gerund that shares its verb's subject: "en", "by"
    progressive: frozenset[str] = frozenset()  # the auxiliary of the progressive: "be" ("are being sent")


@dataclass(frozen=True)
class NamedSpan:
    """A span the statistical NER labelled (PER, LOC, ORG, MISC; GPE, NORP, ... in English)."""

    start: int
    end: int
    text: str
    label: str
    token_start: int
    token_end: int


@dataclass(frozen=True)
class Parse:
    """The parse of one cleaned text."""

    text: str
    language: str
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    ents: tuple[NamedSpan, ...]
    pipeline: str
    grammar: Grammar = field(default_factory=Grammar)
    _starts: tuple[int, ...] = field(default=(), repr=False, compare=False)
    _children: tuple[tuple[Token, ...], ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        kids: list[list[Token]] = [[] for _ in self.tokens]
        for t in self.tokens:
            if t.head != t.i:
                kids[t.head].append(t)
        object.__setattr__(self, "_starts", tuple(t.start for t in self.tokens))
        object.__setattr__(self, "_children", tuple(tuple(k) for k in kids))

    def children(self, i: int) -> tuple[Token, ...]:
        """The syntactic dependents of token ``i``."""
        return self._children[i]

    def token_at(self, offset: int) -> Token | None:
        """The token covering a character offset, or None (white space, out of range)."""
        k = bisect_right(self._starts, offset) - 1
        if 0 <= k < len(self.tokens) and self.tokens[k].start <= offset < self.tokens[k].end:
            return self.tokens[k]
        return None

    def tokens_in(self, start: int, end: int) -> tuple[Token, ...]:
        """The tokens that overlap a character span."""
        k = max(0, bisect_right(self._starts, start) - 1)
        out: list[Token] = []
        while k < len(self.tokens) and self.tokens[k].start < end:
            if self.tokens[k].end > start:
                out.append(self.tokens[k])
            k += 1
        return tuple(out)

    def sentence_of(self, token: Token) -> Sentence:
        """The sentence a token belongs to."""
        return self.sentences[token.sent]

    def sentence_tokens(self, k: int) -> tuple[Token, ...]:
        """The tokens of sentence ``k`` (none outside the text)."""
        if not 0 <= k < len(self.sentences):
            return ()
        sentence = self.sentences[k]
        return self.tokens[sentence.token_start : sentence.token_end]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence covering a character offset, or None."""
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None

    def ancestors(self, i: int) -> tuple[Token, ...]:
        """The heads above token ``i``, nearest first, up to the sentence root."""
        out: list[Token] = []
        seen = {i}
        k = self.tokens[i].head
        while k not in seen:
            seen.add(k)
            out.append(self.tokens[k])
            k = self.tokens[k].head
        return tuple(out)

    def subtree(self, i: int) -> tuple[Token, ...]:
        """Token ``i`` and every dependent below it (the token first; the rest not in text order)."""
        out = [self.tokens[i]]
        stack = [i]
        while stack:
            for child in self._children[stack.pop()]:
                out.append(child)
                stack.append(child.i)
        return tuple(out)

    def head_of_span(self, start: int, end: int) -> Token | None:
        """The syntactic head of a span: its token whose head lies outside the span."""
        toks = self.tokens_in(start, end)
        inside = {t.i for t in toks}
        for t in toks:
            if t.head not in inside or t.head == t.i:
                return t
        return toks[0] if toks else None
