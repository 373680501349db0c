"""Event status and date from tense, aspect, verb class and cue words, with rules written here."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from communique import SourceInput
from communique.coding import EventCoder
from communique.coding.participants import ParticipantCues
from communique.coding.rules import _load_file
from communique.coding.status import StatusCues, calendar_order
from communique.ontology import load_ontology
from communique.records import Event

RULES = {
    "en": """
type: AID
rules:
  - id: en.s.provide
    trigger: {lemmas: [provide, deliver], pos: [VERB]}
    actor: [subject]
    recipient: [{preps: [to]}]
    confidence: 0.9
---
type: SANCTION
rules:
  - id: en.s.expel
    trigger: {lemmas: [expel], pos: [VERB]}
    actor: [subject]
    recipient: [object]
    confidence: 0.9
---
type: CONSULT
rules:
  - id: en.s.meet
    trigger: {lemmas: [meet], pos: [VERB]}
    actor: [subject]
    recipient: [object]
    confidence: 0.9
  - id: en.s.open-summit
    trigger: {lemmas: [summit], pos: [NOUN], governors: [begin, open]}
    actor: [subject]
    recipient: []
    confidence: 0.8
  - id: en.s.visit-noun
    trigger: {lemmas: [visit, talk], pos: [NOUN]}
    actor: [possessor, issuer]
    recipient: [{preps: [to, with]}]
    confidence: 0.6
---
type: COOPERATE
rules:
  - id: en.s.coordination
    trigger: {lemmas: [coordination], pos: [NOUN]}
    actor: [issuer]
    recipient: [{preps: [with]}]
    confidence: 0.6
---
type: ASSAULT
rules:
  - id: en.s.aggression
    trigger: {lemmas: [aggression], pos: [NOUN]}
    actor: [{preps: [of]}]
    recipient: [{preps: [against]}]
    confidence: 0.6
""",
    "fr": """
type: COOPERATE
rules:
  - id: fr.s.coordination
    trigger: {lemmas: [coordination], pos: [NOUN]}
    actor: [issuer]
    recipient: [{preps: [avec]}]
    confidence: 0.6
---
type: AID
rules:
  - id: fr.s.fournir
    trigger: {lemmas: [fournir, livrer], pos: [VERB]}
    actor: [subject]
    recipient: [{preps: [à]}]
    confidence: 0.9
---
type: ACCUSE
rules:
  - id: fr.s.condamner
    trigger: {lemmas: [condamner], pos: [VERB]}
    actor: [subject]
    recipient: [object, complement]
    confidence: 0.9
---
type: RETREAT
rules:
  - id: fr.s.demission
    trigger: {lemmas: [démission], pos: [NOUN]}
    actor: [{preps: [de]}]
    recipient: []
    status: realized
    confidence: 0.6
---
type: CONSULT
rules:
  - id: fr.s.visite
    trigger: {lemmas: [visite, entretien], pos: [NOUN]}
    actor: [possessor, issuer]
    recipient: [{preps: [à, en, avec]}]
    confidence: 0.6
