"""Mentions found without the gazetteer: unknown names from the NER, and pronouns."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from communique.kb import KBEntry, KnowledgeBase
from communique.linking.fold import fold
from communique.parsed import Parse, Token
from communique.records import EntityType, MentionKind

# NER labels of the spaCy pipelines and the entity type an unknown name takes. MISC and
# events are left out: on official texts they are mostly diseases, slogans and headings.
NER_TYPES: dict[str, EntityType] = {
    "PER": "PERSON", "PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE",
}
_QUOTES = str.maketrans("", "", "\"«»“”")
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "expl:subj", "nsubjpass"})


@dataclass(frozen=True)
class Found:
    """A mention and the KB entry it refers to (None for a name the KB does not know)."""

    start: int
    end: int
    kind: MentionKind
    entry: KBEntry | None
    name: str = ""
    type: EntityType = "OTHER"
    government: bool = False  # a state named as its government ("le régime syrien", "Moscow said")


def unknown_names(parse: Parse, taken: bytearray, honorifics: Sequence[str]) -> Iterable[Found]:
    """Proper names the NER found and the KB does not know: kept with their type and no link.

    A name must be a proper noun (an acronym, or words of which one is tagged PROPN), after the
    courtesy words that open it ("M.", "Mr.") are set aside; capitalized common nouns
    ("Commission", "Allies", "Messieurs") are not names.
    """
    openers = {fold(h) for h in honorifics}
    for span in parse.ents:
        etype = NER_TYPES.get(span.label)
        if etype is None or any(taken[span.start : span.end]):
            continue
        tokens = [t for t in parse.tokens[span.token_start : span.token_end] if t.pos != "SPACE"]
        while tokens and (fold(tokens[0].text) in openers or fold(tokens[0].text + ".") in openers
                          or not tokens[0].text[:1].isalnum()):
            tokens.pop(0)
        while tokens and (not tokens[-1].text[:1].isalnum() or not tokens[-1].text[:1].isupper()):
            tokens.pop()  # "Internal Affairs of", a closing quote
        if not tokens or not _is_proper_name(tokens, etype):
            continue
        written = " ".join(parse.text[tokens[0].start : tokens[-1].end].translate(_QUOTES).split())
        name = " ".join(_name_case(w) for w in written.split(" ")) if etype == "PERSON" else written
        yield Found(tokens[0].start, tokens[-1].end, "name", None, name=name, type=etype)


def _is_proper_name(tokens: Sequence[Token], etype: EntityType) -> bool:
    if len(tokens) == 1:
        word = tokens[0].text
        acronym = len(word) >= 2 and word.isupper() and word.isalpha()
        plain_word = word.replace("-", "").isalpha()
        return (acronym and etype == "ORG") or (tokens[0].pos == "PROPN" and etype == "PLACE" and plain_word)
    if not tokens[0].text[:1].isupper() or tokens[0].pos in {"PRON", "DET"}:
        return False
    if etype == "PERSON" and tokens[0].pos != "PROPN":  # "Président de la FIFA" is a title, not a name
        return False
    return any(t.pos == "PROPN" for t in tokens)


def _name_case(word: str) -> str:
    """A person's name in capitals as usually written: "INFANTINO" -> "Infantino", "LE" -> "Le"."""
    return word.title() if word.isupper() and len(word) > 1 else word


def third_person(parse: Parse, found: Sequence[Found]) -> Iterable[Found]:
    """A third-person singular subject pronoun opening a sentence refers to the last person
    named as the subject of an earlier sentence."""
    subjects: list[tuple[int, KBEntry]] = []
    for f in found:
        if f.entry is None or f.entry.type != "PERSON":
            continue
        head = parse.head_of_span(f.start, f.end)
        if head is not None and head.dep in SUBJECT_DEPS:
            subjects.append((f.start, f.entry))
    subjects.sort(key=lambda s: s[0])
    for sent in parse.sentences:
        tok = parse.tokens[sent.token_start]
        if tok.pos != "PRON" or tok.dep not in SUBJECT_DEPS or tok.feat("Person") != "3":
            continue
        if tok.feat("Number") == "Plur":
            continue
        before = [entry for start, entry in subjects if start < sent.start]
        if before:
            yield Found(tok.start, tok.end, "pronoun", before[-1])


def first_person(parse: Parse, kb: KnowledgeBase, issuer: str | None, on: dt.date) -> Iterable[Found]:
    """"I"/"je" as a subject: the speaker, taken to be the issuing state's head of state
    (official statements and readouts speak for the head of state unless they say otherwise)."""
    if issuer is None:
        return
    speaker = next(iter(kb.holders("head_of_state", f"state/{issuer}", on)), None)
    if speaker is None:
        return
    for tok in parse.tokens:
        subject = tok.dep in SUBJECT_DEPS or (tok.dep == "conj" and parse.tokens[tok.head].dep in SUBJECT_DEPS)
        if tok.pos == "PRON" and subject and tok.feat("Person") == "1" and tok.feat("Number") == "Sing":
            yield Found(tok.start, tok.end, "pronoun", speaker)

