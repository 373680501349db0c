"""The event coder: rules matched on the parse, arguments linked to entities, date and status attached."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from communique.clause import TenseCues, clause_tense
from communique.coding.dating import DocumentDates
from communique.coding.frames import (
    PASSIVE_SUBJECT_DEPS,
    clause,
    objects,
    owners,
    passive,
    phrase,
    possessors,
    prep_object,
    preposition,
    prepositional,
    subjects,
)
from communique.coding.merge import merge_mentions
from communique.coding.participants import DocumentEntities, ParticipantCues
from communique.coding.rules import ArgumentSlot, EventRule, load_rules
from communique.coding.speakers import SpeakerGroup, find_speaker_group, read_subject
from communique.coding.status import (
    StatusCues,
    calendar_order,
    decide_status,
    negated,
    news,
    past_noun,
    recalled,
    simple_present,
)
from communique.ontology import Ontology
from communique.parsed import Parse, Token
from communique.records import Document, Entity, Event, EventDate, EventStatus, Span, Timex

_VERBAL = frozenset({"VERB", "AUX"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
# Confidence lost when an argument comes from a fallback rather than from the trigger's frame.
_FALLBACK_ACTOR = 0.8
_COMPLEMENT_RECIPIENT = 0.9
_MAX_EVIDENCE = 300
_DAY = len("2020-09-12")


@dataclass(frozen=True)
class _Match:
    """A rule whose trigger was found: the trigger, and the verb that carries its clause."""

    rule: EventRule
    trigger: Token
    head: Token


@dataclass(frozen=True)
class _Args:
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    heads: tuple[Token, ...]
    collective: bool
    fallback: bool
    complement: bool
    counterpart: bool = False
    needs_recipient: bool = False


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
        dates = DocumentDates.build(parse, timexes, self._event_nouns)
        found: list[tuple[Event, _Args]] = []
        for tok in parse.tokens:
            best: tuple[Event, _Args] | None = None
            for rule in self._by_lemma.get(tok.lemma.lower(), ()):
                match = _match(parse, tok, rule, self.status_cues)
                if match is None:
                    continue
                args = self._arguments(parse, match, known, group)
                if args is None:
                    continue
                event = self._event(doc, parse, match, args, known, dates, cues)
                if best is None or event.confidence > best[0].confidence:
                    best = (event, args)
            if best is not None:
                found.append(best)
        lead = doc.text.find("\n\n")
        events = _fill_from_talk(found, known, doc.published.isoformat() if doc.published else None, group,
                                 lead if lead >= 0 else len(doc.text))
        events = merge_mentions(parse, events, known.codes)
        return [replace(e, id=f"V{n}") for n, e in enumerate(events, 1)]

    def _arguments(self, parse: Parse, match: _Match, known: DocumentEntities,
                   group: SpeakerGroup | None = None) -> _Args | None:
        rule = match.rule
        cues = self.participant_cues
        cut = next((k for k, slot in enumerate(rule.actor) if slot.kind in {"issuer", "parties"}), len(rule.actor))
        actor, actor_heads, fallback = self._fill(parse, match, rule.actor[:cut], known, exclude=(), actor=True)
        collective = grouped = False
        if not actor and not rule.nominal:
            # "Nous condamnons", "les E3 restent", "the two leaders agreed": who the words stand for
            reading = read_subject(parse, self._subject_candidates(parse, match), cues, group)
            if reading == "speaker":
                actor, fallback = list(known.issuer), True
            elif reading in {"group", "alias"} and group is not None:
                actor, fallback, grouped = list(group.members), reading == "group", True
            elif reading == "talk":
                collective, fallback = True, True
        elif actor and group is not None and group.restated_by(parse, actor_heads):
            actor, grouped = list(group.members), True  # "l'Allemagne, la France et le Royaume-Uni ("les E3")"
        for slot in rule.actor[cut:]:
            if actor or collective:
                break
            if slot.kind == "parties":  # "It was agreed to continue contacts": both sides of the talk
                collective, fallback = True, True
            else:
                actor, _, fallback = self._fill(parse, match, (slot,), known, exclude=(), actor=True, group=group)
        if not actor and not collective:
            return None
        recipient, recipient_heads, complement = self._fill(parse, match, rule.recipient, known,
                                                            exclude=() if grouped else actor)
        if grouped and group is not None:
            # a group may act on one of its own ("les participants ont exprimé leur solidarité envers le Liban"):
            # the recipient leaves the actors, unless it is the whole group
            acting = group.acting_on({known.codes.get(r) for r in recipient}, known)
            if not acting:
                recipient, recipient_heads, complement = self._fill(parse, match, rule.recipient, known,
                                                                    exclude=actor)
            else:
                actor = list(acting)
        counterpart = not recipient and any(slot.kind == "counterpart" for slot in rule.recipient)
        if rule.requires_recipient and not recipient and not counterpart:
            return None
        return _Args(tuple(actor), tuple(recipient), (*actor_heads, *recipient_heads), collective, fallback,
                     complement, counterpart, rule.requires_recipient)

    @staticmethod
    def _voice(match: _Match, known: DocumentEntities, group: SpeakerGroup | None) -> tuple[str, ...]:
        """Who an impersonal statement speaks for: the issuer, or all the signatories of a joint statement.

        A rule that sets the issuer against the talk's other side (recipient ``counterpart``) keeps the issuer.
        """
        if group is None or not group.we or any(slot.kind == "counterpart" for slot in match.rule.recipient):
            return known.issuer
        return group.members

    @staticmethod
    def _subject_candidates(parse: Parse, match: _Match) -> list[Token]:
        """The subject, and a passive's subject when the rule takes it as the actor ("nous sommes préoccupés par")."""
        head = match.head
        out = list(subjects(parse, head))[:1]
        if not passive(parse, head):
            return out
        if not out:
            return list(objects(parse, head))[:1]
        if any(slot.kind in {"object", "issuer"} for slot in match.rule.actor):
            out.extend(t for t in objects(parse, head) if t.dep in PASSIVE_SUBJECT_DEPS)
        return out

    def _fill(
        self,
        parse: Parse,
        match: _Match,
        slots: Sequence[ArgumentSlot],
        known: DocumentEntities,
        exclude: Sequence[str],
        actor: bool = False,
        group: SpeakerGroup | None = None,
    ) -> tuple[list[str], list[Token], bool]:
        """The first slot naming entities (not ``exclude``): their ids, the phrase heads, whether a fallback."""
        for slot in slots:
            if slot.kind == "counterpart":  # filled once the document's talk is known
                continue
            if slot.kind == "issuer":
                ids = [i for i in self._voice(match, known, group) if i not in exclude]
                if ids:
                    return ids, [], True
                continue
            if slot.kind == "complement":
                # a guess from anywhere in the clause: never the actor's own side ("nos relations")
                skip = frozenset(t.i for t in subjects(parse, match.head))
                own = {known.codes.get(i) for i in exclude}
                ids = [i for i in known.named_in(clause(parse, match.head, skip))
                       if i not in exclude and known.codes.get(i) not in own]
                if ids:
                    return ids, [], True
                continue
            heads = list(_slot_heads(parse, match, slot))
            ids = [i for i in known.named_by(parse, heads) if i not in exclude]
            if actor and slot.kind in {"possessor", "owner"}:  # "the Madrid Summit": a place names no actor
                ids = [i for i in ids if i not in known.places]
            if ids:
                return ids, heads, False
        return [], [], False

    def _event(
        self,
        doc: Document,
        parse: Parse,
        match: _Match,
        args: _Args,
        known: DocumentEntities,
        dates: DocumentDates,
        cues: TenseCues,
    ) -> Event:
        rule, trigger, head = match.rule, match.trigger, match.head
        published = doc.published.isoformat() if doc.published is not None else None
        default: EventStatus
        if rule.speech_act:
            own = next((d for v in (head, *parse.ancestors(head.i)) if (d := dates.of_verb(v)) is not None), None)
            own = self._statement_date(parse, head, rule, own, published, cues)
            tense = None
            default = rule.status or "realized"
        elif rule.nominal:
            own = dates.of_noun(trigger) or dates.within(parse, phrase(parse, trigger))
            governor = _governing_verb(parse, trigger)
            tense = clause_tense(parse, governor, cues) if governor is not None else None
            if governor is not None and (trigger.dep in _SUBJECT_DEPS or _non_finite(parse, governor)):
                # the event noun is its clause's subject ("the summit will take place on June 23"), or a
                # complement of a clause with no tense of its own ("starting next week with the Dialogue")
                own = own or dates.of_verb(governor)
            else:
                tense = tense if tense in {"future", "conditional"} else None
            default = rule.status or "ongoing"
            if (own is not None and own.value is not None) or past_noun(parse, trigger, self.status_cues):
                default = rule.status or "realized"
        else:
            own = dates.of_verb(head)
            if own is None and head.i != trigger.i:  # "held a call on Monday"
                own = dates.of_noun(trigger) or dates.within(parse, phrase(parse, trigger))
            tense = clause_tense(parse, head, cues)
            own = self._statement_date(parse, head, rule, own, published, cues)
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
            date = EventDate(published, None, "published")  # "la France a pris connaissance de la démission"
        elif (not rule.nominal or rule.speech_act) and published is not None and (
                (status == "realized" and not self._recalled(parse, head, cues))
                or (status == "ongoing" and rule.type in self.status_cues.occasion_types)):
            date = EventDate(published, None, "published")
        else:
            date = EventDate(None, None, "none")
        confidence = rule.confidence * (_FALLBACK_ACTOR if args.fallback else 1.0)
        confidence *= _COMPLEMENT_RECIPIENT if args.complement else 1.0
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
        if own is None or own.value is None or len(own.value) != _DAY or rule.type in self.status_cues.durative_types:
            return own
        if calendar_order(own.value, published) >= 0 or clause_tense(parse, head, cues) != "present":
            return own
        return None if simple_present(parse, head) else own

    def _kind(self, rule: EventRule, head: Token, trigger: Token) -> str:
        """The type whose aspect the verb tells: the rule's, unless the trigger is a noun under another verb
        ("condamne les frappes"); a meeting under a verb of going or opening keeps it ("viens pour ce Conseil")."""
        return rule.type if head.i == trigger.i or rule.type in self.status_cues.occasion_types else ""

    def _recalled(self, parse: Parse, head: Token, cues: TenseCues) -> bool:
        """A past act told as a fact recalled ("as President Biden promised"): not dated by publication."""
        return clause_tense(parse, head, cues) == "past" and recalled(parse, head, self.status_cues)

    def _circumstances(
        self, parse: Parse, match: _Match, args: _Args, known: DocumentEntities
    ) -> tuple[tuple[str, ...], str | None]:
        """What the event concerns ("sur la Syrie") and where it takes place ("à Tunis")."""
        cues = self.participant_cues
        skip = frozenset(t.i for t in subjects(parse, match.head))
        inside = clause(parse, match.head, skip)
        taken = {*args.actor, *args.recipient}
        located = known.named_by(parse, _introduced(parse, inside, cues.location))
        location = next((i for i in located if i in known.places), None)
        concerned = known.named_by(parse, _introduced(parse, inside, cues.about))
        about = tuple(dict.fromkeys(i for i in concerned if i not in taken and i != location))
        return about, location


