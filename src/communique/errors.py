"""The error tree. Every error has a stable code and the CLI exit status it maps to.

Codes never change meaning once released; new errors take new codes.

========  ===================================================  ====
code      meaning                                              exit
========  ===================================================  ====
E101      input is empty (or only white space)                 3
E102      input is binary, not text                            3
E103      input encoding could not be determined               3
E104      PDF has no text layer (scanned?)                     3
E105      input is larger than the size limit                  3
E106      language not supported                               3
E107      a required field is missing (JSONL ``text``)         3
E108      input is not valid JSON / JSONL                      3
E109      input file cannot be read / does not exist           3
E110      input format not supported                           3
E111      a field has an invalid value (date, ISO code)        3
E112      a document id appears twice in one batch's input     3
E199      the pipeline failed on one document (a bug)          1
E201      a spaCy pipeline is not installed                    4
E202      language data (YAML) is invalid                      4
E203      knowledge-base data is invalid                       4
E204      an optional extra is not installed                   2
E205      ontology data is invalid                             4
E300      a batch run cannot go on as asked                    5
E301      another run is writing to the same output            5
E302      the output and its manifest do not match             5
E303      a worker process died                                5
E304      the output cannot be written where it was asked      5
========  ===================================================  ====
"""

from __future__ import annotations


class CommuniqueError(Exception):
    """Base of every error this package raises on purpose."""

    code = "E000"
    exit_code = 1

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"{self.code} {where}{self.message}"


class InputError(CommuniqueError):
    """The input cannot be processed (exit 3)."""

    code = "E100"
    exit_code = 3


class EmptyInput(InputError):
    code = "E101"


class BinaryInput(InputError):
    code = "E102"


class UnknownEncoding(InputError):
    code = "E103"


class NoTextLayer(InputError):
    code = "E104"


class InputTooLarge(InputError):
    code = "E105"


class UnsupportedLanguage(InputError):
    code = "E106"


class MissingField(InputError):
    code = "E107"


class InvalidJSON(InputError):
    code = "E108"


class UnreadableInput(InputError):
    code = "E109"


class UnsupportedFormat(InputError):
    code = "E110"


class InvalidValue(InputError):
    code = "E111"


class DuplicateId(InputError):
    code = "E112"


class DocumentFailed(CommuniqueError):
    """The pipeline raised an unexpected exception on one document; the batch records it and goes on."""

    code = "E199"


class SetupError(CommuniqueError):
    """The installation or its data is incomplete or broken (exit 4)."""

    code = "E200"
    exit_code = 4


class PipelineNotInstalled(SetupError):
    code = "E201"


class InvalidLanguageData(SetupError):
    code = "E202"


class InvalidKnowledgeBase(SetupError):
    code = "E203"


class ExtraNotInstalled(SetupError):
    code = "E204"
    exit_code = 2


class InvalidOntology(SetupError):
    code = "E205"


class RunError(CommuniqueError):
    """A batch run cannot go on as asked (exit 5)."""

    code = "E300"
    exit_code = 5


class OutputLocked(RunError):
    code = "E301"


class ManifestMismatch(RunError):
    code = "E302"


class WorkerDied(RunError):
    code = "E303"


class OutputNotWritable(RunError):
    code = "E304"


__all__ = [
    "BinaryInput",
    "CommuniqueError",
    "DocumentFailed",
    "DuplicateId",
    "EmptyInput",
    "ExtraNotInstalled",
    "InputError",
    "InputTooLarge",
    "InvalidJSON",
    "InvalidKnowledgeBase",
    "InvalidLanguageData",
    "InvalidOntology",
    "InvalidValue",
    "ManifestMismatch",
    "MissingField",
    "NoTextLayer",
    "OutputLocked",
    "OutputNotWritable",
    "PipelineNotInstalled",
    "RunError",
    "SetupError",
    "UnknownEncoding",
    "UnreadableInput",
    "UnsupportedFormat",
    "UnsupportedLanguage",
    "WorkerDied",
]