""",
}
PUBLISHED = {"en": "2022-03-01", "fr": "2020-10-01"}
ISSUER = {"en": "USA", "fr": "FRA"}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def coders(tmp_path_factory: pytest.TempPathFactory) -> dict[str, EventCoder]:
    ontology = load_ontology()
    out: dict[str, EventCoder] = {}
    for lang, text in RULES.items():
        rules = []
        for n, body in enumerate(text.split("---\n")):
            path = tmp_path_factory.mktemp(lang) / f"r{n}.yaml"
            path.write_text(body, encoding="utf-8")
            rules.extend(_load_file(path, ontology))
        out[lang] = EventCoder(lang, tuple(rules), StatusCues.for_language(lang), ParticipantCues.for_language(lang))
    return out


def _events(pipeline: Any, coder: EventCoder, text: str, rule: str) -> list[Event]:
    lang = coder.language
    source = SourceInput(text=text, id="t", language=lang, issuer=ISSUER[lang],
                         published=dt.date.fromisoformat(PUBLISHED[lang]), published_from="given")
    result = pipeline.extract(source)
    stages = pipeline.stages(lang)
    parse = stages.parser.parse(result.doc.text)
    events = coder.code(result.doc, parse, result.entities, result.timexes, stages.cues)
    return [e for e in events if e.rule == rule]


def _status_date(pipeline: Any, coder: EventCoder, text: str, rule: str) -> tuple[str, str | None]:
    events = _events(pipeline, coder, text, rule)
    assert len(events) == 1, (text, events)
    return events[0].status, events[0].date.value


def test_a_material_act_in_the_present_goes_on_and_takes_no_date(pipeline: Any, coders: dict[str, EventCoder]
                                                                  ) -> None:
    en, fr = coders["en"], coders["fr"]
    assert _status_date(pipeline, en, "Germany provides medical supplies to Ukraine.", "en.s.provide") == (
        "ongoing", None)
    assert _status_date(pipeline, en, "Germany is delivering medical supplies to Ukraine.", "en.s.provide") == (
        "ongoing", None)
    assert _status_date(pipeline, en, "Medical supplies are being delivered to Ukraine by Germany.",
                        "en.s.provide") == ("ongoing", None)
    assert _status_date(pipeline, en, "Germany provided medical supplies to Ukraine.", "en.s.provide") == (
        "realized", "2022-03-01")
    assert _status_date(pipeline, en, "Germany has provided medical supplies to Ukraine.", "en.s.provide") == (
        "realized", "2022-03-01")
    assert _status_date(pipeline, fr, "Les Etats-Unis fournissent des armes à l'Ukraine.", "fr.s.fournir") == (
        "ongoing", None)


def test_a_statement_or_a_sanction_in_the_present_is_made(pipeline: Any, coders: dict[str, EventCoder]) -> None:
    assert _status_date(pipeline, coders["fr"], "L'Espagne condamne le Venezuela.", "fr.s.condamner") == (
        "realized", "2020-10-01")
    assert _status_date(pipeline, coders["en"], "Poland expels Russian diplomats.", "en.s.expel") == (
        "realized", "2022-03-01")


def test_a_meeting_told_in_the_present_is_under_way_on_the_day_of_the_text(
    pipeline: Any, coders: dict[str, EventCoder]
) -> None:
    assert _status_date(pipeline, coders["en"], "Joe Biden meets Olaf Scholz in Berlin.", "en.s.meet") == (
        "ongoing", "2022-03-01")


def test_a_meeting_noun_under_a_verb_in_the_present_is_under_way(pipeline: Any, coders: dict[str, EventCoder]
                                                                 ) -> None:
    text = "As NATO allies begin the Vilnius summit, Joe Biden meets Olaf Scholz."
    assert _status_date(pipeline, coders["en"], text, "en.s.open-summit") == ("ongoing", "2022-03-01")


def test_a_recalled_past_act_takes_no_publication_date(pipeline: Any, coders: dict[str, EventCoder]) -> None:
    en = coders["en"]
    assert _status_date(pipeline, en, "Poland has already expelled Russian diplomats.", "en.s.expel") == (
        "realized", None)
    assert _status_date(pipeline, en, "As Poland expelled Russian diplomats, Lithuania did the same.",
                        "en.s.expel") == ("realized", None)
    assert _status_date(pipeline, en, "Poland expelled Russian diplomats.", "en.s.expel") == (
        "realized", "2022-03-01")


def test_an_event_noun_marked_as_past_is_realized(pipeline: Any, coders: dict[str, EventCoder]) -> None:
    en, fr = coders["en"], coders["fr"]
    assert _status_date(pipeline, en, "Joe Biden praised the recent visit to Kyiv.", "en.s.visit-noun") == (
        "realized", None)
    assert _status_date(pipeline, en, "Joe Biden praised the visit to Kyiv.", "en.s.visit-noun") == (
        "ongoing", None)
    assert _status_date(pipeline, fr, "Emmanuel Macron a salué les résultats de la visite à Kiev.",
                        "fr.s.visite") == ("realized", None)


def test_an_event_noun_under_a_tenseless_verb_takes_its_date(pipeline: Any, coders: dict[str, EventCoder]) -> None:
    text = "Joe Biden expressed support for diplomacy, starting next month with talks with Russia."
    assert _status_date(pipeline, coders["en"], text, "en.s.visit-noun") == ("planned", "2022-04")
    text = "Joe Biden backed the proposal to hold talks with Russia in the coming days."
    assert _status_date(pipeline, coders["en"], text, "en.s.visit-noun") == ("planned", "FUTURE_REF")


def test_a_participle_after_the_comma_dates_the_noun_before_it(pipeline: Any, coders: dict[str, EventCoder]) -> None:
    text = "The parties condemn the aggression of Russia against Georgia, launched in 2008, and its threats."
    assert _status_date(pipeline, coders["en"], text, "en.s.aggression") == ("ongoing", "2008")


def test_calendar_order_compares_weeks_with_the_publication_day() -> None:
    assert calendar_order("2022-W01", "2021-12-30") == 1
    assert calendar_order("2021-W52", "2021-12-30") == 0
    assert calendar_order("2021-W40", "2021-12-30") == -1
    assert calendar_order("2021-12", "2021-12-30") == 0
    assert calendar_order("FUTURE_REF", "2021-12-30") == 1
    assert calendar_order("PAST_REF", "2021-12-30") == -1


def test_a_past_day_in_a_statement_made_in_the_present_dates_what_it_is_about(
    pipeline: Any, coders: dict[str, EventCoder]
) -> None:
    fr = coders["fr"]
    text = "L'Espagne condamne l'attaque du Venezuela contre la Colombie le 28 septembre."
    assert _status_date(pipeline, fr, text, "fr.s.condamner") == ("realized", "2020-10-01")
    text = "L'Espagne a condamné le Venezuela le 28 septembre."
    assert _status_date(pipeline, fr, text, "fr.s.condamner") == ("realized", "2020-09-28")


def test_an_event_noun_whose_relative_clause_doubts_it_is_hypothetical(pipeline: Any, coders: dict[str, EventCoder]
                                                                       ) -> None:
    text = "The parties condemn the aggression of Russia against Georgia that reportedly began in May."
    status, _ = _status_date(pipeline, coders["en"], text, "en.s.aggression")
    assert status == "hypothetical"


def test_the_news_learnt_of_and_a_statement_made_now_take_the_publication_date(
    pipeline: Any, coders: dict[str, EventCoder]
) -> None:
    fr = coders["fr"]
    text = "L'Espagne a pris connaissance de la démission du gouvernement italien."
    assert _status_date(pipeline, fr, text, "fr.s.demission") == ("realized", "2020-10-01")
    text = "L'Espagne a évoqué la démission du gouvernement italien."
    assert _status_date(pipeline, fr, text, "fr.s.demission") == ("realized", None)
    text = "L'Espagne condamne désormais le Venezuela."
    assert _status_date(pipeline, fr, text, "fr.s.condamner") == ("realized", "2020-10-01")


def test_a_material_act_in_the_imperfect_was_going_on(pipeline: Any, coders: dict[str, EventCoder]) -> None:
    fr = coders["fr"]
    assert _status_date(pipeline, fr, "Les Etats-Unis fournissaient des armes à l'Ukraine.", "fr.s.fournir")[0] == (
        "ongoing")
    assert _status_date(pipeline, fr, "Les Etats-Unis avaient fourni des armes à l'Ukraine.", "fr.s.fournir")[0] == (
        "realized")
    assert _status_date(pipeline, fr, "Les Etats-Unis ont fourni des armes à l'Ukraine.", "fr.s.fournir")[0] == (
        "realized")


def test_a_bare_event_noun_in_an_adverbial_shares_the_date_of_its_verb(pipeline: Any, coders: dict[str, EventCoder]
                                                                       ) -> None:
    fr, en = coders["fr"], coders["en"]
    text = "Aujourd'hui, la France a renforcé son aide au Liban, en étroite coordination avec l'Allemagne."
    assert _status_date(pipeline, fr, text, "fr.s.coordination") == ("realized", "2020-10-01")
    text = "Today, the United States delivered medical supplies to Ukraine, in coordination with France."
    assert _status_date(pipeline, en, text, "en.s.coordination") == ("realized", "2022-03-01")
    text = "Aujourd'hui, la France a salué la coordination avec l'Allemagne."  # an object, not a manner
    assert _status_date(pipeline, fr, text, "fr.s.coordination") == ("ongoing", None)


def test_a_past_marker_coordinated_with_the_noun_above_the_event_counts(pipeline: Any, coders: dict[str, EventCoder]
                                                                         ) -> None:
    en = coders["en"]
    text = "Joe Biden discussed the course and results of the talks with Russia."
    assert _status_date(pipeline, en, text, "en.s.visit-noun")[0] == "realized"
    text = "Joe Biden discussed the course and scope of the talks with Russia."
    assert _status_date(pipeline, en, text, "en.s.visit-noun")[0] == "ongoing"


def test_a_pronominal_modal_is_a_stance_not_a_possibility(pipeline: Any, coders: dict[str, EventCoder]) -> None:
    # "doit" leaves the act undone; "se doit de" (what one owes oneself) states what the speaker stands by
    fr = coders["fr"]
    assert _status_date(pipeline, fr, "La Russie doit fournir des garanties à l'Ukraine.", "fr.s.fournir")[0] == (
        "hypothetical")
    assert _status_date(pipeline, fr, "La France se doit de fournir des vivres au Liban.", "fr.s.fournir")[0] != (
        "hypothetical")
