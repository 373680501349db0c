"""communique: event data from official diplomatic texts.

>>> import communique
>>> result = communique.extract(text, published="2018-02-09", issuer="FRA")
>>> result.events[0].type
'CONSULT'

Importing the package is cheap: the pipeline (spaCy, rules, knowledge base) loads on first use.
"""

import typing as _typing

from communique._version import __version__
from communique.errors import CommuniqueError, InputError, SetupError
from communique.records import (
    Document,
    Entity,
    Event,
    EventDate,
    Mention,
    Result,
    SourceInput,
    Span,
    Timex,
    Warning,
)

if _typing.TYPE_CHECKING:
    from communique.api import default_pipeline, extract, extract_file
    from communique.output.frames import read_results
    from communique.pipeline import Pipeline

_LAZY = {
    "default_pipeline": "communique.api",
    "extract": "communique.api",
    "extract_file": "communique.api",
    "Pipeline": "communique.pipeline",
    "read_results": "communique.output.frames",
}


def __getattr__(name: str) -> _typing.Any:
    """Load the pipeline's entry points on first use."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'communique' has no attribute {name!r}")


__all__ = [
    "CommuniqueError",
    "Document",
    "Entity",
    "Event",
    "EventDate",
    "InputError",
    "Mention",
    "Pipeline",
    "Result",
    "SetupError",
    "SourceInput",
    "Span",
    "Timex",
    "Warning",
    "__version__",
    "default_pipeline",
    "extract",
    "extract_file",
    "read_results",
]
