"""``communique batch``: code a corpus, resumably, on local processes or on Ray."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from communique.cli.progress import BatchDisplay
from communique.errors import CommuniqueError


class EngineName(StrEnum):
    local = "local"
    ray = "ray"


class LineFormat(StrEnum):
    jsonl = "jsonl"
    plover = "plover"
    cameo = "cameo"
    csv = "csv"


def register(app: typer.Typer) -> None:
    """Add the ``batch`` command to ``app``."""
    app.command()(batch)


def batch(
    inputs: Annotated[list[str], typer.Argument(
        help="Files, folders (txt, pdf, html, json), JSONL or Parquet with id, text, language, issuer, published, "
             "title", show_default=False)],
    out: Annotated[str, typer.Option(
        "--out", "-o", help="Output: .jsonl (results), .csv/.tsv, .parquet (events + documents), .duckdb (store); "
                            "with --engine ray, a folder or URI")],
    workers: Annotated[int, typer.Option(
        "--workers", "-w", min=1, help="Worker processes (local) or actors (ray); each loads the pipeline once")] = 1,
    engine: Annotated[EngineName, typer.Option(help="local: processes on this machine; ray: Ray Data")] = (
        EngineName.local),
    format: Annotated[LineFormat | None, typer.Option(
        "--format", "-f", help="jsonl (communique.result/1), plover, cameo or csv; default from OUT's suffix")] = None,
    retry_failed: Annotated[bool, typer.Option(
        "--retry-failed", help="Code again the documents that failed in an earlier run")] = False,
    ray_address: Annotated[str | None, typer.Option(
        "--ray-address", help="Join this Ray cluster (e.g. ray://head:10001 or auto); default: a local Ray")] = None,
    kb: Annotated[list[Path] | None, typer.Option(help="YAML file of extra knowledge-base entries")] = None,
) -> None:
    """Code a corpus, resumably, on local processes or on Ray.

    Results are written as they come; a manifest beside OUT records every document, so running the
    same command again after a crash finishes the job. Bad documents are recorded and skipped.
    """
    console = Console(stderr=True)
    kb_files = tuple(kb or ())
    if engine is EngineName.ray:
        _run_ray(console, inputs, out, workers, format, ray_address, kb_files)
        return
    from communique.corpus import LocalEngine, run_batch

    display = BatchDisplay(console)
    try:
        with display:
            summary = run_batch(tuple(Path(p) for p in inputs), Path(out),
                                LocalEngine(workers=workers, kb_files=kb_files),
                                format=format.value if format else None, retry_failed=retry_failed,
                                on_progress=display.update)
    except CommuniqueError as exc:
        console.print(f"[red]error[/red] {escape(str(exc))}")
        raise typer.Exit(exc.exit_code) from None
    display.finish(summary)


def _run_ray(console: Console, inputs: list[str], out: str, workers: int, format: LineFormat | None,
             address: str | None, kb_files: tuple[Path, ...]) -> None:
    from communique.errors import ExtraNotInstalled

    try:
        from communique.corpus.ray_engine import run_ray
    except ExtraNotInstalled as exc:
        console.print(f"[red]error[/red] {escape(str(exc))}")
        raise typer.Exit(exc.exit_code) from None
    import logging

    for name in ("ray", "ray.data"):  # the terminal shows communique's summary, not Ray's notices
        logging.getLogger(name).setLevel(logging.ERROR)
    try:
        summary = run_ray(inputs, out, workers=workers, address=address,
                          kb_files=kb_files, format=format.value if format else None)
    except CommuniqueError as exc:
        console.print(f"[red]error[/red] {escape(str(exc))}")
        raise typer.Exit(exc.exit_code) from None
    console.print(f"{summary.done} documents coded, {summary.failed} failed, in {summary.elapsed:.1f} s "
                  f"on Ray ({workers} actors): {out}")
