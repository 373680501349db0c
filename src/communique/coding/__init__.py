"""Codes events in the PLOVER ontology from the parse, the linked entities and the time expressions."""

from communique.coding.coder import EventCoder
from communique.coding.rules import EventRule, load_rules

__all__ = ["EventCoder", "EventRule", "load_rules"]
