"""Rule-based sentence boundaries on real official texts, and the parse records."""

from __future__ import annotations

import json

import pytest

from communique.nlp import load_parser
from communique.nlp.loader import _chunks
from communique.resources import load_language_config
from tests.conftest import GOLD_DEV

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def fr_parser():  # type: ignore[no-untyped-def]
    return load_parser(load_language_config("fr"))


@pytest.fixture(scope="module")
def en_parser():  # type: ignore[no-untyped-def]
    return load_parser(load_language_config("en"))


def test_abbreviations_do_not_end_sentences(fr_parser) -> None:  # type: ignore[no-untyped-def]
    text = "M. Le Drian a reçu S.E. M. Lavrov à Paris. Ils ont parlé de la Syrie."
    parse = fr_parser.parse(text)
    assert [text[s.start : s.end] for s in parse.sentences] == [
        "M. Le Drian a reçu S.E. M. Lavrov à Paris.",
        "Ils ont parlé de la Syrie.",
    ]


def test_english_titles_and_initials(en_parser) -> None:  # type: ignore[no-untyped-def]
    text = "Mr. Blinken met Gen. Milley in Washington, D.C. on Monday. They discussed Ukraine."
    parse = en_parser.parse(text)
    assert len(parse.sentences) == 2


def test_seed_readout_has_its_fifteen_sentences(fr_parser) -> None:  # type: ignore[no-untyped-def]
    from communique.ingest import clean_text

    raw = json.loads((GOLD_DEV / "fr-elysee-2018-02-09.json").read_text(encoding="utf-8"))["text"]
    text = clean_text(raw).text
    parse = fr_parser.parse(text)
    assert len(parse.sentences) == 15
    assert text[parse.sentences[0].start :].startswith("Le président de la République s'est entretenu")


def test_tokens_point_into_the_text(fr_parser) -> None:  # type: ignore[no-untyped-def]
    text = "Le président s'est entretenu avec Vladimir Poutine.\n\nIl a souligné la nécessité d'agir."
    parse = fr_parser.parse(text)
    assert parse.text == text
    assert all(parse.text[t.start : t.end] == t.text for t in parse.tokens)
    assert {e.text for e in parse.ents} >= {"Vladimir Poutine"}
    verb = next(t for t in parse.tokens if t.text == "entretenu")
    assert verb.lemma == "entretenir" and verb.feat("VerbForm") == "Part"


def test_long_texts_are_parsed_in_paragraph_chunks(fr_parser) -> None:  # type: ignore[no-untyped-def]
    paragraph = "Le ministre a reçu son homologue à Paris le 3 mars. Ils ont parlé de la Syrie.\n\n"
    text = paragraph * 200
    chunks = list(_chunks(text))
    assert len(chunks) > 1
    assert "".join(piece for _, piece in chunks) == text
    parse = fr_parser.parse(text)
    assert len(parse.sentences) == 400
    assert parse.text == text
    assert all(parse.text[t.start : t.end] == t.text for t in parse.tokens)


def test_texts_parsed_together_give_the_parses_of_each_alone(fr_parser) -> None:  # type: ignore[no-untyped-def]
    texts = ["Le ministre a reçu son homologue à Paris. Ils ont parlé de la Syrie.",
             "Le président s'est entretenu avec M. Poutine.\n\nIl a souligné la nécessité d'agir.",
             "La France condamne l'attaque."]
    together = list(fr_parser.parse_many(texts, batch_size=3))
    assert [p.text for p in together] == texts
    assert together == [fr_parser.parse(text) for text in texts]
