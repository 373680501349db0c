"""The document's group of speakers: the parties a joint statement or the account of a meeting speaks for.

A joint statement names its speakers once: in an apposition to "nous"/"we" ("Nous, Président de
la République italienne, Président de la Confédération suisse et Premier ministre du Portugal,
... saluons"), or as the coordinated subject of its opening, the first sentence that names the issuer
("L'Espagne, l'Italie et le Portugal ("les trois pays") rappellent"). The account of a conference lists who
attended ("Cette conférence a réuni le Canada, le Chili, ..."). Later "nous"/"we", the group's alias ("les
trois pays") and collective subjects ("les participants", "ils") stand for all of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from communique.coding.frames import PASSIVE_SUBJECT_DEPS, RELATIVE_DEPS, SUBJECT_DEPS, prep_object, preposition
from communique.coding.participants import DocumentEntities, ParticipantCues
from communique.coding.referents import possessive
from communique.parsed import Parse, Token

GroupSource = Literal["apposition", "coordination", "attendance"]
# What a subject naming no entity stands for: the issuer ("nous" in a text of one issuer), the group
# ("nous" in a joint statement, "les participants"), the group by its alias ("les E3"), the talk's sides.
SubjectReading = Literal["speaker", "group", "alias", "talk"]

_CHAIN_DEPS = frozenset({"conj", "appos"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "X", "NUM"})
_NOUNS = frozenset({"NOUN", "PROPN"})
# Dependents of a verb, before it, that the parser makes of the later items of a list of subjects.
_LIST_DEPS = frozenset({"obl:mod", "obl", "nmod", "dep", "appos", "conj"})
_NAME_DEPS = frozenset({"flat:name", "flat"})
# How far a title noun is followed into its complements ("les ministres des affaires étrangères de la France").
_TITLE_DEPTH = 2


@dataclass(frozen=True)
class SpeakerGroup:
    """Two or more parties that the document defines once and then refers to as one.

    members  entity ids, one per actor code, in text order
    source   how the document defines them: an apposition to "nous"/"we", the coordinated
             subject of its opening, or a meeting's attendance list
    aliases  words that name the group ("e3" for "les E3")
    we       whether "nous"/"we" stand for the group (it includes the issuer and no single speaker says "je"/"I")
    """

    members: tuple[str, ...]
    source: GroupSource
    aliases: frozenset[str] = frozenset()
    we: bool = False

    def named_by(self, token: Token) -> bool:
        """Whether a token is one of the group's aliases ("les E3 restent déterminés")."""
        return bool(self.aliases) and (token.text.lower() in self.aliases or token.lemma.lower() in self.aliases)

    def restated_by(self, parse: Parse, heads: Sequence[Token]) -> bool:
        """Whether a subject restates the group with its alias ("la France et le Royaume-Uni (\"les E3\")")."""
        return bool(self.aliases) and any(self.named_by(t) for h in heads for t in parse.subtree(h.i))

    def acting_on(self, recipient_codes: Iterable[str | None], known: DocumentEntities) -> tuple[str, ...]:
        """The members who act on these recipients: a member that is the recipient is not also an actor."""
        taken = set(recipient_codes)
        return tuple(m for m in self.members if known.codes.get(m) not in taken)


def read_subject(
    parse: Parse, candidates: Sequence[Token], cues: ParticipantCues, group: SpeakerGroup | None
) -> SubjectReading | None:
    """What the first subject that is a speaker word, a body of the speaker's ("my Administration"), the group's
    alias or a collective stands for, or None."""
    for subject in candidates:
        if _lower(subject) in cues.speaker_plural:
            return "group" if group is not None and group.we else "speaker"
        if _lower(subject) in cues.bodies and possessive(parse, subject, cues.speaker_possessives) is not None:
            return "speaker"  # "my Administration", "our Government": the speaker's own state
        if group is not None and group.named_by(subject):
            return "alias"
        if _collective(parse, subject, cues.collective):
            # "les participants", "ils": the group; "les deux présidents": the talk's sides
            return "group" if group is not None and not _pair(parse, subject, cues.pair) else "talk"
    return None


def _collective(parse: Parse, subject: Token, words: frozenset[str]) -> bool:
    """A plural subject that stands for several parties: "les deux présidents", "both leaders", "ils"."""
    markers = [t for t in parse.children(subject.i) if t.dep in {"nummod", "det", "preconj", "amod", "det:predet"}]
    if any(_lower(t) in words for t in markers):  # "deux", "both": plural whatever the noun's tag says
        return True
    singular = subject.feat("Number") == "Sing" or subject.tag in {"NN", "NNP"}
    return not singular and _lower(subject) in words and not _restricted(parse, subject)


