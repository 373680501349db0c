"""Mentions -> entities: names, titles, adjectives, compounds, pronouns and unknown names."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from communique.kb import KBEntry, KnowledgeBase
from communique.linking.gazetteer import Gazetteer
from communique.linking.titles import TitleSense, expand_titles, load_titles
from communique.parsed import Parse
from communique.records import Document, Entity, EntityType, Mention, MentionKind

# Alias kinds of the KB and the mention kind each gives.
_KIND: dict[str, MentionKind] = {
    "name": "name", "metonym": "name", "adjective": "demonym", "demonym": "demonym", "prefix": "demonym",
}
# NER labels of the spaCy pipelines and the entity type an unlinked name takes.
_NER_TYPES: dict[str, EntityType] = {
    "PER": "PERSON", "PERSON": "PERSON", "ORG": "ORG", "NORP": "STATE", "GPE": "PLACE", "LOC": "PLACE",
    "FAC": "PLACE", "EVENT": "OTHER", "LAW": "OTHER", "MISC": "OTHER",
}
_COMPOUND = re.compile(r"\b(\w+)-(\w+)(?:-(\w+))?\b")
_PRONOUN_SUBJECTS = {"nsubj", "nsubj:pass", "expl:subj", "nsubjpass"}


@dataclass(frozen=True)
class _Found:
    """A mention and the KB entry (or unlinked name) it refers to."""

    start: int
    end: int
    kind: MentionKind
    entry: KBEntry | None
    name: str = ""
    type: EntityType = "OTHER"


@dataclass
class Linker:
    """Links the mentions of one language's texts to a knowledge base."""

    language: str
    kb: KnowledgeBase
    names: Gazetteer[tuple[str, str]]
    titles: Gazetteer[TitleSense]
    prefixes: dict[str, str]
    pronouns: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def for_language(cls, code: str, kb: KnowledgeBase) -> Linker:
        """Build the gazetteers of a language from the KB and ``titles.yaml``."""
        aliases = list(kb.aliases(code))
        rules, articles = load_titles(code)
        state_forms: dict[str, list[str]] = {}
        prefixes: dict[str, str] = {}
        for a in aliases:
            entry = kb.get(a.entry_id)
            if entry is None or entry.type != "STATE":
                continue
            if a.kind == "prefix":
                prefixes[a.text.lower()] = a.entry_id
            elif a.kind == "adjective":
                state_forms.setdefault(a.entry_id, []).append(a.text)
            elif a.kind == "name":
                state_forms.setdefault(a.entry_id, []).extend(art + a.text for art in articles)
        return cls(
            language=code,
            kb=kb,
            names=Gazetteer((a.text, (a.entry_id, a.kind)) for a in aliases if a.kind != "prefix"),
            titles=Gazetteer(expand_titles(rules, state_forms)),
            prefixes=prefixes,
        )

    def link(self, doc: Document, parse: Parse) -> list[Entity]:
        """Every entity of a document with all its mentions, in order of first mention."""
        on = doc.published or dt.date.today()
        found: list[_Found] = []
        taken = bytearray(len(doc.text) + 1)
        for title in self.titles.find(doc.text):
            for holder in self._resolve_title(title.values[0], doc, on, found):
                found.append(_Found(title.start, title.end, "title", holder))
            taken[title.start : title.end] = b"\x01" * (title.end - title.start)
        compounds = list(self._compounds(doc.text, taken))
        for hit in self.names.find(doc.text):
            if any(taken[hit.start : hit.end]):
                continue
            entry_id, kind = self._choose(hit.values, on)
            found.append(_Found(hit.start, hit.end, _KIND.get(kind, "name"), self.kb.get(entry_id)))
            taken[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
        found.extend(compounds)
        found.extend(self._unlinked(parse, taken))
        found.extend(self._pronouns(parse, found))
        return _group(found, self.kb, on, doc.text)

    def _choose(self, values: Sequence[tuple[str, str]], on: dt.date) -> tuple[str, str]:
        """Among entries sharing an alias, one in office on the date, else a state, else the first."""
        for entry_id, kind in values:
            if self.kb.office_on(entry_id, on) is not None:
                return entry_id, kind
        for entry_id, kind in values:
            entry = self.kb.get(entry_id)
            if entry is not None and entry.type == "STATE":
                return entry_id, kind
        return values[0]

    def _resolve_title(
        self, sense: TitleSense, doc: Document, on: dt.date, found: Sequence[_Found]
    ) -> list[KBEntry]:
        rule = sense.rule
        owners: list[str] = []
        if rule.of == "issuer" and doc.issuer:
            owners.append(f"state/{doc.issuer}")
            if rule.both:
                counterpart = _counterpart(found, doc.issuer)
                if counterpart:
                    owners.append(f"state/{counterpart}")
        elif rule.of == "slot" and sense.state:
            owners.append(sense.state)
        elif "/" in rule.of:
            owners.append(rule.of)
        out: list[KBEntry] = []
        for owner in owners:
            out.extend(self.kb.holders(rule.role, owner, on)[:1])
        return out

    def _compounds(self, text: str, taken: bytearray) -> Iterable[_Found]:
        """``franco-russe``, ``russo-ukrainienne``: each part names a state."""
        for m in _COMPOUND.finditer(text):
            parts = [p for p in m.groups() if p]
            states = [self.prefixes.get(p.lower()) for p in parts[:-1]]
            if not states or not all(states):
                continue
            last = [h for h in self.names.find(parts[-1]) if h.values[0][1] in {"adjective", "name"}]
            if not last:
                continue
            ids = [s for s in states if s] + [last[0].values[0][0]]
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            for entry_id in ids:
                yield _Found(m.start(), m.end(), "demonym", self.kb.get(entry_id))

    def _unlinked(self, parse: Parse, taken: bytearray) -> Iterable[_Found]:
        """Names the NER found that the KB does not know: kept with their type and no id."""
        for span in parse.ents:
            if any(taken[span.start : span.end]) or not span.text[:1].isupper():
                continue
            etype = _NER_TYPES.get(span.label)
            if etype is None or etype == "STATE":
                continue
            yield _Found(span.start, span.end, "name", None, name=span.text, type=etype)

    def _pronouns(self, parse: Parse, found: Sequence[_Found]) -> Iterable[_Found]:
        """A third-person singular subject pronoun opening a sentence refers to the last person
        named as the subject of an earlier sentence."""
        subjects: list[tuple[int, KBEntry]] = []
        for f in found:
            if f.entry is None or f.entry.type != "PERSON":
                continue
            head = parse.head_of_span(f.start, f.end)
            if head is not None and head.dep in _PRONOUN_SUBJECTS:
                subjects.append((f.start, f.entry))
        subjects.sort(key=lambda s: s[0])
        for sent in parse.sentences:
            tok = parse.tokens[sent.token_start]
            if tok.pos != "PRON" or tok.dep not in _PRONOUN_SUBJECTS or tok.feat("Person") != "3":
                continue
            if tok.feat("Number") == "Plur":
                continue
            before = [entry for start, entry in subjects if start < sent.start]
            if before:
                yield _Found(tok.start, tok.end, "pronoun", before[-1])


def _counterpart(found: Sequence[_Found], issuer: str) -> str | None:
    """The state most often named, other than the issuer's."""
    codes = Counter(f.entry.code for f in found if f.entry is not None and f.entry.code and f.entry.code != issuer
                    and f.entry.type in {"STATE", "PERSON"} and len(f.entry.code) == 3)
    return codes.most_common(1)[0][0] if codes else None


def _group(found: Sequence[_Found], kb: KnowledgeBase, on: dt.date, text: str) -> list[Entity]:
    """One entity per KB entry (or per unlinked name), with mentions in text order."""
    order: list[str] = []
    mentions: dict[str, list[Mention]] = {}
    first: dict[str, _Found] = {}
    for f in sorted(found, key=lambda f: (f.start, f.end)):
        key = f.entry.id if f.entry is not None else f"unlinked/{f.type}/{f.name.casefold()}"
        if key not in mentions:
            order.append(key)
            mentions[key] = []
            first[key] = f
        m = Mention(f.start, f.end, text[f.start : f.end], f.kind)
        if m not in mentions[key]:
            mentions[key].append(m)
    entities = []
    for n, key in enumerate(order, 1):
        f = first[key]
        entry = f.entry
        office = kb.office_on(entry.id, on) if entry is not None else None
        entities.append(
            Entity(
                id=f"E{n}",
                name=entry.name if entry is not None else f.name,
                type=entry.type if entry is not None else f.type,
                code=entry.code if entry is not None else None,
                sector=entry.sector if entry is not None else None,
                office=office.title if office is not None else None,
                wikidata=entry.wikidata if entry is not None else None,
                kb_id=entry.id if entry is not None else None,
                mentions=tuple(mentions[key]),
            )
        )
    return entities
