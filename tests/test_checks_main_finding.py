"""The body states the main finding and is not thin (texts written for these tests)."""

import pytest

from plainsum.checks import run_gate
from plainsum.checks.finding import check_finding
from plainsum.checks.main_finding import outcome_terms
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

# A review whose conclusion rests on one result (bladder urgency), with side results beside it.
REVIEW = parse(
    """Mirabegron for overactive bladder in multiple sclerosis: a systematic review

Objectives: To assess the benefits and harms of mirabegron for overactive bladder in people
with multiple sclerosis.

Search methods: We searched three databases up to June 2023.

Main results: We included three trials with 410 participants. People taking mirabegron had
fewer episodes of urinary urgency each day than those taking placebo (MD -1.4, 95% CI -2.1 to
-0.7). One trial found better quality of life scores with mirabegron, while another found no
difference. Mirabegron was not linked with more falls. Headache and raised blood pressure were
the most common adverse events.

Authors' conclusions: Mirabegron probably reduces urinary urgency in people with MS who have
an overactive bladder. Its effect on quality of life is unclear."""
)

# A review whose main conclusion is a null.
NULL_REVIEW = parse(
    """Omega-3 fatty acids for relapses in multiple sclerosis: a systematic review

Objectives: To assess whether omega-3 fatty acids reduce relapses in multiple sclerosis.

Main results: We included four trials with 380 participants. The relapse rate did not differ
between omega-3 and placebo groups. Disability scores did not differ either. Fish burps were
more common with omega-3.

Authors' conclusions: Omega-3 fatty acids make no difference to relapses in people with MS."""
)

HOW = "This was a review of earlier studies. The review included three trials with 410 people."
MAIN = "People taking mirabegron needed to rush to the toilet less often each day."
SIDE = (
    "One trial found better quality of life with mirabegron. Headache and raised blood "
    "pressure were the most common side effects."
)
WHY = (
    "Bladder trouble is common in MS and hard to live with. If you have questions about your "
    "own care, talk with your doctor or care team."
)
LIMITS = "A review can only be as good as the trials it includes. The trials were short."
HEADLINE = "Mirabegron probably eases bladder urgency in people with MS"


def _findings(source, did, headline=HEADLINE):
    summary = PlainSummary(
        headline=headline, what_the_study_did=did, why_it_matters=WHY, limitations=LIMITS
    )
    return check_finding(source, link_summary(source, summary, detect_design(source)))


def _main_warnings(found):
    return [f for f in found if "main conclusion rests on" in f.message]


def test_a_body_of_side_results_only_is_warned():
    found = _findings(REVIEW, f"{HOW} {SIDE}")
    assert [f.severity.value for f in _main_warnings(found)] == ["warning"], found
    assert "urgenc" in _main_warnings(found)[0].message


@pytest.mark.parametrize(
    "main",
    [
        MAIN,  # in plain words: linked to the paper's sentence that names urgency
        "Mirabegron cut the number of urgent trips to the toilet compared with a dummy pill.",
        "Mirabegron probably reduces the sudden need to pass urine in people with MS.",
    ],
)
def test_a_body_with_the_main_result_passes(main):
    assert _findings(REVIEW, f"{HOW} {main} {SIDE}") == []


def test_a_null_main_conclusion_is_carried_by_a_null_in_the_body():
    how = "This was a review of earlier studies. The review included four trials."
    did = f"{how} People who took omega-3 had about as many relapses as those who did not."
    assert _main_warnings(_findings(NULL_REVIEW, did, "Omega-3 made no difference")) == []


def test_terms_leave_out_the_subject_named_in_most_results():
    terms = outcome_terms(REVIEW)
    assert any(t.startswith("urgenc") for t in terms)
    assert not any(t.startswith("mirabegron") for t in terms)


def test_no_conclusion_no_judgement():
    bare = parse(
        """Main results: People with multiple sclerosis taking mirabegron had fewer urgent trips
to the toilet than those taking placebo. Headache was the most common adverse event. Falls did
not differ between the groups over twelve weeks."""
    )
    assert outcome_terms(bare) == set()


@pytest.mark.parametrize(
    "did,said",
    [
        ("This was a review of earlier studies. " + MAIN, "one sentence"),
        ("People taking mirabegron needed to rush to the toilet less often.", "one sentence"),
        ("This was a review of earlier studies.", "no sentence"),
    ],
)
def test_a_thin_body_is_an_error_naming_it(did, said):
    thin = [f for f in _findings(REVIEW, did) if "Thin draft" in f.message]
    assert [f.severity.value for f in thin] == ["error"]
    assert said in thin[0].message and thin[0].section == "what_the_study_did"


def test_two_sentences_of_its_own_are_not_thin():
    did = f"The review included three trials with 410 people. {MAIN}"
    assert not any("Thin draft" in f.message for f in _findings(REVIEW, did))


def test_the_gate_fails_a_thin_draft_that_passes_otherwise():
    summary = PlainSummary(
        headline=HEADLINE,
        what_the_study_did="This was a review of earlier studies. " + MAIN,
        why_it_matters=WHY,
        limitations=LIMITS,
    )
    result = run_gate(REVIEW, summary, detect_design(REVIEW))
    assert any(f.check == "finding" and "Thin draft" in f.message for f in result.findings)
    assert result.status.value == "failed"


def test_a_papers_terms_are_worked_out_once_and_kept_unchanged():
    """A repair's gate reads the main finding's terms again: they are the first gate's, and no
    caller can change them for the next."""
    outcome_terms.cache_clear()
    terms = outcome_terms(REVIEW)
    assert outcome_terms(REVIEW) is terms and outcome_terms.cache_info().hits == 1
    assert isinstance(terms, frozenset) and any(t.startswith("urgenc") for t in terms)
