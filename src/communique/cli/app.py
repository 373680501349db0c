"""``communique extract | batch | eval | query | stats | schema``: exit 0 done, 2 usage, 3 bad input,
4 broken installation, 5 a batch that cannot go on (see `communique.errors`)."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from communique.cli import batch_cmd, schema_cmd, store_cmds
from communique.cli.render import print_result
from communique.cli.scores import print_report
from communique.errors import CommuniqueError
from communique.records import Result

app = typer.Typer(
    name="communique",
    help="Event data from official diplomatic texts: dates, entities and PLOVER events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


# Width of tables written to a file or a pipe (a terminal's own width is used otherwise).
PIPE_WIDTH = 160


def _stdout_console() -> Console:
    console = Console()
    return console if console.is_terminal else Console(width=PIPE_WIDTH)


def _fail(exc: CommuniqueError) -> typer.Exit:
    Console(stderr=True).print(f"[red]error[/red] {escape(str(exc))}")
    return typer.Exit(exc.exit_code)


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Texts to read: .txt, .pdf, .html, .json, .jsonl")],
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) to resolve relative dates")
    ] = None,
    issuer: Annotated[str | None, typer.Option(help="ISO alpha-3 code of the publishing government")] = None,
    language: Annotated[str | None, typer.Option(help="Language code (fr, en); detected if not given")] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="table, json or jsonl")] = Format.table,
    kb: Annotated[list[Path] | None, typer.Option(help="YAML file of extra knowledge-base entries")] = None,
    everything: Annotated[bool, typer.Option("--all", help="Also show time expressions and entities")] = False,
) -> None:
    """Extract time expressions, entities and events from texts."""
    from communique.pipeline import Pipeline, parse_date

    console = _stdout_console()
    try:
        given = parse_date(published)
        pipeline = Pipeline.load(kb_files=tuple(kb or ()))
        results: list[Result] = []
        for path in files:
            results.extend(pipeline.extract_file(path, published=given, issuer=issuer, language=language))
    except CommuniqueError as exc:
        raise _fail(exc) from None
    if format is Format.table:
        for result in results:
            print_result(console, result, everything=everything)
    elif format is Format.json:
        payload = [r.to_dict() for r in results]
        sys.stdout.write(json.dumps(payload[0] if len(payload) == 1 else payload, ensure_ascii=False, indent=1))
        sys.stdout.write("\n")
    else:
        for result in results:
            sys.stdout.write(result.to_json() + "\n")


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Folder of gold files (communique.gold/1)")],
    results: Annotated[Path, typer.Argument(help="Folder of result files, or one JSONL file")],
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the figures to this file")] = None,
) -> None:
    """Score results against annotated documents: time expressions, entities, events."""
    from communique.evaluation import load_gold, load_results, score

    try:
        report = score(load_gold(gold), load_results(results))
    except CommuniqueError as exc:
        raise _fail(exc) from None
    if not report.overall.docs:
        Console(stderr=True).print(f"[red]error[/red] no gold files in {gold}")
        raise typer.Exit(2)
    print_report(_stdout_console(), report)
    if json_out is not None:
        json_out.write_text(json.dumps(report.to_dict(), indent=1), encoding="utf-8")


batch_cmd.register(app)
schema_cmd.register(app)
store_cmds.register(app)


def main() -> None:
    """Entry point of the ``communique`` command."""
    app()
