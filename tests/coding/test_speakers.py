"""Joint speakers and meeting participants: who "nous"/"we", "les E3" and "les participants" stand for.

Real sentences from official texts that are not in the dev gold (the U.S.-Russia joint statement of
16 June 2021, the French-German statement of 13 November 2020, the readout of the call with
transatlantic leaders of 11 February 2022), and sentences written here in their style. The rules
are written here so that the shipped rules can change freely.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from communique import SourceInput
from communique.coding import EventCoder
from communique.coding.participants import DocumentEntities, ParticipantCues
from communique.coding.rules import _load_file
from communique.coding.speakers import SpeakerGroup, find_speaker_group
from communique.coding.status import StatusCues
from communique.ontology import load_ontology
from communique.records import Event

pytestmark = pytest.mark.slow

RULES = {
    "fr": """
type: REQUEST
rules:
  - id: fr.t.inviter
    trigger: {lemmas: [inviter, demander], pos: [VERB]}
    actor: [subject, issuer]
    recipient: [object, {preps: [à]}]
    confidence: 0.8
  - id: fr.t.indispensable
    trigger: {lemmas: [indispensable], pos: [ADJ]}
    actor: [issuer]
    recipient: [complement]
    confidence: 0.6
---
type: SUPPORT
rules:
  - id: fr.t.remercier
    trigger: {lemmas: [remercier], pos: [VERB]}
    actor: [subject, issuer]
    recipient: [object]
    confidence: 0.9
  - id: fr.t.solidarite
    trigger: {lemmas: [solidarité], pos: [NOUN], governors: [exprimer]}
    actor: [subject, issuer]
    recipient: [{preps: [envers, avec]}]
    confidence: 0.8
---
type: AGREE
rules:
  - id: fr.t.determine
    trigger: {lemmas: [déterminer, déterminé], pos: [VERB, ADJ], requires: [à]}
    actor: [subject, object]
    confidence: 0.75
---
type: ACCUSE
rules:
  - id: fr.t.preoccupe
    trigger: {lemmas: [préoccuper], pos: [VERB, ADJ]}
    actor: [object]
    recipient: [{preps: [par]}]
    confidence: 0.75
""",
    "en": """
type: AGREE
rules:
  - id: en.t.reaffirm
    trigger: {lemmas: [reaffirm], pos: [VERB]}
    actor: [subject, issuer]
    confidence: 0.8
---
type: REQUEST
rules:
  - id: en.t.urge
    trigger: {lemmas: [urge], pos: [VERB]}
    actor: [subject, issuer]
    recipient: [object]
    confidence: 0.8
---
type: ACCUSE
rules:
  - id: en.t.concern
    trigger: {lemmas: [concern], pos: [NOUN], governors: [express]}
    actor: [subject, issuer]
    recipient: [{preps: [about]}]
    confidence: 0.8
  - id: en.t.weaponization
    trigger: {lemmas: [weaponization], pos: [NOUN]}
    actor: [issuer]
    recipient: [owner]
    speech_act: true
    confidence: 0.6
---
type: SUPPORT
rules:
  - id: en.t.thank
    trigger: {lemmas: [thank], pos: [VERB]}
    actor: [subject, issuer]
    recipient: [object]
    confidence: 0.9
---
type: CONSULT
rules:
  - id: en.t.speak
    trigger: {lemmas: [speak], pos: [VERB]}
    actor: [subject]
    recipient: [{preps: [with]}]
    confidence: 0.9
