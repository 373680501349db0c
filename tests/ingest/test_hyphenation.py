"""Line-end hyphens: a word break (dropped) or a real hyphen (kept); each rule, one by one."""

from __future__ import annotations

import pytest

from communique.ingest.hyphenation import HyphenJoin, WordCounts, hyphen_join

DOC = WordCounts.of(
    "Le conseil franco-russe a montré le potentiel du développement des coopérations. "
    "Le porte-parole a parlé."
)
NOTHING = WordCounts.of("")


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        # a word break: the joined word is used in the document, or nothing says otherwise
        ("le potentiel du dévelop-", "pement des coopérations", "drop"),
        ("des négo-", "ciations ont eu lieu", "drop"),
        ("le dévelop\u00ad", "pement", "drop"),  # soft hyphen: always a break
        # a capital after the hyphen: a compound name
        ("au Forum de Saint-", "Pétersbourg, où", "keep"),
        ("la relation franco-", "Allemande", "keep"),
        # one part already hyphenated: a compound
        ("la consolidation du cessez-le-", "feu et la mise", "keep"),
        ("c'est-", "à-dire", "keep"),
        # the document uses the hyphenated form (or first part) elsewhere
        ("des coopérations franco-", "russes dans", "keep"),
        ("le porte-", "parole du gouvernement", "keep"),
        # not between two letters: kept, joined without a space
        ("pendant la période 2017-", "2018, la France", "keep"),
        ("au sommet du G-", "7 à Biarritz", "keep"),
        # not a hyphen break at all: a dash, or an ordinary line end
        ("la France -", "et l'Allemagne", None),
        ("la France –", "et l'Allemagne", None),
        ("la France et", "l'Allemagne", None),
        ("le mot -", "- suivant", None),
    ],
)
def test_hyphen_join(before: str, after: str, expected: HyphenJoin | None) -> None:
    assert hyphen_join(before, after, DOC) == expected


def test_known_compound_or_prefix_is_kept_without_evidence() -> None:
    assert hyphen_join("les anciens vice-", "présidents", NOTHING) == "drop"  # nothing says it is a compound
    assert hyphen_join("les anciens vice-", "présidents", NOTHING, known={"vice-"}) == "keep"
    assert hyphen_join("le sous-", "marin", NOTHING) == "drop"
    assert hyphen_join("le sous-", "marin", NOTHING, known={"sous-marin"}) == "keep"
    assert hyphen_join("une réunion germano-", "italienne", NOTHING, known={"germano-"}) == "keep"


def test_evidence_counts_the_joined_form_too() -> None:
    doc = WordCounts.of("La coopération est bonne ; la co-opération aussi ; la coopération encore.")
    assert hyphen_join("la co-", "opération", doc) == "drop"
    assert hyphen_join("la co-", "opération", WordCounts.of("La co-opération est bonne.")) == "keep"


def test_word_counts() -> None:
    words = WordCounts.of("Le franco-russe, la Franco-Allemande ; l'œuvre, les œuvres et l'œuvre.")
    assert words.count("œuvre") == 2
    assert words.count("FRANCO-RUSSE") == 1
    assert words.count_longer("franco-") == 2
    assert words.count_longer("œuvre") == 1  # "œuvres", not "œuvre" itself
    assert words.count_longer("zz") == 0
