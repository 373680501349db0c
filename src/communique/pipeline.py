"""The pipeline: cleaned text -> language -> parse -> time -> entities -> events -> `Result`.

A `Pipeline` holds what is costly to load (spaCy pipelines, compiled rules, the knowledge
base) and is reused for every document; languages are loaded the first time they are needed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from communique._version import __version__
from communique.clause import TenseCues, tense_at
from communique.coding import EventCoder
from communique.errors import CommuniqueError, EmptyInput, InvalidValue
from communique.ingest import clean_text, read_path
from communique.kb import KnowledgeBase
from communique.langid import LanguageDetector
from communique.linking import Linker
from communique.nlp import Parser, load_parser
from communique.ontology import Ontology, load_ontology
from communique.parsed import Parse
from communique.records import Document, Result, SourceInput, Timex, Warning
from communique.resources import load_language_config, supported_languages
from communique.temporal import TimeTagger

# A dateline ("Paris, le 9 février 2018") is looked for in this many first characters.
DATELINE_CHARS = 200
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISSUER = re.compile(r"^[A-Z]{3}$")
_ORIGINS = {"dateline": "dateline", "html-meta": "HTML metadata", "pdf-meta": "PDF metadata"}


@dataclass
class LanguageStages:
    """Everything that works on one language, loaded once."""

    parser: Parser
    tagger: TimeTagger
    cues: TenseCues
    linker: Linker
    coder: EventCoder


@dataclass(frozen=True)
class _Prepared:
    """A cleaned document with its language's stages and the warnings so far, ready to parse."""

    doc: Document
    stages: LanguageStages
    warnings: list[Warning]


