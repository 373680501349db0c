"""Acts that a request asks for: "appelle la Russie à retirer ses troupes" codes the call, not a withdrawal."""

from __future__ import annotations

from collections.abc import Sequence

from communique.parsed import Parse, Token

# The dependencies of a clause that a request can ask for: an infinitive ("appelle la Russie à retirer"),
# a clause of "que" or "that" ("demande que les autorités s'engagent"), a purpose ("de tout faire pour que le
# régime mette un terme"), a coordinated act of the same mood. A noun phrase, an adjunct or a relative clause
# is no act asked for ("during the discussion of Russia's use of food", "les pays qui ont signé").
_ASKED_DEPS = frozenset({"xcomp", "ccomp", "advcl", "acl", "conj"})
_DEPTH = 6


def asked_for(parse: Parse, triggers: Sequence[Token], types: Sequence[str], asking: frozenset[str],
              continuers: frozenset[str]) -> list[bool]:
    """Whether each event, given by its trigger and type, is an act a request asks for: of another type than
    ``asking``, its trigger governed by a request's trigger.

    The asked act is what the request says, not an event of its own: "demande que les autorités s'engagent" is a
    request, and no commitment. Only verbs are asked for: a request's noun ("demande le retrait") is read by
    the rules themselves. A verb coordinated with the request's own ("appelle au calme et salue l'accord"), or
    told in a past tense ("a demandé que X mette fin ... et a exprimé sa préoccupation", where the parser
    coordinates the two), is another statement; what a request asks to go on (``continuers``: "must continue to
    document the crimes") is going on.
    """
    asks = {t.i for t, kind in zip(triggers, types, strict=True) if kind in asking}
    return [kind not in asking and bool(asks) and _under(parse, tok, asks, continuers)
            for tok, kind in zip(triggers, types, strict=True)]


def _under(parse: Parse, tok: Token, asks: set[int], continuers: frozenset[str]) -> bool:
    """Whether one of the ``asks`` tokens governs the verb ``tok`` through clauses it asks for."""
    if tok.pos not in {"VERB", "AUX"}:
        return False
    below = tok
    for above in parse.ancestors(tok.i)[:_DEPTH]:
        if below.dep not in _ASKED_DEPS or below.lemma.lower() in continuers \
                or (below.dep == "conj" and (above.i in asks or _told(parse, below))):
            return False
        if above.i in asks:
            return True
        below = above
    return False


def _told(parse: Parse, verb: Token) -> bool:
    """A verb told as a fact: in a past tense, with a tense auxiliary ("a exprimé"), or an English finite form
    ("condemned", "condemns"); the French present of a clause of "que" may be a subjunctive ("que le régime
    mette un terme ... et cesse")."""
    return verb.feat("Tense") in {"Past", "Imp"} or verb.tag in {"VBD", "VBZ"} \
        or any(c.dep in {"aux", "aux:tense"} for c in parse.children(verb.i))