""",
}

# The U.S.-Russia Presidential Joint Statement on Strategic Stability, 16 June 2021 (whitehouse.gov).
JOINT_STATEMENT = (
    "We, President of the United States of America Joseph R. Biden and President of the Russian Federation "
    "Vladimir Putin, note the United States and Russia have demonstrated that, even in periods of tension, they "
    "are able to make progress on our shared goals of ensuring predictability in the strategic sphere, reducing "
    "the risk of armed conflicts and the threat of nuclear war. The recent extension of the New START Treaty "
    "exemplifies our commitment to nuclear arms control. Today, we reaffirm the principle that a nuclear war "
    "cannot be won and must never be fought."
)
# Joint statement of the French and German foreign ministries, 13 November 2020 (diplomatie.gouv.fr).
FRANCO_GERMAN = (
    "La France et l'Allemagne se félicitent de l'établissement de deux nouveaux points de passage sur la ligne de "
    "contact, portant ainsi à sept le nombre de points de passage sur une longueur totale d'environ 450 kilomètres. "
    "Nous invitons la Russie et les séparatistes à rouvrir sans délai tous les points de passage existants sur la "
    "ligne de contact dans la région de Donetsk."
)
# Readout of President Biden's video call with transatlantic leaders, 11 February 2022 (whitehouse.gov).
TRANSATLANTIC_CALL = (
    "President Joseph R. Biden, Jr. held a secure video call with transatlantic leaders today. The leaders "
    "expressed their concern about Russia's continued build-up of military forces around Ukraine. Participants in "
    "the call included Prime Minister Justin Trudeau of Canada, European Commission President Ursula von der Leyen, "
    "President Emmanuel Macron of France, Chancellor Olaf Scholz of Germany, and Prime Minister Boris Johnson of "
    "the United Kingdom."
)


def _coder(tmp_path: Path, lang: str) -> EventCoder:
    ontology = load_ontology()
    rules = []
    for n, body in enumerate(RULES[lang].split("\n---\n")):
        path = tmp_path / f"{lang}{n}.yaml"
        path.write_text(body, encoding="utf-8")
        rules.extend(_load_file(path, ontology))
    return EventCoder(lang, tuple(rules), StatusCues.for_language(lang), ParticipantCues.for_language(lang))


def _source(lang: str, text: str, issuer: str, published: str) -> SourceInput:
    return SourceInput(text=text, id="t", language=lang, issuer=issuer, published=dt.date.fromisoformat(published),
                       published_from="given")


def _code(pipeline: Any, tmp_path: Path, lang: str, text: str, issuer: str = "FRA", published: str = "2020-11-13"
          ) -> dict[str, tuple[list[str], list[str]]]:
    """Each rule's first event: its actor and recipient codes."""
    coder = _coder(tmp_path, lang)
    result = pipeline.extract(_source(lang, text, issuer, published))
    stages = pipeline.stages(lang)
    parse = stages.parser.parse(result.doc.text)
    events = coder.code(result.doc, parse, result.entities, result.timexes, stages.cues)
    codes = {e.id: e.code for e in result.entities if e.code}

    def sides(event: Event) -> tuple[list[str], list[str]]:
        return sorted({codes[i] for i in event.actor}), sorted({codes[i] for i in event.recipient})

    out: dict[str, tuple[list[str], list[str]]] = {}
    for event in events:
        out.setdefault(event.rule, sides(event))
    return out


def _group(pipeline: Any, lang: str, text: str, issuer: str) -> tuple[SpeakerGroup | None, list[str]]:
    result = pipeline.extract(_source(lang, text, issuer, "2021-06-16"))
    parse = pipeline.stages(lang).parser.parse(result.doc.text)
    known = DocumentEntities.build(parse, result.entities, issuer)
    group = find_speaker_group(parse, known, ParticipantCues.for_language(lang), issuer)
    return group, sorted(known.codes[m] for m in group.members) if group else []


def test_an_apposition_to_we_defines_the_speakers(pipeline: Any, tmp_path: Path) -> None:
    group, members = _group(pipeline, "en", JOINT_STATEMENT, "USA")
    assert group is not None and group.source == "apposition" and group.we and members == ["RUS", "USA"]
    events = _code(pipeline, tmp_path, "en", JOINT_STATEMENT, issuer="USA", published="2021-06-16")
    assert events["en.t.reaffirm"] == (["RUS", "USA"], [])


def test_a_coordinated_opening_subject_makes_nous_the_signatories(pipeline: Any, tmp_path: Path) -> None:
    events = _code(pipeline, tmp_path, "fr", FRANCO_GERMAN)
    assert events["fr.t.inviter"] == (["DEU", "FRA"], ["RUS"])
    # An impersonal statement of a joint text speaks for its signatories too.
    text = ("La France et l'Allemagne réitèrent leur ferme condamnation de l'empoisonnement de M. Alexeï Navalny. "
            "Il est indispensable que la Russie fasse toute la lumière sur ce crime.")
    assert _code(pipeline, tmp_path, "fr", text)["fr.t.indispensable"] == (["DEU", "FRA"], ["RUS"])


def test_the_first_sentence_naming_the_issuer_opens_a_joint_statement(pipeline: Any, tmp_path: Path) -> None:
    # a paragraph of context, then the signatories
    text = ("Les campagnes de désinformation visent les scrutins de toute l'Europe. La Commission prépare un plan.\n\n"
            "La France, la Belgique et les Pays-Bas recommandent que ce plan soit ambitieux. Nous invitons la Russie "
            "à cesser ces campagnes.")
    group, members = _group(pipeline, "fr", text, "FRA")
    assert group is not None and group.source == "coordination" and members == ["BEL", "FRA", "NLD"]
    assert _code(pipeline, tmp_path, "fr", text)["fr.t.inviter"] == (["BEL", "FRA", "NLD"], ["RUS"])
    # a sentence that names the issuer alone opens it: a later coordination is one act among others
    text = ("La France condamne l'attaque. La France, la Belgique et les Pays-Bas recommandent que ce plan soit "
            "ambitieux. Nous invitons la Russie à cesser ces campagnes.")
    assert _group(pipeline, "fr", text, "FRA")[0] is None


def test_a_speaker_who_says_je_or_i_speaks_alone(pipeline: Any, tmp_path: Path) -> None:
    text = ("La France et l'Allemagne ont présenté hier leurs propositions. Je veux le dire clairement : nous "
            "invitons la Russie à rouvrir sans délai tous les points de passage.")
    assert _code(pipeline, tmp_path, "fr", text)["fr.t.inviter"] == (["FRA"], ["RUS"])
    text = "The United States and Germany condemn the attack. I want to be clear: we urge Russia to withdraw."
    assert _code(pipeline, tmp_path, "en", text, issuer="USA")["en.t.urge"] == (["USA"], ["RUS"])


