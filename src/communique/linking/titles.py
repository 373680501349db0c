"""Offices as written in a language (``titles.yaml``), expanded into phrases for the gazetteer."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from communique.errors import InvalidLanguageData
from communique.resources import language_dir, load_yaml


@dataclass(frozen=True)
class TitleRule:
    """One office phrase family: whose office (`of`) and which role."""

    id: str
    patterns: tuple[str, ...]
    role: str
    of: str
    both: bool = False


@dataclass(frozen=True)
class TitleSense:
    """What one expanded title phrase means: the rule, and the state filling its slot if any."""

    rule: TitleRule
    state: str | None


@dataclass(frozen=True)
class TitleData:
    """A language's ``titles.yaml``: the office rules, the articles a state's name may take in a
    ``{state}`` slot, and the courtesy words that open a name."""

    rules: tuple[TitleRule, ...]
    articles: tuple[str, ...]
    honorifics: tuple[str, ...]


def load_titles(code: str) -> TitleData:
    """Read ``data/lang/<code>/titles.yaml``."""
    path = language_dir(code) / "titles.yaml"
    raw = load_yaml(path) or {}
    articles = tuple(str(a) for a in raw.get("state_articles", [""]))
    honorifics = tuple(str(h) for h in raw.get("honorifics", []))
    rules = []
    for item in raw.get("titles", []):
        try:
            rules.append(
                TitleRule(
                    id=str(item["id"]),
                    patterns=tuple(str(p) for p in item["patterns"]),
                    role=str(item["role"]),
                    of=str(item["of"]),
                    both=bool(item.get("both", False)),
                )
            )
        except (KeyError, TypeError) as exc:
            raise InvalidLanguageData(f"{path}: title rule {item!r} lacks {exc}") from exc
    return TitleData(tuple(rules), articles, honorifics)


def expand_titles(
    rules: Sequence[TitleRule], state_forms: Mapping[str, Sequence[str]]
) -> Iterator[tuple[str, TitleSense]]:
    """Every phrase of every rule, the ``{state}`` slot filled with each state's written forms."""
    for rule in rules:
        for pattern in rule.patterns:
            if "{state}" not in pattern:
                yield pattern, TitleSense(rule, None)
                continue
            for state, forms in state_forms.items():
                for form in forms:
                    yield pattern.replace("{state}", form), TitleSense(rule, state)
