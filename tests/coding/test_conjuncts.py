"""Coordinated phrases: a noun the parser coordinated with the verb (a verb has no noun conjuncts) belongs to the
verb's last nominal dependent before it. The trees are written here as the French parser gave them for "faites
par l'Arménie, l'Azerbaïdjan et les autorités russes", on sentences of the same shape."""

from __future__ import annotations

from communique.coding.participants import with_conjuncts
from communique.parsed import Parse, Sentence, Token


def _parse(rows: list[tuple[str, str, str, int]]) -> Parse:
    """A one-sentence parse from (text, part of speech, dependency, head) rows."""
    tokens, start = [], 0
    for i, (text, pos, dep, head) in enumerate(rows):
        tokens.append(Token(i, start, start + len(text), text, text.lower(), pos, pos, dep, head, (), 0))
        start += len(text) + 1
    text = " ".join(r[0] for r in rows)
    return Parse(text, "fr", tuple(tokens), (Sentence(0, len(text), 0, len(tokens)),), (), "test")


# "Des annonces ont été faites par le Kenya , l' Ouganda et les autorités rwandaises ."
ANNOUNCED = [("Des", "DET", "det", 1), ("annonces", "NOUN", "nsubj:pass", 4), ("ont", "AUX", "aux:tense", 4),
             ("été", "AUX", "aux:pass", 4), ("faites", "VERB", "ROOT", 4), ("par", "ADP", "case", 7),
             ("le", "DET", "det", 7), ("Kenya", "PROPN", "obl:agent", 4), (",", "PUNCT", "punct", 10),
             ("l'", "DET", "det", 10), ("Ouganda", "PROPN", "conj", 4), ("et", "CCONJ", "cc", 13),
             ("les", "DET", "det", 13), ("autorités", "NOUN", "conj", 4), ("rwandaises", "ADJ", "amod", 13),
             (".", "PUNCT", "punct", 4)]


def test_nouns_coordinated_with_the_verb_join_its_last_nominal() -> None:
    parse = _parse(ANNOUNCED)
    assert sorted(t.text for t in with_conjuncts(parse, [parse.tokens[7]])) == ["Kenya", "Ouganda", "autorités"]


def test_a_dependent_between_stops_them() -> None:
    rows = list(ANNOUNCED)
    rows[10] = ("Ouganda", "PROPN", "obl:mod", 4)  # "l'Ouganda" read as an adjunct: no coordination to repair
    parse = _parse(rows)
    assert [t.text for t in with_conjuncts(parse, [parse.tokens[7]])] == ["Kenya"]


def test_a_coordinated_verb_is_no_stray_noun() -> None:
    rows = list(ANNOUNCED)
    rows[13] = ("publiées", "VERB", "conj", 4)
    rows[14] = ("hier", "ADV", "advmod", 13)
    parse = _parse(rows)
    assert sorted(t.text for t in with_conjuncts(parse, [parse.tokens[7]])) == ["Kenya", "Ouganda"]
