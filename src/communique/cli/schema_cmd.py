"""``communique schema``: print the JSON Schema of the result format."""

from __future__ import annotations

import json
import sys

import typer
from rich.console import Console

from communique.errors import CommuniqueError


def register(app: typer.Typer) -> None:
    """Adds the ``schema`` command to ``app``."""
    app.command(name="schema")(schema)


def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of communique.result/1."""
    from communique.output.json_schema import result_schema

    try:
        data = result_schema()
    except CommuniqueError as exc:
        Console(stderr=True).print(f"[red]error[/red] {exc}")
        raise typer.Exit(exc.exit_code) from None
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False))
    sys.stdout.write("\n")
