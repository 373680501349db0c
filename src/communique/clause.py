"""Tense and mood of the clause that governs a span, from the parse and the language's cues."""

from __future__ import annotations

from dataclasses import dataclass

from communique.parsed import Parse, Token
from communique.records import Tense
from communique.resources import language_dir, load_yaml

_VERBAL = {"VERB", "AUX"}
# Penn tags of finite forms (the English trees carry no VerbForm feature on every finite verb)
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


@dataclass(frozen=True)
class TenseCues:
    """Auxiliaries that make a clause future or conditional (lemmas), from ``cues.yaml``."""

    future_auxiliaries: frozenset[str]
    conditional_auxiliaries: frozenset[str]
    going_to: frozenset[str]
    conditional_endings: tuple[str, ...] = ()
    future_endings: tuple[str, ...] = ()
    future_forms: tuple[str, ...] = ()  # endings every future form has; empty: the tagger's word is taken
    temporal_marks: frozenset[str] = frozenset()  # conjunctions of a clause of time ("when", "lorsque")

    @classmethod
    def for_language(cls, code: str) -> TenseCues:
        """Read the ``tense`` section of ``data/lang/<code>/cues.yaml``."""
        raw = load_yaml(language_dir(code) / "cues.yaml") or {}
        tense = raw.get("tense", {})
        return cls(
            future_auxiliaries=frozenset(str(x).lower() for x in tense.get("future_auxiliaries", [])),
            conditional_auxiliaries=frozenset(str(x).lower() for x in tense.get("conditional_auxiliaries", [])),
            going_to=frozenset(str(x).lower() for x in tense.get("going_to", [])),
            conditional_endings=tuple(str(x).lower() for x in tense.get("conditional_endings", [])),
            future_endings=tuple(str(x).lower() for x in tense.get("future_endings", [])),
            future_forms=tuple(str(x).lower() for x in tense.get("future_forms", [])),
            temporal_marks=frozenset(str(x).lower() for x in tense.get("temporal_marks", [])),
        )


def verb_group(parse: Parse, verb: Token) -> list[Token]:
    """A verb with its auxiliaries ("a été adopté", "are being sent"), the verb first."""
    return [verb, *(t for t in parse.children(verb.i) if t.dep.startswith("aux"))]


def governing_verb(parse: Parse, start: int, end: int) -> Token | None:
    """The nearest verb above a span (the span's own head if it is a verb)."""
    head = parse.head_of_span(start, end)
    if head is None:
        return None
    for tok in (head, *parse.ancestors(head.i)):
        if tok.pos in _VERBAL and not (tok.i == head.i and tok.start < start):
            return tok
    return None


def clause_tense(parse: Parse, verb: Token, cues: TenseCues) -> Tense | None:
    """The tense of the verb group headed by ``verb``."""
    if verb.feat("VerbForm") == "Inf" and verb.dep in {"xcomp", "ccomp"} and verb.head != verb.i:
        head = parse.tokens[verb.head]
        if head.lemma.lower() in cues.future_auxiliaries and head.pos in _VERBAL:
            return "future"
    group = verb_group(parse, verb)
    lemmas = {t.lemma.lower() for t in group} | {t.text.lower() for t in group}
    if lemmas & cues.conditional_auxiliaries or any(_conditional(t, cues) for t in group):
        return "conditional"
    if lemmas & cues.future_auxiliaries or any(_tagged_future(t, cues) or _future(t, cues) for t in group):
        return "future"
    if _going_to(parse, verb, cues):
        return "future"
    finite = [t for t in group if finite_form(t)]
    participle_past = past_participle(verb)
    if any(t.feat("Tense") in {"Past", "Imp"} for t in finite):
        return "past"
    if participle_past:
        # passé composé / present perfect ("a rencontré", "has met") or a bare participle ("décidé en mai")
        passive = any(t.dep in {"aux:pass", "auxpass"} for t in group)
        return "present" if passive and finite else "past"
    if any(t.feat("Tense") == "Pres" or (t.feat("Tense") == "Fut" and not _tagged_future(t, cues)) for t in finite):
        return "present"  # a "future" with none of the future's endings is a present ("invitons")
    return None


def tense_at(parse: Parse, start: int, end: int, cues: TenseCues) -> Tense | None:
    """The tense of the clause governing a character span, or None when no verb governs it."""
    verb = governing_verb(parse, start, end)
    return clause_tense(parse, verb, cues) if verb is not None else None


def finite_form(tok: Token) -> bool:
    """A verb form with a person and tense ("reject" in "They reject", "rejette", "will"), not an infinitive or a
    participle."""
    return tok.feat("VerbForm") == "Fin" or tok.tag in _FINITE_TAGS


def past_participle(tok: Token) -> bool:
    """A past participle ("signed", "signé"), by its Penn tag or its features."""
    return tok.tag == "VBN" or (tok.feat("VerbForm") == "Part" and tok.feat("Tense") == "Past")


def _conditional(tok: Token, cues: TenseCues) -> bool:
    """Conditional mood, also where the tagger took it for an imperfect ("rendrait": Tense=Imp)."""
    if tok.feat("Mood") == "Cnd":
        return True
    return tok.feat("Tense") == "Imp" and tok.text.lower().endswith(cues.conditional_endings)


def _tagged_future(tok: Token, cues: TenseCues) -> bool:
    """A verb the tagger reads as future, unless its form has none of the future's endings ("invitons")."""
    return tok.feat("Tense") == "Fut" and (not cues.future_forms or tok.text.lower().endswith(cues.future_forms))


def _future(tok: Token, cues: TenseCues) -> bool:
    """A future the tagger took for a present ("livreront": Tense=Pres)."""
    return bool(cues.future_endings) and tok.feat("Tense") == "Pres" and tok.text.lower().endswith(cues.future_endings)


def _going_to(parse: Parse, verb: Token, cues: TenseCues) -> bool:
    """English "is going to <verb>": the verb is an xcomp of a progressive "go"."""
    if not cues.going_to or verb.dep != "xcomp":
        return False
    head = parse.tokens[verb.head]
    return head.lemma.lower() in cues.going_to and head.tag == "VBG"
