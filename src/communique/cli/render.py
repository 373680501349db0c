"""Rich renderings of results for the terminal."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from communique.records import Result

EVIDENCE_CHARS = 70


def _names(result: Result, ids: tuple[str, ...]) -> str:
    names = []
    for entity_id in ids:
        e = result.entity(entity_id)
        names.append(e.name if e is not None else entity_id)
    return ", ".join(names) or "—"


def events_table(result: Result) -> Table:
    """One row per event: date, status, type, mode, actor, recipient, evidence."""
    table = Table(title=f"{result.doc.id}: events", title_justify="left", expand=False)
    for col in ("#", "date", "status", "type", "mode", "actor", "recipient", "evidence"):
        table.add_column(col, overflow="fold")
    for n, v in enumerate(result.events, 1):
        evidence = v.evidence.text.replace("\n", " ")
        if len(evidence) > EVIDENCE_CHARS:
            evidence = evidence[: EVIDENCE_CHARS - 1] + "…"
        table.add_row(
            str(n), v.date.value or "—", v.status, v.type, v.mode or "", _names(result, v.actor),
            _names(result, v.recipient), f"« {evidence} »",
        )
    return table


def entities_table(result: Result) -> Table:
    """One row per entity: name, type, code, sector, office, mentions."""
    table = Table(title=f"{result.doc.id}: entities", title_justify="left")
    for col in ("id", "name", "type", "code", "sector", "office", "wikidata", "mentions"):
        table.add_column(col, overflow="fold")
    for e in result.entities:
        mentions = "; ".join(dict.fromkeys(m.text.replace("\n", " ") for m in e.mentions))
        table.add_row(e.id, e.name, e.type, e.code or "—", e.sector or "", e.office or "", e.wikidata or "",
                      mentions)
    return table


def timexes_table(result: Result) -> Table:
    """One row per time expression: text, type, value, rule."""
    table = Table(title=f"{result.doc.id}: time expressions", title_justify="left")
    for col in ("id", "text", "type", "value", "rule"):
        table.add_column(col, overflow="fold")
    for t in result.timexes:
        table.add_row(t.id, t.text.replace("\n", " "), t.type, t.value, t.rule)
    return table


def print_result(console: Console, result: Result, *, everything: bool) -> None:
    """Events (and with ``everything`` entities and time expressions), then counts and warnings."""
    if everything:
        console.print(timexes_table(result))
        console.print(entities_table(result))
    console.print(events_table(result))
    doc = result.doc
    published = doc.published.isoformat() if doc.published else "unknown"
    source = f" ({doc.published_from})" if doc.published_from else ""
    console.print(
        Text(
            f"{doc.language} · issuer {doc.issuer or '—'} · published {published}{source} · "
            f"{len(result.timexes)} time expressions · {len(result.entities)} entities · "
            f"{len(result.events)} events",
            style="dim",
        )
    )
    for w in result.warnings:
        console.print(Text(f"{w.code} {w.message}", style="yellow"))
