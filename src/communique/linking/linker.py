"""Mentions -> entities: names, titles, adjectives, compounds, pronouns and unknown names."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from communique.kb import KBEntry, KnowledgeBase
from communique.kb.model import ANY_LANGUAGE
from communique.linking.coordination import Coordination, exact, shared_readings
from communique.linking.fold import fold
from communique.linking.gazetteer import Gazetteer, Hit
from communique.linking.mentions import (
    Found,
    first_person,
    homeland,
    phrase_pattern,
    speaking_state,
    third_person,
    unknown_names,
)
from communique.linking.titles import TitleData, TitleSense, expand_titles, load_titles
from communique.parsed import Parse
from communique.records import Document, Entity, Mention, MentionKind
from communique.resources import load_language_config

# Alias kinds of the KB and the mention kind each gives.
_KIND: dict[str, MentionKind] = {
    "name": "name", "metonym": "name", "adjective": "demonym", "demonym": "demonym", "prefix": "demonym",
}
_PERSON_LABELS = frozenset({"PER", "PERSON"})
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubj:pass", "expl:subj", "nsubjpass", "obj", "dobj", "iobj"})
_COMPOUND = re.compile(r"\b(\w+)-(\w+)(?:-(\w+))?\b")
# How far after a title a name may start and still be the title's holder ("le Premier ministre
# de la République portugaise, M. António Costa"): a comma, a courtesy word.
_APPOSITION_CHARS = 8

# A gazetteer value: KB id, alias kind, and how the alias must be written in the text:
# "exact" (acronyms: US, WHO), "initial" (capitalized names: Sine, Pacifique), "capital@N" (the
# capital after an article: "the West"), "any".
NameValue = tuple[str, str, str]


@dataclass
class Linker:
    """Links the mentions of one language's texts to a knowledge base."""

    language: str
    kb: KnowledgeBase
    names: Gazetteer[NameValue]
    titles: Gazetteer[TitleSense]
    prefixes: dict[str, str]
    title_data: TitleData
    coordination: Coordination
    locatives: frozenset[str]
    genitives: frozenset[str]
    government_nouns: frozenset[str]

    @classmethod
    def for_language(cls, code: str, kb: KnowledgeBase) -> Linker:
        """Build the gazetteers of a language from the KB and ``titles.yaml``."""
        aliases = list(kb.aliases(code))
        data = load_titles(code)
        config = load_language_config(code)
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
                state_forms.setdefault(a.entry_id, []).extend(art + a.text for art in data.articles)
        values = ((a.text, (a.entry_id, a.kind, _case_rule(a.text, a.case_sensitive, data.articles)))
                  for a in aliases if a.kind != "prefix")
        return cls(
            language=code,
            kb=kb,
            names=Gazetteer(values),
            titles=Gazetteer(expand_titles(data.rules, state_forms)),
            prefixes=prefixes,
            title_data=data,
            coordination=Coordination(config.coordination_words, config.plural_endings),
            locatives=config.locative_prepositions,
            genitives=config.genitive_prepositions,
            government_nouns=config.government_nouns,
        )

    def link(self, doc: Document, parse: Parse) -> list[Entity]:
        """Every entity of a document with all its mentions, in order of first mention."""
        on = doc.published or dt.date.today()
        text = doc.text
        taken = bytearray(len(text) + 1)
        people = [(e.start, e.end) for e in parse.ents if e.label in _PERSON_LABELS]
        all_names = [h for h in self.names.find(text, _written_as_required) if not self._inside_person(h, people)]
        # a name that contains a title is the name ("the Office of the President of Ghana")
        titles = [t for t in self.titles.find(text)
                  if not any(n.start <= t.start and t.end <= n.end and n.end - n.start > t.end - t.start
                             for n in all_names)]
        for title in titles:
            _take(taken, title.start, title.end)
        found: list[Found] = []
        name_of = exact(self.names)
        title_of = exact(self.titles)
        def known(word: str) -> bool:
            return bool(self.names.find(word)) or bool(self.titles.find(word))

        for start, end, value in shared_readings(text, self.coordination, name_of, known):
            if not any(taken[start:end]) or all(taken[start:end]):
                found.append(Found(start, end, "name", self.kb.get(value[0])))
        shared_titles = list(shared_readings(text, self.coordination, title_of, known))
        for f in found:
            _take(taken, f.start, f.end)
        for start, end, _ in shared_titles:
            _take(taken, start, end)
        names = [h for h in all_names if not any(taken[h.start : h.end])]
        context = self._context_codes(names, titles, doc)
        for name in names:
            entry_id, kind = self._choose(name, parse, on, context)
            entry = self.kb.get(entry_id)
            government = kind == "metonym" or (entry is not None and entry.type == "STATE"
                                               and self._governed_by_government_noun(parse, name.start, name.end))
            found.append(Found(name.start, name.end, _KIND.get(kind, "name"), entry, government=government))
        found.extend(self._compounds(text, taken, names))
        found.extend(self._hosts(text, found))
        for name in names:
            _take(taken, name.start, name.end)
        for title in titles:
            found.extend(self._title(title, doc, on, found, parse))
        for start, end, sense in shared_titles:  # "les présidents américain, français et russe"
            found.extend(self._title(Hit(start, end, (sense,)), doc, on, found, parse))
        found.extend(self._members(parse, found, on))
        found.extend(unknown_names(parse, taken, self.title_data.honorifics))
        found.extend(third_person(parse, found))
        found.extend(first_person(parse, self.kb, doc.issuer, on, found, self.title_data.speaker))
        found.extend(speaking_state(parse, self.kb, doc.issuer, found))
        found.extend(homeland(parse, self.kb, doc.issuer, self.title_data.speaker.homeland))
        return _group(found, self.kb, on, text)

    def _hosts(self, text: str, found: Sequence[Found]) -> list[Found]:
        """The organisation an event belongs to (its KB ``in``), named inside the event's name: "NATO" in "the NATO
        Summit in Madrid". The summit is the organisation's meeting, so the organisation is named too."""
        out: list[Found] = []
        for f in found:
            host = self.kb.get(f.entry.located_in) if f.entry is not None and f.entry.type == "OTHER" \
                and f.entry.located_in else None
            if host is None or host.type != "ORG":
                continue
            for alias in (*host.names.get(self.language, ()), *host.names.get(ANY_LANGUAGE, ())):
                m = phrase_pattern(alias).search(text[f.start : f.end])
                if m:
                    out.append(Found(f.start + m.start(), f.start + m.end(), "name", host))
                    break
        return out

    def _inside_person(self, hit: Hit[NameValue], people: Sequence[tuple[int, int]]) -> bool:
        """A place's name within a longer person's name ("Vladimir Kiriyenko") is part of that name."""
        if any((e := self.kb.get(v[0])) is not None and e.type == "PERSON" for v in hit.values):
            return False
        return any(s <= hit.start and hit.end <= e and e - s > hit.end - hit.start for s, e in people)

    def _context_codes(self, names: Sequence[Hit[NameValue]], titles: Sequence[Hit[TitleSense]],
                       doc: Document) -> Counter[str]:
        """How often the document names each actor code without ambiguity, in names and in titles
        ("the Foreign Minister of Costa Rica"); the issuer counts once."""
        codes: Counter[str] = Counter([doc.issuer] if doc.issuer else [])
        ids = [h.values[0][0] for h in names if len(h.values) == 1]
        ids += [s for t in titles if (s := t.values[0].state)]
        for entry_id in ids:
            entry = self.kb.get(entry_id)
            if entry is not None and entry.code:
                codes[entry.code] += 2
        return codes

    def _choose(self, hit: Hit[NameValue], parse: Parse, on: dt.date, context: Counter[str]) -> tuple[str, str]:
        """Among entries sharing an alias: a person in office on the date; a named place after a
        locative preposition ("à Moscou", "to the White House"); else the government a capital or
        seat stands for ("Moscou a reconnu", "sanctions against Moscow")."""
        values = hit.values
        for entry_id, kind, _ in values:
            if self.kb.office_on(entry_id, on) is not None:
                return entry_id, kind
        acting = self._governs(parse, hit)
        ranked = sorted(values, key=lambda v: (self._rank(v, acting), -self._weight(v, context)))
        return ranked[0][0], ranked[0][1]

    def _governed_by_government_noun(self, parse: Parse, start: int, end: int) -> bool:
        """"le régime syrien", "the Russian government", "le gouvernement de la Syrie"."""
        head = parse.head_of_span(start, end)
        if head is None or head.head == head.i:
            return False
        return parse.tokens[head.head].lemma.lower() in self.government_nouns

    def _governs(self, parse: Parse, hit: Hit[NameValue]) -> bool:
        """Whether a capital or seat stands for its government: as the subject or object of a verb, or
        after a preposition that is neither locative ("in Moscow") nor genitive ("the streets of Minsk")
        ("sanctions against Moscow", "avec Moscou"); a bare name, a dateline or a modifier is a place."""
        head = parse.head_of_span(hit.start, hit.end)
        if head is None:
            return False
        if head.dep in _ARGUMENT_DEPS:
            return True
        marks = [c for c in parse.children(head.i) if c.dep in {"case", "mark"}]
        if head.dep == "pobj" and head.head != head.i:
            marks.append(parse.tokens[head.head])
        words = {w for m in marks for w in (m.lemma.lower(), m.text.lower())}
        return bool(words) and not words & (self.locatives | self.genitives)

    def _weight(self, value: NameValue, context: Counter[str]) -> int:
        """How much the document speaks of the entry's state ("San José" in a text about Costa Rica)."""
        entry = self.kb.get(value[0])
        return context[entry.code] if entry is not None and entry.code else 0

    def _rank(self, value: NameValue, acting: bool) -> int:
        """Lower is better: a state's own name ("Koweït" the state, not the city); a metonym when it
        acts; another entry's name; a metonym that does not act."""
        entry = self.kb.get(value[0])
        is_state = entry is not None and entry.type == "STATE"
        if value[1] == "metonym":
            return 0 if acting else 3
        if is_state:
            return 1
        return 2 if not acting else 4

    def _title(self, hit: Hit[TitleSense], doc: Document, on: dt.date, found: Sequence[Found],
               parse: Parse) -> Iterable[Found]:
        """A title: its holder on the date (unless a name stands beside it), and the state it names."""
        sense = hit.values[0]
        if sense.state:
            yield Found(hit.start, hit.end, "demonym", self.kb.get(sense.state))
        elif "/" in sense.rule.of:  # "President of the European Council" names the Council too
            yield Found(hit.start, hit.end, "description", self.kb.get(sense.rule.of))
        named = [f for f in found if f.entry is not None and f.entry.type == "PERSON"
                 and 0 <= f.start - hit.end <= _APPOSITION_CHARS and self._apposed(doc.text[hit.end : f.start])]
        if named:
            yield Found(hit.start, hit.end, "title", named[0].entry)
            return
        sentence = parse.sentence_at(hit.start)
        opens = sentence.start if sentence is not None else hit.start
        for holder in self._holders(sense, doc, on, [f for f in found if f.start < hit.start],
                                    [f for f in found if f.end <= opens]):
            yield Found(hit.start, hit.end, "title", holder)

    def _members(self, parse: Parse, found: Sequence[Found], on: dt.date) -> Iterable[Found]:
        """The members of a group the KB lists members for, where the text speaks of them: its member
        states ("the Normandy format countries", "les pays du format Normandie") and the holders of an
        office in each ("the foreign ministers ... of the Normandy format countries"; see ``titles.yaml``)."""
        data = self.title_data
        folded = fold(parse.text)
        names = [(f.start, f.end) for f in found if f.kind in {"name", "demonym"}]
        for group in found:
            if group.entry is None or not group.entry.members:
                continue
            members = [m for m in (self.kb.get(i) for i in group.entry.members) if m is not None]
            if self._names_members(folded, group):
                yield from (Found(group.start, group.end, "description", m) for m in members)
            window = self._complement_window(parse, folded, group, names)
            for phrase, role in data.member_offices:
                for m in phrase_pattern(fold(phrase)).finditer(window[1]):
                    start, end = window[0] + m.start(), window[0] + m.end()
                    for member in members:
                        holders = (self.kb.leaders(member.id, on) if role == "leader"
                                   else self.kb.holders(role, member.id, on))
                        if holders:
                            yield Found(start, end, "description", holders[0])

    def _names_members(self, folded: str, group: Found) -> bool:
        """A noun for states right after the group ("Normandy format countries") or before it, joined by a
        genitive ("pays du format Normandie")."""
        nouns = "|".join(re.escape(fold(n)) for n in self.title_data.member_nouns)
        if not nouns:
            return False
        if re.match(rf"\s+(?:{nouns})(?!\w)", folded[group.end : group.end + 40]):
            return True
        before = folded[max(0, group.start - 60) : group.start]
        return re.search(rf"(?<!\w)(?:{nouns})\s+{self._genitive_tail()}$", before) is not None

    def _genitive_tail(self) -> str:
        """A genitive preposition and an optional article, as the end of a phrase before a name."""
        genitives = "|".join(re.escape(fold(g)) for g in sorted(self.genitives, key=len, reverse=True))
        articles = "|".join(re.escape(fold(a.strip())) for a in self.title_data.articles if a.strip())
        article = rf"(?:(?:{articles})\s*)?" if articles else ""
        return rf"(?:{genitives})\s*{article}"

    def _complement_window(self, parse: Parse, folded: str, group: Found,
                           names: Sequence[tuple[int, int]]) -> tuple[int, str]:
        """The words before a group of which it is the complement ("the defence ministers and senior
        envoys to the heads of the"), back to a verb, a name or the sentence's start; "" if the group
        does not follow a genitive."""
        first = parse.token_at(group.start)
        if first is None or not self.genitives:
            return group.start, ""
        i = first.i - 1
        while i >= 0:
            tok = parse.tokens[i]
            if (tok.sent != first.sent or tok.pos in {"VERB", "AUX"} or tok.text in {".", ";", ":", "!", "?"}
                    or any(s <= tok.start < e for s, e in names)):
                break
            i -= 1
        start = parse.tokens[i + 1].start if i + 1 < first.i else group.start
        window = folded[start : group.start]
        if not re.search(rf"(?<!\w){self._genitive_tail()}$", window):
            return group.start, ""
        return start, window

    def _apposed(self, gap: str) -> bool:
        """Whether the words between a title and a name make the name the title's holder: not a
        coordination ("le président de la République et Catherine Colonna" are two people)."""
        return not set(gap.lower().split()) & set(self.coordination.words)

    def _holders(self, sense: TitleSense, doc: Document, on: dt.date, before: Sequence[Found],
                 told: Sequence[Found] = ()) -> list[KBEntry]:
        """Who holds the title's office on the date; ``before`` are the mentions found before it, ``told`` those
        of the sentences before its own."""
        rule = sense.rule
        role = rule.role
        owners: list[str] = []
        if role == "same":  # "son homologue (russe)": the office of the last person named, on the other side
            last = next((f.entry for f in sorted(before, key=lambda f: -f.start)
                         if f.entry is not None and f.entry.type == "PERSON"), None)
            office = self.kb.office_on(last.id, on) if last is not None else None
            if last is None or office is None:
                return []
            role = office.role
            other = sense.state or (f"state/{c}" if (c := _counterpart(before, last.code or "")) else None)
            return list(self.kb.holders(role, other, on)[:1]) if other else []
        if rule.of == "issuer" and doc.issuer:
            # "The Prime Minister noted", after "Prime Minister of the United Kingdom Boris Johnson" in a Russian
            # readout: the holder named before, when the issuer's own holder is not
            named = [f.entry for f in sorted(told, key=lambda f: -f.start) if f.entry is not None
                     and f.entry.type == "PERSON" and (held := self.kb.office_on(f.entry.id, on)) is not None
                     and held.role == role]
            if named and all(e.code != doc.issuer for e in named):
                return named[:1]
            owners.append(f"state/{doc.issuer}")
            if rule.both:
                counterpart = _counterpart(before, doc.issuer)
                if counterpart:
                    owners.append(f"state/{counterpart}")
        elif rule.of == "slot" and sense.state:
            owners.append(sense.state)
        elif "/" in rule.of:
            owners.append(rule.of)
        out: list[KBEntry] = []
        for owner in owners:
            out.extend(self.kb.holders(role, owner, on)[:1])
        return out

    def _compounds(self, text: str, taken: bytearray, names: Sequence[Hit[NameValue]]) -> Iterable[Found]:
        """``franco-russe``, ``russo-ukrainienne``: each part names a state (unless the whole
        compound is a name of its own: "Indo-Pacific", "Nagorno-Karabakh")."""
        for m in _COMPOUND.finditer(text):
            if any(taken[m.start() : m.end()]) or any(h.start <= m.start() and m.end() <= h.end for h in names
                                                      if h.end - h.start > len(m.group(m.lastindex or 1))):
                continue
            parts = [p for p in m.groups() if p]
            states = [self.prefixes.get(p.lower()) for p in parts[:-1]]
            last = [v for h in self.names.find(parts[-1]) for v in h.values
                    if v[1] in {"adjective", "name"} and (e := self.kb.get(v[0])) is not None and e.type == "STATE"]
            if not all(states) or not last:
                continue
            _take(taken, m.start(), m.end())
            for entry_id in [*(s for s in states if s), last[0][0]]:
                yield Found(m.start(), m.end(), "demonym", self.kb.get(entry_id))


