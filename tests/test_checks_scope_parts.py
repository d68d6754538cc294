"""Results said of the wrong doses, groups or trials: "both doses" where the paper says only one
dose did it, "only the higher dose" where the paper says both did, or another dose than the one
the paper names. Papers and sentences written for these tests."""

import pytest

from plainsum.checks.claim_scope import said_of_every_part, said_of_one_part_only
from plainsum.checks.polarity import claims_in
from plainsum.checks.support import check_support
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary, Severity

REVIEW = parse(
    """Ponvadimod for relapsing multiple sclerosis: a systematic review

Background: Ponvadimod is an oral drug that acts on immune cells.

Methods: We searched for randomised trials comparing ponvadimod with placebo in adults with
relapsing multiple sclerosis. Three trials with 2100 participants were included.

Results: Compared with placebo, ponvadimod at 5 mg/day or 10 mg/day reduced the annual
relapse rate over two years. Only ponvadimod at 10 mg/day reduced the number of participants
with disability progression. Only one trial found fewer new lesions on MRI. Headache was the
most common adverse event.

Conclusions: Ponvadimod reduces relapses in relapsing multiple sclerosis; its effect on
disability is less certain."""
)
CLEAN = PlainSummary(
    headline="A daily pill cut relapses in people with relapsing MS over two years",
    what_the_study_did=(
        "The reviewers found three trials with 2100 adults with relapsing MS. Both doses lowered "
        "the number of relapses compared with a placebo."
    ),
    why_it_matters="Relapses are hard to live with. Talk with your MS team about your options.",
    limitations="A review is only as good as the trials it includes.",
)


@pytest.mark.parametrize(
    "sentence,every,only",
    [
        ("Both doses also lowered the number whose disability got worse.", True, False),
        ("At both the 5 mg and the 10 mg doses, relapses fell.", True, False),
        ("All three trials found fewer new areas of damage.", True, False),
        ("Relapses fell at a dose of 5 mg or 10 mg a day.", True, False),  # two doses named
        ("Only the 10 mg dose lowered disability.", False, True),
        ("Only one trial found fewer new areas of damage.", False, True),
        ("Only 20% of people had fewer relapses.", False, False),  # a share, not a part
        ("People on the drug had fewer relapses.", False, False),
    ],
)
def test_what_a_result_is_said_of(sentence, every, only):
    (claim, *_) = claims_in(sentence)
    assert said_of_every_part(sentence, claim.said_at) == every
    assert said_of_one_part_only(sentence, claim.said_at) == only


def _checks_on(sentence):
    summary = CLEAN.model_copy(
        update={"what_the_study_did": CLEAN.what_the_study_did + " " + sentence}
    )
    design = detect_design(REVIEW)
    found = check_support(REVIEW, design, link_summary(REVIEW, summary, design))
    return [f.check for f in found if f.span == sentence and f.severity == Severity.ERROR]


@pytest.mark.parametrize(
    "sentence,contradicts",
    [
        # the paper: only the 10 mg dose slowed disability; both doses cut relapses
        ("Both doses also lowered the number whose disability got worse.", True),
        ("Only the 5 mg dose lowered the number whose disability got worse.", True),
        ("Only the 10 mg dose lowered the number of relapses.", True),
        ("Only the 10 mg dose also lowered the number whose disability got worse.", False),
        ("Compared with a placebo, people on the drug had fewer relapses.", False),
    ],
)
def test_a_result_said_of_other_doses_contradicts_the_paper(sentence, contradicts):
    assert ("contradiction" in _checks_on(sentence)) == contradicts
