"""Argument finding: the actor and recipient of a matched rule, read in its sentence (the rest of the document
fills what is left in ``filling.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from communique.coding.complement import complement
from communique.coding.frames import (
    CASE_DEPS,
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    RELATIVE_DEPS,
    SUBJECT_DEPS,
    Setting,
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
from communique.coding.participants import DocumentEntities, ParticipantCues
from communique.coding.referents import (
    author,
    body_state,
    context_states,
    initiated,
    lost_antecedent,
    owner_parties,
    paired_back,
    plural,
    pointed_parties,
    possessive,
)
from communique.coding.rules import ArgumentSlot, EventRule
from communique.coding.speakers import SpeakerGroup, read_subject
from communique.parsed import Parse, Token

# Dependencies of a clause that describes a noun: a participle or a relative clause
DESCRIBING_DEPS = frozenset({"acl", *RELATIVE_DEPS})
# Dependencies of a noun's modifiers, and of a preposition's object
_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "poss", "nmod:poss", "pobj", "obl", "obl:mod"})
# Confidence lost when an argument comes from a fallback rather than from the trigger's frame.
FALLBACK_ACTOR = 0.8
COMPLEMENT_RECIPIENT = 0.9
CONTEXT_RECIPIENT = 0.8
TOPIC_RECIPIENT = 0.7
# A statement made during a talk with more other sides than this is addressed to none of them in particular.
MAX_COUNTERPARTS = 2


@dataclass(frozen=True)
class Match:
    """A rule whose trigger was found: the trigger, and the verb that carries its clause."""

    rule: EventRule
    trigger: Token
    head: Token


@dataclass(frozen=True)
class Args:
    """A rule's arguments: entity ids, the phrases that named them, and how they were found."""

    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    heads: tuple[Token, ...]
    collective: bool
    fallback: bool
    complement: bool
    counterpart: bool = False
    needs_recipient: bool = False
    context: tuple[str, ...] = ()
    from_act: bool = False
    from_topic: bool = False
    named: tuple[str, ...] = ()  # with ``from_topic``: those the trigger's clause names, not as places