def _introduced(parse: Parse, tokens: Sequence[Token], preps: frozenset[str]) -> list[Token]:
    """The phrases among the tokens that one of the prepositions introduces."""
    out: list[Token] = []
    for tok in tokens:
        if preposition(parse, tok) in preps:
            out.append(prep_object(parse, tok))
    return out


def _match(parse: Parse, tok: Token, rule: EventRule, cues: StatusCues) -> _Match | None:
    """Whether a token triggers a rule: lemma, part of speech, reflexive, governing verb, required words."""
    if tok.pos not in rule.pos:
        return None
    if rule.reflexive and not any(c.feat("Reflex") == "Yes" or c.dep == "expl:comp" for c in parse.children(tok.i)):
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
        above = {w for a in parse.ancestors(tok.i)[:5] if a.sent == tok.sent for w in (a.lemma.lower(), a.text.lower())}
        if above & rule.excludes_above or (rule.requires_above and not above & rule.requires_above):
            return None
    if rule.requires or rule.excludes:
        near = {w for t in _near(parse, tok, head) for w in (t.lemma.lower(), t.text.lower())}
        if rule.requires and not near & rule.requires:
            return None
        if near & rule.excludes:
            return None
    return _Match(rule, tok, head)


def _near(parse: Parse, trigger: Token, head: Token) -> list[Token]:
    """The trigger's and its governor's dependents, three levels down."""
    out: list[Token] = []
    for root in {trigger.i: trigger, head.i: head}.values():
        level = list(parse.children(root.i))
        for _ in range(3):
            out.extend(level)
            level = [c for t in level for c in parse.children(t.i)]
    return out


