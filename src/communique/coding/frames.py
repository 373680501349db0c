"""Reading a trigger's dependency frame: its subject, object and prepositional dependents."""

from __future__ import annotations

from collections.abc import Iterator

from communique.coding.rules import ArgumentSlot
from communique.parsed import Parse, Token

SUBJECT_DEPS = frozenset({"nsubj", "expl:subj", "csubj"})
OBJECT_DEPS = frozenset({"obj", "dobj", "iobj"})
OBLIQUE_DEPS = frozenset({"obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "iobj"})
CASE_DEPS = frozenset({"case", "mark"})
# Dependents that belong to a name's own phrase (first and last names, appositions, "de la Russie").
PHRASE_DEPS = frozenset({"flat:name", "flat", "compound", "appos", "nmod", "amod", "conj"})


def arguments(parse: Parse, trigger: Token, slot: ArgumentSlot) -> Iterator[Token]:
    """The head tokens of the trigger's dependents that fill a slot."""
    if slot.subject:
        yield from _subjects(parse, trigger)
        return
    for child in parse.children(trigger.i):
        if slot.object and child.dep in OBJECT_DEPS:
            yield child
        elif slot.preps and _preposition(parse, child) in slot.preps:
            yield _prep_object(parse, child)


def phrase(parse: Parse, head: Token) -> tuple[Token, ...]:
    """The head and the dependents that belong to its noun phrase, recursively."""
    out = [head]
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in parse.children(tok.i):
            if child.dep in PHRASE_DEPS or child.dep in CASE_DEPS or child.dep == "det":
                out.append(child)
                stack.append(child)
    return tuple(sorted(out, key=lambda t: t.i))


def _subjects(parse: Parse, trigger: Token) -> Iterator[Token]:
    """Subjects of the trigger, or of the auxiliary/verb it is coordinated with or governed by."""
    tok: Token | None = trigger
    seen = set()
    while tok is not None and tok.i not in seen:
        seen.add(tok.i)
        subj = [c for c in parse.children(tok.i) if c.dep in SUBJECT_DEPS]
        if subj:
            yield from subj
            return
        # "X a accepté ... et souligné": the second verb shares the first one's subject;
        # "X a accepté d'effectuer": the infinitive shares its governor's subject.
        tok = parse.tokens[tok.head] if tok.dep in {"conj", "xcomp"} and tok.head != tok.i else None


def _preposition(parse: Parse, tok: Token) -> str | None:
    """The preposition introducing a dependent ("avec" in "avec Vladimir Poutine")."""
    if tok.dep == "prep":  # English-style trees: the preposition is the dependent
        return tok.lemma.lower()
    if tok.dep not in OBLIQUE_DEPS:
        return None
    for child in parse.children(tok.i):
        if child.dep in CASE_DEPS:
            return child.lemma.lower()
    return None


def _prep_object(parse: Parse, tok: Token) -> Token:
    """The noun a preposition governs (English trees), or the oblique itself."""
    if tok.dep == "prep":
        for child in parse.children(tok.i):
            if child.dep == "pobj":
                return child
    return tok
