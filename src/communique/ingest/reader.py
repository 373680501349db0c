"""Entry points: a path (file or folder) or bytes to `SourceInput` records.

``read_path`` and ``read_bytes`` raise the first error; ``iter_path`` is for batches and
yields each record or error with where it came from, so one bad input does not stop the rest.
The size limit is checked on the file size before anything is read.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path, PurePath

from communique.errors import EmptyInput, InputError, InputTooLarge, UnreadableInput
from communique.ingest.decode import decode_text
from communique.ingest.formats import DEFAULT_MAX_BYTES, Format, format_of, is_supported
from communique.ingest.html_input import read_html
from communique.ingest.json_input import iter_jsonl, parse_jsonl_line, read_json
from communique.ingest.pdf_input import read_pdf
from communique.ingest.text_input import read_text
from communique.records import SourceInput


def read_path(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[SourceInput]:
    """The records of a file, or of every supported file in a folder (sorted by name)."""
    if path.is_dir():
        return [record for file in supported_files(path) for record in read_path(file, max_bytes=max_bytes)]
    fmt = _checked_format(path, max_bytes)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableInput(f"cannot read the file: {exc.strerror or exc}", source=str(path)) from exc
    return read_bytes(data, name=str(path), fmt=fmt, max_bytes=max_bytes)


def read_bytes(
    data: bytes, *, name: str, fmt: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[SourceInput]:
    """The records in ``data``; ``name`` (a file name or URL) gives the format unless ``fmt`` does."""
    kind = format_of(name, fmt)
    if len(data) > max_bytes:
        raise _too_large(len(data), max_bytes, name)
    stem = PurePath(name).stem or name
    if kind == "txt":
        return [read_text(data, source=name, doc_id=stem)]
    if kind == "pdf":
        return [read_pdf(data, source=name, doc_id=stem)]
    if kind == "html":
        return [read_html(data, source=name, doc_id=stem)]
    if kind == "json":
        return read_json(decode_text(data, source=name), source=name, stem=stem)
    return _read_jsonl_bytes(data, source=name, stem=stem)


def iter_path(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[tuple[str, SourceInput | InputError]]:
    """``(where, record or error)`` for every input under ``path``: ``where`` is the file, or
    ``file:line`` for a JSONL line. A missing path or a folder with no supported file raises."""
    if not path.exists():
        raise UnreadableInput("no such file or folder", source=str(path))
    files = supported_files(path) if path.is_dir() else [path]
    for file in files:
        if file.suffix.lower() == ".jsonl":
            try:
                for number, item in iter_jsonl(file, max_bytes=max_bytes):
                    yield f"{file}:{number}", item
            except InputError as exc:
                yield str(file), exc
            continue
        try:
            records = read_path(file, max_bytes=max_bytes)
        except InputError as exc:
            yield str(file), exc
            continue
        for record in records:
            yield record.source or str(file), record


def supported_files(folder: Path) -> list[Path]:
    """The supported, non-hidden files directly in ``folder``, sorted by name."""
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        raise UnreadableInput(f"cannot list the folder: {exc.strerror or exc}", source=str(folder)) from exc
    files = [p for p in entries if p.is_file() and not p.name.startswith(".") and is_supported(p.name)]
    if not files:
        raise EmptyInput("the folder holds no .txt, .pdf, .html, .json or .jsonl file", source=str(folder))
    return files


def _checked_format(path: Path, max_bytes: int) -> Format:
    """The file's format, after checking it exists and is within the size limit (nothing read)."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        reason = "no such file" if isinstance(exc, FileNotFoundError) else exc.strerror or str(exc)
        raise UnreadableInput(f"cannot read the file: {reason}", source=str(path)) from exc
    fmt = format_of(str(path))
    if size > max_bytes:
        raise _too_large(size, max_bytes, str(path))
    return fmt


def _too_large(size: int, max_bytes: int, source: str) -> InputTooLarge:
    return InputTooLarge(
        f"the input has {size:,} bytes, more than the limit of {max_bytes:,} (raise max_bytes to read it)",
        source=source,
    )


def _read_jsonl_bytes(data: bytes, *, source: str, stem: str) -> list[SourceInput]:
    """Every record of JSONL bytes; the first bad line raises its error."""
    records = [
        parse_jsonl_line(line, number=number, source=source, stem=stem)
        for number, line in enumerate(data.removeprefix(b"\xef\xbb\xbf").split(b"\n"), start=1)
        if line.strip()
    ]
    if not records:
        raise EmptyInput("the JSONL input holds no records", source=source)
    return records
