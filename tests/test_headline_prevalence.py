"""A headline that says how common something was among those studied, in a paper whose
conclusions are about something else, leads with a description of the sample, not the finding
(issue 8, from the offline draft of plaba 25296661: a lozenge trial headed by how many had a
strep infection). A share set against another group's, or a paper whose point is a share,
passes. Texts written for these tests."""

import pytest
from gate_probes import headline_errors

from plainsum.checks.headline_prevalence import prevalence_headline
from plainsum.checks.headline_source import main_sentences
from plainsum.evidence import split_source
from plainsum.ingest import parse

TRIAL = parse(
    """Background: Dry eye is common in people with MS who take certain medicines.

Methods: We randomised 180 adults with dry eye to a gel eye drop or to saline drops for four
weeks. Eye symptoms were scored at the start and at the end.

Results: Tear tests found low tear volume in 62% of participants at the start. Symptom scores
fell more with the gel drops than with saline drops. Two people stopped the gel drops because
of blurred vision.

Conclusions: Gel eye drops eased the symptoms of dry eye better than saline drops."""
)
PREVALENCE_STUDY = parse(
    """Background: Little is known about sleep problems in people with MS.

Methods: We surveyed 900 adults with MS in three clinics.

Results: Sleep apnoea was found in 21% of those surveyed. Insomnia was reported by 35%.

Conclusions: Sleep problems are common in people with MS, and one in five has sleep apnoea."""
)
BODY = {
    "what_the_study_did": "The researchers looked at adults with dry eye.",
    "why_it_matters": "This work did not look at MS. Talk with your doctor or care team.",
    "limitations": "A single trial cannot settle the question.",
}


@pytest.mark.parametrize(
    "headline",
    [
        "Tear tests found low tear volume in 62% of participants at the start",
        "Low tear volume was found in 62% of the adults before treatment",
        "62% of the adults had low tear volume at the start",
    ],
)
def test_how_common_something_was_is_no_finding(headline: str) -> None:
    assert headline_errors(TRIAL, headline, BODY)


@pytest.mark.parametrize(
    "headline",
    [
        "Gel eye drops eased dry eye better than saline drops",
        "Symptoms eased in 62% of adults on gel drops, more than on saline drops",
    ],
)
def test_a_finding_or_a_comparison_passes(headline: str) -> None:
    assert not headline_errors(TRIAL, headline, BODY)


def test_a_share_is_the_point_of_a_prevalence_study() -> None:
    sentences = split_source(PREVALENCE_STUDY)
    main = main_sentences(PREVALENCE_STUDY)
    assert (
        prevalence_headline("Sleep apnoea was found in 21% of adults with MS", main, sentences)
        == ""
    )
    trial = split_source(TRIAL)
    assert prevalence_headline(
        "Low tear volume was found in 62% of the adults", main_sentences(TRIAL), trial
    )