@dataclass
class Pipeline:
    """Reusable extraction pipeline; `extract` turns one input into a `Result`."""

    kb: KnowledgeBase
    ontology: Ontology
    languages: Sequence[str] = field(default_factory=supported_languages)
    _stages: dict[str, LanguageStages] = field(default_factory=dict, repr=False)
    _detector: LanguageDetector | None = field(default=None, repr=False)

    @classmethod
    def load(cls, *, kb_files: Sequence[Path] = ()) -> Pipeline:
        """The packaged knowledge base (plus the user's files) and ontology."""
        return cls(kb=KnowledgeBase.load(extra=kb_files), ontology=load_ontology())

    def stages(self, language: str) -> LanguageStages:
        """The loaded stages of one language (loads them the first time)."""
        if language not in self._stages:
            config = load_language_config(language)
            self._stages[language] = LanguageStages(
                parser=load_parser(config),
                tagger=TimeTagger.for_language(language),
                cues=TenseCues.for_language(language),
                linker=Linker.for_language(language, self.kb),
                coder=EventCoder.for_language(language, self.ontology),
            )
        return self._stages[language]

    def detect_language(self, text: str) -> str:
        """The language of a text, among the supported ones."""
        if self._detector is None:
            self._detector = LanguageDetector(tuple(self.languages))
        return self._detector.detect(text)

    def extract(self, source: SourceInput) -> Result:
        """Run every stage on one input."""
        prepared = self._prepare(source)
        parse = prepared.stages.parser.parse(prepared.doc.text)
        return self._analyse(prepared.doc, parse, prepared.stages, prepared.warnings)

    def extract_batch(self, sources: Sequence[SourceInput]) -> list[Result | Exception]:
        """`extract` on several inputs, the texts of each language parsed together (faster than one
        by one); each input gives its result or the exception it raised, in input order."""
        out: list[Result | Exception | None] = [None] * len(sources)
        by_language: dict[str, list[tuple[int, _Prepared]]] = {}
        for index, source in enumerate(sources):
            try:
                prepared = self._prepare(source)
            except Exception as exc:  # the caller decides which errors stop a run
                out[index] = exc
                continue
            by_language.setdefault(prepared.doc.language, []).append((index, prepared))
        for group in by_language.values():
            parser = group[0][1].stages.parser
            parses = parser.parse_many([prepared.doc.text for _, prepared in group], batch_size=len(group))
            for (index, prepared), parse in zip(group, parses, strict=True):
                try:
                    out[index] = self._analyse(prepared.doc, parse, prepared.stages, prepared.warnings)
                except Exception as exc:
                    out[index] = exc
        return [item for item in out if item is not None]

    def _prepare(self, source: SourceInput) -> _Prepared:
        """Clean, detect the language, load its stages, check the fields: a `Document` ready to parse."""
        warnings: list[Warning] = []
        cleaned = clean_text(source.text)
        if not cleaned.text.strip():
            raise EmptyInput("the text is empty after cleaning", source=source.source)
        language = source.language or self.detect_language(cleaned.text)
        if language not in self.languages:
            load_language_config(language)  # raises UnsupportedLanguage with the list
        stages = self.stages(language)
        issuer = _check_issuer(source.issuer)
        published, published_from = source.published, source.published_from
        if published is None:
            published = find_dateline(cleaned.text, stages.tagger)
            published_from = "dateline" if published else None
        if published is None:
            warnings.append(Warning("W201", "no publication date: relative dates left unresolved"))
        elif published_from and published_from != "given":
            origin = _ORIGINS.get(published_from, published_from)
            where = f"publication date {published.isoformat()} taken from the {origin}"
            warnings.append(Warning("W202", where))
        if issuer is None:
            warnings.append(Warning("W203", "no issuer given: titles such as 'the President' are not resolved"))
        doc = Document(
            id=source.id or "doc",
            text=cleaned.text,
            language=language,
            issuer=issuer,
            published=published,
            title=source.title,
            source=source.source,
            published_from=published_from,
            offsets=cleaned.offsets,
        )
        return _Prepared(doc, stages, warnings)

    def extract_file(
        self, path: Path, *, published: dt.date | None = None, issuer: str | None = None,
        language: str | None = None,
    ) -> list[Result]:
        """Results for a file (.txt, .pdf, .html, .json, .jsonl); the options override its own fields."""
        return [self.extract(with_options(s, published=published, issuer=issuer, language=language))
                for s in read_path(path)]

    def extract_many(self, sources: Iterable[SourceInput]) -> Iterator[Result | CommuniqueError]:
        """Run `extract` on each input; an input that fails yields its error and the others go on."""
        for source in sources:
            try:
                yield self.extract(source)
            except CommuniqueError as exc:
                if exc.source is None:
                    exc.source = source.id or source.source
                yield exc

    def _analyse(self, doc: Document, parse: Parse, stages: LanguageStages, warnings: list[Warning]) -> Result:
        timexes = stages.tagger.tag(
            doc.text, published=doc.published, tense_at=lambda s, e: tense_at(parse, s, e, stages.cues)
        )
        entities = stages.linker.link(doc, parse)
        events = stages.coder.code(doc, parse, entities, tuple(timexes), stages.cues)
        return Result(
            doc=doc,
            entities=tuple(entities),
            timexes=tuple(timexes),
            events=tuple(events),
            warnings=tuple(warnings),
            ontology=self.ontology.version,
            version=__version__,
            extra={"pipeline": parse.pipeline},
        )


def find_dateline(text: str, tagger: TimeTagger) -> dt.date | None:
    """The full date of a dateline or heading ("Paris, le 9 février 2018"), if the text opens with one."""
    head = text[:DATELINE_CHARS]
    for timex in _tag_head(head, tagger):
        if timex.type == "DATE" and _FULL_DATE.match(timex.value):
            try:
                return dt.date.fromisoformat(timex.value)
            except ValueError:
                return None
    return None


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """An ISO date given by a user, or `InvalidValue`."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise InvalidValue(f"invalid date {value!r}: expected YYYY-MM-DD") from exc


def with_options(
    source: SourceInput, *, published: dt.date | None, issuer: str | None, language: str | None
) -> SourceInput:
    """The input with the user's options in place of its own fields."""
    if published is not None:
        source = replace(source, published=published, published_from="given")
    elif source.published is not None and source.published_from is None:
        source = replace(source, published_from="given")
    if issuer is not None:
        source = replace(source, issuer=issuer)
    if language is not None:
        source = replace(source, language=language)
    return source


def _tag_head(head: str, tagger: TimeTagger) -> list[Timex]:
    return [t for t in tagger.tag(head, published=None) if t.start < DATELINE_CHARS]


def _check_issuer(issuer: str | None) -> str | None:
    if issuer is None:
        return None
    code = issuer.strip().upper()
    if not _ISSUER.match(code):
        raise InvalidValue(f"invalid issuer {issuer!r}: expected an ISO 3166-1 alpha-3 code such as FRA")
    return code
