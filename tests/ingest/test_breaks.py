"""How two text lines join: each rule with an example that fires and one that does not."""

from __future__ import annotations

import pytest

from communique.ingest.breaks import Gap, JoinKind, join_kind

NEWLINE = Gap((0,), 0, False)
BLANK = Gap((0, 1), 1, False)
PAGE_GAP = Gap((0, 1, 2, 3), 3, False)  # as in the seed: "contre\n\n\n\nl'impunité"
FORM_FEED = Gap((0,), 0, True)


@pytest.mark.parametrize(
    ("before", "after", "gap", "full", "expected"),
    [
        # the next line starts in lower case: the sentence goes on, whatever the gap
        ("avec Vladimir Poutine,", "président de la Fédération de Russie.", NEWLINE, True, "space"),
        ("pour lutter contre", "l'impunité dans l'utilisation", PAGE_GAP, True, "space"),
        ("mise en oeuvre des", "« accords de Minsk »", NEWLINE, True, "space"),
        # a full line without a sentence end: wrapped, even before a capital or a digit
        ("à l'invitation de", "Vladimir Poutine, d'effectuer", NEWLINE, True, "space"),
        ("la rencontre de Versailles, le", "29 mai dernier.", NEWLINE, True, "space"),
        ("à l'invitation de", "Vladimir Poutine", FORM_FEED, True, "space"),
        # ... but not a short line (heading, salutation, dateline)
        ("Entretien avec M. Vladimir Poutine", "Le président de la République", NEWLINE, False, "line"),
        ("Monsieur le Président,", "Mesdames et Messieurs les Députés,", BLANK, False, "paragraph"),
        # one blank line before a capital is a paragraph break, even after a full line
        ("La France et l'Allemagne", "Le conseil économique", BLANK, True, "paragraph"),
        # a sentence end before a capital keeps the break
        ("est désormais actif.", "Plusieurs événements sont prévus", NEWLINE, True, "line"),
        ("sans faille.", "Sur la crise russo-ukrainienne", BLANK, True, "paragraph"),
        ("il a déclaré : « Nous agirons. »", "Le ministre", NEWLINE, True, "line"),
        ("les points suivants :", "La paix", NEWLINE, True, "line"),
        # a list item never continues the line before
        ("les mesures suivantes", "- le gel des avoirs", NEWLINE, True, "line"),
        ("les mesures suivantes", "2. le gel des avoirs", NEWLINE, True, "line"),
        ("les mesures suivantes", "a) le gel des avoirs", NEWLINE, True, "line"),
        ("avec", "M. Macron et", NEWLINE, True, "space"),  # "M." is not a list marker
    ],
)
def test_join_kind(before: str, after: str, gap: Gap, full: bool, expected: JoinKind) -> None:
    assert join_kind(before, after, gap, full_line=full) == expected
