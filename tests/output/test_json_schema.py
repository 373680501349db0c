"""The JSON Schema of communique.result/1: real results pass, broken ones fail; `communique schema`."""

from __future__ import annotations

import copy
import json
from typing import Any, get_args

import pytest
import typer
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from communique.cli.schema_cmd import register
from communique.ontology import load_ontology
from communique.output.json_schema import result_problems, result_schema
from communique.records import EventStatus

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = result_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def test_the_schema_names_the_ontology_and_the_statuses() -> None:
    defs = result_schema()["$defs"]
    assert defs["event"]["properties"]["type"]["enum"] == list(load_ontology().types)
    assert len(defs["event"]["properties"]["type"]["enum"]) == 16
    assert defs["event"]["properties"]["status"]["enum"] == list(get_args(EventStatus))


def test_real_results_are_valid(all_results: list[dict[str, Any]], validator: Draft202012Validator) -> None:
    for result in all_results:
        assert list(validator.iter_errors(result)) == []
        assert result_problems(result) == []
    assert json.loads(json.dumps(all_results[0])) == all_results[0]


def _broken(result: dict[str, Any], change: str) -> dict[str, Any]:
    copied = copy.deepcopy(result)
    if change == "no doc":
        del copied["doc"]
    elif change == "bad status":
        copied["events"][0]["status"] = "rumoured"
    elif change == "bad type":
        copied["events"][0]["type"] = "FIGHT"
    elif change == "confidence above 1":
        copied["events"][0]["confidence"] = 1.5
    elif change == "negative offset":
        copied["events"][0]["trigger"]["start"] = -1
    elif change == "bad mention kind":
        copied["entities"][0]["mentions"][0]["kind"] = "nickname"
    elif change == "wrong schema":
        copied["schema"] = "communique.result/2"
    return copied


@pytest.mark.parametrize(
    "change",
    ["no doc", "bad status", "bad type", "confidence above 1", "negative offset", "bad mention kind", "wrong schema"],
)
def test_broken_results_fail(seed: dict[str, Any], validator: Draft202012Validator, change: str) -> None:
    assert not validator.is_valid(_broken(seed, change))
    assert result_problems(_broken(seed, change))


def test_problems_say_where(seed: dict[str, Any]) -> None:
    problems = result_problems(_broken(seed, "bad status"))
    assert len(problems) == 1 and problems[0].startswith("events/0/status:") and "rumoured" in problems[0]
    assert any("'doc' is a required property" in p for p in result_problems(_broken(seed, "no doc")))


def test_schema_command_prints_the_schema() -> None:
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """A group, as in the real app."""

    register(app)
    out = CliRunner().invoke(app, ["schema"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.stdout) == result_schema()
    assert out.stdout.startswith('{\n  "$schema"')
