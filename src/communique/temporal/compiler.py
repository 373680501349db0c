"""Compiles a validated ``RuleSet`` into regular expressions, once per tagger."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from communique.errors import InvalidLanguageData
from communique.temporal.pattern import Compiler, PatternError, expand_macros, parse
from communique.temporal.schema import (
    DateSpec,
    DurationSpec,
    Lexicon,
    LiteralSpec,
    Rule,
    RuleSet,
    TenseSpec,
    Term,
    ValueSpec,
)

SPAN_GROUP = "span__0"
# A match starts where no word character precedes it and ends where none follows it.
_START = r"(?<!\w)"
_END = r"(?!\w)"
_ORDER_PARTS = {"d": "numeric_day", "m": "numeric_month", "y": "numeric_year"}


@dataclass(frozen=True)
class CompiledRule:
    """A rule ready to match: one expression over folded text, its slot groups, its anchors."""

    rule: Rule
    index: int
    regex: re.Pattern[str]
    groups: tuple[tuple[str, str, str], ...]  # (group, slot, lexicon)
    capitalized: tuple[str, ...]  # groups whose first letter must be upper case in the original
    anchors: tuple[frozenset[str], ...]  # tokens a matching text must contain (one of each set)
    firsts: frozenset[str] | None  # tokens a match starts with (None: try everywhere)
    not_before: re.Pattern[str] | None

    @property
    def specificity(self) -> int:
        """How many contexts the rule requires around its span."""
        return (self.rule.before is not None) + (self.rule.after is not None)


@dataclass(frozen=True)
class Marker:
    """Where a pattern lexicon may start a match: its expression, and whether it only matches
    tokens that start with a digit (then only those tokens are tried)."""

    regex: re.Pattern[str]
    digits_only: bool


def compile_ruleset(rules: RuleSet) -> tuple[tuple[CompiledRule, ...], dict[str, Marker]]:
    """Every rule compiled, and the markers that find where pattern lexicons (``{name}``) start.

    A bad pattern or an unknown slot raises ``InvalidLanguageData``.
    """
    macros = _macros(rules)
    compiler = Compiler(rules.lexicons)
    compiled = tuple(_compile_rule(rule, i, compiler, macros, rules.lexicons, rules.source)
                     for i, rule in enumerate(rules.rules))
    markers = sorted({w for r in compiled for w in (r.firsts or ()) if w.startswith("{")})
    return compiled, {m: Marker(re.compile(compiler.occurrence_regex(m[1:-1])), compiler.starts_with_digit(m[1:-1]))
                      for m in markers}


def _macros(rules: RuleSet) -> dict[str, str]:
    macros = dict(rules.macros)
    order = rules.settings.get("numeric_date_order")
    if order is not None:
        if sorted(order) != ["d", "m", "y"]:
            raise InvalidLanguageData(f"{rules.source}: numeric_date_order must order d, m and y (e.g. dmy)")
        needed = [*_ORDER_PARTS.values(), "numeric_separator"]
        missing = [n for n in needed if n not in macros]
        if missing:
            raise InvalidLanguageData(f"{rules.source}: numeric_date_order needs the macros {missing}")
        sep = "{@numeric_separator}"
        macros["numeric_date"] = sep.join("{@" + _ORDER_PARTS[c] + "}" for c in order)
    return macros


def _compile_rule(rule: Rule, index: int, compiler: Compiler, macros: Mapping[str, str],
                  lexicons: Mapping[str, Lexicon], source: str) -> CompiledRule:
    where = f"{source}: rule {rule.id}"
    try:
        main = compiler.compile(parse(expand_macros(rule.pattern, macros)))
        before = compiler.compile(parse(expand_macros(rule.before, macros))) if rule.before else None
        after = compiler.compile(parse(expand_macros(rule.after, macros))) if rule.after else None
        not_after = (compiler.compile(parse(expand_macros(rule.not_after, macros)), capture=False)
                     if rule.not_after else None)
        not_before = (compiler.compile(parse(expand_macros(rule.not_before, macros)), capture=False)
                      if rule.not_before else None)
    except PatternError as exc:
        raise InvalidLanguageData(f"{where}: {exc}") from exc
    regex = _START
    if before is not None:
        regex += f"(?:{before.regex})" + r"\s*" + _START
    regex += f"(?P<{SPAN_GROUP}>{main.regex})" + _END
    if after is not None:
        regex += rf"(?=\s*(?:{after.regex}){_END})"
    if not_after is not None:
        regex += rf"(?!\s*(?:{not_after.regex}){_END})"
    parts = [c for c in (main, before, after) if c is not None]
    groups = {g: v for c in parts for g, v in c.groups.items()}
    _check_slots(rule.value, {slot for slot, _ in groups.values()}, where)
    try:
        compiled = re.compile(regex)
        nb = re.compile(rf"(?<!\w)(?:{not_before.regex})\s*\Z") if not_before is not None else None
    except re.error as exc:
        raise InvalidLanguageData(f"{where}: pattern does not compile: {exc}") from exc
    return CompiledRule(
        rule=rule,
        index=index,
        regex=compiled,
        groups=tuple((g, slot, lex) for g, (slot, lex) in groups.items()),
        capitalized=tuple(g for g, (_, lex) in groups.items() if lexicons[lex].capitalized),
        anchors=tuple(a for c in parts for a in c.anchors),
        firsts=(before or main).firsts,
        not_before=nb,
    )


def _check_slots(spec: ValueSpec, slots: set[str], where: str) -> None:
    for term in _terms(spec):
        unknown = term.slots() - slots
        if unknown:
            raise InvalidLanguageData(f"{where}: value uses slot(s) {sorted(unknown)} the pattern does not have")


def _terms(spec: ValueSpec) -> list[Term]:
    if isinstance(spec, LiteralSpec):
        return [spec.value]
    if isinstance(spec, TenseSpec):
        return [t for _, branch in spec.branches for t in _terms(branch)]
    if isinstance(spec, DurationSpec):
        return [t for pair in spec.parts for t in pair]
    assert isinstance(spec, DateSpec)
    out = [t for _, t in spec.fields] + [t for pair in spec.shifts for t in pair] + [t for _, t in spec.time]
    return out + [t for t in (spec.direction, spec.granularity, spec.part) if t is not None]
