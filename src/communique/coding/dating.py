"""Which time expression dates an event: the one its verb governs, or one inside the phrase naming it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from communique.clause import governing_verb, past_participle, verb_group
from communique.coding.frames import PASSIVE_AUX_DEPS
from communique.parsed import Parse, Token
from communique.records import EventDate, Timex

_REFERENCES = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})


@dataclass(frozen=True)
class DocumentDates:
    """A document's calendar time expressions, by the verb that governs them and by token."""

    by_verb: dict[int, EventDate]
    by_token: dict[int, EventDate]
    by_noun: dict[int, EventDate]

    @classmethod
    def build(cls, parse: Parse, timexes: Sequence[Timex], event_nouns: frozenset[str] = frozenset(),
              temporal_marks: frozenset[str] = frozenset()) -> DocumentDates:
        """Each timex's governing verb found once per document; the first timex a verb governs dates it.

        A timex that modifies a noun naming an event (one of ``event_nouns``: "la rencontre de
        Versailles, le 29 mai") dates that event, not the clause around it.
        """
        by_verb: dict[int, EventDate] = {}
        by_token: dict[int, EventDate] = {}
        by_noun: dict[int, EventDate] = {}
        for t in timexes:
            value = calendar_value(t) or _span_to_now(parse, t)
            if value is None:
                continue
            date = EventDate(value, t.id, "timex")
            for tok in parse.tokens_in(t.start, t.end):
                by_token.setdefault(tok.i, date)
            noun = _event_noun_dated(parse, t, event_nouns)
            if noun is not None:
                by_noun.setdefault(noun.i, date)
                continue  # "la rencontre de Versailles, le 29 mai": the date is the meeting's, not the clause's
            if _of_a_noun(parse, t):
                continue  # "dans l'esprit de la déclaration du 1er octobre, j'ai souligné": not the clause's date
            verb = governing_verb(parse, t.start, t.end)
            if verb is not None and verb.i not in by_verb:
                by_verb[verb.i] = date
        _date_from_time_clauses(parse, by_verb, temporal_marks)
        for noun in parse.tokens:
            verb = _manner_of(parse, noun) if noun.lemma.lower() in event_nouns else None
            if verb is not None and verb.i in by_verb:
                by_noun.setdefault(noun.i, by_verb[verb.i])  # "today, X is implementing, in coordination with Y"
        for i, date in _referred_dates(parse, by_verb, by_noun).items():
            by_noun.setdefault(i, date)  # "ce sommet" takes the date of "le sommet du 23 juin"
            by_token.setdefault(i, date)  # "l'adoption de cette déclaration": the phrase holds a dated reference
        return cls(by_verb, by_token, by_noun)

    def of_verb(self, verb: Token) -> EventDate | None:
        """The date a verb's clause gives, or None."""
        return self.by_verb.get(verb.i)

    def of_noun(self, noun: Token) -> EventDate | None:
        """The date set on an event noun ("la rencontre de Versailles, le 29 mai"), or None."""
        return self.by_noun.get(noun.i)

    def of_description(self, parse: Parse, noun: Token) -> EventDate | None:
        """The date of a clause that describes an event noun: "la grève qui a commencé aujourd'hui",
        "the aggression launched in 2014", "the summit to be hosted on June 23"."""
        return _described(parse, noun, self.by_verb)

    def within(self, parse: Parse, tokens: Iterable[Token]) -> EventDate | None:
        """The first date inside a phrase ("the June 2021 summit", "le retrait le 8 mai 2018")."""
        for tok in tokens:
            if tok.i in self.by_token:
                return self.by_token[tok.i]
        return None


_NOMINAL = frozenset({"NOUN", "PROPN"})
_VERBAL = frozenset({"VERB", "AUX"})
_DESCRIBING_DEPS = frozenset({"acl", "acl:relcl", "relcl"})
_NOUN_MODIFIER_DEPS = frozenset({"nmod", "appos", "amod", "compound", "prep", "pobj", "npadvmod", "nummod", "acl"})


