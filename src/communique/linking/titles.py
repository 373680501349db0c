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
class SpeakerCues:
    """Who "je"/"I" is when the text does not say: the issuer's holder of the first of ``roles`` who is
    not named in the third person; not the head of state when the text addresses members of
    parliament (``parliament``: the speaker answers for the government); the holder of the office whose
    members a meeting gathers when "I" attends it (``meetings``: "Je viens pour ce Conseil affaires
    générales"). ``homeland``: the phrases by which the speaker names its own state ("our country", "notre
    pays")."""

    roles: tuple[str, ...] = ("head_of_state",)
    parliament: tuple[str, ...] = ()
    meetings: tuple[tuple[str, str], ...] = ()
    homeland: tuple[str, ...] = ()


@dataclass(frozen=True)
class TitleData:
    """A language's ``titles.yaml``: the office rules, the articles a state's name may take in a
    ``{state}`` slot, the courtesy words that open a name, and how to tell who speaks."""

    rules: tuple[TitleRule, ...]
    articles: tuple[str, ...]
    honorifics: tuple[str, ...]
    speaker: SpeakerCues = SpeakerCues()
    # Plural offices held in each member of a group ("foreign ministers" -> foreign_minister, "leaders" ->
    # leader) and the nouns that name a group's member states ("the Normandy format countries").
    member_offices: tuple[tuple[str, str], ...] = ()
    member_nouns: tuple[str, ...] = ()


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
    groups = raw.get("groups") or {}
    offices = groups.get("offices") or {}
    if not isinstance(offices, dict):
        raise InvalidLanguageData(f"{path}: 'groups.offices' must map a plural office to a role")
    return TitleData(tuple(rules), articles, honorifics, _speaker(raw.get("speaker"), path),
                     member_offices=tuple((str(k), str(v)) for k, v in offices.items()),
                     member_nouns=tuple(str(n) for n in groups.get("nouns") or ()))


def _speaker(raw: object, path: object) -> SpeakerCues:
    if raw is None:
        return SpeakerCues()
    if not isinstance(raw, dict):
        raise InvalidLanguageData(f"{path}: 'speaker' must be a mapping (roles, parliament, meetings, homeland)")
    meetings = raw.get("meetings") or {}
    if not isinstance(meetings, dict):
        raise InvalidLanguageData(f"{path}: 'speaker.meetings' must map a meeting's name to a role")
    return SpeakerCues(
        roles=tuple(str(r) for r in raw.get("roles") or ("head_of_state",)),
        parliament=tuple(str(p) for p in raw.get("parliament") or ()),
        meetings=tuple((str(k), str(v)) for k, v in meetings.items()),
        homeland=tuple(str(p) for p in raw.get("homeland") or ()),
    )


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