def _restricted(parse: Parse, noun: Token) -> bool:
    """A noun a restrictive relative clause narrows ("the countries that have sheltered refugees"): some of a
    kind, not the parties of the document."""
    clauses = [c for c in parse.children(noun.i) if c.dep in RELATIVE_DEPS and c.i > noun.i]
    return any(parse.tokens[min(t.i for t in parse.subtree(c.i)) - 1].text != "," for c in clauses)


def _pair(parse: Parse, subject: Token, words: frozenset[str]) -> bool:
    """A collective marked as the two sides of a talk ("les deux présidents", "both leaders"), not a whole group."""
    return _lower(subject) in words or any(_lower(t) in words for t in parse.children(subject.i))


def _lower(tok: Token) -> str:
    return tok.lemma.lower() if tok.pos != "PRON" else tok.text.lower()


def find_speaker_group(
    parse: Parse,
    known: DocumentEntities,
    cues: ParticipantCues,
    issuer: str | None,
) -> SpeakerGroup | None:
    """The document's group of speakers, or None (most documents: one issuer speaking, or a bilateral talk).

    Tried in order: an apposition to a first-person plural pronoun, the coordinated subject of the
    opening (or of any sentence when it gives the group an alias) that includes the issuer, an
    attendance list. Every group has two actor codes or more. A coordinated subject of a main verb
    of talks (cue ``talks``: "X and Y met today", "discussed") opens the readout of a meeting, not
    a joint statement: its "we" and its impersonal statements remain the issuer's.
    """
    single = any(t.pos == "PRON" and t.text.lower() in cues.speaker_singular for t in parse.tokens)
    mine = {i for i, c in known.codes.items() if c == issuer}
    found = _apposition(parse, known, cues)
    if found is not None:
        return SpeakerGroup(found, "apposition", we=bool(mine & set(found)))
    coordinated = _coordination(parse, known, mine)
    if coordinated is not None:
        members, aliases, verb = coordinated
        readout = verb.lemma.lower() in cues.talks and verb.head == verb.i  # "X and Y met today" (main clause)
        return SpeakerGroup(members, "coordination", aliases, we=not single and not readout)
    attendance = _attendance(parse, known, cues)
    if attendance is not None:
        return SpeakerGroup(attendance, "attendance", we=not single and bool(mine & set(attendance)))
    return None


def _apposition(parse: Parse, known: DocumentEntities, cues: ParticipantCues) -> tuple[str, ...] | None:
    """ "Nous, Président de la République italienne, Président de la Confédération suisse ...", "We, ..." """
    for tok in parse.tokens:
        if tok.pos != "PRON" or tok.text.lower() not in cues.speaker_plural:
            continue
        heads = [c for c in parse.children(tok.i) if c.dep in _CHAIN_DEPS]
        members = _one_per_code(_members(parse, known, heads), known)
        if len(members) >= 2:
            return members
    return None


def _coordination(
    parse: Parse, known: DocumentEntities, mine: set[str]
) -> tuple[tuple[str, ...], frozenset[str], Token] | None:
    """ "L'Espagne, l'Italie et le Portugal ("les trois pays") rappellent que ...": members, aliases and verb."""
    if not mine:
        return None
    # the first sentence that names the issuer opens its statement: "La France, la Lituanie et la Lettonie
    # recommandent" after a paragraph of context
    opening = min((parse.tokens[k].sent for k, ids in known.by_token.items() if mine & set(ids)), default=0)
    for verb in parse.tokens:
        subject = [c for c in parse.children(verb.i) if c.dep in SUBJECT_DEPS or c.dep in PASSIVE_SUBJECT_DEPS]
        if not subject:
            continue
        # long lists of titles split the parser's subject: "Le président ..., la chancelière ..., la présidente ..."
        before = [c for c in parse.children(verb.i) if c.i < verb.i and c not in subject and c.pos in _NOUNS
                  and c.dep in _LIST_DEPS and preposition(parse, c) is None]
        named = _members(parse, known, sorted([*subject, *before], key=lambda t: t.i))
        members = _one_per_code(named, known)
        if len(members) < 2 or not mine & set(named):
            continue
        first = min(t.i for t in (*subject, *before))
        aliases = _aliases(parse, known, parse.tokens[first:verb.i] if first < verb.i else ())
        if subject[0].sent <= opening or aliases:
            return members, aliases, verb
    return None