def _described(parse: Parse, noun: Token, by_verb: dict[int, EventDate]) -> EventDate | None:
    """The date of a dated clause or participle describing a noun ("the declaration signed on 5 August")."""
    for child in parse.children(noun.i):
        if child.dep in _DESCRIBING_DEPS and child.pos in _VERBAL and child.i in by_verb:
            return by_verb[child.i]
    participle = _participle_after(parse, noun)
    return by_verb.get(participle.i) if participle is not None else None


def _referred_dates(parse: Parse, by_verb: dict[int, EventDate], by_noun: dict[int, EventDate]) -> dict[int, EventDate]:
    """Undated demonstrative nouns ("cette déclaration", "this summit") that take the one date the document gives
    another mention of the same noun ("la déclaration signée le 5 août", "the summit of June 23")."""
    dated: dict[str, dict[str | None, EventDate]] = {}
    pointing: list[Token] = []
    for noun in parse.tokens:
        if noun.pos != "NOUN":
            continue
        date = by_noun.get(noun.i) or _described(parse, noun, by_verb)
        if date is not None:
            dated.setdefault(noun.lemma.lower(), {}).setdefault(date.value, date)
        elif any(c.dep == "det" and c.feat("PronType") == "Dem" for c in parse.children(noun.i)):
            pointing.append(noun)
    out: dict[int, EventDate] = {}
    for noun in pointing:
        dates = dated.get(noun.lemma.lower(), {})
        if len(dates) == 1:
            out[noun.i] = next(iter(dates.values()))
    return out


def _date_from_time_clauses(parse: Parse, by_verb: dict[int, EventDate], marks: frozenset[str]) -> None:
    """A dated clause of time dates the undated verb it hangs on: "When I welcomed them last month, I told them"."""
    for i, date in list(by_verb.items()):
        verb = parse.tokens[i]
        if verb.dep != "advcl" or verb.head == verb.i or parse.tokens[verb.head].pos not in _VERBAL:
            continue
        if any(c.dep in {"mark", "advmod"} and c.lemma.lower() in marks for c in parse.children(verb.i)):
            by_verb.setdefault(verb.head, date)


def _manner_of(parse: Parse, noun: Token) -> Token | None:
    """The verb whose act a bare event noun in its prepositional adverbial describes ("implementing sanctions,
    in coordination with allies", "a renforcé son aide, en coordination avec l'Allemagne"), or None."""
    if noun.pos != "NOUN" or any(c.dep in {"det", "poss", "nmod:poss"} for c in parse.children(noun.i)):
        return None
    marked = noun.dep == "pobj" or any(c.dep == "case" for c in parse.children(noun.i))
    tok = noun
    for _ in range(3):
        if tok.head == tok.i:
            return None
        head = parse.tokens[tok.head]
        if head.pos in _VERBAL:
            return head if marked and head.sent == noun.sent else None
        if head.pos in _NOMINAL or head.pos not in {"ADP", "ADJ", "ADV"}:
            return None
        marked = marked or head.pos == "ADP"
        tok = head
    return None


def _participle_after(parse: Parse, noun: Token) -> Token | None:
    """A past participle set off by a comma right after a noun's phrase, which the parser hung on the clause's
    verb: "the aggression against Ukraine, launched in 2014" (it describes the noun)."""
    end = max(t.i for t in parse.subtree(noun.i))  # the last token of the noun's phrase
    if end + 2 >= len(parse.tokens) or parse.tokens[end + 1].text != ",":
        return None
    verb = parse.tokens[end + 2]
    if not past_participle(verb) or verb.sent != noun.sent or verb.dep not in {"advcl", "acl", "conj"}:
        return None
    if any(c.dep.startswith(("nsubj", "aux")) for c in parse.children(verb.i)):
        return None
    return verb if verb.head in {a.i for a in parse.ancestors(noun.i)} else None


