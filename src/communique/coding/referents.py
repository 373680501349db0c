"""Referents of phrases that point back: a demonstrative phrase naming no one ("ce dialogue", "cet
événement", "these talks") stands for the parties the sentence before it names first."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from communique.coding.frames import (
    RELATIVE_DEPS,
    SUBJECT_DEPS,
    Setting,
    agents,
    clause_top,
    objects,
    phrase,
    prep_object,
    preposition,
    subjects,
)
from communique.coding.participants import DocumentEntities, ParticipantCues, with_conjuncts
from communique.parsed import Parse, Token


def demonstrative(parse: Parse, tok: Token, known: DocumentEntities, words: frozenset[str]) -> bool:
    """A noun phrase that names no entity and opens with a demonstrative ("cette initiative", "this decision");
    not one that names its own ("cette agression de la Russie")."""
    if tok.pos not in {"NOUN", "PROPN"} or known.named_by(parse, [tok]):
        return False
    return any(c.dep == "det" and c.text.lower() in words for c in parse.children(tok.i))


def earlier_parties(parse: Parse, tok: Token, known: DocumentEntities, exclude: Sequence[str]) -> list[str]:
    """The parties the sentence before ``tok``'s names first, with those coordinated with them.

    Neither places nor the side of ``exclude`` (the actor) count: "La France a appris le coup de force
    à Niamey au Niger. Elle condamne cet acte" → Niger.
    """
    own = {known.codes.get(i) for i in exclude}

    def party(entity_id: str) -> bool:
        return known.is_party(entity_id) and known.codes.get(entity_id) not in own

    before = parse.sentence_tokens(tok.sent - 1)
    first = next((t for t in before if any(party(i) for i in known.by_token.get(t.i, ()))), None)
    if first is None:
        return []
    return [i for i in known.named_by(parse, [first]) if party(i)]


def pointed_parties(parse: Parse, heads: Iterable[Token], known: DocumentEntities, words: frozenset[str],
                    exclude: Sequence[str]) -> list[str]:
    """The parties the first demonstrative phrase among ``heads`` points back to, or none."""
    for head in heads:
        if demonstrative(parse, head, known, words):
            return earlier_parties(parse, head, known, exclude)
    return []


def paired_back(parse: Parse, heads: Sequence[Token], known: DocumentEntities, demonstratives: frozenset[str],
                pair: frozenset[str]) -> list[str]:
    """The two sides a demonstrative phrase of two among the heads or their conjuncts stands for ("entre la France
    et ces deux pays", "these two countries"): the last two parties named (not by a pronoun) before it, in its
    sentence or the one before, but those its own coordination or its verb's subject names; none unless two are
    found."""
    tokens = with_conjuncts(parse, heads)
    own = {known.codes.get(i) for t in tokens for i in known.by_token.get(t.i, ())}
    for tok in tokens:
        kids = parse.children(tok.i)
        if not (demonstrative(parse, tok, known, demonstratives) and any(c.text.lower() in pair for c in kids)):
            continue
        verb = next((a for a in parse.ancestors(tok.i) if a.pos in {"VERB", "AUX"}), None)
        if verb is not None:  # "Japan welcomed the talks between these two countries": not Japan's
            own |= {known.codes.get(i) for i in known.named_by(parse, subjects(parse, verb))}
        sides: list[str] = []
        taken = set(own)  # one entity per side
        earlier = [t for s in (tok.sent - 1, tok.sent) for t in parse.sentence_tokens(s) if t.i < tok.i]
        for t in reversed(earlier):
            for i in known.by_token.get(t.i, ()) if t.pos != "PRON" else ():  # named, not pointed at ("she")
                code = known.codes.get(i)
                if known.is_party(i) and code not in taken:
                    sides.append(i)
                    taken.add(code)
            if len(sides) >= 2:
                return sides[:2][::-1]
    return []


def possessive(parse: Parse, noun: Token, words: frozenset[str]) -> Token | None:
    """The noun's possessive determiner among ``words`` ("son offensive", "their withdrawal"), if any, with only
    adjectives between them ("their steady, clear and firm backing"), not a misparsed one further back."""
    det = next((c for c in parse.children(noun.i) if c.dep in {"det", "poss", "nmod:poss"}
                and c.text.lower() in words), None)
    if det is None or det.i > noun.i:
        return None
    between = parse.tokens[det.i + 1 : noun.i]
    return det if all(t.pos in {"ADJ", "ADV", "CCONJ", "PUNCT"} and t.text not in {'"', "«", "»", "“", "”"}
                      for t in between) else None


def plural(det: Token, words: frozenset[str]) -> bool:
    """A possessive of several owners: tagged plural, or one of ``words`` (cues ``plural_possessives``: French
    parsers tag "leur" as singular)."""
    return det.feat("Number") == "Plur" or det.text.lower() in words


def owner_parties(parse: Parse, det: Token, known: DocumentEntities, plural_words: frozenset[str]) -> list[str]:
    """The party a third-person possessive stands for: the last one named before it in its sentence, else (a
    singular one) in the sentence before, with those coordinated with it ("L'Arménie et l'Azerbaïdjan ... leur
    retrait"). Places own nothing ("en Ukraine, son armée" is no one's)."""
    for sent in (det.sent,) if plural(det, plural_words) else (det.sent, det.sent - 1):
        first = _last_party(parse, sent, det.i, known)
        if first is not None:
            return [i for i in known.named_by(parse, [first]) if known.is_party(i)]
    return []


def initiated(parse: Parse, verbs: Sequence[Token], known: DocumentEntities, cues: ParticipantCues,
              sides: tuple[Sequence[str], Sequence[str]]) -> tuple[list[str], list[str]] | None:
    """A talk's actor and recipients when a phrase says who started it ("at the Italian side's initiative",
    "à la demande de ce dernier"): that side acts, the other participants receive; None if no phrase says so."""
    actor, recipient = sides
    everyone = [*actor, *(i for i in recipient if i not in actor)]
    for noun in _initiative_nouns(parse, verbs, cues.initiative):
        codes = {known.codes.get(i) for i in everyone}
        named = [i for i in known.named_in(phrase(parse, noun)) if known.codes.get(i) in codes]
        if not named:
            named = _pointed_side(parse, noun, known, everyone, cues)
        starter = {known.codes.get(i) for i in named}
        others = [i for i in everyone if known.codes.get(i) not in starter]
        if starter <= {known.codes.get(i) for i in actor} and (recipient or _convened(parse, verbs)):
            continue  # "X and Y convened Z at X's initiative", "ont réuni les partenaires du Liban à l'initiative
            # de X": the conveners stay the actors
        if starter and others:
            return [i for i in everyone if known.codes.get(i) in starter], others
    return None


def _convened(parse: Parse, verbs: Sequence[Token]) -> bool:
    """Whether the verbs have an object other than the event itself: whom they convened, named or not."""
    own = {v.i for v in verbs}
    return any(o.i not in own for v in verbs for o in objects(parse, v))


def _initiative_nouns(parse: Parse, verbs: Sequence[Token], words: frozenset[str]) -> list[Token]:
    """The nouns of initiative introduced by a preposition on the verbs (or on their objects)."""
    holders = [*verbs, *(o for v in verbs for o in objects(parse, v))]
    return [prep_object(parse, c) for h in holders for c in parse.children(h.i)
            if preposition(parse, c) is not None and prep_object(parse, c).lemma.lower() in words]


def _pointed_side(parse: Parse, noun: Token, known: DocumentEntities, everyone: Sequence[str],
                  cues: ParticipantCues) -> list[str]:
    """The participant "the latter" / "the former" points to: the one named last / first before the phrase."""
    words = {t.lemma.lower() for t in phrase(parse, noun)} | {t.text.lower() for t in phrase(parse, noun)}
    if not words & (cues.latter | cues.former):
        return []
    sentence = next(s for s in parse.sentences if s.token_start <= noun.i < s.token_end)
    before = known.named_in(parse.tokens[sentence.token_start : noun.i])
    order = [i for i in before if i in everyone]
    if not order:
        return []
    pick = order[-1] if words & cues.latter else order[0]
    return [i for i in everyone if known.codes.get(i) == known.codes.get(pick)]


def author(parse: Parse, noun: Token, documents: frozenset[str], known: DocumentEntities) -> list[Token]:
    """Who a document noun (cue ``participants.documents``) stands for when a clause on it names who published it
    ("la déclaration que la CEDEAO a publiée", "the statement issued by the AU"): that clause's subject or agent;
    a pronoun there, the party named last before it ("la position du Sénégal dans la déclaration qu'il a
    publiée"); else the noun itself. That clause's own subject pronoun ("qu'il a publiée et exhorte") is read the
    same way."""
    text = _described(parse, noun) if noun.pos == "PRON" else noun
    if text.pos != "NOUN" or text.lemma.lower() not in documents:
        return [noun]
    noun = text
    for verb in parse.children(noun.i):
        if verb.dep not in {*RELATIVE_DEPS, "acl"} or verb.pos != "VERB":
            continue
        found = [t for t in (*subjects(parse, verb), *agents(parse, verb)) if t.i != noun.i]
        named = [t for t in found if t.pos != "PRON"]
        if named:
            return named
        if found:
            party = _last_party(parse, found[0].sent, found[0].i, known)
            return [party] if party is not None else [noun]
    return [noun]


def lost_antecedent(parse: Parse, heads: Iterable[Token], known: DocumentEntities, exclude: Sequence[str],
                    places: frozenset[str]) -> list[str]:
    """A relative pronoun that the parser left without the noun it stands for (its clause hung on the main verb:
    "les décisions de la Turquie en matière d'exploration, qui doivent cesser") stands for the party named last
    before it in its sentence by its name, but one in a phrase of place (``places``: "en mer du Japon") or the
    side of ``exclude``. An adjective names a place there as often as a party ("au-dessus des îles grecques")."""
    own = {known.codes.get(i) for i in exclude}
    for head in heads:
        if head.pos != "PRON" or not (head.feat("PronType") == "Rel" or head.tag in {"WDT", "WP"}):
            continue
        for tok in reversed(parse.tokens[parse.sentences[head.sent].token_start : head.i]):
            ids = [i for i in known.by_token.get(tok.i, ()) if known.is_party(i) and known.codes.get(i) not in own]
            if ids and tok.pos == "PROPN" and not _in_place(parse, tok, places):
                return ids
    return []


def _in_place(parse: Parse, tok: Token, places: frozenset[str]) -> bool:
    """Whether the token stands in a phrase of place ("en mer du Japon", "in the Sea of Japan"): one of the
    ``places`` prepositions introduces it or a noun it hangs on, below its verb."""
    for t in (tok, *parse.ancestors(tok.i)[:3]):
        if t.pos in {"VERB", "AUX"}:
            return False
        if preposition(parse, t) in places:
            return True
    return False


def _last_party(parse: Parse, sent: int, before: int, known: DocumentEntities) -> Token | None:
    """The phrase naming the party (no place) mentioned last in sentence ``sent`` before token ``before``, from the
    first of those coordinated with it ("la Pologne et la Lituanie"); None if no party comes before."""
    named = [t for t in parse.sentence_tokens(sent) if t.i < before
             and any(known.is_party(i) for i in known.by_token.get(t.i, ()))]
    if not named:
        return None
    first = named[-1]
    while first.dep == "conj" and first.head != first.i:
        first = parse.tokens[first.head]
    return first


def _described(parse: Parse, pronoun: Token) -> Token:
    """The noun whose relative clause has ``pronoun`` as its subject (through the conjuncts and infinitives the
    clause's verb has), else the pronoun itself."""
    if pronoun.dep not in SUBJECT_DEPS or pronoun.head == pronoun.i:
        return pronoun
    verb = clause_top(parse, parse.tokens[pronoun.head])
    if verb.dep in {*RELATIVE_DEPS, "acl"} and verb.head != verb.i:
        return parse.tokens[verb.head]
    return pronoun


def body_state(parse: Parse, heads: Iterable[Token], known: DocumentEntities, bodies: frozenset[str],
               exclude: Sequence[str]) -> list[str]:
    """The state an unnamed national body among ``heads`` (cue ``participants.bodies``: "les autorités", "the
    junta") belongs to: the one state, besides the actor's and the issuer's, named in its sentence or the one
    before, else (none named there) in the text before; none if no such body or if several states are named."""
    body = next((h for h in heads if h.pos == "NOUN" and h.lemma.lower() in bodies
                 and not known.named_by(parse, [h])), None)
    if body is None:
        return []
    own = {known.codes.get(i) for i in (*exclude, *known.issuer)}
    near = [*parse.sentence_tokens(body.sent - 1), *parse.sentence_tokens(body.sent)]
    states = _other_states(known, near, own)
    if not states:  # "X is concerned by the situation in Mali. It condemns it. It urges the junta to ..."
        states = _other_states(known, parse.tokens[: near[0].i if near else 0], own)
    return states[:1] if len({known.codes.get(i) for i in states}) == 1 else []


def context_states(parse: Parse, trigger: Token, known: DocumentEntities, own: Iterable[str],
                   places: Setting) -> list[str]:
    """The states a statement that names no one it is done to is about: those named in its sentence, else in
    the one before, whose code is not that of ``own`` (its actor's side, the issuer, the group of speakers);
    one per code. "La Turquie a de nouveau ... Ces agissements ne resteront pas impunis." -> Turkey.
    A state named only as a place (a phrase ``places`` opens: "in Belarus", "au Mali", not "au sujet de") is
    where things happen, not whom they concern."""
    codes = {known.codes.get(i) for i in own}
    for k in (trigger.sent, trigger.sent - 1):
        tokens = parse.sentence_tokens(k)
        placed = {t.i for p in tokens if places.opens(parse, p) and prep_object(parse, p).i in known.by_token
                  for t in phrase(parse, p)}
        found: dict[str | None, str] = {}
        for i in _other_states(known, [t for t in tokens if t.i not in placed], codes):
            found.setdefault(known.codes.get(i), i)
        if found:
            return list(found.values())
    return []


def _other_states(known: DocumentEntities, tokens: Sequence[Token], own: set[str | None]) -> list[str]:
    """The states named in ``tokens`` whose code is not in ``own``, in text order."""
    return [i for i in known.named_in(tokens) if i in known.states and known.codes.get(i) not in own]
