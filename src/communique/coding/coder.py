"""The event coder: rules matched on the parse, arguments linked to entities, date and status attached."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from communique.clause import TenseCues, clause_tense, past_participle
from communique.coding.arguments import (
    COMPLEMENT_RECIPIENT,
    DESCRIBING_DEPS,
    FALLBACK_ACTOR,
    Args,
    Match,
    find_arguments,
)
from communique.coding.asked import asked_for
from communique.coding.dating import DocumentDates
from communique.coding.filling import fill_from_talk, take_from_acts
from communique.coding.frames import (
    clause,
    phrase,
    possessors,
    prep_object,
    preposition,
    pronominal,
    subjects,
)
from communique.coding.merge import merge_mentions
from communique.coding.participants import DocumentEntities, ParticipantCues
from communique.coding.rules import EventRule, load_rules
from communique.coding.speakers import find_speaker_group
from communique.coding.status import (
    StatusCues,
    bare_participle,
    calendar_order,
    decide_status,
    framing_verb,
    negated,
    news,
    past_noun,
    recalled,
    simple_present,
)
from communique.coding.talks import caller_first, one_by_one, started_by, visitor_first, with_its_body
from communique.ontology import Ontology
from communique.parsed import Parse, Token
from communique.records import Document, Entity, Event, EventDate, EventStatus, Span, Timex
from communique.temporal.values import calendar_day

_VERBAL = frozenset({"VERB", "AUX"})
_CLAUSE_DEPS = frozenset({*DESCRIBING_DEPS, "advcl", "ccomp", "csubj", "xcomp", "conj", "parataxis"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
_MAX_EVIDENCE = 300
_ASKING = frozenset({"REQUEST"})  # the types whose events ask for an act (see coding/asked.py)


@dataclass
class EventCoder:
    """Codes one language's events with its rules."""

    language: str
    rules: tuple[EventRule, ...]
    status_cues: StatusCues
    participant_cues: ParticipantCues

    @classmethod
    def for_language(cls, code: str, ontology: Ontology) -> EventCoder:
        """The language's rules (``data/lang/<code>/coding/``) and cues (``cues.yaml``)."""
        return cls(language=code, rules=load_rules(code, ontology), status_cues=StatusCues.for_language(code),
                   participant_cues=ParticipantCues.for_language(code))

    def __post_init__(self) -> None:
        index: dict[str, list[EventRule]] = {}
        for rule in self.rules:
            for lemma in rule.lemmas:
                index.setdefault(lemma, []).append(rule)
        self._by_lemma = {k: tuple(v) for k, v in index.items()}
        self._event_nouns = frozenset(lemma for r in self.rules if r.pos & {"NOUN", "PROPN"} for lemma in r.lemmas)
        self._talk_nouns = frozenset(lemma for r in self.rules if r.pos & {"NOUN", "PROPN"}
                                     and r.type in self.status_cues.occasion_types for lemma in r.lemmas)

    def code(
        self,
        doc: Document,
        parse: Parse,
        entities: Sequence[Entity],
        timexes: Sequence[Timex],
        cues: TenseCues,
    ) -> list[Event]:
        """Every event the rules find, in text order, mentions of one event merged, with ids V1, V2, ..."""
        known = DocumentEntities.build(parse, entities, doc.issuer)
        group = find_speaker_group(parse, known, self.participant_cues, doc.issuer)
        dates = DocumentDates.build(parse, timexes, self._event_nouns, cues.temporal_marks)
        found: list[tuple[Event, Args]] = []
        triggers: list[Token] = []
        for tok in parse.tokens:
            best: tuple[Event, Args] | None = None
            for rule in self._by_lemma.get(tok.lemma.lower(), ()):
                match = _match(parse, tok, rule, self.status_cues)
                if match is None or (rule.tenses and clause_tense(parse, match.head, cues) not in rule.tenses):
                    continue
                args = find_arguments(parse, match, known, self.participant_cues, group,
                                      rule.type in self.status_cues.occasion_types)
                if args is None:
                    continue
                event = self._event(doc, parse, match, args, known, dates, cues)
                if best is None or event.confidence > best[0].confidence:
                    best = (event, args)
            if best is not None:
                found.append(best)
                triggers.append(tok)
        asked = asked_for(parse, triggers, [e.type for e, _ in found], _ASKING, self.status_cues.continuers)
        found = [f for f, no in zip(found, asked, strict=True) if not no]
        triggers = [t for t, no in zip(triggers, asked, strict=True) if not no]
        found = take_from_acts(parse, found, triggers, known)
        lead = doc.text.find("\n\n")
        events = fill_from_talk(found, known, doc.published.isoformat() if doc.published else None, group,
                                 lead if lead >= 0 else len(doc.text))
        starters = self.participant_cues.starters
        events = [with_its_body(parse, started_by(parse, visitor_first(caller_first(e, known), known), known,
                                                  starters, self._talk_nouns), known)
                  if e.type in self.status_cues.occasion_types else e for e in events]
        events = merge_mentions(parse, events, known.codes, self.status_cues.occasion_types, self.participant_cues,
                                known.people)
        events = [one for e in events for one in (
            one_by_one(parse, e, known, self.participant_cues.separately)
            if e.type in self.status_cues.occasion_types else [e])]
        return [replace(e, id=f"V{n}") for n, e in enumerate(events, 1)]

    def _event(
        self,
        doc: Document,
        parse: Parse,
        match: Match,
        args: Args,
        known: DocumentEntities,
        dates: DocumentDates,
        cues: TenseCues,
    ) -> Event:
        rule, trigger, head = match.rule, match.trigger, match.head
        published = doc.published.isoformat() if doc.published is not None else None
        default: EventStatus
        frame: Token | None = None
        if rule.speech_act:
            own = next((d for v in (head, *parse.ancestors(head.i)) if (d := dates.of_verb(v)) is not None), None)
            own = self._statement_date(parse, head, rule, own, published, cues)
            tense = None
            default = rule.status or "realized"
        elif rule.nominal:
            own = dates.of_noun(trigger) or dates.within(parse, phrase(parse, trigger))
            frame = framing_verb(parse, trigger, self.status_cues)  # "during the talks, they agreed"
            governor = frame or _governing_verb(parse, trigger)
            tense = clause_tense(parse, governor, cues) if governor is not None else None
            if governor is not None and (trigger.dep in _SUBJECT_DEPS or _non_finite(parse, governor) or frame):
                # the event noun is its clause's subject ("the summit will take place on June 23"), or a
                # complement of a clause with no tense of its own ("starting next week with the Dialogue")
                own = own or dates.of_verb(governor)
            else:
                tense = tense if tense in {"future", "conditional"} else None
            if tense is None and _described_future(parse, trigger, cues):
                tense = "future"  # "un Conseil européen qui sera consacré au Brexit" is still to come
            default = rule.status or "ongoing"
            if (own is not None and own.value is not None) or past_noun(parse, trigger, self.status_cues) \
                    or (frame is not None and tense == "past"):
                default = rule.status or "realized"
        else:
            own = dates.of_verb(head) or self._described_during(parse, head, dates)
            if own is None and head.i != trigger.i:  # "held a call on Monday", "une aide qui est arrivée hier"
                own = dates.of_noun(trigger) or dates.within(parse, phrase(parse, trigger)) \
                    or dates.of_description(parse, trigger)
            tense = clause_tense(parse, head, cues)
            own = self._statement_date(parse, head, rule, own, published, cues) or _told_on(parse, head, dates, cues) \
                or self._attempted_on(parse, head, dates, cues) or _aimed_at(parse, head, dates, published)
            default = rule.status or "realized"
        status = decide_status(parse, head if not rule.nominal else trigger, tense, self.status_cues,
                               when=own.value if own else None, published=published, default=default,
                               negation_in_trigger=rule.negated, speech_act=rule.speech_act,
                               fixed=rule.status is not None, kind=self._kind(rule, head, trigger))
        if own is None and rule.nominal:
            # a clause describing the event dates it without making it over ("la mutinerie qui s'est engagée
            # aujourd'hui" is still going on), unless the date is to come ("the summit to be hosted on June 23")
            own = dates.of_description(parse, trigger)
            if own is not None and status == "ongoing" and calendar_order(own.value, published) > 0:
                status = "planned"
        if own is not None and own.value == "PRESENT_REF" and status == "realized" and published is not None:
            date = EventDate(published, None, "published")  # "la France réaffirme désormais": done today
        elif own is not None:
            date = own
        elif rule.nominal and status == "realized" and published is not None and news(parse, trigger, self.status_cues):
            date = EventDate(published, None, "published")  # "la France a pris connaissance de l'annonce du retrait"
        elif (not rule.nominal or rule.speech_act or frame is not None) and published is not None and (
                (status == "realized" and not self._recalled(parse, head, cues))
                or (status == "ongoing" and rule.type in self.status_cues.occasion_types)):
            date = EventDate(published, None, "published")
        else:
            date = EventDate(None, None, "none")
        confidence = rule.confidence * (FALLBACK_ACTOR if args.fallback else 1.0)
        confidence *= COMPLEMENT_RECIPIENT if args.complement else 1.0
        about, location = self._circumstances(parse, match, args, known)
        trigger_span = _trigger_span(parse, match)
        evidence = _evidence(parse, match, args.heads, trigger_span)
        return Event(
            id="V0",
            type=rule.type,
            mode=rule.mode or _mode(parse, match),
            contexts=(),
            actor=args.actor,
            recipient=args.recipient,
            about=about,
            location=location,
            date=date,
            status=status,
            trigger=Span(trigger_span[0], trigger_span[1], doc.text[trigger_span[0] : trigger_span[1]]),
            evidence=Span(evidence[0], evidence[1], doc.text[evidence[0] : evidence[1]]),
            rule=rule.id,
            confidence=round(confidence, 3),
        )


    def _statement_date(self, parse: Parse, head: Token, rule: EventRule, own: EventDate | None,
                        published: str | None, cues: TenseCues) -> EventDate | None:
        """A past date in a statement made in the present dates what the statement is about, not the statement:
        "La France condamne l'exécution de N. en Iran le 12 septembre" is condemned on the day of the text."""
        if own is None or calendar_day(own.value) is None or rule.type in self.status_cues.durative_types:
            return own
        if calendar_order(own.value, published) >= 0 or clause_tense(parse, head, cues) != "present":
            return own
        return None if simple_present(parse, head) else own

    def _attempted_on(self, parse: Parse, verb: Token, dates: DocumentDates, cues: TenseCues) -> EventDate | None:
        """An infinitive completing a dated past verb that plans nothing takes its date: "Il y a deux semaines, le
        Japon a cherché à relancer les négociations" (not "a décidé hier de se rendre à Moscou")."""
        if verb.dep != "xcomp" or verb.head == verb.i or verb.feat("VerbForm") != "Inf":
            return None
        above = parse.tokens[verb.head]
        if above.pos not in _VERBAL or above.lemma.lower() in self.status_cues.planners \
                or clause_tense(parse, above, cues) != "past":
            return None
        return dates.of_verb(above)

    def _kind(self, rule: EventRule, head: Token, trigger: Token) -> str:
        """The type whose aspect the verb tells: the rule's, unless the trigger is a noun under another verb
        ("condamne les frappes"); a meeting under a verb of going or opening keeps it ("viens pour ce Conseil")."""
        return rule.type if head.i == trigger.i or rule.type in self.status_cues.occasion_types else ""

    def _described_during(self, parse: Parse, verb: Token, dates: DocumentDates) -> EventDate | None:
        """A participle describing a noun ("missile strikes launched by X") took place in the period of the clause
        that governs the noun ("In recent weeks, Ukraine has faced ...", "en 2022"); a day there dates the
        clause's own act, not the participle's."""
        if verb.dep != "acl" or not bare_participle(parse, verb):
            return None
        governor = _governing_verb(parse, parse.tokens[verb.head])
        own = dates.of_verb(governor) if governor is not None else None
        return own if own is not None and own.value is not None and calendar_day(own.value) is None else None

    def _recalled(self, parse: Parse, head: Token, cues: TenseCues) -> bool:
        """A past act told as a fact recalled ("as President Biden promised") or in the pluperfect ("sur lesquelles
        la Russie et l'Ukraine s'étaient accordées", "had agreed"): not dated by publication."""
        if clause_tense(parse, head, cues) != "past":
            return False
        return recalled(parse, head, self.status_cues) or _pluperfect(parse, head)

    def _circumstances(
        self, parse: Parse, match: Match, args: Args, known: DocumentEntities
    ) -> tuple[tuple[str, ...], str | None]:
        """What the event concerns ("sur la Syrie") and where it takes place ("à Tunis")."""
        cues = self.participant_cues
        skip = frozenset(t.i for t in subjects(parse, match.head))
        inside = clause(parse, match.head, skip)
        taken = {*args.actor, *args.recipient}
        # where the event happens: not a place nested in what it is about ("au sujet de l'attaque ... près de
        # Niamey") or in another clause, but the clause that describes an event noun ("la mutinerie qui s'est
        # engagée à Kati")
        own = {match.head.i, match.trigger.i}
        aside = frozenset(t.i for t in inside if t.i not in own and (
            (t.dep in _CLAUSE_DEPS and not (match.rule.nominal and t.head == match.trigger.i))
            or preposition(parse, t) in cues.about or t.lemma.lower() in cues.locutions))
        located = known.named_by(parse, _introduced(parse, clause(parse, match.head, skip | aside), cues.location))
        location = next((i for i in located if i in known.places), None)
        if location is None and match.rule.nominal and match.rule.type in self.status_cues.occasion_types:
            # a meeting named after its place: "la rencontre de Versailles", "the Geneva summit"
            location = next((i for i in known.named_by(parse, list(possessors(parse, match.trigger)))
                             if i in known.places), None)
        concerned = known.named_by(parse, _introduced(parse, inside, cues.about))
        about = tuple(dict.fromkeys(i for i in concerned if i not in taken and i != location))
        return about, location