def find_arguments(parse: Parse, match: Match, known: DocumentEntities, cues: ParticipantCues,
                   group: SpeakerGroup | None = None, occasion: bool = False) -> Args | None:
    """The actor and recipient of a matched rule, or None when the rule's required arguments are missing.

    ``occasion``: the rule codes a talk or meeting, whose participants are never what it is about.
    """
    rule = match.rule
    cut = next((k for k, slot in enumerate(rule.actor) if slot.kind in {"issuer", "parties", "complement"}),
               len(rule.actor))
    actor, actor_heads, fallback = _fill(parse, match, rule.actor[:cut], known, (), cues, actor=True,
                                         occasion=occasion)
    partnered = _partnered(parse, actor_heads, known, cues.partners) if actor else []
    if partnered:  # "les partenaires du Liban continueront": Lebanon's partners, not Lebanon, act towards it
        actor, actor_heads = ([m for m in group.members if m not in partnered] if group is not None else []), []
    if not actor and rule.nominal:  # "son offensive", "our support for Israel": who the determiner stands for
        actor, fallback = _owned(parse, match, known, cues, group), True
    collective = grouped = False
    if not actor and not rule.nominal and any(slot.kind in {"subject", "object"} for slot in rule.actor):
        # "Nous condamnons", "les E3 restent", "the two leaders agreed": who the words stand for
        reading = read_subject(parse, _subject_candidates(parse, match, cues.chances), cues, group)
        if reading == "speaker":
            actor, fallback = list(known.issuer), True
        elif reading in {"group", "alias"} and group is not None:
            actor, fallback, grouped = list(group.members), reading == "group", True
        elif reading == "talk":
            collective, fallback = True, True
    elif actor and group is not None and group.restated_by(parse, actor_heads):
        actor, grouped = list(group.members), True  # "l'Allemagne, la France et le Royaume-Uni ("les E3")"
    if not actor and not collective and not rule.nominal and match.trigger.pos in {"NOUN", "PROPN"}:
        actor, fallback = _owned(parse, match, known, cues, group), True  # "welcomed our proposal to hold talks"
    for slot in rule.actor[cut:]:
        if actor or collective:
            break
        if slot.kind == "parties":  # "It was agreed to continue contacts": both sides of the talk
            collective, fallback = True, True
        elif slot.kind != "context":  # read once the recipient is known
            actor, _, fallback = _fill(parse, match, (slot,), known, (), cues, actor=True, group=group,
                                       occasion=occasion)
    blamed = not actor and not collective and any(slot.kind == "context" for slot in rule.actor)
    if not actor and not collective and not blamed:
        return None
    setting = setting_preps(rule, cues, occasion)
    recipient, recipient_heads, complement = _fill(parse, match, rule.recipient, known,
                                                   () if grouped else actor, cues, group=group, setting=setting)
    owners = _owners_of_partners(parse, recipient_heads, known, cues.partners)
    recipient = [i for i in recipient if i not in owners]  # "a réuni les partenaires du Liban": not Lebanon
    if grouped and group is not None:
        # a group may act on one of its own ("les participants ont dit leur appui au Soudan"):
        # the recipient leaves the actors, unless it is the whole group
        acting = group.acting_on({known.codes.get(r) for r in recipient}, known)
        if not acting:
            recipient, recipient_heads, complement = _fill(parse, match, rule.recipient, known, actor, cues,
                                                           setting=setting)
        else:
            actor = list(acting)
    if blamed:
        # "une propagande haineuse contre la France": the state its sentence (or the one before) names, neither
        # its recipient nor the issuer
        actor = context_states(parse, match.trigger, known, (*recipient, *known.issuer), _places(cues))[:1]
        if not actor:
            return None
        fallback = True
    recipient = _others(recipient or partnered, actor, known)
    own_only = {known.codes.get(i) for i in recipient} <= {known.codes.get(i) for i in actor}
    if own_only and (occasion or not rule.own_side_recipients):
        # "a réuni les membres français du dialogue": a meeting of one's own side has no other; "noted the
        # importance of the visit of the Minister to Ukraine", said by Ukraine: support is shown to another
        recipient = []
    # a meeting whose actor names two sides or more ("the talks between Japan and South Korea") is whole
    counterpart = not recipient and any(slot.kind == "counterpart" for slot in rule.recipient) \
        and not (occasion and len({known.codes.get(i) for i in actor}) > 1)
    # "Ces agissements ne resteront pas impunis": the states its sentence (or the one before) is about,
    # should the document's talk give no counterpart
    own = (*actor, *known.issuer, *(group.members if group is not None else ()))
    context = context_states(parse, match.trigger, known, own, Setting() if rule.context_places else _places(cues)) \
        if rule.recipient_from_context and not recipient and not rule.requires_recipient else []
    if rule.requires_recipient and not recipient and not counterpart:
        return None
    started = initiated(parse, list({match.trigger.i: match.trigger, match.head.i: match.head}.values()), known,
                        cues, (actor, recipient)) if occasion else None
    if started is not None:  # "at the Italian side's initiative", "X and Y spoke at the request of the latter":
        # who started the talk is its actor, the other sides its recipients
        actor, recipient = started
        counterpart = False
    return Args(tuple(actor), tuple(recipient), (*actor_heads, *recipient_heads), collective, fallback,
                complement, counterpart, rule.requires_recipient, tuple(context), rule.recipient_from_act,
                rule.recipient_from_topic, tuple(i for i in known.named_in(clause(parse, match.head, frozenset()))
                                                 if i not in known.places) if rule.recipient_from_topic else ())


def _partnered(parse: Parse, heads: Sequence[Token], known: DocumentEntities, nouns: frozenset[str]) -> list[str]:
    """The states an actor phrase of partners names ("les partenaires du Liban", "Ukraine's allies", cue
    ``participants.partners``): those the partners act towards; none if the head noun is no such noun. An
    organisation's allies are its members ("NATO allies"), who act as themselves."""
    head = heads[0] if len(heads) == 1 else None
    if head is None or head.i in known.by_token:
        return []
    if head.lemma.lower() in nouns:
        return [i for i in known.named_by(parse, [head]) if i in known.states]
    # "la communauté internationale, les plus proches amis et partenaires du Liban": named through such a noun
    owner = next((t for t in phrase(parse, head) if t.i in known.by_token and t.head != t.i
                  and parse.tokens[t.head].lemma.lower() in nouns), None)
    return [i for i in known.named_by(parse, [owner]) if i in known.states] if owner is not None else []


