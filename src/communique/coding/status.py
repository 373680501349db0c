"""An event's status (realized, ongoing, planned, hypothetical, negated) from tense, cue words and date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from communique.clause import finite_form, past_participle, verb_group
from communique.coding.frames import pronominal
from communique.parsed import Parse, Token
from communique.records import EventStatus, Tense
from communique.resources import language_dir, load_yaml

_CALENDAR = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_REFERENCE_ORDER = {"PAST_REF": -1, "PRESENT_REF": 0, "FUTURE_REF": 1}
_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_MODIFIER_DEPS = frozenset({"amod", "advmod", "nmod", "compound"})
_CONTROL_DEPS = frozenset({"xcomp", "ccomp", "advcl", "acl", "obj", "obl", "obl:arg", "nmod", "pobj", "prep", "dobj"})


@dataclass(frozen=True)
class StatusCues:
    """Cue lemmas of ``cues.yaml``'s ``status`` section.

    negation       words that negate the verb they depend on ("pas", "not")
    negators       words that negate the event they govern ("l'absence de condamnation", "failed to")
    hypothetical   modal auxiliaries that make an event a possibility ("pourrait", "may")
    uncertain      words in the event's own phrase that make it unestablished ("prétendument", "alleged", "si")
    planners       verbs that make the event they govern planned ("a décidé de renforcer", "plans to visit")
    not_negation_before  words after which a negation word negates nothing ("not only", "ne ... que")
    weak_negation  words that negate alone unless a restriction follows ("ne peut accepter" / "ne peut que")
    durative_types event types of material acts that go on when told in the present ("the WHO provides
                   supplies"), unlike statements, which are made ("la France condamne")
    occasion_types of those, the types of acts under way on the day of the text when told in the present
                   ("Je suis à Bruxelles pour ce Conseil", "as we open this summit"): dated by publication
    past_markers   words on or above an event noun that put the event in the past ("the recent visit",
                   "les résultats des pourparlers", "following the talks")
    recalled       words that make a past act a fact recalled, not the news of the day ("as X promised",
                   "comme l'a souligné", "has already provided", "à plusieurs reprises"): no publication date
    """

    negation: frozenset[str]
    negators: frozenset[str] = frozenset()
    hypothetical: frozenset[str] = frozenset()
    uncertain: frozenset[str] = frozenset()
    planners: frozenset[str] = frozenset()
    not_negation_before: frozenset[str] = frozenset()
    weak_negation: frozenset[str] = frozenset()
    durative_types: frozenset[str] = frozenset()
    occasion_types: frozenset[str] = frozenset()
    past_markers: frozenset[str] = frozenset()
    recalled: frozenset[str] = frozenset()
    news: frozenset[str] = frozenset()
    continuers: frozenset[str] = frozenset()
    time_frames: frozenset[str] = frozenset()
    ascribers: frozenset[str] = frozenset()

    @classmethod
    def for_language(cls, code: str) -> StatusCues:
        raw = load_yaml(language_dir(code) / "cues.yaml") or {}
        status = raw.get("status", {})

        def words(key: str) -> frozenset[str]:
            return frozenset(str(x).lower() for x in status.get(key, []))

        def types(key: str) -> frozenset[str]:
            return frozenset(str(x).upper() for x in status.get(key, []))

        return cls(negation=words("negation"), negators=words("negators"), hypothetical=words("hypothetical"),
                   uncertain=words("uncertain"), planners=words("planners"),
                   not_negation_before=words("not_negation_before"), weak_negation=words("weak_negation"),
                   durative_types=types("durative_types"), occasion_types=types("occasion_types"),
                   past_markers=words("past_markers"), recalled=words("recalled"), news=words("news"),
                   continuers=words("continuers"), time_frames=words("time_frames"),
                   ascribers=words("ascribers"))


def decide_status(
    parse: Parse,
    trigger: Token,
    tense: Tense | None,
    cues: StatusCues,
    *,
    when: str | None = None,
    published: str | None = None,
    default: EventStatus = "realized",
    negation_in_trigger: bool = False,
    speech_act: bool = False,
    fixed: bool = False,
    kind: str = "",
) -> EventStatus:
    """Negated, hypothetical or planned from the cues around the trigger; else from tense and date.

    ``when`` is the event's date (TIMEX3 calendar value) and ``published`` the document's: an
    event dated after publication is planned whatever the tense says ("le Conseil de décembre").
    A material act (``kind`` one of the cues' ``durative_types``) in the simple present or the
    progressive goes on, unless its rule sets the status (``fixed``): "the WHO provides supplies",
    "arms being sent to Ukraine".
    """
    if not negation_in_trigger and negated(parse, trigger, cues):
        return "negated"
    if speech_act:  # the statement itself was made, whatever the tense or modality of what it announces
        return default
    if _uncertain(parse, trigger, cues):
        return "hypothetical"
    if _now_and_to_come(parse, trigger):
        return "ongoing"  # "les recherches sont et seront poursuivies": under way and to go on
    if tense == "conditional":
        # "It was confirmed that the talks would take place": a future seen from the past
        return "planned" if _reported_from_past(parse, trigger) else "hypothetical"
    if tense == "future" or _planned_by_governor(parse, trigger, cues):
        return "planned"
    if not fixed and tense != "past" and _continued(parse, trigger, cues):
        return "ongoing"
    order = calendar_order(when, published)
    if order > 0:
        return "planned"
    if order < 0 and tense is None:
        return "realized"
    if (default == "realized" and not fixed and order == 0 and kind in cues.durative_types
            and _continuing(parse, trigger, tense)):
        return "ongoing"
    return default


def _now_and_to_come(parse: Parse, trigger: Token) -> bool:
    """A verb whose present and future auxiliaries are coordinated ("sont et seront poursuivies"), or an
    infinitive of purpose or complement under such a verb: the act is under way and goes on."""
    verbs = [trigger]
    if trigger.dep in {"advcl", "xcomp"} and trigger.head != trigger.i and trigger.feat("VerbForm") == "Inf":
        verbs.append(parse.tokens[trigger.head])
    for verb in verbs:
        group = verb_group(parse, verb)
        tenses = {t.feat("Tense") for t in group[1:] if t.feat("VerbForm") == "Fin"}
        if {"Pres", "Fut"} <= tenses and any(c.dep == "cc" for c in parse.children(verb.i)):
            return True
    return False


def _continued(parse: Parse, trigger: Token, cues: StatusCues) -> bool:
    """An act a verb of going on governs: "must continue to document the crimes", "continuer à soutenir"
    (a future one, "will continue to meet", is planned before)."""
    if trigger.head == trigger.i or trigger.dep not in {"xcomp", "obj", "dobj"}:
        return False
    head = parse.tokens[trigger.head]
    return head.lemma.lower() in cues.continuers and head.pos in {"VERB", "AUX"}


def _continuing(parse: Parse, verb: Token, tense: Tense | None) -> bool:
    """A verb in the simple present ("provides", "soutient"), the progressive ("are being sent") or the
    imperfect ("la France travaillait en ce sens")."""
    group = verb_group(parse, verb)
    if tense == "past" and _imperfect(group):
        return True
    progressive = parse.grammar.progressive
    if verb.tag == "VBG" and any(c.lemma.lower() in progressive for c in group[1:]):
        return True
    if any(c.tag == "VBG" and c.lemma.lower() in progressive for c in group[1:]):  # "arms being sent"
        return True
    return tense == "present" and simple_present(parse, verb)


def _imperfect(group: list[Token]) -> bool:
    """A verb group in the imperfect, with no participle ("travaillait", not "avait travaillé")."""
    finite = [t for t in group if t.feat("VerbForm") == "Fin"]
    return any(t.feat("Tense") == "Imp" and t.feat("Mood") != "Cnd" for t in finite) and not any(
        t.feat("VerbForm") == "Part" for t in group)


def simple_present(parse: Parse, verb: Token) -> bool:
    """A finite verb with no participle in its group: "provides", "condamne" (not "has provided", "a été
    adopté", nor "a débloqué" when the tagger takes the participle for an infinitive)."""
    if verb.pos not in {"VERB", "AUX"} or not (verb.feat("VerbForm") == "Fin" or verb.tag in {"VBZ", "VBP"}):
        return False
    group = verb_group(parse, verb)
    return verb.feat("Tense") != "Past" and not any(t.feat("VerbForm") == "Part" or t.tag == "VBN" for t in group)


def past_noun(parse: Parse, noun: Token, cues: StatusCues) -> bool:
    """An event noun modified or governed by a word that puts it in the past ("the recent visit",
    "the results of the talks", "à la suite de l'entretien")."""
    if any(_marks(c, cues.past_markers) for c in parse.children(noun.i) if c.dep in _MODIFIER_DEPS):
        return True
    for head in parse.ancestors(noun.i)[:2]:
        if head.sent != noun.sent:
            break
        if _marks(head, cues.past_markers) or any(
                c.dep in {"case", "mark", "conj"} and _marks(c, cues.past_markers)
                for c in parse.children(head.i)):  # "the progress and outcome of the negotiations": a conjunct too
            return True
    if any(c.dep == "case" and _marks(c, cues.past_markers) for c in parse.children(noun.i)):
        return True
    return _coordinated_with_past(parse, noun, cues) or _framing_participle(parse, noun, cues)


def _marks(tok: Token, words: frozenset[str]) -> bool:
    """Whether a word is one of ``words`` by its lemma, or by its form where it is used as a preposition
    ("following the meeting": lemma "follow"; not "are following the meeting closely")."""
    return tok.lemma.lower() in words or (tok.text.lower() in words and tok.dep in {"prep", "case", "mark"})


def _framing_participle(parse: Parse, noun: Token, cues: StatusCues) -> bool:
    """An event noun framing the time of a past participle: the noun is over ("the agreements signed during
    the visit", "les accords signés pendant la visite")."""
    framed = _framed(parse, noun, cues)
    return framed is not None and bare_participle(parse, framed)


def bare_participle(parse: Parse, verb: Token) -> bool:
    """A past participle with no auxiliary, describing a noun ("the initiatives launched", "l'aide apportée")."""
    return verb.pos == "VERB" and past_participle(verb) \
        and not any(c.dep.startswith("aux") for c in parse.children(verb.i))


def _coordinated_with_past(parse: Parse, noun: Token, cues: StatusCues) -> bool:
    """A noun coordinated into the phrase of an event noun put in the past, wherever the parser hung the
    conjunct: "the recent visit to Rome and frequent phone calls", "la récente visite et les
    entretiens" (no verb in between)."""
    if noun.dep != "conj":
        return False
    for head in parse.ancestors(noun.i)[:3]:
        if head.sent != noun.sent or head.pos in {"VERB", "AUX"}:
            return False
        if head.pos in {"NOUN", "PROPN"} and any(
                c.dep in _MODIFIER_DEPS and c.lemma.lower() in cues.past_markers for c in parse.children(head.i)):
            return True
    return False


def framing_verb(parse: Parse, noun: Token, cues: StatusCues) -> Token | None:
    """The verb whose time an event noun frames through a preposition of time, also as the complement of
    another noun: "During the third round of negotiations, the delegations agreed", "pendant l'entretien, ils ont"."""
    tok = noun
    for _ in range(3):
        if tok.head == tok.i or tok.pos not in {"NOUN", "PROPN", "ADP"}:
            return None
        framed = _framed(parse, tok, cues)
        if framed is not None:
            return framed if _finite_verb(parse, framed) else None
        tok = parse.tokens[tok.head]
    return None


def _framed(parse: Parse, tok: Token, cues: StatusCues) -> Token | None:
    """The word whose time a phrase introduced by a preposition of time (cue ``time_frames``) frames, or None
    if ``tok`` is no such phrase: UD hangs "pendant l'entretien" on the verb, spaCy hangs "during" on it."""
    if tok.head == tok.i:
        return None
    head = parse.tokens[tok.head]
    if any(c.dep in {"case", "fixed"} and c.lemma.lower() in cues.time_frames for c in parse.children(tok.i)):
        return head
    if tok.dep == "pobj" and head.lemma.lower() in cues.time_frames:
        return parse.tokens[head.head]
    return None


def _finite_verb(parse: Parse, verb: Token) -> bool:
    """A verb with a finite form in its group ("reached", "a condamné"; not "the tasks being tackled")."""
    group = verb_group(parse, verb)
    return verb.pos in {"VERB", "AUX"} and any(finite_form(t) for t in group)


def news(parse: Parse, noun: Token, cues: StatusCues) -> bool:
    """An event noun that a word of learning governs: the day's news ("a pris connaissance de l'annonce")."""
    for head in parse.ancestors(noun.i)[:2]:
        if head.sent != noun.sent:
            return False
        # the word itself, or the object of a light verb ("prendre connaissance de")
        words = {head.lemma.lower(), *(c.lemma.lower() for c in parse.children(head.i) if c.dep in {"obj", "dobj"})}
        if words & cues.news:
            return True
    return False


def recalled(parse: Parse, verb: Token, cues: StatusCues) -> bool:
    """A past act told as a fact recalled ("as President Biden promised", "comme l'a souligné la Ministre",
    "has already provided", "à plusieurs reprises"), or described by a participle ("the initiatives launched
    during the visit"): not the act the text reports as news."""
    if verb.dep == "acl" and bare_participle(parse, verb):
        return True
    for child in parse.children(verb.i):
        if child.lemma.lower() in cues.recalled and child.dep in {"mark", "advmod"}:
            return True
        if child.dep.startswith("obl") or child.dep in {"npadvmod", "prep"}:
            if child.lemma.lower() in cues.recalled:
                return True
            if any(g.lemma.lower() in cues.recalled for g in parse.children(child.i)):
                return True
    return False


def calendar_order(when: str | None, published: str | None) -> int:
    """-1, 0 or 1 as a calendar value ("2018", "2018-05", "2018-05-29", "2018-W21", "FUTURE_REF") lies before,
    at or after publication."""
    if not when or not published:
        return 0
    if when in _REFERENCE_ORDER:  # "in the coming days", "ces dernières semaines"
        return _REFERENCE_ORDER[when]
    week = _WEEK.fullmatch(when)
    if week is not None:  # "2022-W01": against the ISO week of publication
        try:
            year, number, _ = dt.date.fromisoformat(published[:10]).isocalendar()
        except ValueError:
            return 0
        mine_week, theirs_week = (int(week[1]), int(week[2])), (year, number)
        return (mine_week > theirs_week) - (mine_week < theirs_week)
    if not _CALENDAR.fullmatch(when):
        return 0
    mine, theirs = when, published[: len(when)]
    return (mine > theirs) - (mine < theirs)


def negated(parse: Parse, trigger: Token, cues: StatusCues) -> bool:
    """Whether a negation governs the trigger ("n'a pas", "did not", "l'absence de condamnation")."""
    group = [trigger, *(c for c in parse.children(trigger.i) if c.dep.startswith("aux") or c.dep == "cop")]
    for tok in group:
        for child in parse.children(tok.i):
            word = child.text.lower()
            if child.lemma.lower() in cues.negation or word in cues.negation:
                after = parse.tokens[child.i + 1] if child.i + 1 < len(parse.tokens) else None
                if after is not None and after.text.lower() in cues.not_negation_before:
                    continue  # "is not only attacking"
                return True
            if child.lemma.lower() in cues.weak_negation or word in cues.weak_negation:
                # "ne" alone negates ("ne peut accepter") unless a restriction follows ("ne peut que saluer")
                window = parse.tokens[tok.i + 1 : tok.i + 4]
                if not any(t.text.lower() in cues.not_negation_before for t in window):
                    return True
    for head in parse.ancestors(trigger.i)[:2]:
        if head.lemma.lower() in cues.negators and head.sent == trigger.sent:
            return True
    return False


def _uncertain(parse: Parse, trigger: Token, cues: StatusCues) -> bool:
    for child in parse.children(trigger.i):
        word = child.lemma.lower()
        if child.dep.startswith("aux") and word in cues.hypothetical:
            return True
        if word in cues.uncertain or child.text.lower() in cues.uncertain:
            return True
    if trigger.dep in {"advcl"} and any(m.dep == "mark" and m.lemma.lower() in cues.uncertain
                                        for m in parse.children(trigger.i)):
        return True
    if _described_as_uncertain(parse, trigger, cues) or _ascribed(parse, trigger, cues):
        return True
    head = parse.tokens[trigger.head]
    # "la Russie doit se retirer" is not done; "nous nous devons d'être à leurs côtés" (a pronominal modal: what
    # one owes oneself) states where the speaker stands
    return trigger.dep in _CONTROL_DEPS and head.lemma.lower() in cues.hypothetical and head.i != trigger.i \
        and not pronominal(parse.children(head.i))


def _described_as_uncertain(parse: Parse, noun: Token, cues: StatusCues) -> bool:
    """An event noun whose relative clause says it is unestablished: "the rockets that reportedly fell",
    "les frappes qui auraient prétendument visé"; the clause may hang on the noun's head ("the dozens of")."""
    if noun.pos not in {"NOUN", "PROPN"}:
        return False
    nouns = [noun, *(a for a in parse.ancestors(noun.i)[:2] if a.pos in {"NOUN", "PROPN"} and a.sent == noun.sent)]
    for tok in nouns:
        for clause in parse.children(tok.i):
            if clause.dep in {"relcl", "acl:relcl", "acl"} and any(
                    c.dep == "advmod" and c.lemma.lower() in cues.uncertain for c in parse.children(clause.i)):
                return True
    return False


def _ascribed(parse: Parse, noun: Token, cues: StatusCues) -> bool:
    """An event noun named in someone's words: "what he described as threatening movements of troops",
    "ce qu'il a qualifié d'agression" (the words are his, the event is not established)."""
    if noun.pos not in {"NOUN", "PROPN"} or noun.head == noun.i:
        return False
    head = parse.tokens[noun.head]
    if _labelled(parse, noun, head, cues):
        return True
    if noun.dep == "pobj" and head.pos == "ADP" and head.head != head.i:  # spaCy: "described as" + noun
        head = parse.tokens[head.head]
    elif not any(c.dep == "case" for c in parse.children(noun.i)):  # UD: "qualifié d'agression"
        return False
    return head.lemma.lower() in cues.ascribers and head.pos in {"VERB", "AUX"}


def _labelled(parse: Parse, noun: Token, verb: Token, cues: StatusCues) -> bool:
    """The noun a verb of ascribing names, with "what" as that verb's object: "what he described as
    threatening movements of troops", also when the tokenizer glued "as" to the next word."""
    if verb.lemma.lower() not in cues.ascribers or verb.pos not in {"VERB", "AUX"}:
        return False
    return any(c.i != noun.i and c.dep in {"dobj", "obj"} and c.tag == "WP" for c in parse.children(verb.i))


def _reported_from_past(parse: Parse, verb: Token) -> bool:
    """A verb in a complement clause of a past-tense verb ("a annoncé qu'il se rendrait", "said it would")."""
    clause_root = verb
    while clause_root.dep in {"conj", "xcomp"} and clause_root.head != clause_root.i:
        clause_root = parse.tokens[clause_root.head]
    if clause_root.dep not in {"ccomp", "csubj", "csubj:pass"} or clause_root.head == clause_root.i:
        return False
    head = parse.tokens[clause_root.head]
    group = verb_group(parse, head)
    return any(t.feat("Tense") == "Past" or t.tag == "VBD" for t in group)


def _planned_by_governor(parse: Parse, trigger: Token, cues: StatusCues) -> bool:
    """An event another verb decides, plans or promises: "a décidé de renforcer", "agreed to meet", "have
    decided to start a series of consultations" (two words up, or four through the nouns of a phrase). A phrase of
    time frames the verb, which does not plan it: "as agreed during the April meeting"."""
    tok, verbs = trigger, 0
    for _ in range(4):
        if tok.head == tok.i or tok.dep not in _CONTROL_DEPS or verbs > 1 or _framed(parse, tok, cues) is not None:
            return False
        head = parse.tokens[tok.head]
        if head.lemma.lower() in cues.planners and head.pos in {"VERB", "NOUN", "ADJ", "AUX"}:
            return True
        verbs += head.pos in {"VERB", "AUX"}
        tok = head
    return False
