"""The event coder: rules matched on the parse, arguments linked to entities, date and status attached."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from communique.clause import TenseCues, clause_tense, governing_verb
from communique.coding.frames import arguments, phrase
from communique.coding.rules import EventRule, load_rules
from communique.coding.status import StatusCues, decide_status
from communique.ontology import Ontology
from communique.parsed import Parse, Token
from communique.records import Document, Entity, Event, EventDate, Span, Timex


@dataclass
class EventCoder:
    """Codes one language's events with its rules."""

    language: str
    rules: tuple[EventRule, ...]
    status_cues: StatusCues

    @classmethod
    def for_language(cls, code: str, ontology: Ontology) -> EventCoder:
        """The language's rules (``data/lang/<code>/coding/``) and status cues (``cues.yaml``)."""
        return cls(language=code, rules=load_rules(code, ontology), status_cues=StatusCues.for_language(code))

    def code(
        self,
        doc: Document,
        parse: Parse,
        entities: Sequence[Entity],
        timexes: Sequence[Timex],
        cues: TenseCues,
    ) -> list[Event]:
        """Every event the rules find, in text order, with ids V1, V2, ..."""
        by_token = _entities_by_token(parse, entities)
        dates = _dates_by_verb(parse, timexes)
        found: list[Event] = []
        for tok in parse.tokens:
            for rule in self.rules:
                if not _triggers(parse, tok, rule):
                    continue
                event = self._event(doc, parse, tok, rule, by_token, dates, cues, len(found) + 1)
                if event is not None:
                    found.append(event)
        return found

    def _event(
        self,
        doc: Document,
        parse: Parse,
        trigger: Token,
        rule: EventRule,
        by_token: dict[int, list[str]],
        dates: dict[int, EventDate],
        cues: TenseCues,
        number: int,
    ) -> Event | None:
        actor_heads = [h for slot in rule.actor for h in arguments(parse, trigger, slot)]
        recipient_heads = [h for slot in rule.recipient for h in arguments(parse, trigger, slot)]
        actor = _linked(parse, actor_heads, by_token)
        recipient = [e for e in _linked(parse, recipient_heads, by_token) if e not in actor]
        if not actor or (rule.requires_recipient and not recipient):
            return None
        tense = clause_tense(parse, trigger, cues)
        status = decide_status(parse, trigger, tense, self.status_cues)
        if trigger.i in dates:
            date = dates[trigger.i]
        elif status in {"realized", "ongoing"} and doc.published is not None:
            date = EventDate(doc.published.isoformat(), None, "published")
        else:
            date = EventDate(None, None, "none")
        mode = next((m for m, words in rule.modes if _clause_has(parse, trigger, words)), None)
        sentence = parse.sentence_of(trigger)
        span_tokens = [trigger, *(t for h in actor_heads for t in phrase(parse, h)),
                       *(t for h in recipient_heads for t in phrase(parse, h))]
        start = max(sentence.start, min(t.start for t in span_tokens))
        end = min(sentence.end, max(t.end for t in span_tokens))
        trigger_span = _trigger_span(parse, trigger, rule)
        return Event(
            id=f"V{number}",
            type=rule.type,
            mode=mode,
            contexts=(),
            actor=tuple(actor),
            recipient=tuple(recipient),
            about=(),
            location=None,
            date=date,
            status=status,
            trigger=Span(trigger_span[0], trigger_span[1], doc.text[trigger_span[0] : trigger_span[1]]),
            evidence=Span(start, end, doc.text[start:end]),
            rule=rule.id,
            confidence=rule.confidence,
        )


def _dates_by_verb(parse: Parse, timexes: Sequence[Timex]) -> dict[int, EventDate]:
    """For each verb that governs a calendar time expression, the first such date (found once per document)."""
    out: dict[int, EventDate] = {}
    for t in timexes:
        value = _calendar_value(t)
        verb = governing_verb(parse, t.start, t.end) if value is not None else None
        if verb is not None and verb.i not in out:
            out[verb.i] = EventDate(value, t.id, "timex")
    return out


def _calendar_value(timex: Timex) -> str | None:
    """The calendar date a time expression gives an event ("ce matin" -> the day), or None."""
    if timex.type not in {"DATE", "TIME"} or not timex.value[:1].isdigit():
        return None
    return timex.value.split("T", 1)[0]


def _triggers(parse: Parse, tok: Token, rule: EventRule) -> bool:
    if tok.lemma.lower() not in rule.lemmas or tok.pos not in rule.pos:
        return False
    return not rule.reflexive or any(c.feat("Reflex") == "Yes" for c in parse.children(tok.i))


def _trigger_span(parse: Parse, trigger: Token, rule: EventRule) -> tuple[int, int]:
    """The trigger with its reflexive pronoun and auxiliaries ("s'est entretenu")."""
    group = [trigger, *(c for c in parse.children(trigger.i)
                        if c.dep.startswith("aux") or (rule.reflexive and c.feat("Reflex") == "Yes"))]
    group = [t for t in group if t.i <= trigger.i]
    return min(t.start for t in group), trigger.end


def _entities_by_token(parse: Parse, entities: Sequence[Entity]) -> dict[int, list[str]]:
    """For each token, the entities one of whose mentions covers it."""
    out: dict[int, list[str]] = {}
    for e in entities:
        if e.code is None:
            continue
        for m in e.mentions:
            for tok in parse.tokens_in(m.start, m.end):
                bucket = out.setdefault(tok.i, [])
                if e.id not in bucket:
                    bucket.append(e.id)
    return out


def _linked(parse: Parse, heads: Sequence[Token], by_token: dict[int, list[str]]) -> list[str]:
    """The entities named by argument phrases: at the head if a mention covers it, else in its phrase."""
    out: list[str] = []
    for head in heads:
        ids = by_token.get(head.i)
        if not ids:
            ids = next((by_token[t.i] for t in phrase(parse, head) if t.i in by_token), [])
        for entity_id in ids:
            if entity_id not in out:
                out.append(entity_id)
    return out


def _clause_has(parse: Parse, trigger: Token, words: frozenset[str]) -> bool:
    """Whether the trigger's clause (its dependents, two levels down) contains one of the words."""
    level = list(parse.children(trigger.i))
    for _ in range(2):
        if any(t.lemma.lower() in words or t.text.lower() in words for t in level):
            return True
        level = [c for t in level for c in parse.children(t.i)]
    return False
