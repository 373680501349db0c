"""Loading a language's spaCy pipeline and parsing texts with it."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from communique.errors import PipelineNotInstalled
from communique.nlp.convert import to_parse
from communique.nlp.sentences import set_boundaries
from communique.parsed import Grammar, Parse
from communique.resources import LanguageConfig

# Texts are parsed in chunks of whole paragraphs of about this many characters:
# spaCy's memory grows with the length of a doc, and official texts are made of paragraphs.
CHUNK_CHARS = 5_000
_PARAGRAPH = re.compile(r"\n\s*\n")


@dataclass
class Parser:
    """A loaded spaCy pipeline for one language, with the project's sentence rules."""

    config: LanguageConfig
    package: str
    nlp: Any

    @property
    def grammar(self) -> Grammar:
        """The language's function words, carried by every parse."""
        return Grammar(genitives=self.config.genitive_prepositions, gerund_marks=self.config.gerund_marks,
                       progressive=self.config.progressive_auxiliaries)

    def parse(self, text: str) -> Parse:
        """Parse one cleaned text."""
        return next(self.parse_many([text]))

    def parse_many(self, texts: Iterable[str], *, batch_size: int = 16) -> Iterator[Parse]:
        """Parse several texts, streaming, their chunks in batches (peak memory stays low at 16)."""
        group: list[str] = []
        for text in texts:
            group.append(text)
            if len(group) == batch_size:
                yield from self._parse_group(group, batch_size)
                group = []
        if group:
            yield from self._parse_group(group, batch_size)

    def _parse_group(self, texts: list[str], batch_size: int) -> Iterator[Parse]:
        chunked = [list(_chunks(text)) for text in texts]
        docs = []
        for chunks in chunked:
            for _start, piece in chunks:
                doc = self.nlp.make_doc(piece)
                set_boundaries(doc, self.config.abbreviations)
                docs.append(doc)
        for _name, proc in self.nlp.pipeline:
            docs = list(proc.pipe(docs, batch_size=batch_size))
        k = 0
        for text, chunks in zip(texts, chunked, strict=True):
            parsed = [(start, docs[k + n]) for n, (start, _) in enumerate(chunks)]
            k += len(chunks)
            yield to_parse(text, self.config.code, self.package, parsed, self.grammar)


def load_parser(config: LanguageConfig) -> Parser:
    """Load the first installed spaCy pipeline the language lists, or fail naming the package."""
    import spacy

    for package in config.spacy_packages:
        if importlib.util.find_spec(package) is None:
            continue
        nlp = spacy.load(package)
        nlp.max_length = max(nlp.max_length, CHUNK_CHARS * 4)
        return Parser(config=config, package=package, nlp=nlp)
    raise PipelineNotInstalled(
        f"no spaCy pipeline for {config.name} is installed (looked for {', '.join(config.spacy_packages)}); "
        f"install one with: {config.install_hint}"
    )


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """Runs of whole paragraphs of at most about ``CHUNK_CHARS`` characters, with their offsets."""
    if len(text) <= CHUNK_CHARS:
        yield 0, text
        return
    start = 0
    cut = start
    for m in _PARAGRAPH.finditer(text):
        if m.end() - start > CHUNK_CHARS and cut > start:
            yield start, text[start:cut]
            start = cut
        cut = m.end()
    while len(text) - start > CHUNK_CHARS * 4:
        # a giant paragraph: cut at a sentence end, else hard
        stop = text.rfind(". ", start, start + CHUNK_CHARS * 4)
        stop = stop + 2 if stop > start else start + CHUNK_CHARS * 4
        yield start, text[start:stop]
        start = stop
    yield start, text[start:]
