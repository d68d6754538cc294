"""A review's own limits in words the limit rules used to miss, so its limitations said only
the design's stock caveat: a grade said of the evidence ("The certainty of the evidence is very
low", "the quality of the evidence was low/very low"), a risk of bias "judged to be high",
"follow-up usually short", "the limited evidence from the included trials", "the evidence base
for X is limited", "the small amount of data". A grade above low, evidence "limited to" a group
and a limit of one kind of it stay unsaid. Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.ingest import parse
from plainsum.plain.limits import stated_limits
from plainsum.plain.source import source_sentences
from plainsum.schemas import StudyDesign


def _limits(results: str) -> dict[str, str]:
    text = (
        "Objectives: To assess cooling caps for hair loss in people having chemotherapy.\n"
        "Main results: We included six trials with 480 people. Cooling caps reduced hair loss "
        f"at three months. {results}\n"
        "Authors' conclusions: Cooling caps may reduce hair loss during chemotherapy."
    )
    found = stated_limits(source_sentences(parse(text)), StudyDesign.REVIEW, 6)
    return {lim.name: lim.text for lim in found}


@pytest.mark.parametrize(
    ("results", "said"),
    [
        ("The certainty of the evidence is very low.", "as very low certainty"),
        (
            "The overall quality of the evidence was low/very low for all outcomes.",
            "as low or very low certainty",
        ),
        ("The studies gave mostly low- or very low-certainty evidence.", "low or very low"),
    ],
)
def test_a_grade_said_of_the_evidence_is_its_certainty(results: str, said: str) -> None:
    assert said in _limits(results).get("certainty", "")


def test_a_grade_above_low_is_no_limit() -> None:
    assert "certainty" not in _limits("The certainty of the evidence is moderate.")
    assert "certainty" not in _limits(
        "The quality of the evidence was low to high across outcomes."
    )


@pytest.mark.parametrize(
    ("results", "name"),
    [
        ("We judged the risk of bias to be high for both trials.", "bias"),
        ("Risks of bias were generally high or unclear.", "bias"),
        ("Trials were poorly reported and follow-up usually short.", "short"),
        (
            "The limited evidence from the included trials suggests a small benefit.",
            "weak_evidence",
        ),
        ("The evidence base for cooling caps is limited.", "weak_evidence"),
        ("A lack of careful trials provides limited evidence of benefit.", "weak_evidence"),
        ("The small amount of data that exists suggests little harm.", "little_data"),
    ],
)
def test_a_limit_in_the_review_s_own_words_is_read(results: str, name: str) -> None:
    assert name in _limits(results)


@pytest.mark.parametrize(
    "results",
    [
        # evidence of one kind, or only for some people: a part, not the review's evidence
        "Current evidence is limited for men having chemotherapy, but supports caps for women.",
        "The evidence is limited to people with breast cancer.",
    ],
)
def test_evidence_limited_to_a_part_is_no_limit_of_the_whole(results: str) -> None:
    assert "weak_evidence" not in _limits(results)


def test_a_grade_already_shown_in_the_paper_s_words_is_not_said_again() -> None:
    from plainsum.api import draft
    from plainsum.settings import Settings

    text = (
        "Objectives: To assess cooling caps for preventing hair loss in people having "
        "chemotherapy.\n"
        "Main results: We included six trials with 480 people. Cooling caps reduced hair loss "
        "at three months compared with no cap. Headaches were more common with the caps. The "
        "overall quality of the evidence was very low for most comparisons, the main "
        "limitations being imprecision and poor reporting.\n"
        "Authors' conclusions: Cooling caps may reduce hair loss during chemotherapy."
    )
    lim = draft(text, Settings(backend="offline")).summary.limitations
    assert lim.count("very low") == 1, lim


@pytest.mark.parametrize(
    ("results", "said"),
    [
        ("Many trials were of poor quality.", "some of the studies had flaws"),
        ("Old studies of limited quality gave most of the data.", "the studies had flaws"),
        # good and lower quality side by side: only some had flaws
        (
            "Eleven studies were of good methodological quality and four were of lower quality.",
            "some of the studies had flaws",
        ),
    ],
)
def test_studies_of_poor_quality_had_flaws(results: str, said: str) -> None:
    assert said in _limits(results).get("bias", "")


def test_evidence_of_low_quality_is_a_grade_not_flawed_studies() -> None:
    assert "bias" not in _limits("The evidence for all outcomes was of low quality.")


def test_evidence_for_an_effect_said_weak_is_weak_evidence() -> None:
    assert "weak_evidence" in _limits(
        "Evidence for this benefit of cooling caps is weak and based on one small trial."
    )


def test_caution_in_applying_the_results_states_a_limit() -> None:
    from plainsum.plain.limits import states_a_limit

    assert states_a_limit(
        "Caution should be exercised in applying these results to current care, because the "
        "trials were done before new drugs came in."
    )
    assert not states_a_limit("Caution should be exercised by people driving after the drug.")
