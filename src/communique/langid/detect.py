"""Which language a text is in, and whether communique supports it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from communique.errors import UnsupportedLanguage

# Languages lingua may answer besides the supported ones, so that a German or Russian text
# is named as such instead of being forced into French or English.
OTHER_LANGUAGES = ("de", "es", "it", "pt", "ru", "uk", "ar", "zh", "nl", "pl", "tr")
# lingua reads this many characters; more does not change the answer on official texts.
SAMPLE_CHARS = 2_000


@dataclass
class LanguageDetector:
    """Detects one of ``supported`` (ISO 639-1), or raises `UnsupportedLanguage` naming what it found."""

    supported: Sequence[str]
    _detector: Any = None

    def __post_init__(self) -> None:
        from lingua import IsoCode639_1, LanguageDetectorBuilder

        codes = [getattr(IsoCode639_1, c.upper()) for c in (*self.supported, *OTHER_LANGUAGES)]
        self._detector = LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()

    def detect(self, text: str) -> str:
        """The ISO 639-1 code of the text's language."""
        language = self._detector.detect_language_of(text[:SAMPLE_CHARS])
        if language is None:
            raise UnsupportedLanguage("the language of the text could not be determined; pass --language")
        code = str(language.iso_code_639_1.name).lower()
        if code not in self.supported:
            raise UnsupportedLanguage(
                f"the text is in {language.name.title()} ({code}), which is not supported "
                f"(supported: {', '.join(self.supported)})"
            )
        return code