def _pluperfect(parse: Parse, verb: Token) -> bool:
    """A past participle whose tense auxiliary is itself in a past tense ("s'étaient accordées", "had agreed")."""
    if not past_participle(verb):
        return False
    kids = parse.children(verb.i)
    reflexive = pronominal(kids)  # "s'étaient accordées": the être of a compound tense, whatever the parser says
    return any((c.dep in {"aux", "aux:tense"} or (reflexive and c.dep == "aux:pass"))
               and (c.feat("Tense") in {"Past", "Imp"} or c.tag == "VBD") for c in kids)


def _described_future(parse: Parse, noun: Token, cues: TenseCues) -> bool:
    """The event noun's own relative clause is in the future ("un sommet qui se tiendra en juin")."""
    return any(c.dep == "acl:relcl" and clause_tense(parse, c, cues) == "future" for c in parse.children(noun.i))


def _introduced(parse: Parse, tokens: Sequence[Token], preps: frozenset[str]) -> list[Token]:
    """The phrases among the tokens that one of the prepositions introduces."""
    out: list[Token] = []
    for tok in tokens:
        if preposition(parse, tok) in preps:
            out.append(prep_object(parse, tok))
    return out


def _match(parse: Parse, tok: Token, rule: EventRule, cues: StatusCues) -> Match | None:
    """Whether a token triggers a rule: lemma, part of speech, reflexive, governing verb, required words."""
    if tok.pos not in rule.pos:
        return None
    if rule.reflexive and not pronominal(parse.children(tok.i)):
        return None
    head = tok
    if rule.governors:
        governor = _governing_verb(parse, tok)
        if governor is None or governor.lemma.lower() not in rule.governors:
            return None
        head = governor
    if rule.negated and not (negated(parse, tok, cues) or (head.i != tok.i and negated(parse, head, cues))):
        return None
    if tok.dep in rule.excluded_deps:
        return None
    if rule.excludes_above or rule.requires_above:
        above = _words(_above(parse, tok))
        if above & rule.excludes_above or (rule.requires_above and not above & rule.requires_above):
            return None
    if not (rule.excludes or rule.requires or rule.requires_all):
        return Match(rule, tok, head)
    near = _words(_near(parse, tok, head))
    if near & rule.excludes:
        return None
    if rule.requires or rule.requires_all:
        within = near if rule.reach == 3 else _words(_near(parse, tok, head, rule.reach))
        if (rule.requires and not within & rule.requires) or not rule.requires_all <= within:
            return None
    return Match(rule, tok, head)


