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

    before = _sentence_tokens(parse, tok.sent - 1)
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


def possessive(parse: Parse, noun: Token, words: frozenset[str]) -> Token | None:
    """The noun's possessive determiner among ``words`` ("son offensive", "their withdrawal"), if any, with only
    adjectives between them ("his consistent, firm and resolute support"), not a misparsed one further back."""
    det = next((c for c in parse.children(noun.i) if c.dep in {"det", "poss", "nmod:poss"}
                and c.text.lower() in words), None)
    if det is None or det.i > noun.i:
        return None
    between = parse.tokens[det.i + 1 : noun.i]
    return det if all(t.pos in {"ADJ", "ADV", "CCONJ", "PUNCT"} and t.text not in {'"', "«", "»", "“", "”"}
                      for t in between) else None


def plural(det: Token, words: frozenset[str]) -> bool:
    """A possessive of several owners: tagged plural, or one of ``words`` (cues ``plural_possessives``: French
    parsers tag "leur" as singular)."""
    return det.feat("Number") == "Plur" or det.text.lower() in words


def owner_parties(parse: Parse, det: Token, known: DocumentEntities, plural_words: frozenset[str]) -> list[str]:
    """The party a third-person possessive stands for: the last one named before it in its sentence, else (a
    singular one) in the sentence before, with those coordinated with it ("L'Arménie et l'Azerbaïdjan ... leur
    retrait"). Places own nothing ("en Ukraine, son armée" is no one's)."""
    for sent in (det.sent,) if plural(det, plural_words) else (det.sent, det.sent - 1):
        before = [t for t in _sentence_tokens(parse, sent) if t.i < det.i
                  and any(i not in known.places and i in known.codes for i in known.by_token.get(t.i, ()))]
        if before:
            first = before[-1]
            while first.dep == "conj" and first.head != first.i:  # "la Pologne et la Lituanie": from the first
                first = parse.tokens[first.head]
            return [i for i in known.named_by(parse, [first]) if i not in known.places and i in known.codes]
    return []


def _sentence_tokens(parse: Parse, k: int) -> Sequence[Token]:
    """The tokens of sentence ``k`` (none before the first)."""
    if not 0 <= k < len(parse.sentences):
        return ()
    sentence = parse.sentences[k]
    return parse.tokens[sentence.token_start : sentence.token_end]
