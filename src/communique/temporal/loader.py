"""Reads and validates ``temporal.yaml`` into a ``RuleSet``; every mistake names the file and the rule."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, cast

from communique.errors import InvalidLanguageData
from communique.records import Tense, TimexType
from communique.resources import language_dir, load_yaml
from communique.temporal.calendar import DATE_FIELDS, DIRECTIONS, GRANULARITIES, SHIFT_UNITS
from communique.temporal.schema import (
    DateSpec,
    DurationSpec,
    Example,
    Lexicon,
    LexScalar,
    LexValue,
    LiteralSpec,
    Negative,
    Rule,
    RuleSet,
    Summand,
    TenseSpec,
    Term,
    ValueSpec,
)
from communique.temporal.values import DURATION_UNITS, PARTS_OF_DAY, is_timex3_value

TYPES: frozenset[str] = frozenset({"DATE", "TIME", "DURATION", "SET"})
TENSES: frozenset[str] = frozenset({"past", "present", "future", "conditional"})
RULE_ID = re.compile(r"[a-z]{2,3}(?:\.[a-z0-9]+(?:-[a-z0-9]+)*){2,}")
_SUMMAND = re.compile(r"(-?)(?:\$([a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)?)|(\d+(?:\.\d+)?)|([A-Za-z_]+))")
_TOP_KEYS = {"language", "settings", "sources", "lexicons", "macros", "rules", "examples_published"}
_RULE_KEYS = {"id", "type", "pattern", "value", "before", "after", "not_before", "not_after",
              "priority", "examples", "negative", "comment"}
_DATE_KEYS = {"date", "shift", "direction", "granularity", "part", "time", "type"}
_TIME_KEYS = {"hour", "minute", "meridiem"}


def load_ruleset(code: str, path: Path | None = None) -> RuleSet:
    """Read ``data/lang/<code>/temporal.yaml`` (or ``path``) and validate it."""
    path = path or language_dir(code) / "temporal.yaml"
    raw = load_yaml(path)
    return parse_ruleset(raw, source=str(path))


def parse_ruleset(raw: Any, *, source: str) -> RuleSet:
    """Validate the parsed YAML of one ``temporal.yaml``."""
    top = _mapping(raw, source)
    _keys(top, _TOP_KEYS, source, required={"language", "lexicons", "rules"})
    default_pub = _date(top.get("examples_published"), f"{source}: examples_published")
    settings = {str(k): str(v) for k, v in _mapping(top.get("settings") or {}, f"{source}: settings").items()}
    lexicons = {str(name): _lexicon(str(name), spec, source)
                for name, spec in _mapping(top["lexicons"], f"{source}: lexicons").items()}
    macros = {str(k): str(v) for k, v in _mapping(top.get("macros") or {}, f"{source}: macros").items()}
    rules_raw = top["rules"]
    if not isinstance(rules_raw, list) or not rules_raw:
        raise InvalidLanguageData(f"{source}: 'rules' must be a non-empty list")
    rules: list[Rule] = []
    seen: set[str] = set()
    for i, item in enumerate(rules_raw):
        rule = _rule(item, f"{source}: rules[{i}]", default_pub)
        if rule.id in seen:
            raise InvalidLanguageData(f"{source}: duplicate rule id {rule.id!r}")
        seen.add(rule.id)
        rules.append(rule)
    return RuleSet(language=str(top["language"]), lexicons=lexicons, macros=macros,
                   rules=tuple(rules), settings=settings, source=source)


def parse_term(raw: Any, where: str) -> Term:
    """A term: ``1``, ``MO``, ``$month``, ``-$number``, ``$number+0.5``, ``$dir|tense``."""
    if isinstance(raw, bool) or raw is None:
        raise InvalidLanguageData(f"{where}: {raw!r} is not a term")
    if isinstance(raw, (int, float)):
        return Term(((Summand(None, raw),),), str(raw))
    text = str(raw).strip()
    alternatives = []
    for alt in text.split("|"):
        summands = []
        for part in alt.split("+"):
            m = _SUMMAND.fullmatch(part.strip())
            if not m:
                raise InvalidLanguageData(f"{where}: cannot read term {text!r}")
            sign = -1 if m.group(1) else 1
            if m.group(2):
                summands.append(Summand(m.group(2), None, sign))
            elif m.group(3):
                num = float(m.group(3)) if "." in m.group(3) else int(m.group(3))
                summands.append(Summand(None, num * sign))
            else:
                summands.append(Summand(None, m.group(4)))
        alternatives.append(tuple(summands))
    return Term(tuple(alternatives), text)


def _rule(raw: Any, where: str, default_pub: dt.date | None) -> Rule:
    item = _mapping(raw, where)
    _keys(item, _RULE_KEYS, where, required={"id", "type", "pattern", "value", "examples"})
    rid = str(item["id"])
    where = f"{where.split(':')[0]}: rule {rid}"
    if not RULE_ID.fullmatch(rid):
        raise InvalidLanguageData(f"{where}: id must look like '<language>.<kind>.<name>' (lower case, dots, hyphens)")
    rtype = _type(item["type"], where)
    value = _value(item["value"], f"{where}: value", rtype)
    examples = tuple(_example(e, f"{where}: examples[{k}]", default_pub)
                     for k, e in enumerate(_list(item["examples"], f"{where}: examples")))
    if not examples:
        raise InvalidLanguageData(f"{where}: needs at least one positive example")
    negatives = tuple(_negative(e, f"{where}: negative[{k}]", default_pub)
                      for k, e in enumerate(_list(item.get("negative") or [], f"{where}: negative")))
    priority = item.get("priority", 0)
    if not isinstance(priority, int) or isinstance(priority, bool):
        raise InvalidLanguageData(f"{where}: priority must be an integer")

    def text(key: str) -> str | None:
        v = item.get(key)
        if v is None:
            return None
        if not isinstance(v, str) or not v.strip():
            raise InvalidLanguageData(f"{where}: {key} must be a non-empty pattern string")
        return v

    pattern = text("pattern")
    assert pattern is not None
    return Rule(id=rid, type=rtype, pattern=pattern, value=value, before=text("before"),
                after=text("after"), not_before=text("not_before"), not_after=text("not_after"),
                priority=priority, examples=examples, negatives=negatives,
                comment=str(item.get("comment") or ""))


def _value(raw: Any, where: str, rtype: TimexType) -> ValueSpec:
    if isinstance(raw, str):
        return LiteralSpec(_literal_value(raw, where))
    spec = _mapping(raw, where)
    own_type = _type(spec["type"], where) if "type" in spec else None
    if "by_tense" in spec:
        _keys(spec, {"by_tense"}, where)
        branches = _mapping(spec["by_tense"], f"{where}: by_tense")
        bad = set(branches) - TENSES - {"default"}
        if bad or "default" not in branches:
            raise InvalidLanguageData(f"{where}: by_tense needs 'default' and only tense keys, got {sorted(branches)}")
        return TenseSpec(tuple((str(k), _value(v, f"{where}: by_tense.{k}", rtype)) for k, v in branches.items()))
    if "value" in spec:
        _keys(spec, {"value", "type"}, where)
        return LiteralSpec(_literal_value(str(spec["value"]), where), own_type)
    if "duration" in spec:
        _keys(spec, {"duration", "type"}, where)
        parts = []
        for unit, amount in _mapping(spec["duration"], f"{where}: duration").items():
            unit_term = parse_term(unit, f"{where}: duration")
            _check_literals(unit_term, DURATION_UNITS, f"{where}: duration unit")
            parts.append((unit_term, parse_term(amount, f"{where}: duration amount")))
        if not parts:
            raise InvalidLanguageData(f"{where}: duration needs a unit")
        return DurationSpec(tuple(parts), own_type)
    _keys(spec, _DATE_KEYS, where)
    fields = []
    for name, term in _mapping(spec.get("date") or {}, f"{where}: date").items():
        if name not in DATE_FIELDS:
            raise InvalidLanguageData(f"{where}: unknown date field {name!r} (use {sorted(DATE_FIELDS)})")
        fields.append((str(name), parse_term(term, f"{where}: date.{name}")))
    shifts = []
    for unit, amount in _mapping(spec.get("shift") or {}, f"{where}: shift").items():
        unit_term = parse_term(unit, f"{where}: shift")
        _check_literals(unit_term, SHIFT_UNITS, f"{where}: shift unit")
        shifts.append((unit_term, parse_term(amount, f"{where}: shift amount")))
    direction = _opt_term(spec, "direction", where, DIRECTIONS | {"tense"})
    granularity = _opt_term(spec, "granularity", where, frozenset(GRANULARITIES))
    part = _opt_term(spec, "part", where, PARTS_OF_DAY)
    time = tuple((str(k), parse_term(v, f"{where}: time.{k}"))
                 for k, v in _mapping(spec.get("time") or {}, f"{where}: time").items())
    if any(k not in _TIME_KEYS for k, _ in time) or (time and "hour" not in dict(time)):
        raise InvalidLanguageData(f"{where}: time takes hour (required), minute, meridiem")
    if not fields and not shifts and part is None and not time:
        raise InvalidLanguageData(f"{where}: a date value needs date fields, a shift, a part of day or a time")
    if (part is not None or time) and (own_type or rtype) != "TIME":
        raise InvalidLanguageData(f"{where}: a part of day or a time makes the type TIME")
    return DateSpec(tuple(fields), tuple(shifts), direction, granularity, part, time, own_type)


def _literal_value(raw: str, where: str) -> Term:
    """A TIMEX3 value written out, or a slot (``$ref``) whose lexicon gives the value."""
    if raw.startswith("$"):
        return parse_term(raw, where)
    if not is_timex3_value(raw):
        raise InvalidLanguageData(f"{where}: {raw!r} is not a TIMEX3 value")
    return Term(((Summand(None, raw),),), raw)


def _opt_term(spec: Mapping[str, Any], key: str, where: str, allowed: frozenset[str]) -> Term | None:
    if key not in spec:
        return None
    term = parse_term(spec[key], f"{where}: {key}")
    _check_literals(term, allowed, f"{where}: {key}")
    return term


def _check_literals(term: Term, allowed: frozenset[str], where: str) -> None:
    for lit in term.literals():
        if str(lit) not in allowed:
            raise InvalidLanguageData(f"{where}: {lit!r} is not one of {sorted(allowed)}")


def _lexicon(name: str, raw: Any, source: str) -> Lexicon:
    where = f"{source}: lexicon {name}"
    if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
        raise InvalidLanguageData(f"{where}: names are lower case letters, digits and _")
    spec = _mapping(raw, where)
    _keys(spec, {"entries", "patterns", "case", "comment"}, where)
    entries: dict[str, LexValue] = {}
    for key, value in _mapping(spec.get("entries") or {}, f"{where}: entries").items():
        entries[str(key)] = _lex_value(value, f"{where}: {key!r}")
    patterns = tuple(str(p) for p in _list(spec.get("patterns") or [], f"{where}: patterns"))
    for p in patterns:
        try:
            compiled = re.compile(p)
        except re.error as exc:
            raise InvalidLanguageData(f"{where}: bad pattern {p!r}: {exc}") from exc
        if compiled.groups:
            raise InvalidLanguageData(f"{where}: pattern {p!r} has a capturing group; use (?:...)")
    if not entries and not patterns:
        raise InvalidLanguageData(f"{where}: needs entries or patterns")
    case = spec.get("case", "any")
    if case not in ("any", "capitalized"):
        raise InvalidLanguageData(f"{where}: case is 'any' or 'capitalized'")
    return Lexicon(name, entries, patterns, case == "capitalized")


def _lex_value(raw: Any, where: str) -> LexValue:
    if isinstance(raw, dict):
        return {str(k): _lex_scalar(v, where) for k, v in raw.items()}
    return _lex_scalar(raw, where)


def _lex_scalar(raw: Any, where: str) -> LexScalar:
    if isinstance(raw, bool) or not isinstance(raw, (int, float, str)):
        raise InvalidLanguageData(f"{where}: a lexicon value is a number, a name or a mapping of them")
    return raw


def _example(raw: Any, where: str, default_pub: dt.date | None) -> Example:
    item = _mapping(raw, where)
    _keys(item, {"text", "span", "value", "published", "tense", "type"}, where, required={"text", "span", "value"})
    text, span, value = str(item["text"]), str(item["span"]), str(item["value"])
    if span not in text:
        raise InvalidLanguageData(f"{where}: span {span!r} is not in the text")
    if not is_timex3_value(value):
        raise InvalidLanguageData(f"{where}: {value!r} is not a TIMEX3 value")
    pub = _date(item["published"], where) if "published" in item else default_pub
    rtype = _type(item["type"], where) if "type" in item else None
    return Example(text, span, value, pub, _tense(item.get("tense"), where), rtype)


def _negative(raw: Any, where: str, default_pub: dt.date | None) -> Negative:
    if isinstance(raw, str):
        return Negative(raw, default_pub)
    item = _mapping(raw, where)
    _keys(item, {"text", "published", "tense"}, where, required={"text"})
    pub = _date(item["published"], where) if "published" in item else default_pub
    return Negative(str(item["text"]), pub, _tense(item.get("tense"), where))


def _tense(raw: Any, where: str) -> Tense | None:
    if raw is None:
        return None
    if raw not in TENSES:
        raise InvalidLanguageData(f"{where}: tense must be one of {sorted(TENSES)}")
    return cast(Tense, raw)


def _type(raw: Any, where: str) -> TimexType:
    if raw not in TYPES:
        raise InvalidLanguageData(f"{where}: type must be one of {sorted(TYPES)}")
    return cast(TimexType, raw)


def _date(raw: Any, where: str) -> dt.date | None:
    if raw is None or isinstance(raw, dt.date):
        return raw
    try:
        return dt.date.fromisoformat(str(raw))
    except ValueError as exc:
        raise InvalidLanguageData(f"{where}: {raw!r} is not an ISO date") from exc


def _mapping(raw: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(raw, dict):
        raise InvalidLanguageData(f"{where}: expected a mapping, got {type(raw).__name__}")
    return raw


def _list(raw: Any, where: str) -> list[Any]:
    if not isinstance(raw, list):
        raise InvalidLanguageData(f"{where}: expected a list, got {type(raw).__name__}")
    return raw


def _keys(item: Mapping[str, Any], allowed: set[str], where: str, required: set[str] | None = None) -> None:
    unknown = set(item) - allowed
    if unknown:
        raise InvalidLanguageData(f"{where}: unknown key(s) {sorted(map(str, unknown))}")
    missing = (required or set()) - set(item)
    if missing:
        raise InvalidLanguageData(f"{where}: missing key(s) {sorted(missing)}")
