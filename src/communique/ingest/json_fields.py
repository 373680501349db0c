"""One JSON object to a `SourceInput`: the fields ``id, text, language, issuer, published, title``.

Other fields are ignored. ``text`` is required (E107) and must hold more than white space
(E101); a field of the wrong type, a ``published`` that is not an ISO date ``YYYY-MM-DD`` or a
``language`` that is not a language code raises E111.
"""

from __future__ import annotations

import datetime as dt
import re

from communique.errors import EmptyInput, InvalidJSON, InvalidValue, MissingField
from communique.records import SourceInput

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
LANGUAGE_TAG = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*")


def record_from_object(obj: object, *, where: str, default_id: str) -> SourceInput:
    """Check and convert one JSON value; ``where`` names it in errors (``file.jsonl:3``)."""
    if not isinstance(obj, dict):
        raise InvalidJSON(f"expected a JSON object, found {_json_type(obj)}", source=where)
    record_id = _id(obj.get("id"), where)
    label = f" (id {record_id!r})" if record_id is not None else ""
    text = obj.get("text")
    if text is None:
        raise MissingField(f"the record{label} has no 'text' field", source=where)
    if not isinstance(text, str):
        raise InvalidValue(f"'text'{label} must be a string, found {_json_type(text)}", source=where)
    if not text.strip():
        raise EmptyInput(f"the 'text' of the record{label} is empty", source=where)
    published = _date(obj.get("published"), where, label)
    return SourceInput(
        text=text,
        id=record_id if record_id is not None else default_id,
        language=_language(obj.get("language"), where, label),
        issuer=_string(obj.get("issuer"), "issuer", where, label),
        published=published,
        title=_string(obj.get("title"), "title", where, label),
        source=where,
        published_from="given" if published is not None else None,
    )


def _id(value: object, where: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InvalidValue(f"'id' must be a string or an integer, found {_json_type(value)}", source=where)
    return str(value)


def _string(value: object, name: str, where: str, label: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidValue(f"{name!r}{label} must be a string, found {_json_type(value)}", source=where)
    return value.strip() or None


def _language(value: object, where: str, label: str) -> str | None:
    """The primary subtag, lower case ("fr-FR" -> "fr")."""
    text = _string(value, "language", where, label)
    if text is None:
        return None
    match = LANGUAGE_TAG.fullmatch(text)
    if match is None:
        raise InvalidValue(
            f"'language'{label} must be a language code such as 'fr' or 'en', found {text!r}", source=where
        )
    return match.group(1).lower()


def _date(value: object, where: str, label: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, str) and ISO_DATE.fullmatch(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise InvalidValue(
        f"'published'{label} must be a date written YYYY-MM-DD, found {value!r}", source=where
    )


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")
