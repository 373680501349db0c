"""Finds rule matches in a text and keeps the best non-overlapping ones."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from communique.temporal.compiler import SPAN_GROUP, CompiledRule, Marker
from communique.temporal.fold import WORD, normalize_key, squash
from communique.temporal.schema import Lexicon, LexValue

_NUMBER = re.compile(r"\d+")


@dataclass(frozen=True)
class Match:
    """One place a rule matched: the span it tags and the slots it read."""

    rule: CompiledRule
    start: int
    end: int
    full_start: int
    full_end: int
    slots: tuple[tuple[str, LexValue], ...]


@dataclass(frozen=True)
class LexiconTable:
    """A lexicon ready for look-ups: its keys normalized, its patterns compiled."""

    entries: dict[str, LexValue]
    patterns: tuple[re.Pattern[str], ...]

    @classmethod
    def of(cls, lex: Lexicon) -> LexiconTable:
        """The table of one lexicon."""
        return cls({normalize_key(k): v for k, v in lex.entries.items()},
                   tuple(re.compile(p) for p in lex.patterns))

    def lookup(self, matched: str) -> LexValue | None:
        """The value of a matched word (folded text): its entry, else the number a pattern matched."""
        key = squash(matched.strip())
        if key in self.entries:
            return self.entries[key]
        for pattern in self.patterns:
            if pattern.fullmatch(key):
                digits = _NUMBER.search(key)
                return int(digits.group()) if digits else key
        return None


# A rule without a known first token is tried in windows of text around the occurrences of
# its rarest anchor token; a match that ends near a window's end is matched again on the
# whole text (no rule spans that much).
WINDOW = 200
MARGIN = 100


class Anchors:
    """Where tokens and pattern lexicons occur in one text, found once and on demand."""

    def __init__(self, folded: str, markers: Mapping[str, Marker]) -> None:
        self.folded = folded
        self.markers = markers
        self.tokens = Counter(WORD.findall(folded))
        self._positions: dict[str, list[int]] | None = None
        self._marked: dict[str, list[int]] = {}

    def positions(self, token: str) -> list[int]:
        """Where a token starts."""
        if self._positions is None:
            self._positions = {}
            for m in WORD.finditer(self.folded):
                self._positions.setdefault(m.group(), []).append(m.start())
        return self._positions.get(token, [])

    def marked(self, name: str) -> list[int]:
        """Where a pattern lexicon ``{name}`` matches a whole token."""
        found = self._marked.get(name)
        if found is None:
            marker = self.markers[name]
            if marker.digits_only:
                found = [p for tok in self.tokens if tok[0].isdigit() for p in self.positions(tok)
                         if marker.regex.match(self.folded, p)]
            else:
                found = [m.start() for m in marker.regex.finditer(self.folded)]
            self._marked[name] = found
        return found

    def starts(self, firsts: frozenset[str]) -> list[int]:
        """Every place one of the first tokens of a rule occurs, in text order."""
        out: list[int] = []
        for w in firsts:
            if w.startswith("{"):
                out.extend(self.marked(w))
            elif w in self.tokens:
                out.extend(self.positions(w))
        return sorted(set(out))


def find_matches(text: str, folded: str, rules: Sequence[CompiledRule],
                 lexicons: Mapping[str, LexiconTable], markers: Mapping[str, Marker]) -> list[Match]:
    """Every match of every rule whose anchors occur in the text (overlaps included)."""
    anchors = Anchors(folded, markers)
    out: list[Match] = []
    for rule in rules:
        if any(clause.isdisjoint(anchors.tokens) for clause in rule.anchors):
            continue
        seen: set[tuple[int, int]] = set()
        for m in _candidates(rule, anchors, folded):
            if (m.start(), m.end()) in seen:
                continue
            seen.add((m.start(), m.end()))
            match = _match(m, rule, text, folded, lexicons)
            if match is not None:
                out.append(match)
    return out


def _candidates(rule: CompiledRule, anchors: Anchors, folded: str) -> Iterator[re.Match[str]]:
    """The rule's matches: tried where its first tokens are, else searched around its anchors."""
    if rule.firsts is not None:
        starts = anchors.starts(rule.firsts)
        if rule.anchors:
            # a match contains its rarest anchor within WINDOW characters of its start
            near = _rarest_positions(rule, anchors)
            starts = [p for p in starts if bisect_right(near, p + WINDOW) > bisect_left(near, p)]
        for p in starts:
            m = rule.regex.match(folded, p)
            if m is not None:
                yield m
        return
    for ws, we in _windows(rule, anchors, len(folded)):
        for m in rule.regex.finditer(folded, ws, we):
            if we < len(folded) and m.end() > we - MARGIN:
                whole = rule.regex.match(folded, m.start())
                if whole is None:
                    continue
                m = whole
            yield m


def _rarest_positions(rule: CompiledRule, anchors: Anchors) -> list[int]:
    """Where the rarest anchor of a rule occurs, in text order."""
    rarest = min(rule.anchors, key=lambda c: sum(anchors.tokens.get(w, 0) for w in c))
    return sorted(p for w in rarest for p in anchors.positions(w))


def _windows(rule: CompiledRule, anchors: Anchors, size: int) -> list[tuple[int, int]]:
    """The stretches of text around the rarest anchor of a rule (the whole text if it has none)."""
    if not rule.anchors:
        return [(0, size)]
    windows: list[tuple[int, int]] = []
    for p in _rarest_positions(rule, anchors):
        ws, we = max(0, p - WINDOW), min(size, p + WINDOW)
        if windows and ws <= windows[-1][1]:
            windows[-1] = (windows[-1][0], we)
        else:
            windows.append((ws, we))
    return windows


def _match(m: re.Match[str], rule: CompiledRule, text: str, folded: str,
           lexicons: Mapping[str, LexiconTable]) -> Match | None:
    if any(not text[m.start(g)].isupper() for g in rule.capitalized if m.start(g) >= 0):
        return None
    if rule.not_before is not None and rule.not_before.search(folded, max(0, m.start() - 60), m.start()):
        return None
    slots = _slots(m, rule, lexicons)
    if slots is None:
        return None
    return Match(rule, m.start(SPAN_GROUP), m.end(SPAN_GROUP), m.start(), m.end(), slots)


def by_preference(matches: list[Match]) -> list[Match]:
    """Longest span first, then the longer match with its contexts, then the rule with more
    contexts (more specific), then priority, then rule order."""
    return sorted(matches, key=lambda x: (-(x.end - x.start), -(x.full_end - x.full_start),
                                           -x.rule.specificity, -x.rule.rule.priority,
                                           x.rule.index, x.start))


def _slots(m: re.Match[str], rule: CompiledRule,
           lexicons: Mapping[str, LexiconTable]) -> tuple[tuple[str, LexValue], ...] | None:
    out: dict[str, LexValue] = {}
    for group, slot, lex_name in rule.groups:
        got = m.group(group)
        if got is None or slot in out:
            continue
        value = lexicons[lex_name].lookup(got)
        if value is None:
            return None
        out[slot] = value
    return tuple(out.items())