def _owners_of_partners(parse: Parse, heads: Sequence[Token], known: DocumentEntities,
                        nouns: frozenset[str]) -> list[str]:
    """The parties a recipient phrase of partners (cue ``participants.partners``) names as their owner ("les
    partenaires internationaux du Liban", "Ukraine's allies"): they are not the ones acted on; those partners
    are ("partners in the European Union"). Plural nouns only: "les soutiens du régime" are its supporters,
    "le soutien de l'Iran aux milices" is an act of support."""
    return [i for h in heads if h.lemma.lower() in nouns and h.i not in known.by_token
            and (h.feat("Number") == "Plur" or h.tag in {"NNS", "NNPS"})  # "le soutien de l'Iran" is support
            for i in known.named_by(parse, [t for t in possessors(parse, h) if t.pos in {"PROPN", "NOUN"}])]


def _others(recipient: list[str], actor: Sequence[str], known: DocumentEntities) -> list[str]:
    """A recipient that names others besides the actor's own side drops the latter ("grateful to the UN for
    its position on the war against Ukraine", said by Ukraine); one that names only the actor's side stays, but
    for a joint act of two sides or more, which is between them ("X and Y signed a treaty between X and Y")."""
    mine = {known.codes.get(i) for i in actor}
    others = [i for i in recipient if known.codes.get(i) not in mine]
    return others or (recipient if len(mine) < 2 else [])


def _owned(parse: Parse, match: Match, known: DocumentEntities, cues: ParticipantCues,
           group: SpeakerGroup | None) -> list[str]:
    """The owner a nominal trigger's possessive determiner stands for, when the rule takes a possessor: the
    speaker's side for "notre/our", else the party named just before ("L'Azerbaïdjan doit cesser son offensive")."""
    if not any(slot.kind in {"possessor", "owner"} for slot in match.rule.actor):
        return []
    if possessive(parse, match.trigger, cues.speaker_possessives) is not None:
        return list(_voice(match, known, group))
    det = possessive(parse, match.trigger, cues.possessives)
    if det is None or (plural(det, cues.plural_possessives)
                       and any(slot.kind == "parties" for slot in match.rule.actor)):
        return []  # "leur détermination", "their joint projects": the rule reads both sides of the talk
    return owner_parties(parse, det, known, cues.plural_possessives)


def _voice(match: Match, known: DocumentEntities, group: SpeakerGroup | None) -> tuple[str, ...]:
    """Who an impersonal statement speaks for: the issuer, or all the signatories of a joint statement.

    A rule that sets the issuer against the talk's other side (recipient ``counterpart``) keeps the issuer.
    """
    if group is None or not group.we or any(slot.kind == "counterpart" for slot in match.rule.recipient):
        return known.issuer
    return group.members


def _subject_candidates(parse: Parse, match: Match, chances: frozenset[str]) -> list[Token]:
    """The subject, and a passive's subject when the rule takes it as the actor ("nous sommes préoccupés par")."""
    head = match.head
    out = _subject_heads(parse, match, chances)[:1]
    if not passive(parse, head):
        return out
    if not out:
        return list(objects(parse, head))[:1]
    if any(slot.kind in {"object", "issuer"} for slot in match.rule.actor):
        out.extend(t for t in objects(parse, head) if t.dep in PASSIVE_SUBJECT_DEPS)
    return out


