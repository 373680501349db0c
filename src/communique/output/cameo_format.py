"""CAMEO rows in the tab-separated layout of PETRARCH2, one per actor x recipient pair.

Layout: ``PETRwriter.write_events`` of https://github.com/openeventdata/petrarch2
(``petrarch2/PETRwriter.py``, commit 04f9181a640c2f794069a152e0766ccfccf92a3b) writes, per coded
event, the story date (YYYYMMDD), the source actor code, the target actor code, the CAMEO
event code, the issues, the ids, the URL (when known), the story source, and optionally the
source and target actor texts and the event text. The same columns are written here, in that
order, the URL column always present; four columns of communique's own follow. The event code
comes from the PLOVER-to-CAMEO crosswalk (``data/ontology/cameo.yaml``).

Decisions (see docs/formats.md): negated events are not written (CAMEO has no negation); a
hypothetical event, and a planned one whose CAMEO code is not an "intent" code, is written
with its status in ``flag``; events without an actor, or without a CAMEO mapping, are
skipped and reported in :attr:`CameoExport.skipped`. The date is the event's day, else the
publication day; an intent (planned event with a 03x code) takes the publication day, when
the intent was expressed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from communique.errors import InvalidValue
from communique.ontology.crosswalk import Crosswalk, load_crosswalk
from communique.output.rows import entity_index
from communique.temporal.values import calendar_day

CAMEO_COLUMNS: tuple[str, ...] = (
    "date",
    "source",
    "target",
    "code",
    "issues",
    "ids",
    "url",
    "story_source",
    "source_text",
    "target_text",
    "event_text",
    "plover_type",
    "plover_mode",
    "status",
    "flag",
)

NO_CODE = "---"  # PETRARCH's mark for an actor it found but could not code

# PLOVER renamed two CAMEO sector codes (manual, "Sector code notes", note 4): CAMEO's MED was
# the media (PLOVER JRN) and HLH the medical sector (PLOVER MED).
_CAMEO_SECTOR = {"JRN": "MED", "MED": "HLH"}


@dataclass(frozen=True)
class SkippedEvent:
    """An event that has no CAMEO row, and why."""

    event_id: str
    reason: str


@dataclass(frozen=True)
class CameoExport:
    """The CAMEO rows of one result and the events left out."""

    rows: tuple[tuple[str, ...], ...]
    skipped: tuple[SkippedEvent, ...]


def cameo_rows(result: Mapping[str, Any], *, crosswalk: Crosswalk | None = None) -> list[list[str]]:
    """The CAMEO rows of a result (columns :data:`CAMEO_COLUMNS`); skipped events are dropped."""
    return [list(row) for row in cameo_export(result, crosswalk=crosswalk).rows]


def cameo_export(result: Mapping[str, Any], *, crosswalk: Crosswalk | None = None) -> CameoExport:
    """The CAMEO rows of a result with the events that have none (pass ``crosswalk`` for many results)."""
    crosswalk = crosswalk or load_crosswalk()
    doc = result["doc"]
    entities = entity_index(result)
    rows: list[tuple[str, ...]] = []
    skipped: list[SkippedEvent] = []
    for event in result.get("events", ()):
        made = _event_rows(event, doc, entities, crosswalk)
        if isinstance(made, SkippedEvent):
            skipped.append(made)
        else:
            rows.extend(made)
    return CameoExport(tuple(rows), tuple(skipped))


def actor_code(entity: Mapping[str, Any]) -> str:
    """A CAMEO-style actor code: the entity's code followed by its sector (``FRAGOV``), or ``---``."""
    code = entity.get("code")
    if not code:
        return NO_CODE
    sector = entity.get("sector")
    return f"{code}{_CAMEO_SECTOR.get(sector, sector)}" if sector else str(code)


def _event_rows(
    event: Mapping[str, Any],
    doc: Mapping[str, Any],
    entities: Mapping[str, Mapping[str, Any]],
    crosswalk: Crosswalk,
) -> list[tuple[str, ...]] | SkippedEvent:
    status = event["status"]
    if status == "negated":
        return SkippedEvent(event["id"], "negated: CAMEO has no way to say an event did not happen")
    try:
        code = crosswalk.cameo_code(event["type"], event.get("mode"), status=status)
    except InvalidValue as exc:
        return SkippedEvent(event["id"], exc.message)
    actors = [i for i in event.get("actor", ()) if i in entities]
    recipients = [i for i in event.get("recipient", ()) if i in entities]
    if not actors:
        return SkippedEvent(event["id"], "no actor: a CAMEO event needs a source")
    pairs: list[tuple[str, str | None]] = (
        [(a, r) for a in actors for r in recipients if a != r] if recipients else [(a, None) for a in actors]
    )
    if not pairs:
        return SkippedEvent(event["id"], "every actor is its own recipient")
    intent = status == "planned" and event["type"] in crosswalk.intent
    flag = "" if intent or status in ("realized", "ongoing") else status  # an intent code (03x) says "planned"
    event_day = calendar_day((event.get("date") or {}).get("value"))
    published = calendar_day(doc.get("published"))
    # An intent is dated when it is expressed (the publication); other events on their own day.
    date = (published or event_day) if intent else (event_day or published)
    source = doc.get("source")
    common = {
        "date": date.strftime("%Y%m%d") if date else "",
        "code": code,
        "issues": "",
        "ids": f"{doc['id']}-{event['id']}",
        "url": source if isinstance(source, str) and source.startswith(("http://", "https://")) else "",
        "story_source": doc.get("issuer") or "",
        "event_text": _clean((event.get("trigger") or {}).get("text")),
        "plover_type": event["type"],
        "plover_mode": event.get("mode") or "",
        "status": status,
        "flag": flag,
    }
    rows = []
    for actor, recipient in pairs:
        target = entities[recipient] if recipient else None
        values = {
            **common,
            "source": actor_code(entities[actor]),
            "target": actor_code(target) if target else "",
            "source_text": _clean(entities[actor].get("name")),
            "target_text": _clean(target.get("name")) if target else "",
        }
        rows.append(tuple(values[c] for c in CAMEO_COLUMNS))
    return rows


def _clean(text: str | None) -> str:
    """A value safe in a tab-separated line: no tabs or line breaks."""
    return " ".join((text or "").split())
