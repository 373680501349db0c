"""Which date an event takes: time expressions of noun complements, of describing clauses, and the talk's day.

Sentences written here in the style of official readouts; rules written here so that the shipped
rules can change freely.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from communique import SourceInput
from communique.coding import EventCoder
from communique.coding.participants import ParticipantCues
from communique.coding.rules import _load_file
from communique.coding.status import StatusCues
from communique.ontology import load_ontology
from communique.records import Event

pytestmark = pytest.mark.slow

RULES = {
    "fr": """
type: SUPPORT
rules:
  - id: fr.t.remercier
    trigger: {lemmas: [remercier], pos: [VERB]}
    actor: [subject, issuer]
    recipient: [object]
    confidence: 0.9
---
type: CONSULT
rules:
  - id: fr.t.entretenir
    trigger: {lemmas: [entretenir], pos: [VERB], reflexive: true}
    actor: [subject]
    recipient: [{preps: [avec]}]
    confidence: 0.9
---
type: PROTEST
defaults: {context_places: true}
rules:
  - id: fr.t.manifestation
    trigger: {lemmas: [manifestation], pos: [NOUN]}
    actor: [possessor, complement]
    confidence: 0.6
""",
    "en": """
type: CONSULT
rules:
  - id: en.t.summit
    trigger: {lemmas: [summit], pos: [NOUN]}
    actor: [possessor, complement]
    confidence: 0.6
""",
}


def _events(pipeline: Any, tmp_path: Path, lang: str, text: str, published: str, issuer: str = "FRA"
            ) -> dict[str, Event]:
    ontology = load_ontology()
    rules = []
    for n, body in enumerate(RULES[lang].split("\n---\n")):
        path = tmp_path / f"{lang}{n}.yaml"
        path.write_text(body, encoding="utf-8")
        rules.extend(_load_file(path, ontology))
    coder = EventCoder(lang, tuple(rules), StatusCues.for_language(lang), ParticipantCues.for_language(lang))
    source = SourceInput(text=text, id="t", language=lang, issuer=issuer, published=dt.date.fromisoformat(published),
                         published_from="given")
    result = pipeline.extract(source)
    stages = pipeline.stages(lang)
    events = coder.code(result.doc, stages.parser.parse(result.doc.text), result.entities, result.timexes,
                        stages.cues)
    out: dict[str, Event] = {}
    for event in events:
        out.setdefault(event.rule, event)
    return out


def test_a_date_completing_a_noun_does_not_date_the_clause(pipeline: Any, tmp_path: Path) -> None:
    text = ("Dans l'esprit de la déclaration des présidents du 1er octobre, le président de la République a "
            "remercié l'Italie.")
    thanks = _events(pipeline, tmp_path, "fr", text, "2020-10-02")["fr.t.remercier"]
    assert thanks.date.value == "2020-10-02" and thanks.date.basis == "published"
    # nor does one nested two nouns deep in the clause's complements
    text = ("Le président de la République a remercié l'Italie pour sa contribution à l'évacuation des deux "
            "journalistes blessés hier dans le Haut-Karabakh.")
    thanks = _events(pipeline, tmp_path, "fr", text, "2020-10-02")["fr.t.remercier"]
    assert thanks.date.value == "2020-10-02" and thanks.date.basis == "published"
    # The same date as the clause's own complement still dates it.
    text = "Le 1er octobre, le président de la République a remercié l'Italie."
    assert _events(pipeline, tmp_path, "fr", text, "2020-10-02")["fr.t.remercier"].date.value == "2020-10-01"


def test_a_clause_describing_an_event_noun_dates_it(pipeline: Any, tmp_path: Path) -> None:
    text = "Le président de la République suit avec attention la manifestation qui a commencé hier à Minsk."
    protest = _events(pipeline, tmp_path, "fr", text, "2020-08-18")["fr.t.manifestation"]
    assert protest.date.value == "2020-08-17" and protest.status == "ongoing"  # begun, not over
    text = "President Biden looks forward to the summit to be hosted by Germany on June 26."
    summit = _events(pipeline, tmp_path, "en", text, "2022-06-01", issuer="USA")["en.t.summit"]
    assert summit.date.value == "2022-06-26" and summit.status == "planned"


def test_only_the_talk_of_the_lead_paragraph_dates_what_its_parties_did(pipeline: Any, tmp_path: Path) -> None:
    lead = "Le président de la République s'est entretenu hier avec le chancelier allemand. Il a remercié l'Italie."
    thanks = _events(pipeline, tmp_path, "fr", lead, "2020-10-02")["fr.t.remercier"]
    assert thanks.date.value == "2020-10-01"
    later = ("La France a remercié l'Italie pour son soutien.\n\nAu-delà de l'urgence, le président de la "
             "République s'est entretenu hier avec le chancelier allemand.")
    thanks = _events(pipeline, tmp_path, "fr", later, "2020-10-02")["fr.t.remercier"]
    assert thanks.date.value == "2020-10-02" and thanks.date.basis == "published"
