"""Referents of phrases that point back: a demonstrative phrase naming no one ("ce dialogue", "cet
événement", "these talks") stands for the parties the sentence before it names first."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from communique.coding.participants import DocumentEntities
from communique.parsed import Parse, Token


def demonstrative(parse: Parse, tok: Token, known: DocumentEntities, words: frozenset[str]) -> bool:
    """A noun phrase that names no entity and opens with a demonstrative ("cette initiative", "this decision");
    not one that names its own ("cette agression de la Russie")."""
    if tok.pos not in {"NOUN", "PROPN"} or known.named_by(parse, [tok]):
        return False
    return any(c.dep == "det" and c.text.lower() in words for c in parse.children(tok.i))


def earlier_parties(parse: Parse, tok: Token, known: DocumentEntities, exclude: Sequence[str]) -> list[str]:
    """The parties the sentence before ``tok``'s names first, with those coordinated with them.

    Neither places nor the side of ``exclude`` (the actor) count: "La France a pris connaissance de la
    mutinerie à Kati au Mali. Elle condamne cet événement" → Mali.
    """
    own = {known.codes.get(i) for i in exclude}

    def party(entity_id: str) -> bool:
        return entity_id not in known.places and entity_id in known.codes and known.codes.get(entity_id) not in own

    before = [t for t in parse.tokens if t.sent == tok.sent - 1]
    first = next((t for t in before if any(party(i) for i in known.by_token.get(t.i, ()))), None)
    if first is None:
        return []
    return [i for i in known.named_by(parse, [first]) if party(i)]


def pointed_parties(parse: Parse, heads: Iterable[Token], known: DocumentEntities, words: frozenset[str],
                    exclude: Sequence[str]) -> list[str]:
    """The parties the first demonstrative phrase among ``heads`` points back to, or none."""
    for head in heads:
        if demonstrative(parse, head, known, words):
            return earlier_parties(parse, head, known, exclude)
    return []
