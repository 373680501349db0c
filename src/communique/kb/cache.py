"""A cache of parsed KB files, so that loading the KB does not re-parse unchanged YAML.

Parsing the YAML is most of the time a load takes; a parsed file (its header and raw
entries with their lines, before any check) is pickled under a key made of its
content's hash, in ``$COMMUNIQUE_CACHE_DIR`` or ``$XDG_CACHE_HOME/communique/kb``
(``~/.cache/communique/kb``). Entries are still built and checked on every load, so
the cache never hides an error. A cache that cannot be read or written is ignored.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from communique.kb.model import KBFile
from communique.kb.reader import parse_kb_text, read_text

# Change when the reader or KBFile changes, so that old cache files are not used.
CACHE_VERSION = b"communique.kb-cache/1"


def cache_dir() -> Path:
    """Where parsed KB files are kept."""
    explicit = os.environ.get("COMMUNIQUE_CACHE_DIR")
    if explicit:
        return Path(explicit) / "kb"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "communique" / "kb"


def _key(text: str) -> str:
    return hashlib.blake2b(CACHE_VERSION + text.encode("utf-8"), digest_size=20).hexdigest()


def _load(path: Path) -> KBFile | None:
    try:
        with path.open("rb") as handle:
            found = pickle.load(handle)
    except Exception:  # a missing, partial or foreign cache file: parse instead
        return None
    return found if isinstance(found, KBFile) else None


def _store(path: Path, kb_file: KBFile) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, suffix=".tmp", delete=False) as handle:
            pickle.dump(kb_file, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
    except OSError:
        return


def read_kb_file_cached(path: Path) -> KBFile:
    """Like ``read_kb_file``, through the cache: parse only files whose content is new."""
    text = read_text(path)
    cached_path = cache_dir() / f"{_key(text)}.pickle"
    cached = _load(cached_path)
    if cached is not None:
        return KBFile(str(path), cached.sources, cached.entries)
    kb_file = parse_kb_text(text, path)
    _store(cached_path, kb_file)
    return kb_file
