"""The evaluation report as rich tables: P/R/F1 and accuracies, overall and per language."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from communique.evaluation.score import Report, Scores


def scores_table(name: str, scores: Scores) -> Table:
    """One table: a row per count (P, R, F1, gold, system) and per accuracy."""
    table = Table(title=f"{name} ({scores.docs} documents)", title_justify="left")
    for col in ("", "P", "R", "F1", "gold", "sys"):
        table.add_column(col, justify="left" if not col else "right")
    for key, c in scores.counts.items():
        table.add_row(key, f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}", str(c.gold), str(c.sys))
    for key, a in scores.accuracies.items():
        table.add_row(key, "acc", "", f"{a.value:.3f}", "", str(a.n))
    return table


def event_types_table(report: Report) -> Table:
    """Events matched per PLOVER type: F1 overall and in each language, with gold and system counts."""
    table = Table(title="events by type", title_justify="left")
    langs = sorted(report.by_language)
    for col in ("type", "P", "R", "F1", "gold", "sys", *(f"F1 {lang}" for lang in langs)):
        table.add_column(col, justify="left" if col == "type" else "right")
    for event_type, c in sorted(report.overall.event_types.items()):
        per_lang = [report.by_language[lang].event_types.get(event_type) for lang in langs]
        table.add_row(event_type, f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}", str(c.gold), str(c.sys),
                      *(f"{x.f1:.3f}" if x is not None else "" for x in per_lang))
    return table


def print_report(console: Console, report: Report) -> None:
    """Overall, then each language, then events by type; then the gold documents without a result."""
    console.print(scores_table("all", report.overall))
    for lang, scores in sorted(report.by_language.items()):
        console.print(scores_table(lang, scores))
    if report.overall.event_types:
        console.print(event_types_table(report))
    if report.missing:
        console.print(f"[yellow]no result for {len(report.missing)} gold documents: "
                      f"{', '.join(report.missing[:10])}[/yellow]")
