"""From argument phrases to the document's entities: who the actor and the recipient are."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from communique.coding.frames import AGENT_DEPS, phrase, prep_object
from communique.kb.model import SPECIAL_CODES
from communique.parsed import Parse, Token
from communique.records import Entity
from communique.resources import language_dir, load_yaml

_SAME_REFERENT = frozenset({"conj", "appos"})


@dataclass(frozen=True)
class ParticipantCues:
    """``cues.yaml``'s ``participants``: words that stand for the issuer or for both sides of a talk.

    speaker_plural    "nous", "we": the issuing state speaking, or the document's group of speakers
    speaker_singular  "je", "I": a single speaker's text, whose "nous" is never a group
    collective        "les deux présidents", "both leaders", "ils": the parties of the document's talk or group
    pair              markers that tie a collective to the talk's sides rather than the group ("deux", "both")
    gatherers         verbs whose object lists who attended ("a rassemblé", "brought together"); a second
                      word is a particle the verb must have ("bring together")
    listers           verbs that list the attendance when their subject is collective ("Participants included")
    talks             verbs of talks: their coordinated subject opens a meeting's readout ("X and Y met"),
                      not a joint statement
    about             prepositions of what an event concerns ("sur la Syrie", "on Ukraine")
    location          prepositions of where it takes place ("à Tunis", "au Mali", "in Kyiv")
    partners          nouns of those on a party's side, whose phrase names the party they act towards ("les
                      partenaires du Liban", "Ukraine's allies")
    starters          verbs whose passive says who started a talk told just before ("The conversation was initiated
                      by the French side")
    separately        adverbs of talks held with several sides one after the other ("successivement", "separately")
    locutions         nouns that make a preposition of place part of a longer one, whose phrase is no place ("au
                      sujet de", "au sein de", "in the framework of")
    agent             prepositions of who does what a passive or an infinitive says ("par la Turquie", "by the EU")
    demonstratives    determiners of a phrase that points back ("ce dialogue", "these talks")
    documents         nouns of published texts that stand for who published them ("la déclaration que la CEDEAO
                      a publiée et qui appelle", "the statement issued by the AU, which urges")
    chances           nouns whose infinitive is done by who has them ("l'occasion de", "the opportunity to", "la
                      détermination de", "the readiness to")
    frames            nouns of an act's frame ("dans le cadre de", "under the auspices of"): their phrase names no one
                      the act concerns
    means             prepositions of the means of a talk ("par téléphone", "by telephone"): a phrase the parser
                      hangs on its noun belongs to the verb ("spoke by telephone with X")
    conditions        conjunctions of a condition ("si", "if"): of the clause they open, only its subject is
                      a recipient ("will respond if Russia invades Ukraine" → Russia)
    reasons           conjunctions of a reason ("puisque", "because"): of the clause they open, as of a
                      condition's, only its subject is a recipient ("because Iran struck Iraq" → Iran)
    speaker_possessives  determiners of the speaker's side ("notre soutien", "our support")
    possessives       determiners of a party named before ("son offensive", "their withdrawal")
    plural_possessives  those of several owners, whatever the tagger says ("leur retrait", "their withdrawal")
    initiative   nouns of who started a talk ("à l'initiative de", "at the request of"): its actor
    latter       words of such a phrase that point to the side named last before it ("ce dernier", "the latter")
    former       those that point to the side named first ("the former")
    definite     articles by which a noun names an occasion already told ("the visit", "la rencontre")
    topics       prepositions of a noun's topic ("the dialogue on strategic stability"): a standing track
    reporters    verbs of saying ("rappeler que", "stressed that"): their subject speaks for the impersonal clause
                 they govern, rather than the issuer
    counterparts  nouns of those one talks to ("mes interlocuteurs", "his counterparts"): as a recipient that names
                 no one, the other sides of the document's talk, not a guess from the clause
    bodies       nouns of a state's unnamed bodies ("les autorités", "the junta"): as a recipient, the one state
                 other than the actor's named in their sentence or the one before
    """

    speaker_plural: frozenset[str] = frozenset()
    speaker_singular: frozenset[str] = frozenset()
    collective: frozenset[str] = frozenset()
    pair: frozenset[str] = frozenset()
    gatherers: frozenset[tuple[str, ...]] = frozenset()
    listers: frozenset[str] = frozenset()
    talks: frozenset[str] = frozenset()
    about: frozenset[str] = frozenset()
    location: frozenset[str] = frozenset()
    locutions: frozenset[str] = frozenset()
    separately: frozenset[str] = frozenset()
    starters: frozenset[str] = frozenset()
    partners: frozenset[str] = frozenset()
    agent: frozenset[str] = frozenset()
    demonstratives: frozenset[str] = frozenset()
    chances: frozenset[str] = frozenset()
    means: frozenset[str] = frozenset()
    frames: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()
    conditions: frozenset[str] = frozenset()
    reasons: frozenset[str] = frozenset()
    speaker_possessives: frozenset[str] = frozenset()
    possessives: frozenset[str] = frozenset()
    plural_possessives: frozenset[str] = frozenset()
    initiative: frozenset[str] = frozenset()
    latter: frozenset[str] = frozenset()
    former: frozenset[str] = frozenset()
    definite: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    bodies: frozenset[str] = frozenset()
    counterparts: frozenset[str] = frozenset()
    reporters: frozenset[str] = frozenset()

    @classmethod
    def for_language(cls, code: str) -> ParticipantCues:
        raw = (load_yaml(language_dir(code) / "cues.yaml") or {}).get("participants", {})

        def words(key: str) -> frozenset[str]:
            return frozenset(str(x).lower() for x in raw.get(key, []))

        return cls(
            speaker_plural=words("speaker_plural"),
            speaker_singular=words("speaker_singular"),
            collective=words("collective"),
            pair=words("pair"),
            gatherers=frozenset(tuple(str(x).lower().split()) for x in raw.get("gatherers", []) if str(x).strip()),
            listers=words("listers"),
            talks=words("talks"),
            about=words("about"),
            location=words("location"),
            locutions=words("locutions"),
            separately=words("separately"),
            starters=words("starters"),
            partners=words("partners"),
            agent=words("agent"),
            demonstratives=words("demonstratives"),
            chances=words("chances"),
            means=words("means"),
            frames=words("frames"),
            documents=words("documents"),
            conditions=words("conditions"),
            reasons=words("reasons"),
            speaker_possessives=words("speaker_possessives"),
            possessives=words("possessives"),
            plural_possessives=words("plural_possessives"),
            initiative=words("initiative"),
            latter=words("latter"),
            former=words("former"),
            definite=words("definite"),
            topics=words("topics"),
            bodies=words("bodies"),
            counterparts=words("counterparts"),
            reporters=words("reporters"),
        )


@dataclass(frozen=True)
class DocumentEntities:
    """The coded entities of a document, indexed by the tokens their mentions cover."""

    by_token: dict[int, tuple[str, ...]]
    codes: dict[str, str]
    issuer: tuple[str, ...]
    places: frozenset[str] = frozenset()
    people: frozenset[str] = frozenset()
    states: frozenset[str] = frozenset()
    salience: tuple[tuple[str, str, int], ...] = ()  # per country: its code, the entity for it, its mentions
    paired: frozenset[tuple[str, str]] = frozenset()  # codes named coordinated ("la Grèce et la Turquie"), sorted

    @classmethod
    def build(cls, parse: Parse, entities: Sequence[Entity], issuer: str | None) -> DocumentEntities:
        by_token: dict[int, list[str]] = {}
        codes: dict[str, str] = {}
        for e in entities:
            if e.code is None or e.type == "OTHER":  # agreements, forums, events: no one acts through them
                continue
            codes[e.id] = e.code
            for m in e.mentions:
                for tok in parse.tokens_in(m.start, m.end):
                    bucket = by_token.setdefault(tok.i, [])
                    if e.id not in bucket:
                        bucket.append(e.id)
        return cls(
            by_token={k: tuple(v) for k, v in by_token.items()},
            codes=codes,
            issuer=_issuer_entity(entities, issuer),
            places=frozenset(e.id for e in entities if e.type == "PLACE"),
            people=frozenset(e.id for e in entities if e.type == "PERSON"),
            states=frozenset(e.id for e in entities if e.type == "STATE"),
            salience=_salience(entities),
            paired=_paired(parse, by_token, codes),
        )

    def named_by(self, parse: Parse, heads: Iterable[Token]) -> list[str]:
        """The entities argument phrases name: at the head if a mention covers it, else inside its phrase.

        Of several phrases that are not coordinated ("urged Russia ... tensions with Ukraine", a misparse), one
        that names an entity at its head or its conjuncts' leaves the others' insides unread.
        """
        groups = [self._named_by_group(parse, head) for head in heads]
        direct = any(d for _, d in groups)
        out: list[str] = []
        for ids, own in groups:
            for entity_id in ids if own or not direct else ():
                if entity_id not in out:
                    out.append(entity_id)
        return out

    def _named_by_group(self, parse: Parse, head: Token) -> tuple[list[str], bool]:
        """The entities a phrase and its conjuncts name, and whether one is named at a head."""
        out: list[str] = []
        tokens = with_conjuncts(parse, [head])
        for tok in tokens:
            ids = self.by_token.get(tok.i, ())
            if not ids:
                # "the delegations of Serbia and Kosovo": the first name inside and its conjuncts
                inner = next((t for t in phrase(parse, tok) if t.i in self.by_token), None)
                if inner is None:  # "les frappes conduites par la Russie", "the policy pursued by X": who did it
                    inner = next((t for a in _participle_agents(parse, tok) for t in phrase(parse, a)
                                  if t.i in self.by_token), None)
                while inner is not None and inner.head != inner.i and (
                        (inner.dep in _NAME_PARTS and inner.head in self.by_token)
                        or _hyphened(parse, inner, parse.tokens[inner.head])):
                    # "the United States and Russia": "and Russia" hangs on "States"; "Armenian-Turkish": on "Turkish"
                    inner = parse.tokens[inner.head]
                found = [self.by_token.get(t.i, ()) for t in with_conjuncts(parse, [inner])] if inner else []
                ids = tuple(i for group in found for i in group)
            for entity_id in ids:
                if entity_id not in out:
                    out.append(entity_id)
        return out, any(t.i in self.by_token for t in tokens)

    def is_party(self, entity_id: str) -> bool:
        """An entity with an actor code that is no place: one that can act or be acted on."""
        return entity_id not in self.places and entity_id in self.codes

    def topic(self, own: Iterable[str | None]) -> tuple[str, ...]:
        """The states the document is about, but ``own`` codes: the one named most often, and a second named at
        least half as often or coordinated with it ("entre la Grèce et la Turquie"): the two sides of a dispute. A
        statement on the fighting in Nagorno-Karabakh that says "L'arrêt des combats est indispensable" asks it of
        Armenia and Azerbaijan."""
        mine = set(own)
        ranked = [(code, entity_id, count) for code, entity_id, count in self.salience if code not in mine]
        if not ranked:
            return ()
        (first, first_id, most), rest = ranked[0], ranked[1:]
        second = next((entity_id for code, entity_id, count in rest
                       if 2 * count >= most or tuple(sorted((first, code))) in self.paired), None)
        return (first_id,) if second is None else (first_id, second)

    def named_in(self, tokens: Iterable[Token]) -> list[str]:
        """Every entity a mention inside the tokens names, in text order."""
        out: list[str] = []
        for tok in tokens:
            for entity_id in self.by_token.get(tok.i, ()):
                if entity_id not in out:
                    out.append(entity_id)
        return out


def with_conjuncts(parse: Parse, heads: Iterable[Token]) -> list[Token]:
    """The heads, the phrases coordinated with them ("la France et l'Allemagne", "Russia-US") and their appositions
    ("Nous, Président de la République italienne, Président de la Confédération suisse ...").

    A noun the parser coordinated with the verb (a verb has no noun conjuncts) belongs to the verb's last nominal
    dependent before it: "faites par l'Arménie, l'Azerbaïdjan et les autorités russes"."""
    out: list[Token] = []
    stack = list(heads)[::-1]
    while stack:
        tok = stack.pop()
        if tok not in out:
            out.append(tok)
            stack.extend(c for c in parse.children(tok.i) if c.dep in _SAME_REFERENT or _hyphened(parse, c, tok))
            stack.extend(_stray_conjuncts(parse, tok))
    return out


def _stray_conjuncts(parse: Parse, tok: Token) -> list[Token]:
    """The nouns coordinated with ``tok``'s verb that follow ``tok`` with no other dependent of the verb between."""
    verb = parse.tokens[tok.head]
    if verb.i == tok.i or verb.pos not in {"VERB", "AUX"} or tok.pos not in {"NOUN", "PROPN"}:
        return []
    out: list[Token] = []
    for kid in parse.children(verb.i):
        if kid.i <= tok.i or kid.dep in {"punct", "cc"}:
            continue
        if kid.dep != "conj" or kid.pos not in {"NOUN", "PROPN"}:
            break
        out.append(kid)
    return out


def _hyphened(parse: Parse, child: Token, tok: Token) -> bool:
    """A word joined to the next by a hyphen, as the other side of a pair ("Russia-US talks", "the
    Russian-American summit"), which the parser hangs on it as a modifier."""
    return child.dep in _PAIR_DEPS and child.i + 2 == tok.i and parse.tokens[child.i + 1].text in _HYPHENS \
        and child.end == parse.tokens[child.i + 1].start and parse.tokens[child.i + 1].end == tok.start


def _paired(parse: Parse, by_token: dict[int, list[str]], codes: dict[str, str]) -> frozenset[tuple[str, str]]:
    """The pairs of codes the text names coordinated, each sorted: "la Grèce et la Turquie", "Israelis and
    Palestinians"."""
    out: set[tuple[str, str]] = set()
    for k, ids in by_token.items():
        tok = parse.tokens[k]
        if tok.dep != "conj":
            continue
        for mine in ids:
            for theirs in by_token.get(tok.head, ()):
                pair = sorted((codes[mine], codes[theirs]))
                if pair[0] != pair[1]:
                    out.add((pair[0], pair[1]))
    return frozenset(out)


def _salience(entities: Sequence[Entity]) -> tuple[tuple[str, str, int], ...]:
    """Per country named (as a state, by its people or by its bodies), the code, the entity that stands for it (the
    state if named) and the mentions of all of them, most mentioned first. International organisations are no
    topic, nor a region or a city, whose country a text about its fighting need not be ("Nagorno-Karabakh")."""
    counts: dict[str, int] = {}
    standing: dict[str, Entity] = {}
    for e in entities:
        if e.code is None or e.code in SPECIAL_CODES or e.type not in {"STATE", "PERSON", "ORG"}:
            continue
        counts[e.code] = counts.get(e.code, 0) + sum(m.kind != "pronoun" for m in e.mentions)
        if e.code not in standing or (e.type == "STATE" and standing[e.code].type != "STATE"):
            standing[e.code] = e
    ranked = sorted(counts, key=lambda code: -counts[code])
    return tuple((code, standing[code].id, counts[code]) for code in ranked)


def _issuer_entity(entities: Sequence[Entity], issuer: str | None) -> tuple[str, ...]:
    """The entity that stands for the issuer: the state itself if named, else its first-named person or body."""
    if issuer is None:
        return ()
    mine = [e for e in entities if e.code == issuer]
    if not mine:
        return ()
    state = next((e for e in mine if e.type == "STATE"), None)
    return ((state or mine[0]).id,)


_NAME_PARTS = frozenset({"compound", "flat", "flat:name"})
_PAIR_DEPS = frozenset({"compound", "amod"})
_HYPHENS = frozenset({"-", "–"})


def _participle_agents(parse: Parse, noun: Token) -> list[Token]:
    """The agents of the participles that describe a noun ("conduites par la Russie", "pursued by Russia")."""
    return [prep_object(parse, a) for c in parse.children(noun.i) if c.dep == "acl"
            for a in parse.children(c.i) if a.dep in AGENT_DEPS]
