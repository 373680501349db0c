"""`communique eval` reports exactly the figures of the project's reference scorer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communique.cli import app
from communique.evaluation import load_gold, load_results, score
from tests.conftest import DATA, GOLD_DEV

FIXTURES = ["pipeline-0.1", "perturbed-gold"]
REFERENCE_SCORER = Path(__file__).resolve().parents[3] / "shared" / "eval" / "score"


@pytest.mark.parametrize("name", FIXTURES)
def test_same_figures_as_the_reference_scorer(name: str) -> None:
    expected = json.loads((DATA / "eval" / f"{name}.scorer.json").read_text(encoding="utf-8"))
    report = score(load_gold(GOLD_DEV), load_results(DATA / "eval" / f"{name}.jsonl"))
    assert report.to_dict() == expected


@pytest.mark.skipif(not REFERENCE_SCORER.exists(), reason="the reference scorer is not beside this clone")
@pytest.mark.parametrize("name", FIXTURES)
def test_same_figures_as_the_reference_scorer_run_now(name: str, tmp_path: Path) -> None:
    out = tmp_path / "ref.json"
    subprocess.run([sys.executable, str(REFERENCE_SCORER), "--gold", str(GOLD_DEV), "--system",
                    str(DATA / "eval" / f"{name}.jsonl"), "--json", str(out)], check=True, capture_output=True)
    report = score(load_gold(GOLD_DEV), load_results(DATA / "eval" / f"{name}.jsonl"))
    assert report.to_dict() == json.loads(out.read_text(encoding="utf-8"))


def test_cli_eval_prints_the_tables_and_writes_json(tmp_path: Path) -> None:
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(app, ["eval", str(GOLD_DEV), str(DATA / "eval" / "perturbed-gold.jsonl"),
                                      "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "events_strict" in result.output and "fr (25 documents)" in result.output
    assert "events by type" in result.output
    expected = json.loads((DATA / "eval" / "perturbed-gold.scorer.json").read_text(encoding="utf-8"))
    assert json.loads(out.read_text(encoding="utf-8")) == expected


def test_cli_eval_without_gold_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", str(tmp_path), str(DATA / "eval" / "perturbed-gold.jsonl")])
    assert result.exit_code == 2
