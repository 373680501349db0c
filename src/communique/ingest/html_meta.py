"""What an HTML page says about itself in markup: its declared charset and publication date.

The date comes from metadata only, never from the visible text: ``<meta>`` tags
(``article:published_time``, ``datePublished``, Dublin Core ``DC.date.issued``, ...), JSON-LD
``datePublished``/``dateCreated`` and ``<time itemprop="datePublished" datetime=...>``.
Modification dates are not publication dates and are not used.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
from html.parser import HTMLParser

from communique.ingest.dates import day_from

# Metadata keys (meta name/property/itemprop, JSON-LD key), lower case, most specific first.
PUBLISHED_KEYS = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "dc.date.issued",
    "dcterms.issued",
    "citation_publication_date",
    "publication_date",
    "publish-date",
    "publishdate",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date",
    "dcterms.date",
    "dc.date.created",
    "dcterms.created",
    "datecreated",
    "date",
)
ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?![\d])")
CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
SNIFF_BYTES = 4096
# As browsers do (WHATWG Encoding): these labels mean windows-1252.
WINDOWS_1252_LABELS = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii"})


def declared_charset(data: bytes) -> str | None:
    """The Python codec of a ``<meta charset>`` declared near the start of the page, if known."""
    match = CHARSET.search(data[:SNIFF_BYTES])
    if match is None:
        return None
    label = match.group(1).decode("ascii").lower()
    if label in WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


class _MetaCollector(HTMLParser):
    """Collects date-bearing metadata values by key, in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.values: dict[str, list[str]] = {}
        self._in_json_ld = False
        self._json_parts: list[str] = []
        self.json_ld: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name.lower(): value or "" for name, value in attrs}
        if tag == "meta":
            key = attributes.get("property") or attributes.get("name") or attributes.get("itemprop")
            if key and attributes.get("content"):
                self._add(key, attributes["content"])
        elif tag == "time" and attributes.get("datetime"):
            if attributes.get("itemprop"):
                self._add(attributes["itemprop"], attributes["datetime"])
            elif "pubdate" in attributes:
                self._add("pubdate", attributes["datetime"])
        elif tag == "script" and attributes.get("type", "").lower() == "application/ld+json":
            self._in_json_ld = True
            self._json_parts = []

    def handle_data(self, data: str) -> None:
        if self._in_json_ld:
            self._json_parts.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in_json_ld:
            self._in_json_ld = False
            self.json_ld.append("".join(self._json_parts))

    def _add(self, key: str, value: str) -> None:
        self.values.setdefault(key.strip().lower(), []).append(value)


def publication_date(html: str) -> dt.date | None:
    """The page's publication date from its metadata, or None."""
    collector = _MetaCollector()
    collector.feed(html)
    collector.close()
    for block in collector.json_ld:
        _collect_json_ld(_load_json(block), collector.values)
    for key in PUBLISHED_KEYS:
        for value in collector.values.get(key, ()):
            found = iso_day(value)
            if found is not None:
                return found
    return None


def iso_day(value: str) -> dt.date | None:
    """The calendar date an ISO 8601 value starts with ("2018-02-09T10:00:00+01:00"), or None."""
    return day_from(ISO_DAY, value)


def _load_json(block: str) -> object:
    try:
        return json.loads(block)
    except json.JSONDecodeError:
        return None


def _collect_json_ld(node: object, values: dict[str, list[str]]) -> None:
    """Add the ``datePublished``/``dateCreated`` strings found anywhere in a JSON-LD value."""
    if isinstance(node, list):
        for item in node:
            _collect_json_ld(item, values)
    elif isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, str) and key.lower() in ("datepublished", "datecreated"):
                values.setdefault(key.lower(), []).append(value)
            else:
                _collect_json_ld(value, values)
