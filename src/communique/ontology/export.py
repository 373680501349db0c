"""The manual's future rule for the PLOVER export, as a plain function."""

from __future__ import annotations

from communique.ontology.model import Ontology
from communique.ontology.plover import load_ontology


def plover_export_type(type: str, status: str, ontology: Ontology | None = None) -> str:
    """The PLOVER type to export for an event of ``type`` with ``status``.

    A planned CONSULT, SUPPORT, COOPERATE or AID is exported as AGREE, a planned RETREAT as
    CONCEDE (the rules live in ``plover.yaml``); anything else keeps its type. Without an
    ``ontology`` the shipped one is loaded on each call: pass one when exporting many events.
    """
    return (ontology or load_ontology()).export_type(type, status)
