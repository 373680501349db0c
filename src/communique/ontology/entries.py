"""Typed access to one entry of a data file; every problem names the file and the entry."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from communique.errors import InvalidOntology


@dataclass(frozen=True)
class Entry:
    """A mapping read from ``file`` at the dotted position ``where`` (``types.CONSULT``)."""

    data: Mapping[str, object]
    file: Path
    where: str

    @classmethod
    def top(cls, data: Mapping[str, object], file: Path) -> Entry:
        """The whole file as an entry."""
        return cls(data, file, "")

    def _nested(self, value: dict[object, object], where: str) -> Entry:
        for key in value:
            if not isinstance(key, str):
                raise InvalidOntology(
                    f'{where}: key {key!r} must be a text (quote it, e.g. "041")', source=str(self.file)
                )
        return Entry({str(k): v for k, v in value.items()}, self.file, where)

    def fail(self, problem: str, key: str | None = None) -> InvalidOntology:
        """The error for a problem at this entry (or at its ``key``)."""
        where = self._at(key) if key is not None else self.where
        place = f"{where}: " if where else ""
        return InvalidOntology(f"{place}{problem}", source=str(self.file))

    def only(self, *allowed: str) -> None:
        """Rejects keys outside ``allowed`` (a misspelt key is an error, not a silent default)."""
        for key in self.data:
            if key not in allowed:
                raise self.fail(f"unknown key {key!r} (expected one of: {', '.join(allowed)})")

    def text(self, key: str) -> str:
        """A required non-empty string."""
        value = self.data.get(key)
        if value is None:
            raise self.fail("is missing", key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            raise self.fail(f"must be a text, not the number {value!r} (quote it)", key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"must be a non-empty text, not {value!r}", key)
        return value.strip()

    def optional_text(self, key: str) -> str | None:
        """A string or nothing (absent or null)."""
        if self.data.get(key) is None:
            return None
        return self.text(key)

    def number(self, key: str) -> float:
        """A required number (integers are accepted, booleans are not)."""
        value = self.optional_number(key)
        if value is None:
            raise self.fail("is missing", key)
        return value

    def optional_number(self, key: str) -> float | None:
        """A number or nothing (absent or null)."""
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(f"must be a number, not {value!r}", key)
        return float(value)

    def flag(self, key: str) -> bool:
        """A required true/false."""
        value = self.data.get(key)
        if not isinstance(value, bool):
            raise self.fail(f"must be true or false, not {value!r}", key)
        return value

    def names(self, key: str) -> tuple[str, ...]:
        """A required list of non-empty strings (may be empty)."""
        value = self.data.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(f"must be a list of names, not {value!r}", key)
        return tuple(v.strip() for v in value)

    def child(self, key: str) -> Entry:
        """A required nested mapping (an empty ``{}`` is fine)."""
        value = self.data.get(key)
        if not isinstance(value, dict):
            raise self.fail(f"must be a mapping, not {value!r}", key)
        return self._nested(value, self._at(key))

    def children(self, key: str) -> Iterator[tuple[str, Entry]]:
        """``name -> mapping`` pairs of a nested mapping whose values are all mappings."""
        group = self.child(key)
        for name in group.data:
            yield name, group.child(name)

    def texts(self, key: str) -> Iterator[tuple[str, str]]:
        """``name -> text`` pairs of a nested mapping whose values are all texts."""
        group = self.child(key)
        for name in group.data:
            yield name, group.text(name)

    def items(self, key: str) -> Iterator[Entry]:
        """The mappings of a required list of mappings."""
        value = self.data.get(key)
        if not isinstance(value, list):
            raise self.fail(f"must be a list, not {value!r}", key)
        for index, item in enumerate(value):
            if not isinstance(item, dict):
                raise self.fail(f"must be a mapping, not {item!r}", f"{key}[{index}]")
            yield self._nested(item, self._at(f"{key}[{index}]"))

    def check_name(self, name: str, pattern: str, what: str) -> str:
        """``name`` if it matches ``pattern`` (a regular expression), else an error."""
        if not re.fullmatch(pattern, name):
            raise self.fail(f"{what} {name!r} is not well formed (expected {pattern})")
        return name

    def _at(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key