def _attendance(parse: Parse, known: DocumentEntities, cues: ParticipantCues) -> tuple[str, ...] | None:
    """ "Cette conférence a rassemblé l'Allemagne, ...", "Participants in the call included X, Y and Z"."""
    for verb in parse.tokens:
        if verb.pos not in {"VERB", "AUX"} or not _lists_attendance(parse, verb, cues):
            continue
        if not any(c.dep in {"obj", "dobj"} for c in parse.children(verb.i)):
            continue
        listed = [c for c in parse.children(verb.i)
                  if c.i > verb.i and c.pos in _NOMINAL and c.dep not in SUBJECT_DEPS
                  and c.dep not in PASSIVE_SUBJECT_DEPS and preposition(parse, c) is None]
        attended = _one_per_code(_members(parse, known, listed), known)
        if len(attended) < 2:
            continue
        if verb.lemma.lower() in cues.listers:
            # "Participants in the call included ...": the readout lists the others; the issuer held the call
            hosts = list(known.issuer)
        else:  # "La France a réuni ...": the host is there too
            hosts = _members(parse, known, [c for c in parse.children(verb.i) if c.dep in SUBJECT_DEPS])
        return _one_per_code([*hosts, *attended], known)
    return None


def _lists_attendance(parse: Parse, verb: Token, cues: ParticipantCues) -> bool:
    """A gathering verb with its particle ("brought together"), or a listing verb whose subject is collective."""
    lemma = verb.lemma.lower()
    near = {w for c in parse.children(verb.i) for w in (c.text.lower(), c.lemma.lower())}
    if any(words[0] == lemma and set(words[1:]) <= near for words in cues.gatherers):
        return True
    if lemma in cues.listers:
        return any(c.dep in SUBJECT_DEPS and c.lemma.lower() in cues.collective for c in parse.children(verb.i))
    return False


def _members(parse: Parse, known: DocumentEntities, roots: Sequence[Token]) -> list[str]:
    """The coded entities a list of phrases names, following coordination and apposition.

    A phrase counts when an entity's mention covers its head ("la France", "President of the
    United States ... Joseph R. Biden"); a title noun that names none counts through its "de"/"of"
    complements ("les représentants de l'Ukraine et de la Russie"). Places are never members.
    """
    out: list[str] = []
    seen: set[int] = set()
    stack = [(t, 0) for t in reversed(roots)]
    while stack:
        tok, depth = stack.pop()
        if tok.i in seen:
            continue
        seen.add(tok.i)
        ids = [i for i in known.by_token.get(tok.i, ()) if i not in known.places]
        if ids:
            out.extend(i for i in ids if i not in out)
            # the list may hang on a word inside the member's own mention ("President X of France and ...")
            inner = [t for t in parse.subtree(tok.i) if set(known.by_token.get(t.i, ())) & set(ids)]
        else:
            inner = [tok]
            if tok.pos in _NOUNS and depth < _TITLE_DEPTH:  # "le ministre de ...", "M. Sergueï Lavrov"
                names = [c for c in parse.children(tok.i) if c.dep in _NAME_DEPS]
                stack.extend((c, depth + 1) for c in reversed([*_of_complements(parse, tok), *names]))
        for t in inner:
            for c in reversed(parse.children(t.i)):
                if c.dep in _CHAIN_DEPS or (c.dep == "nmod" and c.i in known.by_token
                                            and preposition(parse, c) is None):
                    stack.append((c, depth))
    return out


def _of_complements(parse: Parse, tok: Token) -> list[Token]:
    """The "de X" / "of X" complements of a noun."""
    out: list[Token] = []
    for c in parse.children(tok.i):
        if c.dep == "prep" and c.lemma.lower() in parse.grammar.genitives:
            out.append(prep_object(parse, c))
        elif c.dep == "nmod" and preposition(parse, c) in parse.grammar.genitives:
            out.append(c)
    return out


def _aliases(parse: Parse, known: DocumentEntities, tokens: Sequence[Token]) -> frozenset[str]:
    """Words in parentheses within a coordinated subject: ("les E3"), (the "E3")."""
    words: set[str] = set()
    inside = False
    for tok in tokens:
        if tok.text == "(":
            inside = True
        elif tok.text == ")":
            inside = False
        elif inside and tok.pos in _NOMINAL and tok.i not in known.by_token:
            words.update({tok.text.lower(), tok.lemma.lower()})
    return frozenset(words)


def _one_per_code(ids: Iterable[str], known: DocumentEntities) -> tuple[str, ...]:
    """The first entity of each actor code, in order."""
    out: dict[str, str] = {}
    for i in ids:
        code = known.codes.get(i)
        if code is not None and code not in out:
            out[code] = i
    return tuple(out.values())
