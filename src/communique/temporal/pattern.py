"""The pattern language of temporal rules, compiled to regular expressions.

A pattern is a sequence of items separated by white space (one or more spaces in the
text), ``~`` (a space or a hyphen) or nothing (adjacent):

- ``word``, ``d'``, ``,``: literal text, matched folded (any case, any accents);
- ``{month}``: a word of the lexicon ``month``, captured in the slot ``month``;
  ``{d2:day}``: the lexicon ``day`` captured in the slot ``d2``; ``{@name}``: a macro;
- ``[ ... ]``: optional; ``( a | b c )``: alternatives.

Slots are always named; the compiled expression has no positional groups. Besides the
expression, compiling gives the tokens a (folded) text must contain for the pattern to have
a chance: a conjunction of alternatives, which lets the matcher skip most rules and look
only around the rarest of them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from communique.temporal.fold import WORD, fold, normalize_key
from communique.temporal.schema import Lexicon

SPACE = r"(?:\s+|(?<='))"  # white space, or none after an elided word ("l'hiver", "d'une")
SOFT = r"(?:\s*-\s*|\s+)"
_SPECIAL = set("[](){}|~ \t\n")
Clause = frozenset[str]
TrieNode = dict[str, "TrieNode"]


class PatternError(ValueError):
    """A pattern that cannot be read or refers to an unknown lexicon or macro."""


@dataclass(frozen=True)
class Lit:
    text: str


@dataclass(frozen=True)
class Ref:
    slot: str
    lexicon: str


@dataclass(frozen=True)
class Opt:
    node: Node


@dataclass(frozen=True)
class Alt:
    options: tuple[Node, ...]


@dataclass(frozen=True)
class Seq:
    items: tuple[Node, ...]
    seps: tuple[str, ...]  # between items: " ", "~" or ""


Node = Lit | Ref | Opt | Alt | Seq


@dataclass
class Compiled:
    """A compiled pattern: its expression, its groups (group name -> slot, lexicon), its anchors."""

    regex: str
    groups: dict[str, tuple[str, str]] = field(default_factory=dict)
    anchors: list[Clause] = field(default_factory=list)
    firsts: Clause | None = None  # the tokens a match can start with (None: it may start anywhere)


def expand_macros(pattern: str, macros: Mapping[str, str], depth: int = 0) -> str:
    """Replace every ``{@name}`` by its macro text (macros may use macros)."""
    if depth > 8:
        raise PatternError("macros nest too deep (a macro that uses itself?)")

    def one(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in macros:
            raise PatternError(f"unknown macro {{@{name}}}")
        return "(" + expand_macros(macros[name], macros, depth + 1) + ")"

    return re.sub(r"\{@([a-z_][a-z0-9_]*)\}", one, pattern)


def parse(pattern: str) -> Node:
    """The syntax tree of a pattern (macros already expanded)."""
    parser = _Parser(pattern)
    node = parser.alternatives(top=True)
    if parser.pos != len(pattern):
        raise PatternError(f"unexpected {pattern[parser.pos]!r} at {parser.pos} in {pattern!r}")
    return node


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def alternatives(self, top: bool = False) -> Node:
        options = [self.sequence()]
        while self.pos < len(self.text) and self.text[self.pos] == "|":
            self.pos += 1
            options.append(self.sequence())
        if any(isinstance(o, Seq) and not o.items for o in options):
            raise PatternError(f"empty alternative in {self.text!r} (use [ ] for optional parts)")
        return options[0] if len(options) == 1 else Alt(tuple(options))

    def sequence(self) -> Node:
        items: list[Node] = []
        seps: list[str] = []
        pending = ""
        self.skip_space()
        while self.pos < len(self.text) and self.text[self.pos] not in "|)]":
            ch = self.text[self.pos]
            if ch in " \t\n":
                self.skip_space()
                pending = pending or " "
                continue
            if ch == "~":
                self.pos += 1
                pending = "~"
                continue
            if items:
                seps.append(pending)
            elif pending == "~":
                raise PatternError(f"'~' at the start of {self.text!r}")
            pending = ""
            items.append(self.item())
        if pending == "~":
            raise PatternError(f"'~' at the end of a sequence in {self.text!r}")
        if len(items) == 1:
            return items[0]
        return Seq(tuple(items), tuple(seps))

    def skip_space(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in " \t\n":
            self.pos += 1

    def item(self) -> Node:
        ch = self.text[self.pos]
        if ch in "([":
            close = ")" if ch == "(" else "]"
            self.pos += 1
            inner = self.alternatives()
            if self.pos >= len(self.text) or self.text[self.pos] != close:
                raise PatternError(f"missing {close!r} in {self.text!r}")
            self.pos += 1
            return Opt(inner) if ch == "[" else inner
        if ch == "{":
            end = self.text.find("}", self.pos)
            if end < 0:
                raise PatternError(f"missing '}}' in {self.text!r}")
            inside = self.text[self.pos + 1:end]
            self.pos = end + 1
            m = re.fullmatch(r"(?:([a-z_][a-z0-9_]*):)?([a-z][a-z0-9_]*)", inside)
            if not m:
                raise PatternError(f"bad slot {{{inside}}} in {self.text!r}")
            return Ref(m.group(1) or m.group(2), m.group(2))
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] not in _SPECIAL:
            if self.text[self.pos] == "\\" and self.pos + 1 < len(self.text):
                self.pos += 1
            self.pos += 1
        raw = self.text[start:self.pos]
        if not raw:
            raise PatternError(f"unexpected {ch!r} in {self.text!r}")
        return Lit(re.sub(r"\\(.)", r"\1", raw))


class Compiler:
    """Compiles syntax trees against a language's lexicons; one per rule set.

    Anchors are whole tokens (maximal runs of word characters of the folded text) that every
    match contains; a word glued to a neighbour ("{number}h") is no token of its own and gives none.
    """

    def __init__(self, lexicons: Mapping[str, Lexicon]) -> None:
        self.lexicons = lexicons
        self._lex_regex: dict[str, str] = {}
        self._lex_anchor: dict[tuple[str, bool, bool], Clause | None] = {}
        self._count = 0

    def compile(self, node: Node, capture: bool = True) -> Compiled:
        """The expression and anchors of a tree; ``capture=False`` for negative contexts."""
        out = Compiled("")
        out.regex = self._node(node, out, capture, (False, False))
        first = self._firsts(node, glued=False)
        out.firsts = frozenset(first) if first is not None else None
        return out

    def _firsts(self, node: Node, *, glued: bool) -> set[str] | None:
        """The tokens a match of the node can start with: words, or ``{lexicon}`` for a pattern
        lexicon; None if it may start with a non-word character or inside a longer token."""
        if isinstance(node, Lit):
            text = fold(node.text)
            m = WORD.match(text)
            if m is None or (m.end() == len(text) and glued):
                return None
            return {m.group()}
        if isinstance(node, Ref):
            lex = self.lexicons[node.lexicon]
            words: set[str] = set()
            for key in (normalize_key(k) for k in lex.entries):
                m = WORD.match(key)
                if m is None or (m.end() == len(key) and glued):
                    return None
                words.add(m.group())
            if lex.patterns:
                if glued:
                    return None
                words.add("{" + node.lexicon + "}")
            return words
        if isinstance(node, Opt):
            return self._firsts(node.node, glued=glued)
        if isinstance(node, Alt):
            out: set[str] = set()
            for option in node.options:
                sub = self._firsts(option, glued=glued)
                if sub is None:
                    return None
                out |= sub
            return out
        found: set[str] = set()
        for i, item in enumerate(node.items):
            if i + 1 < len(node.items):
                following = node.items[i + 1]
                item_glued = node.seps[i] == "" and self._edge_word(following, last=False)
            else:
                item_glued = glued
            sub = self._firsts(item, glued=item_glued)
            if sub is None:
                return None
            found |= sub
            if not isinstance(item, Opt):
                return found
        return None

    def _node(self, node: Node, out: Compiled, capture: bool, glue: tuple[bool, bool]) -> str:
        if isinstance(node, Lit):
            text = fold(node.text)
            for m in WORD.finditer(text):
                whole = (m.start() > 0 or not glue[0]) and (m.end() < len(text) or not glue[1])
                if whole:
                    out.anchors.append(frozenset({m.group()}))
            return _literal(node.text)
        if isinstance(node, Ref):
            regex = self._lexicon(node.lexicon)
            anchor = self._anchor(node.lexicon, glue)
            if anchor is not None:
                out.anchors.append(anchor)
            if not capture:
                return f"(?:{regex})"
            self._count += 1
            group = f"{node.slot}__{self._count}"
            out.groups[group] = (node.slot, node.lexicon)
            return f"(?P<{group}>{regex})"
        if isinstance(node, Opt):
            sub = Compiled("")
            regex = self._node(node.node, sub, capture, glue)
            out.groups.update(sub.groups)
            return f"(?:{regex})?"
        if isinstance(node, Alt):
            parts: list[str] = []
            clause: set[str] = set()
            anchored = True
            for option in node.options:
                sub = Compiled("")
                parts.append(self._node(option, sub, capture, glue))
                out.groups.update(sub.groups)
                if sub.anchors:
                    clause |= min(sub.anchors, key=len)
                else:
                    anchored = False
            if anchored and clause:
                out.anchors.append(frozenset(clause))
            return "(?:" + "|".join(parts) + ")"
        return self._sequence(node, out, capture, glue)

    def _sequence(self, node: Seq, out: Compiled, capture: bool, glue: tuple[bool, bool]) -> str:
        items = node.items
        seps = [{" ": SPACE, "~": SOFT, "": ""}[s] for s in node.seps]
        mandatory = [i for i, item in enumerate(items) if not isinstance(item, Opt)]
        last_mandatory = mandatory[-1] if mandatory else -1
        # An optional item between two separators takes one of them inside itself, so that
        # leaving it out leaves one: the one before it if it trails, else the one after it.
        # An optional item glued to a neighbour ("{day}[,] {year}") takes none.
        absorb: list[str] = []
        for i, item in enumerate(items):
            left = node.seps[i - 1] if i > 0 else None  # None: no neighbour on that side
            right = node.seps[i] if i < len(node.seps) else None
            if not isinstance(item, Opt) or left == "" or right == "":
                absorb.append("")  # not optional, or glued to a neighbour: separators stay outside
            elif left is None:
                absorb.append("R" if right else "")
            elif right is None or (i > last_mandatory and absorb[i - 1] != "R"):
                absorb.append("L")
            else:
                absorb.append("R")
        # Which items may end up in one token with what lies left or right of them: glued to a
        # neighbour that may end (start) with a word character, or to what lies beyond an
        # optional neighbour that is left out.
        glued_left: list[bool] = []
        for i in range(len(items)):
            if i == 0:
                glued_left.append(glue[0])
                continue
            prev = items[i - 1]
            merge = node.seps[i - 1] == "" and (self._edge_word(prev, last=True)
                                               or (isinstance(prev, Opt) and glued_left[i - 1]))
            glued_left.append(merge or (absorb[i - 1] == "R" and glued_left[i - 1]))
        glued_right = [False] * len(items)
        for i in reversed(range(len(items))):
            if i == len(items) - 1:
                glued_right[i] = glue[1]
                continue
            nxt = items[i + 1]
            merge = node.seps[i] == "" and (self._edge_word(nxt, last=False)
                                           or (isinstance(nxt, Opt) and glued_right[i + 1]))
            glued_right[i] = merge or (absorb[i + 1] == "L" and glued_right[i + 1])
        regex = ""
        for i, item in enumerate(items):
            if i > 0 and absorb[i - 1] != "R" and absorb[i] != "L":
                regex += seps[i - 1]
            flags = (glued_left[i], glued_right[i])
            if not isinstance(item, Opt):
                regex += self._node(item, out, capture, flags)
                continue
            sub = Compiled("")
            inner = self._node(item.node, sub, capture, flags)
            out.groups.update(sub.groups)
            if absorb[i] == "L":
                inner = seps[i - 1] + inner
            elif absorb[i] == "R":
                inner = inner + seps[i]
            regex += f"(?:{inner})?"
        return regex

    def occurrence_regex(self, name: str) -> str:
        """The expression that finds where the patterns of a lexicon match a whole token
        (its words are found as tokens)."""
        patterns = "|".join(f"(?:{p})" for p in self.lexicons[name].patterns)
        return r"(?<!\w)(?:" + patterns + r")(?!\w)"

    def starts_with_digit(self, name: str) -> bool:
        """Whether the patterns of a lexicon only match text that starts with a digit (probed,
        not proved: a pattern that accepts no letter followed by letters or digits is numeric)."""
        probes = [c + tail for c in "abcdefghijklmnopqrstuvwxyz_" for tail in ("", "a", "0", "aa", "00", "a0")]
        return not any(re.match(f"(?:{p})", probe) for p in self.lexicons[name].patterns for probe in probes)

    def _lexicon(self, name: str) -> str:
        if name not in self.lexicons:
            raise PatternError(f"unknown lexicon {{{name}}}")
        if name not in self._lex_regex:
            lex = self.lexicons[name]
            alts = [f"(?:{p})" for p in lex.patterns]
            if lex.entries:
                alts.append(_trie([normalize_key(k) for k in lex.entries]))
            self._lex_regex[name] = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return self._lex_regex[name]

    def _edge_word(self, node: Node, *, last: bool) -> bool:
        """May the node's first (last) character be a word character? True when unsure."""
        if isinstance(node, Lit):
            text = fold(node.text)
            return bool(WORD.match(text[-1] if last else text[0]))
        if isinstance(node, Ref):
            lex = self.lexicons.get(node.lexicon)
            if lex is None or lex.patterns:
                return True
            keys = [normalize_key(k) for k in lex.entries]
            return any(k and WORD.match(k[-1] if last else k[0]) for k in keys)
        if isinstance(node, Opt):
            return self._edge_word(node.node, last=last)
        if isinstance(node, Alt):
            return any(self._edge_word(o, last=last) for o in node.options)
        for item in reversed(node.items) if last else node.items:
            if self._edge_word(item, last=last):
                return True
            if not isinstance(item, Opt):
                return False
        return True

    def _anchor(self, name: str, glue: tuple[bool, bool]) -> Clause | None:
        """One whole token of each entry (the longest), or None if some entry has none or the
        lexicon has patterns."""
        key = (name, *glue)
        if key not in self._lex_anchor:
            lex = self.lexicons[name]
            if lex.patterns:
                self._lex_anchor[key] = None
                return None
            words: set[str] = set()
            for entry in [normalize_key(k) for k in lex.entries]:
                runs = [m for m in WORD.finditer(entry)
                        if (m.start() > 0 or not glue[0]) and (m.end() < len(entry) or not glue[1])]
                if not runs:
                    words = set()
                    break
                words.add(max(runs, key=lambda m: len(m.group())).group())
            self._lex_anchor[key] = frozenset(words) if words else None
        return self._lex_anchor[key]


def _literal(text: str) -> str:
    return "".join(_char(c) for c in fold(text))


def _char(c: str) -> str:
    if c == "-":
        return r"\s*-\s*"
    return re.escape(c)


def _trie(words: list[str]) -> str:
    """One expression for many words, their common prefixes factored out (faster than a flat |)."""
    root: TrieNode = {}
    for w in set(words):
        node = root
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}
    return _emit(root)


def _emit(node: TrieNode) -> str:
    ends = "" in node
    branches = [(SOFT if c == " " else _char(c)) + _emit(child) for c, child in sorted(node.items()) if c]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?" if len(branches) == 1 else body + "?"
    return body
