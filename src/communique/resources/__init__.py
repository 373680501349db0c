"""Locates and loads the data shipped with the package (language folders, KB, ontology)."""

from communique.resources.files import data_dir, language_dir, load_yaml, supported_languages
from communique.resources.language import LanguageConfig, load_language_config

__all__ = [
    "LanguageConfig",
    "data_dir",
    "language_dir",
    "load_language_config",
    "load_yaml",
    "supported_languages",
]
