"""A direction said of a subject that ends with a measure ("a quality of life score went up",
"blood sugar levels fell") is about the thing measured too, not only the measure: the word
before the measure is kept, so a reversed finding about it is read against the paper's claim
about that thing. Papers and sentences written for these tests."""

import pytest

from plainsum.checks.polarity import claims_in
from plainsum.checks.support import check_support
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary, Severity

STUDY = parse(
    """Gel pumps for advanced Parkinson's disease: a six-month cohort study

Background: Quality of life is a common endpoint in trials of advanced Parkinson's disease.

Methods: We followed 14 patients who started a levodopa gel pump and their carers for six
months, with questionnaires of health-related quality of life (hrQoL) and wellbeing.

Results: Wellbeing ratings rose in patients and carers at six months. There were no significant
improvements of hrQoL.

Conclusions: Patients and carers rated their wellbeing higher after six months on the pump."""
)


@pytest.mark.parametrize(
    "sentence,stems",
    [
        ("A standard health-related quality of life score also went up.", {"qualiti", "score"}),
        ("Blood sugar levels fell after the early dinner.", {"blood", "sugar", "level"}),
        # no measure at the end: the subject's last two words, as before
        ("Their walking speed got better.", {"walk", "speed"}),
    ],
)
def test_a_subject_ending_with_a_measure_keeps_what_it_measures(sentence, stems):
    (claim,) = claims_in(sentence)
    assert stems <= set(claim.about)
    if "level" not in stems and "score" not in stems:
        assert len(claim.about) == 2


def _contradictions(sentence: str) -> list[str]:
    summary = PlainSummary(
        headline="Wellbeing ratings rose after six months on a gel pump",
        what_the_study_did=f"The researchers followed 14 patients and their carers. {sentence}",
        why_it_matters="Pumps are one option in advanced Parkinson's. Talk with your care team.",
        limitations="This kind of study can find a link, but it cannot show cause and effect.",
    )
    links = link_summary(STUDY, summary)
    return [
        f.message
        for f in check_support(STUDY, detect_design(STUDY), links)
        if f.check == "contradiction" and f.severity == Severity.ERROR
    ]


def test_a_measure_said_to_rise_where_the_paper_found_no_gain_is_a_contradiction():
    assert _contradictions("A standard health-related quality of life score also went up.")


def test_the_measure_said_unchanged_as_the_paper_says_passes():
    assert _contradictions("A standard health-related quality of life score did not change.") == []
