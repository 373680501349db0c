"""The PLOVER-to-CAMEO crosswalk (``data/ontology/cameo.yaml``) and its loader."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from communique.errors import InvalidValue
from communique.ontology.entries import Entry
from communique.ontology.model import Ontology
from communique.ontology.plover import load_ontology
from communique.ontology.strict_yaml import read_yaml_mapping
from communique.resources.files import data_dir

CAMEO_CODE = r"[0-9]{2,4}"
PLANNED = "planned"


@dataclass(frozen=True)
class CameoMapping:
    """One CAMEO code for a PLOVER (type, mode), and what the mapping loses, if anything."""

    code: str
    loses: str | None = None

    @property
    def root(self) -> str:
        """The two-digit CAMEO root (cue category) of the code."""
        return self.code[:2]


@dataclass(frozen=True)
class CameoRoot:
    """A CAMEO root category and the PLOVER types the manual translates it to (none: dropped)."""

    code: str
    name: str
    plover: tuple[str, ...]


@dataclass(frozen=True)
class TypeCrosswalk:
    """The CAMEO codes of one PLOVER type: ``default`` without a mode, one per mode."""

    type: str
    default: CameoMapping
    modes: Mapping[str, CameoMapping]


@dataclass(frozen=True)
class Crosswalk:
    """PLOVER (type, mode) to CAMEO codes, for the versions it names."""

    plover_version: str
    cameo_version: str
    roots: Mapping[str, CameoRoot]
    labels: Mapping[str, str]
    types: Mapping[str, TypeCrosswalk]
    intent: Mapping[str, CameoMapping]

    def mapping(self, type: str, mode: str | None = None, *, status: str | None = None) -> CameoMapping:
        """The mapping for an event; a planned event of a type with an intent code takes that code."""
        entry = self.types.get(type)
        if entry is None:
            raise InvalidValue(f"no CAMEO mapping for {type!r}: not a {self.plover_version} event type")
        if status == PLANNED and type in self.intent:
            return self.intent[type]
        if mode is None:
            return entry.default
        found = entry.modes.get(mode)
        if found is None:
            raise InvalidValue(f"no CAMEO mapping for mode {mode!r} of {type}: not one of its modes")
        return found

    def cameo_code(self, type: str, mode: str | None = None, *, status: str | None = None) -> str:
        """The CAMEO event code (2-4 digits) for a PLOVER type and mode."""
        return self.mapping(type, mode, status=status).code

    def label(self, code: str) -> str:
        """The CAMEO codebook label of a code used by the crosswalk."""
        return self.labels[code]


def crosswalk_path() -> Path:
    """Where the shipped crosswalk data file lives."""
    return data_dir() / "ontology" / "cameo.yaml"


def load_crosswalk(path: Path | None = None, ontology: Ontology | None = None) -> Crosswalk:
    """Reads the crosswalk and checks it against ``ontology`` (the shipped one by default).

    Every type and every mode must be mapped, every code well formed, labelled and under a
    known root; otherwise :class:`~communique.errors.InvalidOntology` names the file and entry.
    """
    path = path or crosswalk_path()
    ontology = ontology or load_ontology()
    top = Entry.top(read_yaml_mapping(path), path)
    top.only("plover_version", "cameo_version", "roots", "codes", "types", "intent")
    plover_version = top.text("plover_version")
    if plover_version != ontology.version:
        raise top.fail(f"maps {plover_version!r} but the ontology is {ontology.version!r}", "plover_version")
    roots = _roots(top, ontology)
    labels = dict(top.texts("codes"))
    for code in labels:
        top.child("codes").check_name(code, CAMEO_CODE, "CAMEO code")
    types: dict[str, TypeCrosswalk] = {}
    for name, entry in top.children("types"):
        if name not in ontology.types:
            raise entry.fail(f"{name!r} is not a {ontology.version} event type")
        entry.only("default", "modes")
        modes = {mode: _mapping(item, roots, labels) for mode, item in entry.children("modes")}
        expected = ontology.types[name].modes
        for mode in modes:
            if mode not in expected:
                raise entry.fail(f"{mode!r} is not a mode of {name}", "modes")
        for mode in expected:
            if mode not in modes:
                raise entry.fail(f"mode {mode!r} has no CAMEO mapping", "modes")
        types[name] = TypeCrosswalk(
            name, _mapping(entry.child("default"), roots, labels), MappingProxyType(modes)
        )
    for name in ontology.types:
        if name not in types:
            raise top.fail(f"event type {name!r} has no CAMEO mapping", "types")
    intent: dict[str, CameoMapping] = {}
    for name, entry in top.children("intent"):
        if name not in ontology.types:
            raise entry.fail(f"{name!r} is not a {ontology.version} event type")
        intent[name] = _mapping(entry, roots, labels)
    return Crosswalk(
        plover_version=plover_version,
        cameo_version=top.text("cameo_version"),
        roots=roots,
        labels=MappingProxyType(labels),
        types=MappingProxyType(types),
        intent=MappingProxyType(intent),
    )


def _roots(top: Entry, ontology: Ontology) -> MappingProxyType[str, CameoRoot]:
    found: dict[str, CameoRoot] = {}
    for code, entry in top.children("roots"):
        entry.check_name(code, r"[0-9]{2}", "CAMEO root")
        entry.only("name", "plover")
        plover = entry.names("plover")
        for name in plover:
            if name not in ontology.types:
                raise entry.fail(f"{name!r} is not a {ontology.version} event type", "plover")
        found[code] = CameoRoot(code, entry.text("name"), plover)
    return MappingProxyType(found)


def _mapping(entry: Entry, roots: Mapping[str, CameoRoot], labels: Mapping[str, str]) -> CameoMapping:
    entry.only("code", "loses")
    code = entry.text("code")
    entry.check_name(code, CAMEO_CODE, "CAMEO code")
    if code[:2] not in roots:
        raise entry.fail(f"CAMEO code {code!r} is under no known root", "code")
    if code not in labels:
        raise entry.fail(f"CAMEO code {code!r} has no label under 'codes'", "code")
    return CameoMapping(code, entry.optional_text("loses"))