def _non_finite(parse: Parse, verb: Token) -> bool:
    """A gerund, present participle or infinitive with no auxiliary: "starting", "to hold", "pour organiser"."""
    if verb.tag == "VBN" or (verb.feat("VerbForm") == "Part" and verb.feat("Tense") == "Past"):
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


def _slot_heads(parse: Parse, match: _Match, slot: ArgumentSlot) -> list[Token]:
    trigger, head = match.trigger, match.head
    if slot.kind == "subject":
        return [] if match.rule.nominal else list(subjects(parse, head))
    if slot.kind == "object":
        return [t for t in objects(parse, head) if t.i != trigger.i]
    if slot.kind == "possessor":
        return list(possessors(parse, trigger))
    if slot.kind == "owner":
        return list(owners(parse, trigger))
    out = list(prepositional(parse, trigger, slot.preps))
    if head.i != trigger.i:
        out.extend(prepositional(parse, head, slot.preps))
    elif match.rule.nominal and not out and trigger.head != trigger.i:
        # "lors de son entretien avec X": the parser often hangs "avec X" on the noun's head
        out.extend(prepositional(parse, parse.tokens[trigger.head], slot.preps))
    return out


def _just_before(date: EventDate, published: str | None, days: int = 3) -> bool:
    """A day given in the text, at most a few days before publication: the readout's own talk."""
    if date.basis != "timex" or published is None or date.value is None or len(date.value) != 10:
        return False
    try:
        gap = dt.date.fromisoformat(published) - dt.date.fromisoformat(date.value)
    except ValueError:
        return False
    return dt.timedelta(0) <= gap <= dt.timedelta(days=days)


