"""Figures projected on a group the sentence before supposes ("If 1000 adults were tested ...",
then "120 of them would be missed") lean on that sentence: shown alone, a projection reads as
what happened. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.ingest import parse
from plainsum.plain.hedged_figures import hedged_by_the_sentence_before
from plainsum.plain.source import source_sentences


def _review(before: str, figures: str) -> str:
    return (
        "Objectives: To assess a blood test for MS relapses in adults.\n"
        f"Main results: We included 14 studies with 2100 adults. {before} {figures} The "
        "studies differed in how they defined a relapse.\n"
        "Authors' conclusions: The blood test may miss some relapses."
    )


PROJECTED = "In addition, 240 of them would avoid a needless scan and 90 would be missed."


@pytest.mark.parametrize(
    ("before", "figures", "leans"),
    [
        ("If 1000 adults with a suspected relapse were tested, 400 would test positive.",
         PROJECTED, True),
        ("Assuming a relapse rate of 40%, the test would be right for most adults.",
         "The number wrongly told they had a relapse would be 35 in every 1000.", True),
        # the figures suppose their own group, or are no projection at all
        ("If 1000 adults with a suspected relapse were tested, 400 would test positive.",
         "If 500 were tested, 45 would be missed.", False),
        ("If 1000 adults with a suspected relapse were tested, 400 would test positive.",
         "In 12 studies, 240 adults had a second test.", False),
        # no supposition before
        ("The test found 80% of relapses.", PROJECTED, False),
    ],
)  # fmt: skip
def test_projected_figures_lean_on_their_supposition(
    before: str, figures: str, leans: bool
) -> None:
    sentences = source_sentences(parse(_review(before, figures)))
    index = next(s.index for s in sentences if s.text.startswith(figures[:20]))
    assert (index in hedged_by_the_sentence_before(sentences)) is leans