def _above(parse: Parse, tok: Token) -> list[Token]:
    """The words that govern the token, five steps up its sentence. A verb coordinated with the token governs
    nothing of it: in "called on Russia to de-escalate and agreed that ...", the agreeing is no one's call."""
    out: list[Token] = []
    below = tok
    for above in parse.ancestors(tok.i)[:5]:
        if below.dep != "conj":
            out.append(above)
        below = above
    return out


def _words(tokens: Sequence[Token]) -> set[str]:
    """The lemmas and forms of the tokens, lowercased."""
    return {w for t in tokens for w in (t.lemma.lower(), t.text.lower())}


def _near(parse: Parse, trigger: Token, head: Token, depth: int = 3) -> list[Token]:
    """The trigger's and its governor's dependents, `depth` levels down (three unless a rule reaches further)."""
    out: list[Token] = []
    for root in {trigger.i: trigger, head.i: head}.values():
        level = list(parse.children(root.i))
        for _ in range(depth):
            out.extend(level)
            level = [c for t in level for c in parse.children(t.i)]
    return out


def _told_on(parse: Parse, verb: Token, dates: DocumentDates, cues: TenseCues) -> EventDate | None:
    """A stance in the present reported under a dated past verb of saying takes the day it was told:
    "When I received them in May, I said that the United States fully backs ..."."""
    if verb.dep != "ccomp" or verb.head == verb.i or not simple_present(parse, verb):
        return None
    above = parse.tokens[verb.head]
    if above.pos not in _VERBAL or clause_tense(parse, above, cues) != "past":
        return None
    return dates.of_verb(above)


