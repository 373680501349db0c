"""The complement fallback: an argument guessed from anywhere in the trigger's clause (slot ``complement``).

What the clause names, but its subject, the verbs coordinated with the trigger's (other statements) and the
phrases of the act's frame; first without the phrases of the event's setting (its place, a talk's topic); of a
recipient, the agent of a passive or an infinitive if named, else the parties named under the fewest verbs.
"""

from __future__ import annotations

from collections.abc import Sequence

from communique.coding.frames import (
    AGENT_DEPS,
    CASE_DEPS,
    OBLIQUE_DEPS,
    PASSIVE_AUX_DEPS,
    Setting,
    clause,
    prep_object,
    preposition,
    subjects,
)
from communique.coding.participants import DocumentEntities
from communique.parsed import Parse, Token


def complement(parse: Parse, heads: tuple[Token, Token], known: DocumentEntities, exclude: Sequence[str],
               preps: tuple[Setting, frozenset[str]], whole: bool = False,
               conditions: frozenset[str] = frozenset(), frames: frozenset[str] = frozenset()) -> list[str]:
    """A guess from anywhere in the clause of ``heads`` (the trigger's verb, the trigger), never the actor's own side
    ("nos relations").

    If another is named, never where the event happens (a person is no place: "à Vladimir Poutine") nor, for a
    talk, what it is about ("avec le président égyptien au sujet de la crise au Yémen"). Of the recipients, the
    agent of a passive or an infinitive if named ("que ce plan soit accepté par la Serbie avec le Kosovo").
    ``preps``: those of place (and whether nested phrases count), and those of an agent. Of a clause of condition
    or of reason (``conditions``), only its subject: "will respond if Russia invades Ukraine" is a warning to
    Russia, "warned against blaming Russia, since it was NATO that ..." names no one warned. A phrase of ``frames``
    on a verb or a participle names the frame of the act or who acts with the actor, never whom it concerns
    ("dans le cadre de la coprésidence du groupe de Minsk", "en parfaite harmonie avec l'Union européenne"); on a
    noun it is the act's content ("la nécessité d'une plus grande concertation entre la Grèce et la Turquie").
    """
    setting, agent = preps
    head, trigger = heads
    subject = [t.i for t in subjects(parse, head)] + _beside_condition(parse, head, conditions) \
        + [c.i for c in parse.children(head.i) if c.dep == "conj" and c.pos in {"VERB", "AUX"}]
    framed = [t.i for t in clause(parse, head, frozenset()) if t.lemma.lower() in frames and t.pos == "NOUN"
              and preposition(parse, t) is not None and parse.tokens[t.head].pos in {"VERB", "AUX", "ADJ"}]
    own = {known.codes.get(i) for i in exclude}
    places = [t for t in _setting(parse, head, trigger, setting)
              if not set(known.named_by(parse, [prep_object(parse, t)])) & known.people]
    never = {*subject, *framed}
    for skip in ({*never, *(t.i for t in places)}, never):
        inside = clause(parse, head, frozenset(skip))
        ids = [i for i in known.named_in(inside) if i not in exclude and known.codes.get(i) not in own]
        if ids and not whole:
            doers = [prep_object(parse, t) for t in inside if _agent(parse, t, agent)]
            named = [i for i in known.named_by(parse, doers) if i in ids]
            return named or _nearest(parse, head, inside, ids, known)
        if ids:
            return ids
    return []


def _nearest(parse: Parse, head: Token, inside: Sequence[Token], ids: list[str], known: DocumentEntities) -> list[str]:
    """Of the entities named inside the clause, those named under the fewest verbs below its head: not the
    aggressor named in a purpose clause ("son aide à l'Ukraine pour l'aider à résister à l'agression de la
    Russie"), but the topic of a noun ("sa préoccupation sur la situation en Syrie")."""
    best: dict[str, int] = {}
    for tok in inside:
        for entity_id in known.by_token.get(tok.i, ()):
            if entity_id in ids:
                steps = _steps(parse, tok, head)
                best[entity_id] = min(best.get(entity_id, steps), steps)
    nearest = min(best.values(), default=0)
    return [i for i in ids if best.get(i, nearest) <= nearest]


def _steps(parse: Parse, tok: Token, head: Token) -> int:
    """How many verbs (heads of clauses) stand between ``tok`` and ``head``, a coordinated one not counted."""
    steps = 0
    while tok.i != head.i and tok.head != tok.i:
        steps += tok.dep != "conj" and tok.pos in {"VERB", "AUX"}
        tok = parse.tokens[tok.head]
    return steps


def _beside_condition(parse: Parse, head: Token, conditions: frozenset[str]) -> list[int]:
    """The dependents of the verbs of condition under ``head`` ("if Russia invades Ukraine"), their mark and
    subject excepted."""
    out: list[int] = []
    for verb in clause(parse, head, frozenset()):
        if verb.i == head.i:  # the French parser hangs "si ..." as a clausal complement as often as an adverbial
            continue
        kids = parse.children(verb.i)
        if not any(c.dep in CASE_DEPS and c.lemma.lower() in conditions for c in kids):
            continue
        keep = {_under(parse, verb, t).i for t in subjects(parse, verb)}  # a passive's "by Russia" too
        out.extend(c.i for c in kids if c.i not in keep and c.dep not in CASE_DEPS)
    return out


def _under(parse: Parse, verb: Token, tok: Token) -> Token:
    """The verb's dependent whose subtree holds ``tok`` (``tok`` itself if it hangs on the verb)."""
    while tok.head not in {verb.i, tok.i}:
        tok = parse.tokens[tok.head]
    return tok


def _agent(parse: Parse, tok: Token, preps: frozenset[str]) -> bool:
    """Who is to do what a passive or an infinitive says ("soit accepté par la Turquie", "to introduce sanctions
    by the EU"), not a bare participle's agent ("la médiation engagée par l'Allemagne")."""
    if tok.dep not in AGENT_DEPS and not (tok.dep in {"prep", *OBLIQUE_DEPS} and preposition(parse, tok) in preps):
        return False
    verb = parse.tokens[tok.head]
    if verb.pos != "VERB":
        return False
    passive_aux = any(c.dep in PASSIVE_AUX_DEPS for c in parse.children(verb.i))
    return passive_aux or verb.feat("VerbForm") == "Inf" or verb.tag == "VB"


def _setting(parse: Parse, head: Token, trigger: Token, setting: Setting) -> list[Token]:
    """The trigger's and its verb's own phrases of place ("en Libye", "in Kyiv"); for a talk, also those nested in
    another phrase ("au sujet de la crise au Yémen"), not for a concern ("son inquiétude sur le Soudan")."""
    if setting.nested:
        return [t for t in clause(parse, head, frozenset()) if t.i != head.i and setting.opens(parse, t)]
    own = {head.i: head, trigger.i: trigger}.values()
    return [t for v in own for t in parse.children(v.i) if setting.opens(parse, t)]
