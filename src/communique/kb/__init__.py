"""The knowledge base: states, organizations, places, people and their offices, agreements.

Shipped as YAML under ``data/kb/`` (format ``communique.kb/1``, see its README);
users add or override entries with their own files::

    kb = KnowledgeBase.load([Path("my.yaml")])
    kb.state("FRA").name                                  # 'France'
    kb.holders("head_of_state", "state/FRA", date(2018, 2, 9))
"""

from communique.kb.base import KnowledgeBase
from communique.kb.files import kb_dir, packaged_files
from communique.kb.model import (
    ALIAS_KINDS,
    ANY_LANGUAGE,
    ENTRY_TYPES,
    SPECIAL_CODES,
    Alias,
    AliasKind,
    EntryType,
    KBEntry,
    Office,
)

__all__ = [
    "ALIAS_KINDS",
    "ANY_LANGUAGE",
    "ENTRY_TYPES",
    "SPECIAL_CODES",
    "Alias",
    "AliasKind",
    "EntryType",
    "KBEntry",
    "KnowledgeBase",
    "Office",
    "kb_dir",
    "packaged_files",
]
