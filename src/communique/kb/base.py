"""The knowledge base in memory: loading, overriding by id, and the queries the linker needs."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from communique.kb.cache import read_kb_file_cached
from communique.kb.checks import check_references, check_wikidata_unique, duplicate_id
from communique.kb.entry import EntryError, build_entry, entry_error
from communique.kb.files import expand_paths, packaged_files
from communique.kb.model import ALIAS_KINDS, ANY_LANGUAGE, ROLE_RANK, Alias, KBEntry, Office
from communique.kb.reader import read_kb_file


def _read_entries(path: Path, cache: bool) -> list[KBEntry]:
    kb_file = read_kb_file_cached(path) if cache else read_kb_file(path)
    entries = []
    for raw, line in kb_file.entries:
        try:
            entries.append(build_entry(raw, source=kb_file.path, line=line))
        except EntryError as problem:
            raise entry_error(kb_file.path, line, raw, problem) from None
    return entries


def _role_rank(office: Office) -> int:
    return ROLE_RANK.index(office.role) if office.role in ROLE_RANK else len(ROLE_RANK)


class KnowledgeBase:
    """States, organizations, places, people with their offices, agreements and forums.

    Build it with :meth:`load` (the packaged data plus user files) or :meth:`from_files`;
    it is read-only afterwards. Loading takes a fraction of a second: callers that need
    it several times should keep the instance.
    """

    def __init__(self, entries: Iterable[KBEntry]) -> None:
        self._entries: dict[str, KBEntry] = {e.id: e for e in entries}
        self._by_wikidata = {e.wikidata: e for e in self._entries.values() if e.wikidata}
        self._terms: dict[tuple[str, str], list[tuple[Office, KBEntry]]] = {}
        for entry in self._entries.values():
            for office in entry.offices:
                self._terms.setdefault((office.role, office.of), []).append((office, entry))

    @classmethod
    def load(cls, extra: Sequence[Path] = (), *, cache: bool = False) -> KnowledgeBase:
        """The packaged KB, then the user's files (or folders of ``*.yaml``), which add or override by id.

        With ``cache``, parsed files are kept on disk (see ``communique.kb.cache``) and
        unchanged files are not parsed again.
        """
        return cls.from_files(packaged_files(), extra, cache=cache)

    @classmethod
    def from_files(
        cls, base: Sequence[Path], extra: Sequence[Path] = (), *, cache: bool = False
    ) -> KnowledgeBase:
        """A KB from ``base`` files (ids unique across them) and ``extra`` files that may override."""
        merged: dict[str, KBEntry] = {}
        for path in expand_paths(base):
            for entry in _read_entries(path, cache):
                if entry.id in merged:
                    raise duplicate_id(entry, merged[entry.id])
                merged[entry.id] = entry
        for path in expand_paths(extra):
            in_file: dict[str, KBEntry] = {}
            for entry in _read_entries(path, cache):
                if entry.id in in_file:
                    raise duplicate_id(entry, in_file[entry.id])
                in_file[entry.id] = entry
            merged.update(in_file)
        check_wikidata_unique(merged.values())
        check_references(merged)
        return cls(merged.values())

    def get(self, entry_id: str) -> KBEntry | None:
        """The entry with this id, or None."""
        return self._entries.get(entry_id)

    def by_wikidata(self, qid: str) -> KBEntry | None:
        """The entry with this Wikidata id, or None."""
        return self._by_wikidata.get(qid)

    def state(self, code: str) -> KBEntry | None:
        """The STATE entry of an actor code (``FRA`` → France), or None."""
        entry = self._entries.get(f"state/{code}")
        return entry if entry is not None and entry.type == "STATE" else None

    def holders(self, role: str, of: str, on: dt.date) -> tuple[KBEntry, ...]:
        """Who held office ``role`` of entry ``of`` on that day, the latest to take office first.

        On a handover day (a term ends the day the next one starts) only the incoming
        holder is returned.
        """
        terms = [(o, e) for o, e in self._terms.get((role, of), ()) if o.held_on(on)]
        starting = any(o.start == on for o, _ in terms)
        if starting:
            terms = [(o, e) for o, e in terms if not (o.end == on and o.start != on)]
        terms.sort(key=lambda t: t[0].start, reverse=True)
        return tuple(dict.fromkeys(e for _, e in terms))

    def leaders(self, state: str, on: dt.date) -> tuple[KBEntry, ...]:
        """Who led a state on that day: the holder of its ``leader`` office (the head of government
        where the head of state is a monarch or a ceremonial president), else its head of state."""
        entry = self._entries.get(state)
        role = entry.leader if entry is not None and entry.leader else "head_of_state"
        return self.holders(role, state, on)

    def office_on(self, entry_id: str, on: dt.date) -> Office | None:
        """The main office the entry held on that day (head of state before head of government, ...)."""
        entry = self._entries.get(entry_id)
        if entry is None:
            return None
        held = [o for o in entry.offices if o.held_on(on)]
        if not held:
            return None
        held.sort(key=lambda o: (o.end == on, _role_rank(o), -o.start.toordinal()))
        return held[0]

    def aliases(self, language: str) -> Iterator[Alias]:
        """Every form usable in ``language``: its own, the language-neutral ones and canonical names."""
        for entry in self._entries.values():
            seen: set[tuple[str, str]] = set()
            for kind in ALIAS_KINDS:
                forms = entry.forms(kind)
                texts = [*forms.get(language, ()), *forms.get(ANY_LANGUAGE, ())]
                if kind == "name":
                    texts.insert(0, entry.name)
                for text in texts:
                    if (text, kind) not in seen:
                        seen.add((text, kind))
                        yield Alias(text, entry.id, kind)

    def languages(self) -> tuple[str, ...]:
        """The language codes the KB has forms for (``und`` excluded)."""
        found: set[str] = set()
        for entry in self._entries.values():
            for kind in ALIAS_KINDS:
                found.update(entry.forms(kind))
        found.discard(ANY_LANGUAGE)
        return tuple(sorted(found))

    def stats(self) -> Mapping[str, int]:
        """How many entries of each type (PERSON, STATE, ORG, PLACE, OTHER)."""
        return dict(Counter(e.type for e in self._entries.values()))

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[KBEntry]:
        return iter(self._entries.values())

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._entries



__all__ = ["KnowledgeBase"]
