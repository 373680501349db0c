"""The tables of a communique store (DuckDB DDL) and the version this code reads and writes.

Every table carries ``doc_id``: re-ingesting a document deletes its rows in all of them and
inserts the new ones. Column names follow the ``communique.result/1`` fields (shared/SCHEMA.md).
"""

from __future__ import annotations

# Bump when a table changes shape; a store of another version is refused, never migrated silently.
SCHEMA_VERSION = 1

META_TABLE = "communique_meta"

META_DDL = f"""
CREATE TABLE IF NOT EXISTS {META_TABLE} (
    key VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
)
"""

DOCUMENTS_DDL = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR PRIMARY KEY,
    language VARCHAR NOT NULL,
    issuer VARCHAR,
    published DATE,
    published_from VARCHAR,
    title VARCHAR,
    source VARCHAR,
    text VARCHAR NOT NULL,
    n_entities INTEGER NOT NULL,
    n_timexes INTEGER NOT NULL,
    n_events INTEGER NOT NULL,
    warnings STRUCT(code VARCHAR, message VARCHAR)[] NOT NULL,
    ontology VARCHAR,
    communique VARCHAR,
    ingested_at TIMESTAMP NOT NULL
)
"""

ENTITIES_DDL = """
CREATE TABLE IF NOT EXISTS entities (
    doc_id VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    code VARCHAR,
    sector VARCHAR,
    office VARCHAR,
    wikidata VARCHAR,
    kb VARCHAR,
    PRIMARY KEY (doc_id, entity_id)
)
"""

MENTIONS_DDL = """
CREATE TABLE IF NOT EXISTS mentions (
    doc_id VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    kind VARCHAR NOT NULL
)
"""

TIMEXES_DDL = """
CREATE TABLE IF NOT EXISTS timexes (
    doc_id VARCHAR NOT NULL,
    timex_id VARCHAR NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    value VARCHAR NOT NULL,
    rule VARCHAR,
    PRIMARY KEY (doc_id, timex_id)
)
"""

EVENTS_DDL = """
CREATE TABLE IF NOT EXISTS events (
    doc_id VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    mode VARCHAR,
    contexts VARCHAR[] NOT NULL,
    status VARCHAR NOT NULL,
    date_value VARCHAR,
    date_basis VARCHAR,
    date_timex VARCHAR,
    date_day DATE,
    month DATE,
    trigger_start INTEGER,
    trigger_end INTEGER,
    trigger_text VARCHAR,
    evidence_start INTEGER,
    evidence_end INTEGER,
    evidence_text VARCHAR,
    rule VARCHAR,
    confidence DOUBLE,
    location_entity VARCHAR,
    PRIMARY KEY (doc_id, event_id)
)
"""

PARTICIPANTS_DDL = """
CREATE TABLE IF NOT EXISTS event_participants (
    doc_id VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL,
    role VARCHAR NOT NULL CHECK (role IN ('actor', 'recipient', 'about', 'location')),
    position INTEGER NOT NULL,
    entity_id VARCHAR NOT NULL,
    code VARCHAR,
    name VARCHAR
)
"""

# (table name, DDL), in the order they are created and filled.
TABLES: tuple[tuple[str, str], ...] = (
    ("documents", DOCUMENTS_DDL),
    ("entities", ENTITIES_DDL),
    ("mentions", MENTIONS_DDL),
    ("timexes", TIMEXES_DDL),
    ("events", EVENTS_DDL),
    ("event_participants", PARTICIPANTS_DDL),
)

TABLE_NAMES: tuple[str, ...] = tuple(name for name, _ in TABLES)
