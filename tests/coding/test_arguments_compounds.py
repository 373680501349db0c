"""A place in a compound adjective on a group ("Gaza-based militants", "the Saudi-led coalition") names the group's
side."""

from __future__ import annotations

from typing import Any

import pytest

from tests.coding.helpers import shipped_sides

pytestmark = pytest.mark.slow


def test_a_based_group_is_of_its_places_side(pipeline: Any) -> None:
    text = "The President welcomed a ceasefire between Israel and Gaza-based militants."
    assert ("RETREAT", ["ISR", "PSE"], []) in shipped_sides(pipeline, text, "en", "USA")


def test_a_led_coalition_is_its_leaders(pipeline: Any) -> None:
    text = "The Saudi-led coalition launched strikes on Sanaa."
    assert ("ASSAULT", ["SAU"], ["YEM"]) in shipped_sides(pipeline, text, "en", "USA")