def _fill(
    parse: Parse,
    match: Match,
    slots: Sequence[ArgumentSlot],
    known: DocumentEntities,
    exclude: Sequence[str],
    cues: ParticipantCues,
    actor: bool = False,
    group: SpeakerGroup | None = None,
    setting: Setting | None = None,
    occasion: bool = False,
) -> tuple[list[str], list[Token], bool]:
    """The first slot naming entities (not ``exclude``): their ids, the phrase heads, whether a fallback.

    An actor reads the cues of who acts: nouns of chance and of published texts (``chances``, ``documents``).
    A recipient reads those of who is acted on: the complement never looks inside phrases the ``setting``
    prepositions introduce (topic, place); a phrase that points back with a demonstrative ("cette initiative")
    names the parties the sentence before names first; of a clause of condition ("if"), the complement reads
    only the subject; an unnamed national body ("les autorités") is the one state named near it. For a meeting
    (``occasion``), no place is an actor.
    """
    none: frozenset[str] = frozenset()
    chances, documents = (cues.chances, cues.documents) if actor else (none, none)
    agent, pointers, conditions, bodies = (none, none, none, none) if actor else (
        cues.agent, cues.demonstratives, cues.conditions | cues.reasons, cues.bodies)
    for slot in slots:
        if slot.kind == "counterpart":  # filled once the document's talk is known
            continue
        if slot.kind == "parties" and not actor:  # "la conférence s'est réunie à l'invitation de X": the others
            taken = {known.codes.get(e) for e in exclude}
            ids = [i for i in (group.members if group is not None else ()) if known.codes.get(i) not in taken]
            if ids:
                return ids, [], True
            continue
        if slot.kind == "issuer":
            voice = _voice(match, known, group)
            told = _reported_by(parse, match, known, cues.reporters, chances) if actor else []
            if {known.codes.get(i) for i in told} <= {known.codes.get(i) for i in voice}:
                told = []  # the issuer's own words: its entity, as for any impersonal statement
            ids = [i for i in told or voice if i not in exclude]
            if ids:
                return ids, [], True
            continue
        if slot.kind == "complement":
            ids = complement(parse, (match.head, match.trigger), known, exclude, (setting or Setting(), agent),
                             whole=actor, conditions=conditions, frames=none if actor else cues.frames)
            # a place does nothing ("qui se tiendra à Tunis", "preserving the Geneva spirit"), but where a rule's
            # places count ("manifestations à Minsk"); nor is it acted on where the rule says so (ACCUSE)
            if (actor and (occasion or not match.rule.context_places)) \
                    or (not actor and not match.rule.place_recipients):
                ids = [i for i in ids if i not in known.places]
            if not ids and not actor:
                ids = pointed_parties(parse, _core(parse, match), known, pointers, exclude)
            if ids:
                return ids, [], True
            continue
        heads = list(_slot_heads(parse, match, slot, chances, cues.means))
        if slot.kind == "subject":  # "la déclaration que la CEDEAO a publiée et qui appelle": who published it
            heads = [t for h in heads for t in author(parse, h, documents, known)]
        ids = [i for i in known.named_by(parse, heads) if i not in exclude]
        if not actor and not match.rule.place_recipients:  # "l'escalade ... dans la zone du Haut-Karabakh"
            ids = [i for i in ids if i not in known.places]
        ids += [i for i in paired_back(parse, heads, known, cues.demonstratives, cues.pair)
                if i not in exclude and i not in ids]  # "entre la France et ces deux pays"
        if actor and slot.kind in {"possessor", "owner"}:  # "the Madrid Summit": a place names no actor
            ids = [i for i in ids if i not in known.places]
        elif actor and occasion:  # "the Geneva summit opened": nor a place that modifies a meeting's noun, but
            # a capital that stands for its state ("Moscow and Washington held talks")
            modifiers = {i for h in heads for t in phrase(parse, h) if t.dep in _MODIFIER_DEPS
                         for i in known.by_token.get(t.i, ())}
            ids = [i for i in ids if i not in known.places or i not in modifiers]
        if not ids and not actor and any(h.lemma.lower() in cues.counterparts for h in heads):
            return [], heads, False  # "j'ai remercié mes interlocuteurs": the talk's other sides (slot counterpart)
        if not ids and not actor:
            pointing = [h for h in heads if h.lemma.lower() not in cues.locutions]  # "à ce titre", "à cet égard"
            ids = pointed_parties(parse, pointing, known, pointers, exclude) or body_state(parse, heads, known, bodies,
                                                                                        exclude) \
                or lost_antecedent(parse, heads, known, exclude, cues.location)
        if ids:
            return ids, heads, False
    return [], [], False


def _core(parse: Parse, match: Match) -> list[Token]:
    """The clause's phrases without a preposition, but the trigger and the subject: what a demonstrative among them
    points back to is what the event is about ("souhaité que ce processus soit mené"), not its setting
    ("lors de ces entretiens", "dans ce contexte")."""
    skip = frozenset(t.i for t in subjects(parse, match.head))
    return [t for t in clause(parse, match.head, skip) if t.i != match.trigger.i and preposition(parse, t) is None
            and not any(c.dep in CASE_DEPS for c in parse.children(t.i))]


def _places(cues: ParticipantCues) -> Setting:
    """The setting of place alone: the language's prepositions of place, but those of its locutions."""
    return Setting(cues.location, locutions=cues.locutions)


def setting_preps(rule: EventRule, cues: ParticipantCues, occasion: bool) -> Setting:
    """Prepositions of place, and for a talk of topic, but those the rule takes as introducing its recipient
    ("à la Turquie"); whether phrases nested in others count (a talk's)."""
    own = {p for slot in rule.recipient for p in slot.preps}
    return Setting(((cues.about | cues.location) if occasion else cues.location) - own, occasion, cues.locutions)


