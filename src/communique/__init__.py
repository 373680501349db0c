"""communique: event data from official diplomatic texts.

>>> import communique
>>> result = communique.extract(text, published="2018-02-09", issuer="FRA")
>>> result.events[0].type
'CONSULT'
"""

from communique._version import __version__
from communique.api import default_pipeline, extract, extract_file
from communique.errors import CommuniqueError, InputError, SetupError
from communique.pipeline import Pipeline
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
]