def _aimed_at(parse: Parse, verb: Token, dates: DocumentDates, published: str | None) -> EventDate | None:
    """An infinitive of purpose under a verb dated to come takes that date: "D'autres mesures seront prises
    dans les prochains jours pour aider le Liban" (the help is for the coming days too)."""
    if verb.dep != "advcl" or verb.head == verb.i or verb.feat("VerbForm") != "Inf":
        return None
    if not any(c.dep == "mark" or c.tag == "TO" for c in parse.children(verb.i)):
        return None
    above = dates.of_verb(parse.tokens[verb.head])
    if above is None or above.value is None:
        return None
    return above if above.value == "FUTURE_REF" or calendar_order(above.value, published) > 0 else None


def _non_finite(parse: Parse, verb: Token) -> bool:
    """A gerund, present participle or infinitive with no auxiliary: "starting", "to hold", "pour organiser"."""
    if past_participle(verb):
        return False
    if any(c.dep.startswith("aux") and c.tag != "TO" for c in parse.children(verb.i)):  # "to hold" is tenseless
        return False
    return verb.feat("VerbForm") in {"Inf", "Ger", "Part"} or verb.tag in {"VBG", "VB"}


def _governing_verb(parse: Parse, tok: Token) -> Token | None:
    """The first verb above a noun or adjective, within its sentence ("exprimé sa préoccupation")."""
    for anc in parse.ancestors(tok.i)[:3]:
        if anc.sent != tok.sent:
            return None
        if anc.pos in _VERBAL:
            return anc
    return None


