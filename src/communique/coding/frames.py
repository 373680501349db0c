"""Reading a trigger's dependency frame: subject, object, prepositional dependents, possessor, clause.

Works on both the Universal Dependencies trees of the French pipeline (case-marked
obliques, ``obl:agent``) and the ClearNLP-style trees of the English one (``prep`` →
``pobj``, ``agent``, ``poss``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from communique.clause import finite_form
from communique.parsed import Parse, Token

SUBJECT_DEPS = frozenset({"nsubj", "expl:subj", "csubj"})
# The English trees' empty subject ("there may be"); the French ones mark theirs "expl:subj", a subject.
EXPLETIVE_DEPS = frozenset({"expl"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubj:pass", "nsubjpass", "csubj:pass", "csubjpass"})
PASSIVE_AUX_DEPS = frozenset({"aux:pass", "auxpass"})
OBJECT_DEPS = frozenset({"obj", "dobj", "iobj", "dative"})
OBLIQUE_DEPS = frozenset({"obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "iobj", "advcl", "xcomp", "acl"})
AGENT_DEPS = frozenset({"obl:agent", "agent"})
CASE_DEPS = frozenset({"case", "mark"})
RELATIVE_DEPS = frozenset({"acl:relcl", "relcl"})
POSSESSOR_DEPS = frozenset({"nmod", "nmod:poss", "poss", "amod", "compound"})
# Dependents that belong to a name's own phrase (first and last names, appositions, "de la Russie").
PHRASE_DEPS = frozenset({"flat:name", "flat", "compound", "appos", "nmod", "amod", "conj", "poss", "nmod:poss"})
# Dependents that link a verb to the verb it shares its subject with.
SHARED_SUBJECT_DEPS = frozenset({"conj", "xcomp"})


def subjects(parse: Parse, verb: Token) -> Iterator[Token]:
    """Who does what the verb says: its subject (through coordination, control and relatives), or a passive's agent."""
    if passive(parse, verb):
        yield from agents(parse, verb)
        return
    tok: Token | None = verb
    seen = set()
    while tok is not None and tok.i not in seen:
        seen.add(tok.i)
        kids = parse.children(tok.i)
        subj = [c for c in kids if c.dep in SUBJECT_DEPS or (c.dep in PASSIVE_SUBJECT_DEPS and pronominal(kids))]
        if not subj and tok.i != verb.i and passive(parse, tok):
            # "La France est déterminée à soutenir", "X a été invité par Y à participer": the passive's subject
            subj = [c for c in kids if c.dep in PASSIVE_SUBJECT_DEPS]
        if subj:
            for s in subj:
                yield _antecedent(parse, tok, s)
            return
        if any(c.dep in EXPLETIVE_DEPS for c in parse.children(tok.i)):
            return  # "said there may be a ceasefire": the clause's subject is an empty "there", not the speaker
        # "X a accepté ... et souligné": the second verb shares the first one's subject;
        # "X a accepté d'effectuer": the infinitive shares its governor's subject;
        # "X a appelé la Russie à respecter": unless the governor has an object, who then acts.
        infinitive = tok.dep in {"xcomp", "advcl", "ccomp"} and tok.feat("VerbForm") in {"Inf", None}
        infinitive = infinitive or _gerund(parse, tok)
        shares = tok.dep in SHARED_SUBJECT_DEPS or infinitive
        by = _prepositional_gerund(parse, tok)
        if by is not None:  # "France responded by proposing talks": the verb the preposition hangs on
            tok = by
            continue
        if not shares or tok.head == tok.i:
            return
        governor = parse.tokens[tok.head]
        if tok.dep == "conj" and _subordinate(parse, governor) and _has_aux(parse, tok) \
                and not _has_aux(parse, governor):
            # "a demandé ... pour que le régime mette un terme à ..., et a exprimé sa préoccupation":
            # a verb with its own auxiliary is coordinated with the main clause, not the subordinate one
            governor = parse.tokens[governor.head]
        elif tok.dep == "conj" and finite_form(tok) and not finite_form(governor):
            # "They affirm the right to choose its alliances and reject any attempts": a finite verb the parser
            # coordinated with an infinitive belongs to the finite clause above
            governor = next((a for a in parse.ancestors(governor.i) if a.pos in {"VERB", "AUX"} and finite_form(a)),
                            governor)
        controller = [c for c in parse.children(governor.i) if c.dep in {"obj", "dobj"} and c.i < tok.i]
        if infinitive and tok.dep != "conj" and controller and _marked_infinitive(parse, tok):
            yield from controller
            return
        tok = governor


