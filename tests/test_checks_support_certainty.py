"""One grade for all of the evidence where the paper grades some of it otherwise: "The authors
rated the evidence as very low certainty." of a paper whose evidence is "mostly low- or very
low-certainty". Papers and sentences written for these tests."""

import pytest

from plainsum.checks.support_certainty import _not_given, paper_grades
from plainsum.ingest import parse

MIXED = parse(
    """Objectives: To assess first aid that bystanders can give for burns before an ambulance \
arrives.

Main results: We included seven trials with 640 people. Cooling the burn with water shortened \
healing by two days (3 trials; low-certainty evidence). Covering the burn with cling film made \
little difference to pain (very low-certainty evidence).

Conclusions: The trials gave mostly low- or very low-certainty evidence. High-quality trials are \
needed, and they should be designed with high quality reporting."""
)

ALL_VERY_LOW = parse(
    """Main results: We included four trials with 210 people. Splints made little difference to \
pain at six weeks (very low-quality evidence). Splints may shorten the time off work (2 trials; \
very low quality). No high-quality evidence was found for either outcome, and trials of high \
methodological quality are still lacking."""
)


def test_the_papers_grades_are_read_and_calls_for_better_trials_are_not():
    assert paper_grades(MIXED.full_text) == {"low", "very low"}
    assert paper_grades(ALL_VERY_LOW.full_text) == {"very low"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The authors rated the evidence as very low certainty.",
        "The authors rated the evidence as low certainty.",
        "The evidence was of moderate quality.",
        "The certainty of the evidence was very low for all outcomes.",
        "The quality of the evidence was low, so we cannot be sure.",
    ],
)
def test_one_grade_for_all_of_the_evidence_the_paper_grades_otherwise_is_refused(sentence):
    assert _not_given(MIXED, sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "The authors rated the evidence as low or very low certainty.",
        "The evidence was of low to very low quality.",
        "Overall, the evidence was of low quality.",  # an approximation, said as one
        "Most of the evidence was of very low certainty.",
        "The evidence for cooling was of low certainty.",  # one result's grade
        "Cooling shortened healing, but the quality of the evidence was low.",
        "The trials were small and of low quality.",  # the trials, not the evidence's grade
    ],
)
def test_the_papers_own_range_an_approximation_or_one_results_grade_passes(sentence):
    assert _not_given(MIXED, sentence) is None


def test_a_grade_above_every_grade_the_paper_gives_is_refused():
    assert _not_given(ALL_VERY_LOW, "The evidence was of low quality.") is not None
    assert _not_given(ALL_VERY_LOW, "The authors rated the evidence as very low certainty.") is None


def test_the_papers_own_sentence_grading_all_of_its_evidence_may_be_repeated():
    source = parse(
        MIXED.full_text.replace(
            "Conclusions: The trials",
            "Conclusions: The quality of the evidence was low. The trials",
        )
    )
    assert _not_given(source, "The quality of the evidence was low.") is None


def test_the_support_check_reports_the_grade_as_an_error():
    from plainsum.checks.support import check_support
    from plainsum.design import detect_design
    from plainsum.evidence import link_summary
    from plainsum.schemas import PlainSummary

    summary = PlainSummary(
        headline="Cooling a burn with water may help it heal a little faster",
        what_the_study_did=(
            "The review found seven trials with 640 people. Cooling the burn with water shortened "
            "healing by two days."
        ),
        why_it_matters="This review did not look at MS. Ask your doctor about first aid.",
        limitations="The authors rated the evidence as very low certainty.",
    )
    design = detect_design(MIXED)
    links = link_summary(MIXED, summary, design)
    messages = [f.message for f in check_support(MIXED, design, links) if "grades" in f.message]
    assert len(messages) == 1 and "low and very low" in messages[0]


def test_the_grade_the_papers_conclusions_give_may_be_said_of_all_of_its_evidence():
    # efficacy graded very low, harms low; the conclusions grade the main finding very low
    source = parse(
        """Main results: We included six trials with 480 people. The tablets did not lower \
relapses (very low-quality evidence). Side effects did not differ (low-quality evidence).

Authors' conclusions: Very low-quality evidence suggests no benefit of the tablets for relapses."""
    )
    assert _not_given(source, "The evidence was of very low quality.") is None
    assert _not_given(source, "The evidence was of low quality.") is not None
