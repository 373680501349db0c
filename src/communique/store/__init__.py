"""A DuckDB store of results: tables per record kind, views for dyads and timelines, SQL queries."""

from __future__ import annotations

from communique.store.queries import QueryResult, StoreStats
from communique.store.schema import SCHEMA_VERSION, TABLE_NAMES
from communique.store.store import Store
from communique.store.views import VIEW_NAMES

__all__ = ["SCHEMA_VERSION", "TABLE_NAMES", "VIEW_NAMES", "QueryResult", "Store", "StoreStats"]