def _gerund(parse: Parse, verb: Token) -> bool:
    """A gerund after its verb, with its marker: "X s'est exprimé en proposant un dialogue" (it shares the verb's
    subject). English trees hang "by opening" on the preposition: see ``_prepositional_gerund``."""
    if verb.dep != "advcl" or verb.feat("VerbForm") not in {"Ger", "Part"} or verb.i < verb.head:
        return False
    return any(c.dep in CASE_DEPS and c.lemma.lower() in parse.grammar.gerund_marks for c in parse.children(verb.i))


def _prepositional_gerund(parse: Parse, verb: Token) -> Token | None:
    """The verb an English gerund after a gerund marker hangs on through its preposition ("responded by proposing
    talks" → "responded"), or None."""
    if verb.dep != "pcomp" or verb.tag != "VBG" or verb.head == verb.i:
        return None
    prep = parse.tokens[verb.head]
    if prep.lemma.lower() not in parse.grammar.gerund_marks or prep.head == prep.i:
        return None
    governor = parse.tokens[prep.head]
    return governor if governor.pos in {"VERB", "AUX"} else None


def _subordinate(parse: Parse, verb: Token) -> bool:
    """A verb introduced by a subordinating conjunction ("pour que ... mette", "that ... would")."""
    return verb.head != verb.i and any(c.dep == "mark" and c.pos == "SCONJ" for c in parse.children(verb.i))


def _has_aux(parse: Parse, verb: Token) -> bool:
    return any(c.dep.startswith("aux") for c in parse.children(verb.i))


def _marked_infinitive(parse: Parse, verb: Token) -> bool:
    """An infinitive introduced by "à", "de" or "to" ("appelé la Russie à respecter", "urged Russia to")."""
    if verb.feat("VerbForm") != "Inf" and verb.tag != "VB":
        return False
    return any(c.dep in {"mark", "aux", "case"} and c.i < verb.i for c in parse.children(verb.i))


def passive(parse: Parse, verb: Token) -> bool:
    """Whether the verb is passive ("a été rappelé", "was recalled"); a pronominal verb is not, whatever the
    parser says ("se sont accordées", "s'étaient entretenus")."""
    kids = parse.children(verb.i)
    return not pronominal(kids) and any(c.dep in PASSIVE_AUX_DEPS or c.dep in PASSIVE_SUBJECT_DEPS for c in kids)


def pronominal(kids: tuple[Token, ...]) -> bool:
    """Whether a verb's dependents include its reflexive clitic ("se", "s'")."""
    return any(c.feat("Reflex") == "Yes" or c.dep == "expl:comp" for c in kids)


def agents(parse: Parse, verb: Token) -> Iterator[Token]:
    """The agent of a passive ("par la France", "by France")."""
    for child in parse.children(verb.i):
        if child.dep in AGENT_DEPS:
            yield prep_object(parse, child)


def objects(parse: Parse, verb: Token) -> Iterator[Token]:
    """Direct and indirect objects; a passive's subject."""
    for child in parse.children(verb.i):
        if child.dep in OBJECT_DEPS or child.dep in PASSIVE_SUBJECT_DEPS:
            yield child


def prepositional(parse: Parse, trigger: Token, preps: frozenset[str]) -> Iterator[Token]:
    """Dependents introduced by one of the prepositions ("avec Vladimir Poutine", "with Ukraine")."""
    for child in parse.children(trigger.i):
        if preposition(parse, child) in preps:
            yield prep_object(parse, child)


def possessors(parse: Parse, noun: Token) -> Iterator[Token]:
    """Who a noun's event belongs to: "de la Russie", "Russia's", "russes" (adjectives and genitives)."""
    for child in parse.children(noun.i):
        own = child.dep in {"poss", "nmod:poss", "amod", "compound"}
        if own or (child.dep == "nmod" and preposition(parse, child) in {None, *parse.grammar.genitives}):
            yield child
        elif child.dep == "prep" and child.lemma.lower() in parse.grammar.genitives:
            yield prep_object(parse, child)