def _case_rule(alias: str, case_sensitive: bool, articles: Sequence[str]) -> str:
    """Acronyms match as written; a one-word capitalized name needs its capital ("Sine" the city,
    not "sine"); a name opened by an article needs the capital after it ("the West", not "the west
    of the country"); other longer names match in any case ("groupe de Minsk" for "Groupe de Minsk")."""
    if case_sensitive:
        return "exact"
    alias = alias.strip()
    if alias[:1].isupper():
        return "initial" if " " not in alias else "any"
    article = next((a for a in articles if a.strip() and alias.lower().startswith(a.lower())), None)
    first_capital = next((i for i, ch in enumerate(alias) if ch.isupper()), None)
    if article is None or first_capital != len(article):
        return "any"
    return f"capital@{first_capital}"


def _written_as_required(value: NameValue, written: str) -> bool:
    """Acronyms keep their capitals ("WHO", not "who"); capitalized names their initial."""
    rule = value[2]
    if rule == "exact":
        return written.isupper()
    if rule == "initial":
        return written[:1].isupper() or not written[:1].isalpha()
    if rule.startswith("capital@"):
        at = int(rule.removeprefix("capital@"))
        return at >= len(written) or written[at].isupper()
    return True


def _take(taken: bytearray, start: int, end: int) -> None:
    taken[start:end] = b"\x01" * (end - start)


def _counterpart(found: Sequence[Found], issuer: str) -> str | None:
    """The state most often named, other than the issuer's."""
    codes = Counter(f.entry.code for f in found if f.entry is not None and f.entry.code and f.entry.code != issuer
                    and f.entry.type in {"STATE", "PERSON"} and len(f.entry.code) == 3)
    return codes.most_common(1)[0][0] if codes else None


def _group(found: Sequence[Found], kb: KnowledgeBase, on: dt.date, text: str) -> list[Entity]:
    """One entity per KB entry (or per unknown name), with mentions in text order."""
    order: list[str] = []
    mentions: dict[str, list[Mention]] = {}
    first: dict[str, Found] = {}
    governed = {f.entry.id for f in found if f.entry is not None and f.government}
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
                sector="GOV" if key in governed else entry.sector if entry is not None else None,
                office=office.title if office is not None else None,
                wikidata=entry.wikidata if entry is not None else None,
                kb_id=entry.id if entry is not None else None,
                mentions=tuple(mentions[key]),
            )
        )
    return entities
