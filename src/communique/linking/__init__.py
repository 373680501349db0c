"""Finds mentions of entities and links them to the knowledge base."""

from communique.linking.linker import Linker

__all__ = ["Linker"]