def _fill_from_talk(found: Sequence[tuple[Event, _Args]], known: DocumentEntities,
                    published: str | None, group: SpeakerGroup | None = None, lead: int | None = None) -> list[Event]:
    """Fill arguments that refer to the document's talk (its first CONSULT between two sides or more).

    "Les deux présidents ont décidé ..." takes the talk's parties as actors; a statement made
    during it with no recipient of its own ("a souligné la nécessité de ...") takes the other
    party, when the rule allows it (slot ``counterpart``). Without a talk, "the parties" are the
    document's group of speakers, else the issuer.
    When the talk is dated in the text and told in the lead paragraph (the text up to ``lead``), the
    parties' realized acts dated by publication take its date: a talk recalled further down ("à la suite
    de laquelle la France a réuni hier ...") is background, not the occasion of the document.
    """
    talk = next((e for e, a in found if e.type == "CONSULT" and not a.collective
                 and len({known.codes.get(i) for i in (*e.actor, *e.recipient)}) > 1), None)
    parties = tuple(dict.fromkeys((*talk.actor, *talk.recipient))) if talk is not None else ()
    party_codes = {known.codes.get(i) for i in parties}
    # A readout published after the talk: what its parties said and did then happened on the talk's day.
    told_first = talk is not None and (lead is None or talk.trigger.start < lead)
    talk_day = talk.date if talk is not None and told_first and talk.status == "realized" \
        and _just_before(talk.date, published) else None
    out: list[Event] = []
    for event, args in found:
        if (talk_day is not None and event.date.basis == "published" and event.status == "realized"
                and {known.codes.get(i) for i in event.actor} <= party_codes):
            event = replace(event, date=EventDate(talk_day.value, talk_day.timex, "timex"))
        if args.collective:
            # no talk: the document's group of speakers, else a joint statement's "the parties" are the issuer
            sides = parties or (group.members if group is not None else ()) or known.issuer
            if not sides:
                continue
            event = replace(event, actor=sides, recipient=tuple(r for r in event.recipient if r not in sides))
        elif args.counterpart:
            mine = {known.codes.get(i) for i in event.actor}
            other = tuple(i for i in parties if known.codes.get(i) not in mine)
            if other and mine & {known.codes.get(i) for i in parties}:
                event = replace(event, recipient=other, confidence=round(event.confidence * _COMPLEMENT_RECIPIENT, 3))
            elif args.needs_recipient:
                continue
        out.append(event)
    return out


def _mode(parse: Parse, match: _Match) -> str | None:
    near = {w for t in (match.trigger, *_near(parse, match.trigger, match.head)) for w in (t.lemma.lower(),
                                                                                           t.text.lower())}
    return next((m for m, words in match.rule.modes if near & words), None)


def _trigger_span(parse: Parse, match: _Match) -> tuple[int, int]:
    """The trigger with its reflexive pronoun and auxiliaries ("s'est entretenu"), from its governor if any."""
    trigger, head = match.trigger, match.head
    group = [head, trigger, *(c for c in parse.children(head.i)
                              if c.dep.startswith("aux") or (match.rule.reflexive and c.feat("Reflex") == "Yes"))]
    group = [t for t in group if t.i <= max(trigger.i, head.i)]
    return min(t.start for t in group), max(trigger.end, head.end)


def _evidence(parse: Parse, match: _Match, heads: Sequence[Token], trigger: tuple[int, int]) -> tuple[int, int]:
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
