"""The only place that imports spaCy: loads the language pipelines and turns docs into `Parse` records."""

from communique.nlp.loader import Parser, load_parser

__all__ = ["Parser", "load_parser"]
