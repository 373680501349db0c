"""The README's commands are real: every subcommand and option it shows exists, and set-up comes first."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from communique.cli import app

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> list[list[str]]:
    lines = re.findall(r"^communique (.+?)(?:\s{2,}#.*)?$", README, flags=re.MULTILINE)
    return [line.split() for line in lines]


def test_readme_opens_with_the_two_setup_commands() -> None:
    first_block = README.split("```", 2)[1]
    assert "make demo" in first_block and "make test" in first_block


def test_demo_target_runs_the_command_the_readme_shows() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    shown = "communique extract examples/elysee-2018-02-09.txt --published 2018-02-09 --issuer FRA"
    assert shown in README and shown in makefile
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_shown_subcommand_and_option_exists() -> None:
    commands = _commands()
    assert len(commands) >= 4
    for words in commands:
        help_text = CliRunner().invoke(app, [words[0], "--help"], env={"COLUMNS": "200"}).output
        for word in words[1:]:
            if word.startswith("-"):
                assert word in help_text, f"README shows {word} for 'communique {words[0]}'"


def test_error_codes_in_the_readme_are_the_library_codes() -> None:
    import inspect

    from communique import errors

    codes = {c.code for _, c in inspect.getmembers(errors, inspect.isclass) if issubclass(c, errors.CommuniqueError)}
    shown = set(re.findall(r"\bE\d{3}\b", README))
    assert shown and shown <= codes