def _slot_heads(parse: Parse, match: Match, slot: ArgumentSlot, chances: frozenset[str],
                means: frozenset[str] = frozenset()) -> list[Token]:
    """The phrase heads a slot points at: subject, object, possessor, owner or prepositional phrase; of the
    latter, also one hanging on the noun of a phrase of ``means`` ("spoke by telephone with X")."""
    trigger, head = match.trigger, match.head
    if slot.kind == "subject":
        return [] if match.rule.nominal else _subject_heads(parse, match, chances)
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
    if not out:
        media = [prep_object(parse, c) for c in parse.children(head.i) if preposition(parse, c) in means]
        out.extend(t for medium in media if medium.pos == "NOUN" for t in prepositional(parse, medium, slot.preps))
    if not out and head.dep in DESCRIBING_DEPS and head.head != head.i:
        # a clause describing a noun reads the noun's own phrases: "les sanctions contre l'Iran qui avaient été
        # levées", "the restrictions on Cuba imposed in 1962", "l'accord de coopération entre X et Y, signé à Z"
        out.extend(prep_object(parse, t) for t in phrase(parse, parse.tokens[head.head])
                   if preposition(parse, t) in slot.preps)
    return out


def _doers(parse: Parse, verb: Token, chances: frozenset[str]) -> list[Token]:
    """The verb's subjects; a noun of chance or resolve (cue ``participants.chances``) that controls an infinitive
    gives way to who has it, named as its complement, else the subject of its verb: "j'ai eu l'occasion de
    m'entretenir avec X" → "je", not X; "la détermination de l'Union européenne à jouer un rôle" → the EU."""
    out: list[Token] = []
    for tok in subjects(parse, verb):
        if tok.lemma.lower() in chances and tok.pos == "NOUN" and tok.dep in OBJECT_DEPS and tok.head != tok.i:
            out.extend(_havers(parse, tok) or subjects(parse, parse.tokens[tok.head]))
        else:
            out.append(tok)
    noun = parse.tokens[verb.head]
    if not out and verb.dep == "acl" and noun.lemma.lower() in chances and noun.pos == "NOUN":
        out.extend(_havers(parse, noun))  # "la détermination de l'Union européenne à jouer un rôle"
    return out


def _subject_heads(parse: Parse, match: Match, chances: frozenset[str]) -> list[Token]:
    """Who the trigger's verb has as subject: the speaker its clitic names, else its doers."""
    return _clitic_subject(parse, match) or _doers(parse, match.head, chances)


def _clitic_subject(parse: Parse, match: Match) -> list[Token]:
    """The subject a pronominal infinitive's clitic of the first person singular names, whatever the parser made
    its controller ("j'ai eu l'occasion de m'entretenir avec X"): the nearest "je" before it in the sentence.
    Only for a rule's pronominal verb, whose clitic is its subject's own."""
    verb = match.head
    if not match.rule.reflexive or verb.feat("VerbForm") != "Inf":
        return []
    clitic = next((c for c in parse.children(verb.i) if c.pos == "PRON" and c.feat("Person") == "1"
                   and c.feat("Number") == "Sing" and c.i < verb.i), None)
    if clitic is None:
        return []
    return [t for t in parse.sentence_tokens(verb.sent)[::-1] if t.i < clitic.i and t.pos == "PRON"
            and t.feat("Person") == "1" and t.feat("Number") == "Sing" and t.dep in SUBJECT_DEPS][:1]


def _havers(parse: Parse, noun: Token) -> list[Token]:
    """Who has a chance or a resolve, named as the noun's complement ("de l'Union européenne", "Russia's")."""
    return [t for t in possessors(parse, noun) if t.pos in {"PROPN", "NOUN"}]


def _reported_by(parse: Parse, match: Match, known: DocumentEntities, reporters: frozenset[str],
                 chances: frozenset[str]) -> list[str]:
    """Who says what an impersonal clause tells, when a verb of saying (cue ``participants.reporters``) governs it
    within four steps: "Les présidents français et nigérien tiennent à rappeler que tous les moyens seront mis en
    oeuvre pour élucider" is their inquiry, not the issuer's alone. None through a relative clause or a conjunct.
    The caller keeps the issuer when they are all of its side."""
    below = match.head
    for above in parse.ancestors(match.head.i)[:4]:
        if below.dep in RELATIVE_DEPS or below.dep == "conj":
            return []
        if above.pos in {"VERB", "AUX"} and above.lemma.lower() in reporters:
            return [i for i in known.named_by(parse, _doers(parse, above, chances)) if known.is_party(i)]
        below = above
    return []