def owners(parse: Parse, noun: Token) -> Iterator[Token]:
    """A noun's owner without its "of" complement: "Russia's", "russe", "la Russie" in "sa" cases excepted."""
    for child in parse.children(noun.i):
        if child.dep in {"poss", "nmod:poss", "amod", "compound"} and child.pos != "DET":
            yield child


def clause(parse: Parse, root: Token, skip: frozenset[int]) -> tuple[Token, ...]:
    """The tokens under ``root`` in its sentence, without the subtrees rooted at ``skip``."""
    out = [root]
    stack = [root]
    while stack:
        tok = stack.pop()
        for child in parse.children(tok.i):
            if child.i in skip:
                continue
            out.append(child)
            stack.append(child)
    return tuple(sorted(out, key=lambda t: t.i))


def phrase(parse: Parse, head: Token) -> tuple[Token, ...]:
    """The head and the dependents that belong to its noun phrase, recursively."""
    out = [head]
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in parse.children(tok.i):
            if child.dep in PHRASE_DEPS or child.dep in CASE_DEPS or child.dep in {"det", "prep", "pobj"} \
                    or (child.dep == "npadvmod" and tok.dep == "amod"):  # "Gaza-based", "Saudi-led"
                out.append(child)
                stack.append(child)
    return tuple(sorted(out, key=lambda t: t.i))


def preposition(parse: Parse, tok: Token) -> str | None:
    """The preposition introducing a dependent ("avec" in "avec Vladimir Poutine")."""
    if tok.dep in {"prep", "agent", "dative"} and tok.pos == "ADP":  # English trees: the preposition is the dependent
        return tok.lemma.lower()
    if tok.dep not in OBLIQUE_DEPS:
        return None
    for child in parse.children(tok.i):
        if child.dep in CASE_DEPS and child.i < tok.i:
            return child.lemma.lower()
    return None


def prep_object(parse: Parse, tok: Token) -> Token:
    """The noun a preposition governs (English trees), or the oblique itself."""
    if tok.dep in {"prep", "agent", "dative"}:
        for child in parse.children(tok.i):
            if child.dep == "pobj":
                return child
    return tok


def clause_top(parse: Parse, verb: Token) -> Token:
    """The verb a conjunct or an infinitive goes up to through the conjuncts and infinitives it hangs on:
    "qu'il vient de publier et qui appelle" → "vient"."""
    while verb.dep in SHARED_SUBJECT_DEPS and verb.head != verb.i:
        verb = parse.tokens[verb.head]
    return verb


def _antecedent(parse: Parse, verb: Token, subject: Token) -> Token:
    """A relative pronoun stands for the noun its clause describes ("la CEDEAO, qui appelle"), also as the subject
    of a verb the parser made a conjunct inside the clause ("la déclaration qu'il vient de publier et qui appelle")."""
    relative = subject.feat("PronType") == "Rel" or subject.tag in {"WDT", "WP"}
    if subject.pos != "PRON" or not relative:
        return subject
    first = clause_top(parse, verb)
    if first.dep in RELATIVE_DEPS or (first.i != verb.i and first.dep == "acl"):
        described = parse.tokens[first.head]
        # a relative clause hung on a verb has lost its noun: the pronoun stays for the caller to resolve
        return subject if described.pos in {"VERB", "AUX"} else described
    return subject


@dataclass(frozen=True)
class Setting:
    """The prepositions of an event's setting (place, and a talk's topic), whether phrases nested in others
    count, and the nouns that make such a preposition part of a longer one ("au sujet de", "in the framework
    of"), whose phrase is no setting."""

    preps: frozenset[str] = frozenset()
    nested: bool = False
    locutions: frozenset[str] = frozenset()

    def opens(self, parse: Parse, tok: Token) -> bool:
        """Whether a dependent is a phrase of the setting ("en Libye", "au Mali"; not "au sujet de")."""
        return preposition(parse, tok) in self.preps and prep_object(parse, tok).lemma.lower() not in self.locutions
