"""The matching conventions of the annotation guideline."""

from communique.evaluation.score import same_value
from communique.evaluation.text import collapse_spaces, name_key


def test_vague_references_and_vague_durations_are_one_value() -> None:
    assert same_value("PAST_REF", "PXW")
    assert same_value("FUTURE_REF", "PAST_REF")
    assert not same_value("PRESENT_REF", "PAST_REF")
    assert not same_value("2018-05", "2018-05-01")


def test_names_compare_without_articles_accents_or_saint_abbreviation() -> None:
    forum = "St. Petersburg International Economic Forum"
    assert name_key(forum) == name_key("Saint Petersburg international economic forum")
    assert name_key("the Élysée") == name_key("Elysee")


def test_collapsed_offsets_point_into_the_collapsed_text() -> None:
    text, where = collapse_spaces("a  \n b")
    assert text == "a b"
    assert where[5] == 2
