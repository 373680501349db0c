"""Users extend the knowledge base with their own YAML file (``--kb``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communique import Pipeline, SourceInput
from communique.cli import app

USER_KB = """\
format: communique.kb/1
sources: ["our desk's list of ambassadors"]
entries:
  - id: person/herve-magro
    name: Hervé Magro
    type: PERSON
    code: FRA
    sector: GOV
    wikidata: null
    names: {fr: [Hervé Magro, M. Magro], en: [Hervé Magro]}
    offices:
      - {role: ambassador, of: state/FRA, title: Ambassador of France to Turkey, start: 2020-08-01, end: null}
"""


@pytest.mark.slow
def test_a_user_entry_is_linked_with_its_office(tmp_path: Path) -> None:
    kb = tmp_path / "desk.yaml"
    kb.write_text(USER_KB, encoding="utf-8")
    pipeline = Pipeline.load(kb_files=(kb,))
    text = "Hervé Magro, ambassadeur de France en Turquie, a été rappelé à Paris."
    result = pipeline.extract(SourceInput(text=text, id="u", language="fr", issuer="FRA",
                                          published=dt.date(2020, 10, 25), published_from="given"))
    magro = next(e for e in result.entities if e.name == "Hervé Magro")
    assert magro.code == "FRA" and magro.office == "Ambassador of France to Turkey"
    assert magro.kb_id == "person/herve-magro"


def test_an_invalid_user_file_names_its_line_and_exits_4(tmp_path: Path) -> None:
    kb = tmp_path / "broken.yaml"
    kb.write_text(USER_KB.replace("type: PERSON", "type: HUMAN"), encoding="utf-8")
    out = CliRunner().invoke(app, ["extract", "--kb", str(kb), str(tmp_path / "any.txt")])
    assert out.exit_code == 4, out.output
    assert "E203" in out.output and "broken.yaml:" in out.output
