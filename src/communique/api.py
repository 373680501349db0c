"""The library's entry points: `extract` for one text, `Pipeline` for many."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

from communique.pipeline import Pipeline, parse_date
from communique.records import Result, SourceInput


@cache
def default_pipeline() -> Pipeline:
    """The pipeline with the packaged data, loaded on first use and kept for the process."""
    return Pipeline.load()


def extract(
    text: str,
    *,
    published: str | dt.date | None = None,
    issuer: str | None = None,
    language: str | None = None,
    id: str | None = None,
    title: str | None = None,
) -> Result:
    """Time expressions, entities and events of one text.

    ``published`` (ISO date) anchors relative dates; ``issuer`` (ISO alpha-3 of the government
    that published the text) resolves titles such as "le président de la République".
    """
    source = SourceInput(
        text=text,
        id=id,
        language=language,
        issuer=issuer,
        published=parse_date(published),
        title=title,
        published_from="given" if published else None,
    )
    return default_pipeline().extract(source)


def extract_file(
    path: str | Path,
    *,
    published: str | dt.date | None = None,
    issuer: str | None = None,
    language: str | None = None,
) -> list[Result]:
    """Results for a file (.txt, .pdf, .html, .json, .jsonl); options override the file's own fields."""
    return default_pipeline().extract_file(Path(path), published=parse_date(published), issuer=issuer,
                                           language=language)
