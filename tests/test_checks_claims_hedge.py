"""A dropped hedge (texts written for these tests): a result said flatly where the paper says
it only with doubt ("may", "appeared to", "it is uncertain whether", "we are uncertain")."""

import pytest

from plainsum.checks import run_checks
from plainsum.checks.claims_hedge import find_dropped_hedges, hedged_at
from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

REVIEW = parse(
    "Background: Many people with multiple sclerosis feel tired, and exercise is often "
    "suggested. Objectives: To assess the effects of exercise on fatigue, walking and falls "
    "in adults with MS. Main results: We included nine trials with 1210 adults with MS. "
    "Exercise may reduce fatigue compared with usual care (low-certainty evidence). "
    "We are uncertain whether exercise improves walking speed (very low-certainty evidence). "
    "Balance training improves balance scores at 12 weeks (moderate-certainty evidence). "
    "Exercise lowered anxiety scores (MD -2.1, 95% CI -3.9 to -0.3; 2 studies, 120 "
    "participants; very low-certainty evidence). The effect of exercise on depression is "
    "uncertain. Home-based programmes suggested that supervised classes may be more "
    "costly compared with home exercise. "
    "Authors' conclusions: Although the data appeared to show that exercise lowered the number "
    "of falls, we are uncertain of this finding because the evidence is of very low quality."
)
LAB = parse(
    "Background: Myelin repair fails in progressive MS. Methods: We grew oligodendrocyte "
    "precursor cells from rats with and without compound K. Results: Compound K increased the "
    "number of mature myelin-making cells by 40%. In slices of mouse brain, compound K might "
    "speed up the wrapping of nerve fibres with myelin. Conclusions: Compound K raised the "
    "number of myelin-making cells in the lab."
)

DROPPED = [
    # "may" dropped, in the paper's words and in plain ones
    (REVIEW, "Exercise reduced fatigue compared with usual care."),
    (REVIEW, "In the trials, exercise lowered fatigue in adults with MS."),
    (REVIEW, "Compared with usual care, exercise cut fatigue."),
    # "we are uncertain whether" dropped
    (REVIEW, "Exercise improved walking speed."),
    (REVIEW, "Adults with MS who exercised saw their walking speed improve."),
    # a concession the authors go on to doubt, said as the finding
    (REVIEW, "Exercise lowered the number of falls."),
    (REVIEW, "The data showed that exercise lowered the number of falls."),
    (REVIEW, "The data appeared to show that exercise lowered the number of falls."),
    # a result the review grades as of low certainty, said flatly
    (REVIEW, "Exercise lowered anxiety scores."),
    (REVIEW, "In these trials, anxiety scores fell with exercise."),
    # an effect the paper says is not known, said as found
    (REVIEW, "Exercise eased depression."),
    (REVIEW, "Depression improved with exercise."),
    # "might" dropped, in a lab study
    (LAB, "In slices of mouse brain, compound K sped up the wrapping of nerve fibres."),
]

KEPT = [
    # the doubt kept, in many words
    (REVIEW, "Exercise may reduce fatigue compared with usual care."),
    (REVIEW, "Exercise might lower fatigue a little, but the evidence is weak."),
    (REVIEW, "It is not clear whether exercise improves walking speed."),
    (REVIEW, "Exercise seemed to lower the number of falls, but the authors are not sure."),
    (REVIEW, "There were early signs that exercise reduced fatigue."),
    # the doubt in the sentence after it
    (REVIEW, "Exercise reduced fatigue. But the evidence for this is of low certainty."),
    (REVIEW, "The data pointed to fewer falls with exercise. The authors are uncertain of this."),
    # a result the paper states plainly
    (REVIEW, "Balance training improved balance scores at 12 weeks."),
    (LAB, "Compound K increased the number of mature myelin-making cells."),
    (LAB, "In the lab, compound K raised the number of cells that make myelin."),
    (REVIEW, "Exercise may have lowered anxiety scores a little."),
    (REVIEW, "We do not know if exercise helps with depression."),
    # no difference found, a purpose, or counts: no effect stated of its own
    (REVIEW, "There was no clear difference in how many people reported improvement in anxiety."),
    (REVIEW, "There was no clear difference between groups for improving walking speed."),
    (REVIEW, "Walking speed improved in 30 of 60 people who exercised and 20 of 60 who did not."),
    (REVIEW, "Fatigue scores fell in 40% of people who exercised."),
    # a hedged result about what the sentence only compares against
    (REVIEW, "Supervised classes had higher attendance when compared with home exercise."),
    # no direction stated, or a denial
    (REVIEW, "The review included nine trials with 1210 adults with MS."),
    (REVIEW, "Exercise did not clearly improve walking speed."),
]


