"""Others' studies said as the paper's: a claim a review reports only of studies it left out
(non-randomised, uncontrolled, its background's), said as what the review found, and the
results of observational studies said of trials. Papers and sentences written for these tests."""

import pytest

from plainsum.checks.support import check_support
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import Source, parse
from plainsum.schemas import PlainSummary

# a review of randomised trials that found none, and sets weaker studies aside
MENTORING = parse(
    """Background: Young people leaving foster care often struggle with housing and work. \
Uncontrolled studies have suggested that mentoring schemes improve housing stability.

Objectives: To assess mentoring schemes for young people leaving foster care.

Selection criteria: Randomised controlled trials comparing mentoring with usual support or a \
waiting list.

Main results: No study met the inclusion criteria of the review. Eleven studies with \
non-randomised designs reported better employment and fewer arrests among mentored young \
people, but their methods were too weak to draw conclusions.

Authors' conclusions: There is no evidence from randomised trials on whether mentoring helps \
young people leaving care. Randomised trials of mentoring are needed."""
)

# a review whose only evidence is observational, pooled by the review itself
ARTERY = parse(
    """Objectives: To compare clot-preventing medicines after a tear of the neck artery.

Main results: We found no completed randomised trials. Across 28 observational studies \
(940 patients), there were no significant differences in death or stroke between warfarin \
and aspirin. Brain bleeds occurred only with warfarin.

Authors' conclusions: There is no evidence from randomised trials to guide the choice."""
)


def _errors(source: Source, sentence: str, before: str = "") -> list[str]:
    body = f"{before} {sentence}".strip()
    summary = PlainSummary(
        headline="There is no trial evidence on this question yet",
        what_the_study_did=f"The review looked for trials of the treatment. {body}",
        why_it_matters="This review is not about MS. Ask your care team about support.",
        limitations="No trials were found, so the review cannot say what works.",
    )
    design = detect_design(source)
    links = link_summary(source, summary, design)
    return [
        f.message
        for f in check_support(source, design, links)
        if f.span == sentence and ("did not include" in f.message or "another kind" in f.message)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mentoring led to better employment and fewer arrests among young people.",
        "Young people who were mentored found work more often and had fewer arrests.",
        "Mentoring schemes improved housing stability.",
        # the paper's own conclusion shares some words ("young people"): the claim is theirs
        "Mentoring generally led to better employment for young people leaving care.",
    ],
)
def test_a_claim_of_studies_the_review_left_out_said_as_its_finding_is_an_error(sentence):
    assert len(_errors(MENTORING, sentence)) == 1


@pytest.mark.parametrize(
    "sentence, before",
    [
        # where it comes from, said in the sentence or just before it
        (
            "Studies that were not randomised reported better employment and fewer arrests.",
            "",
        ),
        (
            "In these, mentored young people found work more often and had fewer arrests.",
            "The review also found 11 weaker studies that it did not include.",
        ),
        ("Earlier studies suggested mentoring improved housing stability.", ""),
        # the review's own finding
        ("There is no evidence from trials on whether mentoring helps.", ""),
    ],
)
def test_a_claim_whose_source_is_said_or_the_reviews_own_passes(sentence, before):
    assert _errors(MENTORING, sentence, before) == []


def test_observational_results_said_of_trials_are_an_error():
    sentence = "The trials showed no clear difference in death or stroke between the medicines."
    assert len(_errors(ARTERY, sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # the review's own pooled observational evidence, not said of trials
        "There was no clear difference in death or stroke between warfarin and aspirin.",
        "In 28 observational studies, death and stroke did not differ between the medicines.",
    ],
)
def test_observational_results_said_without_trials_pass(sentence):
    assert _errors(ARTERY, sentence) == []
