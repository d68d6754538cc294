"""A headline that states an effect when the paper's main conclusion is that nothing changed is
a side result (an error). Papers and headlines written for these tests."""

import pytest

from plainsum.checks.headline import check_headline
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

# A trial whose primary outcome did not move and whose secondary MRI measure did.
NULL_PRIMARY = parse(
    """Objectives: To test whether a daily fish oil capsule added to interferon lowers the
relapse rate in people with relapsing MS.

Methods: We randomly assigned 180 adults with relapsing MS to fish oil or a dummy capsule for
two years. The primary outcome was the yearly relapse rate; new brain lesions on MRI were a
secondary outcome.

Results: The yearly relapse rate was 0.31 with fish oil and 0.33 with the dummy capsule. Fewer
new brain lesions were seen with fish oil.

Conclusions: Fish oil added to interferon did not reduce the relapse rate in relapsing MS."""
)

# The same trial, concluding with both: a headline may take either.
BOTH = parse(
    """Objectives: To test whether a daily fish oil capsule added to interferon lowers the
relapse rate in people with relapsing MS.

Methods: We randomly assigned 180 adults with relapsing MS to fish oil or a dummy capsule for
two years.

Results: The yearly relapse rate was 0.31 with fish oil and 0.33 with the dummy capsule. Fewer
new brain lesions were seen with fish oil.

Conclusions: Fish oil did not reduce the relapse rate, but it reduced new brain lesions."""
)


def _summary(headline: str) -> PlainSummary:
    return PlainSummary(
        headline=headline,
        what_the_study_did=(
            "The trial gave 180 adults with relapsing MS fish oil or a dummy capsule for two "
            "years, beside interferon. Relapses were about as common in both groups. Fewer new "
            "brain lesions were seen with fish oil."
        ),
        why_it_matters="Fish oil did not lower relapses. Ask your MS team before adding it.",
        limitations="This was one trial of 180 people, so a small effect could have been missed.",
    )


def _side_result(source, headline: str) -> bool:
    return any(
        "nothing clearly changed" in f.message for f in check_headline(source, _summary(headline))
    )


def test_a_secondary_effect_heads_a_paper_whose_main_conclusion_is_null():
    assert _side_result(NULL_PRIMARY, "Fish oil reduced new brain lesions in people with MS")


@pytest.mark.parametrize(
    "headline",
    [
        "Fish oil did not lower relapses in people with MS",  # the main conclusion
        "It is uncertain whether fish oil helps people with MS",  # a hedge claims nothing
    ],
)
def test_the_main_conclusion_or_a_hedge_is_no_side_result(headline):
    assert not _side_result(NULL_PRIMARY, headline)


def test_an_effect_the_conclusions_state_too_may_head():
    assert not _side_result(BOTH, "Fish oil reduced new brain lesions in people with MS")


def test_a_headline_that_says_its_effect_was_no_real_difference_is_no_side_result():
    headline = (
        "Fish oil meant fewer new brain lesions, but none of the differences reached "
        "statistical significance"
    )
    assert not _side_result(NULL_PRIMARY, headline)