@pytest.mark.parametrize("paper,text", DROPPED)
def test_a_result_said_flatly_drops_the_papers_doubt(paper, text):
    found = find_dropped_hedges(text, paper)
    assert [d.sentence for d in found] == [text]


@pytest.mark.parametrize("paper,text", KEPT)
def test_a_result_with_its_doubt_or_said_plainly_by_the_paper_passes(paper, text):
    assert find_dropped_hedges(text, paper) == []


@pytest.mark.parametrize(
    "sentence,word,hedged",
    [
        ("Exercise may reduce fatigue (low-certainty evidence).", "reduce", True),
        ("It is uncertain whether X improves walking.", "improves", True),
        ("There is low-quality evidence that X lowered pain.", "lowered", True),
        ("Although the data appeared to show X reduced pain, we are uncertain.", "reduced", True),
        # a hedge on another clause does not govern this one
        ("X reduced pain, but it may not improve sleep.", "reduced", False),
        ("X reduced pain; this may matter for sleep.", "reduced", False),
        ("X lowered pain at 12 weeks (p = 0.01).", "lowered", False),
        # a low grade of the evidence for it, in its clause
        ("X had higher folate (MD 0.7; 1 study; very low-certainty evidence).", "higher", True),
        ("X lowered pain (GRADE: low quality), and sleep improved.", "lowered", True),
        ("X improved quality of life (moderate-certainty evidence).", "improved", False),
        (
            "X lowered pain (high-quality evidence), but low-quality trials said less.",
            "lowered",
            False,
        ),
    ],
)
def test_a_hedge_governs_the_direction_after_it_in_its_clause(sentence, word, hedged):
    assert (hedged_at(sentence, sentence.index(word)) is not None) is hedged


def _summary(result: str, headline: str, limitations: str) -> PlainSummary:
    return PlainSummary(
        headline=headline,
        what_the_study_did=f"This review looked at nine trials with 1210 adults with MS. {result}",
        why_it_matters=(
            "Tiredness is common in MS. If you have questions about your care, talk with your "
            "doctor."
        ),
        limitations=limitations,
    )


@pytest.mark.parametrize(
    "result,headline,limitations,flagged",
    [
        # the paper doubts it outright: the doubt belongs beside it
        (
            "Exercise improved walking speed.",
            "Exercise may ease tiredness in people with MS",
            "The evidence was weak.",
            True,
        ),
        # the paper only hedges it: a summary that says nowhere that the evidence is weak
        (
            "Exercise reduced fatigue compared with usual care.",
            "Exercise eased tiredness in people with MS",
            "A review is only as good as the trials it includes.",
            True,
        ),
        # ... and one that gives the strength of the evidence once, for all its results
        (
            "Exercise reduced fatigue compared with usual care.",
            "Exercise eased tiredness in people with MS",
            "A review is only as good as its trials, and the evidence here is of low certainty.",
            False,
        ),
    ],
)
def test_the_gate_reports_a_dropped_hedge_as_an_overclaim(result, headline, limitations, flagged):
    summary = _summary(result, headline, limitations)
    findings = run_checks(REVIEW, summary, detect_design(REVIEW))
    hedges = [f for f in findings if f.check == "claims" and "doubt" in f.message]
    assert [f.span for f in hedges] == ([result] if flagged else [])
