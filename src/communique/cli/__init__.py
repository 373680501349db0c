"""The command line: a thin layer over the library (typer for arguments, rich for the terminal)."""

from communique.cli.app import app, main

__all__ = ["app", "main"]
