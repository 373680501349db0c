"""PLOVER from one data file: types, modes, contexts, sectors, scores, rules, and the CAMEO crosswalk."""

from communique.ontology.crosswalk import CameoMapping, CameoRoot, Crosswalk, TypeCrosswalk, load_crosswalk
from communique.ontology.export import plover_export_type
from communique.ontology.model import (
    ActorCode,
    AuxiliaryMode,
    CodingRule,
    Context,
    EventType,
    FutureRule,
    Mode,
    Ontology,
    QuadClass,
    RuleExample,
    Sector,
)
from communique.ontology.plover import load_ontology

__all__ = [
    "ActorCode",
    "AuxiliaryMode",
    "CameoMapping",
    "CameoRoot",
    "CodingRule",
    "Context",
    "Crosswalk",
    "EventType",
    "FutureRule",
    "Mode",
    "Ontology",
    "QuadClass",
    "RuleExample",
    "Sector",
    "TypeCrosswalk",
    "load_crosswalk",
    "load_ontology",
    "plover_export_type",
]
