"""Language detection with lingua, restricted to the supported languages and a few common others."""

from communique.langid.detect import LanguageDetector

__all__ = ["LanguageDetector"]
