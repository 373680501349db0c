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


def test_events_are_also_counted_per_type() -> None:
    from communique.evaluation import score

    gold = {"id": "d", "language": "fr", "text": "", "timexes": [], "entities": [], "events": [
        {"type": "CONSULT", "actor": ["FRA"], "recipient": ["RUS"], "date": "2020-01-01", "status": "realized"},
        {"type": "REQUEST", "actor": ["FRA"], "recipient": ["RUS"], "date": "2020-01-01", "status": "realized"}]}
    system = {"entities": [{"id": "E1", "code": "FRA"}, {"id": "E2", "code": "RUS"}], "events": [
        {"type": "CONSULT", "actor": ["E1"], "recipient": ["E2"], "date": {"value": "2020-01-01"}},
        {"type": "ACCUSE", "actor": ["E1"], "recipient": ["E2"], "date": {"value": "2020-01-01"}}]}
    report = score([gold], {"d": system})
    types = report.overall.event_types
    assert (types["CONSULT"].tp, types["CONSULT"].gold, types["CONSULT"].sys) == (1, 1, 1)
    assert (types["REQUEST"].tp, types["REQUEST"].gold, types["REQUEST"].sys) == (0, 1, 0)
    assert (types["ACCUSE"].tp, types["ACCUSE"].gold, types["ACCUSE"].sys) == (0, 0, 1)
    assert report.by_language["fr"].event_types["CONSULT"].f1 == 1.0