def _mode(parse: Parse, match: Match) -> str | None:
    """The first of the rule's modes whose words stand three levels below the trigger, else in the act that a
    required word marks further down ("appelle les États appliquant la peine capitale à instaurer un moratoire")."""
    near = _near(parse, match.trigger, match.head)
    found = _first_mode(match.rule, [match.trigger, *near])
    if found or match.rule.reach <= 3:
        return found
    seen = {t.i for t in near}
    marks = [t for t in _near(parse, match.trigger, match.head, match.rule.reach)
             if t.i not in seen and t.head != t.i and _words([t]) & match.rule.requires]
    acts = [t for m in marks for act in (parse.tokens[m.head],) for t in (act, *_near(parse, act, act, 2))]
    return _first_mode(match.rule, acts)


def _first_mode(rule: EventRule, tokens: Sequence[Token]) -> str | None:
    """The first of the rule's modes with a word among the tokens."""
    words = _words(tokens)
    return next((m for m, cues in rule.modes if words & cues), None)


def _trigger_span(parse: Parse, match: Match) -> tuple[int, int]:
    """The trigger with its reflexive pronoun and auxiliaries ("s'est entretenu"), from its governor if any."""
    trigger, head = match.trigger, match.head
    group = [head, trigger, *(c for c in parse.children(head.i)
                              if c.dep.startswith("aux") or (match.rule.reflexive and c.feat("Reflex") == "Yes"))]
    group = [t for t in group if t.i <= max(trigger.i, head.i)]
    return min(t.start for t in group), max(trigger.end, head.end)


def _evidence(parse: Parse, match: Match, heads: Sequence[Token], trigger: tuple[int, int]) -> tuple[int, int]:
    """From the first to the last of trigger and argument phrases, within the sentence and a length limit."""
    sentence = parse.sentence_of(match.trigger)
    spans = [trigger]
    if match.trigger.pos in {"NOUN", "PROPN"}:  # the noun's own phrase: "la rencontre de Versailles"
        own = phrase(parse, match.trigger)
        spans.append((own[0].start, own[-1].end))
    for h in heads:
        if h.sent == match.trigger.sent:
            toks = phrase(parse, h)
            spans.append((toks[0].start, toks[-1].end))
    start = max(sentence.start, min(s for s, _ in spans))
    end = min(sentence.end, max(e for _, e in spans))
    if end - start > _MAX_EVIDENCE:
        start, end = trigger[0], min(sentence.end, max(trigger[1], min(end, trigger[0] + _MAX_EVIDENCE)))
    return start, end
