"""A headline that names nothing the paper studied (plainsum.checks.headline_topic): its
every word is the frame any paper uses. Texts written for these tests."""

import pytest

from plainsum.checks.headline import check_headline
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

REVIEW = parse(
    """Cooling garments for heat sensitivity in multiple sclerosis

Objectives: To assess whether cooling vests and other cooling garments ease heat-related
symptoms in people with multiple sclerosis.

Methods: We searched MEDLINE and Embase to May 2021 for randomised trials of cooling garments.

Results: Four trials with 120 participants were included. Cooling vests improved walking
distance and eased fatigue on hot days. Evidence was of low certainty.

Conclusions: Cooling garments may ease heat-related fatigue and improve walking in people with
multiple sclerosis, but the evidence is uncertain."""
)
EMPTY = parse(
    """Acupuncture for restless legs in multiple sclerosis

Objectives: To assess acupuncture for restless legs in people with multiple sclerosis.

Methods: We searched six databases to June 2022 for randomised trials of acupuncture.

Results: We found no trials that met our inclusion criteria.

Conclusions: There is no evidence from randomised trials on acupuncture for restless legs in
people with multiple sclerosis."""
)
BODY = {
    "what_the_study_did": "Reviewers looked for trials in people with MS.",
    "why_it_matters": "Many people with MS look for help. Talk with your doctor or care team.",
    "limitations": "A review is only as good as the trials it includes.",
}


def nothing_named(source, headline: str) -> bool:
    findings = check_headline(source, PlainSummary(headline=headline, **BODY))
    return any(
        "names nothing the paper studied" in f.message and f.severity.value == "error"
        for f in findings
    )


@pytest.mark.parametrize(
    "source,headline",
    [
        (EMPTY, "A review found no studies to include"),
        (EMPTY, "A review found no suitable trials"),
        (REVIEW, "The quality of the available evidence is very low"),
        (REVIEW, "The results of this review are uncertain"),
        (REVIEW, "The review found probable benefits with low-certainty evidence"),
        (REVIEW, "Four trials found a clear benefit for people with MS"),
        (REVIEW, "Researchers found the treatment may help people with MS"),
        (REVIEW, "A review of 4 trials found the results were not certain"),
        # a verdict with no subject is as empty (issue 8: a development set's template)
        (REVIEW, "A study found the results were promising"),
        (REVIEW, "The findings were encouraging but more research is needed"),
    ],
)
def test_a_headline_naming_nothing_studied_is_an_error(source, headline: str) -> None:
    assert nothing_named(source, headline)


@pytest.mark.parametrize(
    "source,headline",
    [
        # an earlier rule names what is wrong: how the review was done, another result
        (EMPTY, "No studies could be included in this review"),
        (REVIEW, "A review of four trials found the evidence was not clear"),
    ],
)
def test_a_headline_naming_nothing_that_another_rule_fails_stays_an_error(
    source, headline: str
) -> None:
    assert check_headline(source, PlainSummary(headline=headline, **BODY))


@pytest.mark.parametrize(
    "source,headline",
    [
        (EMPTY, "A review found no trials of acupuncture for restless legs in MS"),
        (EMPTY, "No trials have tested acupuncture for restless legs"),
        (EMPTY, "Whether needle treatment eases restless legs in MS is not known"),
        (REVIEW, "Cooling vests may ease fatigue on hot days for people with MS"),
        (REVIEW, "Keeping cool may help people with MS walk further in the heat"),
        (REVIEW, "The evidence on cooling garments is uncertain"),
        (REVIEW, "Walking distance improved with cooling in four small trials"),
        (REVIEW, "Tiredness on hot days eased a little with cooling vests"),
        # a word of its own that is no subject term: it names something
        (REVIEW, "Hot weather makes symptoms worse for many people with MS"),
    ],
)
def test_a_headline_naming_what_was_studied_passes(source, headline: str) -> None:
    assert not nothing_named(source, headline)
