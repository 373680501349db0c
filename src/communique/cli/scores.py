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


def print_report(console: Console, report: Report) -> None:
    """Overall, then each language; then the gold documents without a result."""
    console.print(scores_table("all", report.overall))
    for lang, scores in sorted(report.by_language.items()):
        console.print(scores_table(lang, scores))
    if report.missing:
        console.print(f"[yellow]no result for {len(report.missing)} gold documents: "
                      f"{', '.join(report.missing[:10])}[/yellow]")
