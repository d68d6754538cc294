"""Figures the authors could not vouch for are never shown without their hedge (issue 9,
CD011715 shape: "We could not say whether more people ... needed steroids" followed by the
groups' figures). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose, gather
from plainsum.plain.hedged_figures import hedged_by_the_sentence_before
from plainsum.plain.source import source_sentences

FIGURES = (
    "With the vest, 21 people out of 1000 had a relapse within a year, compared to 36 out of "
    "1000 without it."
)


def _review(before: str) -> str:
    return (
        "Objectives: To assess cooling vests for relapses in adults with MS.\n"
        f"Main results: We included six trials with 900 adults. {before} {FIGURES} Tiredness "
        "scores did not differ between the groups.\n"
        "Authors' conclusions: Cooling vests may not change tiredness in MS."
    )


@pytest.mark.parametrize(
    ("before", "hedged"),
    [
        ("We could not say whether more people with the vest had a relapse.", True),
        ("We are uncertain whether the vest changes the number of relapses.", True),
        ("It is unclear whether the vest changes the number of relapses.", True),
        # the authors vouch for it, or say nothing of it
        ("Fewer people with the vest had a relapse.", False),
        ("Relapses were counted by a neurologist at each visit.", False),
    ],
)
def test_figures_after_the_authors_could_not_say_lean_on_it(before: str, hedged: bool) -> None:
    sentences = source_sentences(parse(_review(before)))
    figures = next(s.index for s in sentences if "out of 1000" in s.text)
    assert (figures in hedged_by_the_sentence_before(sentences)) is hedged


def test_hedged_figures_are_not_shown_without_their_hedge() -> None:
    # the hedge is long and full of statistics: it is not shown, so neither are the figures
    before = (
        "We could not say whether more people with the vest had a relapse because the "
        "confidence intervals were very wide (OR 1.74, 95% CI 0.41 to 7.44; 278 participants; "
        "one study; low quality evidence) and the trials were small and short and open."
    )
    source = parse(_review(before))
    _, sections = compose(gather(source, detect_design(source)))
    body = " ".join(line.text for line in sections["what_the_study_did"])
    assert "out of 1000" not in body
