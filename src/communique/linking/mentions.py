"""Mentions found without the gazetteer: unknown names from the NER, and pronouns."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from communique.kb import KBEntry, KnowledgeBase
from communique.linking.fold import fold
from communique.linking.titles import SpeakerCues
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
    """A third-person singular subject pronoun opening a sentence refers to the last person named as
    the subject of an earlier sentence, or to a state or organisation of the same grammatical gender
    named as the subject of the sentence just before ("La France ... Elle appelle"); a neuter one
    ("It") never does."""
    subjects: list[tuple[int, KBEntry, str]] = []
    for f in found:
        head = parse.head_of_span(f.start, f.end)
        if f.entry is None or head is None or head.dep not in SUBJECT_DEPS:
            continue
        if f.entry.type == "PERSON":
            subjects.append((f.start, f.entry, ""))
        elif f.entry.type in ("STATE", "ORG") and head.feat("Gender") in ("Fem", "Masc"):
            subjects.append((f.start, f.entry, head.feat("Gender") or ""))
    subjects.sort(key=lambda s: s[0])
    for n, sent in enumerate(parse.sentences):
        tok = parse.tokens[sent.token_start]
        if tok.pos != "PRON" or tok.dep not in SUBJECT_DEPS or tok.feat("Person") != "3":
            continue
        if tok.feat("Number") == "Plur" or tok.feat("Gender") == "Neut":  # "It" is no person
            continue
        last = parse.sentences[n - 1].start if n else sent.start
        before = [entry for start, entry, gender in subjects if start < sent.start
                  and (not gender or (start >= last and gender == tok.feat("Gender")))]
        if before:
            yield Found(tok.start, tok.end, "pronoun", before[-1])


# The default: "I" is the head of state.
_HEAD_OF_STATE = SpeakerCues()


def first_person(parse: Parse, kb: KnowledgeBase, issuer: str | None, on: dt.date,
                 found: Sequence[Found] = (), cues: SpeakerCues = _HEAD_OF_STATE) -> Iterable[Found]:
    """"I"/"je" as a subject: the speaker. Official statements speak for the issuing state's head of
    state unless they show otherwise (see ``SpeakerCues``): a ministry's text names the head of state in
    the third person ("comme le chef de l'État l'a souligné") or answers a member of
    parliament ("Monsieur le Député"), and then "je" is the minister. Within quotation marks "I" is the
    quoted speaker, taken to be the head of state."""
    if issuer is None:
        return
    pronouns = [tok for tok in parse.tokens if tok.pos == "PRON" and tok.feat("Person") == "1"
                and tok.feat("Number") == "Sing" and (tok.dep in SUBJECT_DEPS or (
                    tok.dep == "conj" and parse.tokens[tok.head].dep in SUBJECT_DEPS))]
    if not pronouns:
        return
    quoted = quoted_spans(parse.text)

    def inside(offset: int) -> bool:
        return _within(offset, quoted)

    state = f"state/{issuer}"
    head = next(iter(kb.holders("head_of_state", state, on)), None)
    own = [tok for tok in pronouns if not inside(tok.start)]
    speaker = _speaker(parse, kb, state, on, [f for f in found if not inside(f.start)], cues, own) if own else None
    for tok in pronouns:
        who = head if inside(tok.start) else speaker
        if who is not None:
            yield Found(tok.start, tok.end, "pronoun", who)


def speaking_state(parse: Parse, kb: KnowledgeBase, issuer: str | None, found: Sequence[Found]) -> Iterable[Found]:
    """"Nous"/"we" as a subject, in a text that names its issuing state nowhere (not even through a person of
    its side): the issuing state speaking ("Nous condamnons fermement l'attaque")."""
    if issuer is None or any(f.entry is not None and f.entry.code == issuer for f in found):
        return
    state = kb.get(f"state/{issuer}")
    if state is None:
        return
    for tok in parse.tokens:
        if tok.pos == "PRON" and tok.feat("Person") == "1" and tok.feat("Number") == "Plur" \
                and tok.dep in SUBJECT_DEPS:
            yield Found(tok.start, tok.end, "pronoun", state)


def homeland(parse: Parse, kb: KnowledgeBase, issuer: str | None, phrases: Sequence[str]) -> Iterable[Found]:
    """The phrases by which the speaker names its own state ("our country", "notre pays", cue
    ``speaker.homeland``): the issuing state; not within quotation marks, where another may speak."""
    state = kb.get(f"state/{issuer}") if issuer is not None else None
    if state is None:
        return
    quoted = quoted_spans(parse.text)
    for words in phrases:
        for m in phrase_pattern(words, re.IGNORECASE).finditer(parse.text):
            if not _within(m.start(), quoted):
                yield Found(m.start(), m.end(), "description", state)


def _speaker(parse: Parse, kb: KnowledgeBase, state: str, on: dt.date, found: Sequence[Found],
             cues: SpeakerCues, pronouns: Sequence[Token]) -> KBEntry | None:
    """Who says "I" outside quotations (see ``first_person``)."""
    def holder(role: str) -> KBEntry | None:
        return next(iter(kb.holders(role, state, on)), None)

    for sent in parse.sentences:
        if not any(sent.start <= t.start < sent.end for t in pronouns):
            continue
        words = fold(parse.text[sent.start : sent.end])
        for meeting, role in cues.meetings:
            if _has_phrase(words, fold(meeting)) and (who := holder(role)) is not None:
                return who
    # Named in the third person: by name; by title only for the head of state, as the titles of the
    # other offices are often the speaker's own ("mon septième déplacement comme ministre des affaires
    # étrangères").
    named = {f.entry.id for f in found if f.entry is not None and f.entry.type == "PERSON" and f.kind == "name"}
    head = holder("head_of_state")
    if head is not None and any(f.entry == head and f.kind == "title" for f in found):
        named.add(head.id)
    text = fold(parse.text)
    addresses_parliament = any(_has_phrase(text, fold(p)) for p in cues.parliament)
    for role in cues.roles:
        if role == "head_of_state" and addresses_parliament:
            continue
        who = holder(role)
        if who is not None and who.id not in named:
            return who
    return None


def _has_phrase(folded_text: str, folded_phrase: str) -> bool:
    return phrase_pattern(folded_phrase).search(folded_text) is not None


def phrase_pattern(words: str, flags: int = 0) -> re.Pattern[str]:
    """The words as a whole phrase, not part of longer words ("our country", not "your country")."""
    return re.compile(rf"(?<!\w){re.escape(words)}(?!\w)", flags)


# Quotation marks: straight double quotes pair in order; the others open and close.
_OPENING = {"“": "”", "«": "»", "„": "“"}


def _within(offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the offset falls inside one of the spans."""
    return any(s <= offset < e for s, e in spans)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each quotation in the text, marks included; an unclosed mark opens none."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        ch = text[i]
        closing = '"' if ch == '"' else _OPENING.get(ch)
        if closing is not None:
            end = text.find(closing, i + 1)
            if end != -1:
                spans.append((i, end + 1))
                i = end + 1
                continue
        i += 1
    return spans