def _event_noun_dated(parse: Parse, timex: Timex, event_nouns: frozenset[str]) -> Token | None:
    """The event noun a time expression hangs on ("the June 2021 summit", "la rencontre du 29 mai"), or None."""
    tok = parse.head_of_span(timex.start, timex.end)
    if tok is None:
        return None
    noun = _after_event_noun(parse, tok, event_nouns)
    if noun is not None:
        return noun
    for _ in range(3):  # "la rencontre de Versailles du 29 mai": timex -> Versailles -> rencontre
        if tok.head == tok.i or tok.dep not in _NOUN_MODIFIER_DEPS:
            return None
        above = parse.tokens[tok.head]
        if above.dep == "prep" and above.head != above.i:  # English: noun -> prep -> pobj
            above = parse.tokens[above.head]
        if above.pos not in _NOMINAL:
            return None
        if above.lemma.lower() in event_nouns:
            return above
        tok = above
    return None


def _after_event_noun(parse: Parse, head: Token, event_nouns: frozenset[str]) -> Token | None:
    """A date set off by a comma right after an event noun's phrase ("la rencontre de Versailles, le 29 mai")."""
    first = min((t for t in parse.tokens_in(head.start, head.end)), key=lambda t: t.i, default=None)
    k = (first.i if first is not None else head.i) - 1
    while k >= 0 and parse.tokens[k].dep == "det":
        k -= 1
    if k < 1 or parse.tokens[k].text != "," or parse.tokens[k].sent != head.sent:
        return None
    tok = parse.tokens[k - 1]
    for _ in range(3):
        if tok.pos in _NOMINAL and tok.lemma.lower() in event_nouns:
            return tok
        if tok.head == tok.i or tok.dep not in _NOUN_MODIFIER_DEPS:
            return None
        tok = parse.tokens[tok.head]
    return None


def _of_a_noun(parse: Parse, timex: Timex) -> bool:
    """A time expression that completes a noun with "de"/"of" ("la déclaration du 1er octobre", "the statement
    of 1 October"): it dates what the noun names, never the verb above."""
    tok = parse.head_of_span(timex.start, timex.end)
    if tok is None or tok.head == tok.i:
        return False
    above = parse.tokens[tok.head]
    # English: noun -> of -> date
    if tok.dep == "pobj" and above.lemma.lower() in parse.grammar.genitives and above.head != above.i:
        return parse.tokens[above.head].pos in _NOMINAL
    # a noun that is the verb's own oblique is a complex preposition or a frame ("au cours des prochains jours")
    marked = any(c.dep == "case" and c.lemma.lower() in parse.grammar.genitives for c in parse.children(tok.i))
    if tok.dep == "nmod" and marked and above.pos in _NOMINAL and not above.dep.startswith("obl"):
        return True
    nouns = 0  # "l'évacuation des journalistes blessés hier": nested two nouns deep, the date is not the clause's
    for anc in parse.ancestors(tok.i):
        if anc.pos in _VERBAL or anc.sent != tok.sent:
            break
        nouns += anc.pos in _NOMINAL and not anc.dep.startswith("obl")
    return nouns >= 2


def _span_to_now(parse: Parse, timex: Timex) -> str | None:
    """A duration over which a verb in the present perfect tells what has been done lies in the past: "Over
    the past two weeks, the envoys have met" (PAST_REF). Only a perfect tagged as reaching the present
    (VBN under a VBZ/VBP auxiliary): the French passé composé tells a closed act ("s'est entretenu pendant
    une heure" is the call's length)."""
    if timex.type != "DURATION":
        return None
    verb = governing_verb(parse, timex.start, timex.end)
    if verb is None or verb.tag != "VBN":
        return None
    auxiliaries = verb_group(parse, verb)[1:]
    passive = any(t.dep in PASSIVE_AUX_DEPS for t in auxiliaries)
    perfect = any(t.tag in {"VBZ", "VBP"} for t in auxiliaries)
    return "PAST_REF" if perfect and not passive else None


def calendar_value(timex: Timex) -> str | None:
    """The date a time expression gives an event ("ce matin" -> the day, "bientôt" -> FUTURE_REF), or None."""
    if timex.type not in {"DATE", "TIME"}:
        return None
    if timex.value in _REFERENCES:
        return timex.value
    if not timex.value[:1].isdigit():
        return None
    return timex.value.split("T", 1)[0]
