"""Which input formats the reader knows, keyed by file name suffix."""

from __future__ import annotations

from pathlib import PurePath
from typing import Literal

from communique.errors import UnsupportedFormat

Format = Literal["txt", "pdf", "html", "json", "jsonl"]

FORMAT_BY_SUFFIX: dict[str, Format] = {
    ".txt": "txt",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
}

FORMATS: tuple[Format, ...] = ("txt", "pdf", "html", "json", "jsonl")

DEFAULT_MAX_BYTES = 10_000_000


def is_supported(name: str) -> bool:
    """Whether a file name has a suffix the reader knows."""
    return PurePath(name).suffix.lower() in FORMAT_BY_SUFFIX


def format_of(name: str, fmt: str | None = None) -> Format:
    """The format of ``name`` (by its suffix), or ``fmt`` when given; unknown ones raise E110."""
    if fmt is not None:
        key = fmt.lower().lstrip(".")
        for known in FORMATS:
            if key == known or FORMAT_BY_SUFFIX.get("." + key) == known:
                return known
        raise UnsupportedFormat(
            f"format {fmt!r} is not supported (supported: {', '.join(FORMATS)})", source=name
        )
    suffix = PurePath(name).suffix.lower()
    found = FORMAT_BY_SUFFIX.get(suffix)
    if found is None:
        what = f"suffix {suffix!r}" if suffix else "no suffix"
        raise UnsupportedFormat(
            f"cannot read a file with {what} (supported: {', '.join(sorted(FORMAT_BY_SUFFIX))})",
            source=name,
        )
    return found
