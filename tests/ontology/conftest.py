"""Shared fixtures: the shipped ontology and crosswalk, loaded once per test module."""

from __future__ import annotations

import pytest

from communique.ontology import Crosswalk, Ontology, load_crosswalk, load_ontology


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return load_ontology()


@pytest.fixture(scope="module")
def crosswalk(ontology: Ontology) -> Crosswalk:
    return load_crosswalk(ontology=ontology)
