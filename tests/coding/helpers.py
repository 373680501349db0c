"""Coding test sentences with rules written in the test itself: build a coder, read its arguments."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from communique import SourceInput
from communique.coding import EventCoder
from communique.coding.participants import ParticipantCues
from communique.coding.rules import _load_file
from communique.coding.status import StatusCues
from communique.ontology import load_ontology


def one_verb_rule(event_type: str, rule_id: str, verb: str, recipient: str, confidence: float,
                  actor: str = "subject") -> str:
    """The YAML of a rule file with one rule: a verb, the actor and recipient slots given (the subject acts)."""
    return f"""
type: {event_type}
rules:
  - id: {rule_id}
    trigger: {{lemmas: [{verb}], pos: [VERB]}}
    actor: [{actor}]
    recipient: [{recipient}]
    confidence: {confidence}
"""


# A request whose addressee is the verb's object, in each language ("exhorte X à", "urged X to"): the
# smallest rule for tests about who acts and who is addressed.
REQUEST_BY_OBJECT = {lang: one_verb_rule("REQUEST", f"{lang}.t.ask", verb, "object", 0.8)
                     for lang, verb in (("fr", "exhorter"), ("en", "urge"))}

# A talk whose counterpart follows "avec" / "with" ("s'est entretenu avec X", "spoke with X"): the smallest rule
# for tests that need the document's talk.
TALK_WITH = {lang: one_verb_rule("CONSULT", f"{lang}.t.talk", verb, f"{{preps: [{prep}]}}", 0.9)
             for lang, verb, prep in (("fr", "entretenir", "avec"), ("en", "speak", "with"))}


def coder_from_yaml(tmp_path: Path, lang: str, *files: str, **participant_cues: Any) -> EventCoder:
    """A coder for ``lang`` with the rules of the YAML texts given (one PLOVER type each) and the
    language's cues, some participant cues replaced by ``participant_cues``."""
    rules = []
    for n, text in enumerate(files):
        path = tmp_path / f"{lang}-{n}.yaml"
        path.write_text(text, encoding="utf-8")
        rules.extend(_load_file(path, load_ontology()))
    participants = dataclasses.replace(ParticipantCues.for_language(lang), **participant_cues)
    return EventCoder(lang, tuple(rules), StatusCues.for_language(lang), participants)


def arguments_of(pipeline: Any, coder: EventCoder, text: str, *, lang: str, issuer: str = "FRA",
                 published: dt.date = dt.date(2021, 3, 1)) -> list[tuple[list[str], list[str]]]:
    """The actor and recipient codes of every event ``coder`` codes in ``text``, in order."""
    source = SourceInput(text=text, id="t", language=lang, issuer=issuer, published=published,
                         published_from="given")
    result = pipeline.extract(source)
    stages = pipeline.stages(lang)
    parse = stages.parser.parse(result.doc.text)
    events = coder.code(result.doc, parse, result.entities, result.timexes, stages.cues)
    codes = {e.id: e.code for e in result.entities if e.code}
    return [(sorted({codes[i] for i in e.actor}), sorted({codes[i] for i in e.recipient})) for e in events]


def shipped_sides(pipeline: Any, text: str, lang: str, issuer: str,
                  event_type: str | None = None) -> list[tuple[str, list[str], list[str]]]:
    """Each event the packaged rules code in ``text`` (of ``event_type`` if given): its type and the codes of its
    actor and recipient, in order; published on 2022-03-01."""
    source = SourceInput(text=text, id="t", language=lang, issuer=issuer, published=dt.date(2022, 3, 1),
                         published_from="given")
    result = pipeline.extract(source)
    codes = {e.id: e.code for e in result.entities if e.code}
    return [(e.type, sorted({codes[i] for i in e.actor}), sorted({codes[i] for i in e.recipient}))
            for e in result.events if event_type in {None, e.type}]
