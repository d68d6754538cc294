"""Funding by a party with a stake in the results (plainsum.funding): the drafter says it as a
limitation and the gate warns when a summary leaves it out (issue 8/9: an independent reader
passed on a draft of a review whose trials were all paid for by tobacco companies and that never
said so). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from review_limits import review_limits

from plainsum.checks.funding_said import check_funding_said
from plainsum.funding import interested_funding
from plainsum.ingest import parse
from plainsum.plain.limits import ONE_FUNDED
from plainsum.schemas import PlainSummary


@pytest.mark.parametrize(
    "sentence",
    [
        "All trials were funded by drug companies.",
        "Seven studies were sponsored by the manufacturer of the study drug.",
        "Five trials were partly funded by pharmaceutical companies.",
        "Two of the four trials were industry sponsored.",
        "Four studies reported industry funding, and two did not report their funding.",
        "The makers of the device funded three of the studies.",
        "Three trials had public funding, while the rest reported funding by organisations with "
        "commercial interests in the product.",
    ],
)
def test_a_party_with_a_stake_paying_is_read(sentence: str) -> None:
    assert interested_funding(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "None of the trials were funded by the food industry.",
        "Only one trial seems not to be industry-funded.",
        "Ten trials did not report whether they were funded by industry.",
        "Two trials were funded by the national research council.",
        "Studies were funded by independent charities rather than companies.",
        "Independently funded trials are needed.",
    ],
)
def test_no_stake_unknown_or_denied_is_not_read(sentence: str) -> None:
    assert interested_funding(sentence) is None


def test_the_drafter_says_who_paid_as_the_paper_scopes_it() -> None:
    said = review_limits("All nine trials were funded by the vest maker.")
    assert said["interested_funding"] == (
        "The authors say all of the studies were paid for by companies with a stake in the results."
    )
    # one of nine is one, never "the studies"
    assert review_limits("One trial was funded by the vest maker.")["interested_funding"] == (
        ONE_FUNDED
    )
    # a count short of the review's is some
    some = review_limits("Three trials were funded by the vest maker.")["interested_funding"]
    assert some.startswith("The authors say some studies were paid for")
    assert "interested_funding" not in review_limits("No trial was funded by the vest maker.")


PAPER = (
    "Objectives: To assess cooling vests for tiredness in adults with MS.\n"
    "Main results: We included nine trials with 610 people. All nine trials were funded by the "
    "vest maker. Vests eased tiredness a little.\n"
    "Authors' conclusions: Cooling vests may ease tiredness a little."
)


def _summary(limitations: str) -> PlainSummary:
    return PlainSummary(
        headline="Cooling vests may ease tiredness a little in people with MS",
        what_the_study_did="The review looked at nine trials of cooling vests with 610 people.",
        why_it_matters="Tiredness is common in MS, and vests are easy to try.",
        limitations=limitations,
    )


def test_the_gate_warns_when_the_summary_never_says_who_paid() -> None:
    bare = check_funding_said(parse(PAPER), _summary("The trials were small and short."))
    assert [f.message.split(":")[0] for f in bare] == ["Missing caveat (interested_funding)"]
    said = _summary("The trials were small. The company that makes the vests paid for all of them.")
    assert check_funding_said(parse(PAPER), said) == []
    # a paper that says no company paid needs no such sentence
    unpaid = PAPER.replace("were funded by the vest maker", "were funded by a charity")
    assert check_funding_said(parse(unpaid), _summary("The trials were small.")) == []


def test_the_grade_fit_keeps_a_harm_said_under_why_it_matters() -> None:
    # a limitation added beside it once cost an MS review's why it matters its infection risk
    # to the grade (CD013874); a harm stays, a leaning one does not count as one
    from plainsum.drafters.fit_grade import fit_grade
    from plainsum.plain.lines import Line

    harm = Line("There is an increased risk of common infections with the infusion.", (7,))
    hard = Line(
        "Considerable heterogeneity characterised multicentre observational evidence.", (8,)
    )
    sections = {
        "what_the_study_did": [
            Line("The review included nine trials.", (1,)),
            Line("The drug cut relapses.", (2,), main=True),
        ],
        "why_it_matters": [Line("The drug may help people with MS.", (6,)), harm, hard],
        "limitations": [Line("The trials were small.", (9,))],
    }
    fit_grade(sections, 1.0)
    assert harm in sections["why_it_matters"]
    assert hard not in sections["why_it_matters"]
