"""``language.yaml``: what a language folder declares about itself."""

from __future__ import annotations

from dataclasses import dataclass

from communique.errors import InvalidLanguageData, UnsupportedLanguage
from communique.resources.files import language_dir, load_yaml, supported_languages


@dataclass(frozen=True)
class LanguageConfig:
    """A language's identity and the spaCy pipelines that can parse it, best first."""

    code: str
    name: str
    spacy_packages: tuple[str, ...]
    install_hint: str
    status: str
    abbreviations: tuple[str, ...] = ()
    coordination_words: tuple[str, ...] = ()
    plural_endings: tuple[str, ...] = ()
    locative_prepositions: frozenset[str] = frozenset()
    genitive_prepositions: frozenset[str] = frozenset()
    gerund_marks: frozenset[str] = frozenset()
    progressive_auxiliaries: frozenset[str] = frozenset()
    government_nouns: frozenset[str] = frozenset()


def load_language_config(code: str) -> LanguageConfig:
    """Read ``data/lang/<code>/language.yaml``; an unknown code is an unsupported language."""
    if code not in supported_languages():
        raise UnsupportedLanguage(
            f"language {code!r} is not supported (supported: {', '.join(supported_languages())})"
        )
    path = language_dir(code) / "language.yaml"
    raw = load_yaml(path)
    try:
        return LanguageConfig(
            code=str(raw["code"]),
            name=str(raw["name"]),
            spacy_packages=tuple(str(p) for p in raw["spacy"]["packages"]),
            install_hint=str(raw["spacy"]["install"]),
            status=str(raw["status"]),
            abbreviations=tuple(str(a) for a in raw.get("abbreviations", [])),
            coordination_words=tuple(str(w) for w in raw.get("coordination", {}).get("words", [])),
            plural_endings=tuple(str(e) for e in raw.get("coordination", {}).get("plural_endings", [])),
            locative_prepositions=_lower(raw.get("locative_prepositions", [])),
            genitive_prepositions=_lower(raw.get("genitive_prepositions", [])),
            gerund_marks=_lower(raw.get("gerund_marks", [])),
            progressive_auxiliaries=_lower(raw.get("progressive_auxiliaries", [])),
            government_nouns=_lower(raw.get("government_nouns", [])),
        )
    except (KeyError, TypeError) as exc:
        raise InvalidLanguageData(f"{path}: missing or malformed field {exc}") from exc


def _lower(words: list[object]) -> frozenset[str]:
    return frozenset(str(w).lower() for w in words)