def test_the_readout_of_a_meeting_is_no_joint_statement(pipeline: Any, tmp_path: Path) -> None:
    text = "President Biden and Chancellor Scholz discussed Russia's weaponization of food supplies."
    group, members = _group(pipeline, "en", text, "USA")
    assert group is not None and members == ["DEU", "USA"] and not group.we
    assert _code(pipeline, tmp_path, "en", text, issuer="USA")["en.t.weaponization"] == (["USA"], ["RUS"])


def test_an_alias_names_the_group(pipeline: Any, tmp_path: Path) -> None:
    text = ("Il y a un mois, les Etats-Unis ont cherché à rétablir les sanctions contre l'Iran. La France, "
            "l'Allemagne et le Royaume-Uni (\"les E3\") en prennent note. Les E3 restent déterminés à préserver "
            "l'accord.")
    group, members = _group(pipeline, "fr", text, "FRA")
    assert group is not None and "e3" in group.aliases and members == ["DEU", "FRA", "GBR"]
    assert _code(pipeline, tmp_path, "fr", text)["fr.t.determine"] == (["DEU", "FRA", "GBR"], [])


def test_a_passive_nous_is_the_speaker_when_the_rule_takes_the_passive_subject(
    pipeline: Any, tmp_path: Path
) -> None:
    text = FRANCO_GERMAN + " Nous sommes vivement préoccupés par les frappes de la Russie."
    assert _code(pipeline, tmp_path, "fr", text)["fr.t.preoccupe"] == (["DEU", "FRA"], ["RUS"])


def test_an_attendance_list_gives_the_participants(pipeline: Any, tmp_path: Path) -> None:
    text = ("La conférence a rassemblé l'Allemagne, l'Italie, l'Espagne et la Commission européenne. Les participants "
            "ont exprimé leur solidarité avec l'Italie. Ils ont remercié l'Espagne.")
    group, members = _group(pipeline, "fr", text, "FRA")
    assert group is not None and group.source == "attendance" and members == ["DEU", "ESP", "EUR", "ITA"]
    assert not group.we  # the issuer did not attend: its "nous" is its own
    events = _code(pipeline, tmp_path, "fr", text)
    # the recipient, one of them, is not also an actor
    assert events["fr.t.solidarite"] == (["DEU", "ESP", "EUR"], ["ITA"])
    assert events["fr.t.remercier"] == (["DEU", "EUR", "ITA"], ["ESP"])


def test_participants_listed_after_the_fact_are_the_leaders(pipeline: Any, tmp_path: Path) -> None:
    # The readout lists the others; the issuer, who held the call, took part too.
    group, members = _group(pipeline, "en", TRANSATLANTIC_CALL, "USA")
    assert group is not None and group.source == "attendance"
    assert members == ["CAN", "DEU", "EUR", "FRA", "GBR", "USA"]
    events = _code(pipeline, tmp_path, "en", TRANSATLANTIC_CALL, issuer="USA", published="2022-02-11")
    assert events["en.t.concern"] == (["CAN", "DEU", "EUR", "FRA", "GBR", "USA"], ["RUS"])


def test_both_leaders_are_the_talks_sides_not_the_whole_group(pipeline: Any, tmp_path: Path) -> None:
    text = ("The meeting brought together France, Germany and Italy. President Macron spoke with Chancellor Scholz. "
            "Both leaders thanked Italy. The participants thanked Spain.")
    group, members = _group(pipeline, "en", text, "FRA")
    assert group is not None and members == ["DEU", "FRA", "ITA"]
    coder = _coder(tmp_path, "en")
    result = pipeline.extract(_source("en", text, "FRA", "2022-02-11"))
    stages = pipeline.stages("en")
    events = coder.code(result.doc, stages.parser.parse(result.doc.text), result.entities, result.timexes,
                        stages.cues)
    codes = {e.id: e.code for e in result.entities if e.code}
    thanks = [(sorted({codes[i] for i in e.actor}), sorted({codes[i] for i in e.recipient}))
              for e in events if e.rule == "en.t.thank"]
    assert thanks == [(["DEU", "FRA"], ["ITA"]), (["DEU", "FRA", "ITA"], ["ESP"])]


def test_a_single_issuers_text_has_no_group(pipeline: Any, tmp_path: Path) -> None:
    text = ("Le président de la République s'est entretenu ce matin avec le chancelier allemand. Nous invitons la "
            "Russie à rouvrir les points de passage.")
    group, _ = _group(pipeline, "fr", text, "FRA")
    assert group is None
    assert _code(pipeline, tmp_path, "fr", text)["fr.t.inviter"] == (["FRA"], ["RUS"])


def test_the_parties_named_inside_a_title_phrase_are_all_named(pipeline: Any, tmp_path: Path) -> None:
    text = "Les représentants de l'Arménie et de l'Azerbaïdjan ont remercié la France."
    assert _code(pipeline, tmp_path, "fr", text)["fr.t.remercier"] == (["ARM", "AZE"], ["FRA"])
