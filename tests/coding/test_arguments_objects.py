"""Of several phrases in one argument slot that are not coordinated (a misparse of "to de-escalate" hangs the
infinitive's object on the verb), one that names an entity at its head leaves the others' insides unread;
coordinated phrases all count, inside names included."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.coding.helpers import REQUEST_BY_OBJECT, arguments_of, coder_from_yaml

pytestmark = pytest.mark.slow


def _arguments(pipeline: Any, tmp_path: Path, text: str) -> list[tuple[list[str], list[str]]]:
    """The actor and recipient codes of every event coded in the text."""
    coder = coder_from_yaml(tmp_path, "en", REQUEST_BY_OBJECT["en"])
    return arguments_of(pipeline, coder, text, lang="en", issuer="USA")


@pytest.mark.parametrize("text, asked", [
    ("The President urged Belgrade to de-escalate tensions in the north of Kosovo.", ["SRB"]),
    ("President Biden urged China to de-escalate military activity near Taiwan.", ["CHN"]),
])
def test_a_named_object_leaves_a_stray_phrase_unread(pipeline: Any, tmp_path: Path, text: str,
                                                     asked: list[str]) -> None:
    assert _arguments(pipeline, tmp_path, text) == [(["USA"], asked)]


def test_coordinated_objects_read_their_insides(pipeline: Any, tmp_path: Path) -> None:
    text = "President Biden urged Serbia and the authorities of Kosovo to resume the dialogue."
    assert _arguments(pipeline, tmp_path, text) == [(["USA"], ["SRB", "XKX"])]
