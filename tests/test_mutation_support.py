"""Support check: what a design statement is, and a headline held to the paper (issue 13: tests
that fail when the code is wrong). Papers and sentences written for these tests."""

import pytest

from plainsum.checks.polarity import claims_in
from plainsum.checks.study_statements import DESIGN_STATEMENT_WORDS, design_statement
from plainsum.checks.support import check_support
from plainsum.design import detect_design
from plainsum.evidence import link_summary
from plainsum.ingest import parse
from plainsum.schemas import PlainSummary

COHORT = parse(
    """Vitamin D and relapses in multiple sclerosis: a cohort study

Methods: In this prospective cohort study we followed 312 adults with relapsing-remitting
multiple sclerosis at two clinics for 3 years. We measured vitamin D in their blood every 6
months and recorded every relapse. Neurologists performed 300 procedures during the study.

Results: People with lower vitamin D levels had more relapses than people with higher levels.
Disability scores did not differ between the groups.

Conclusions: Lower vitamin D levels were associated with more relapses. This observational
study cannot show that low vitamin D causes relapses."""
)
SUMMARY = PlainSummary(
    headline="People with less vitamin D had more MS relapses",
    what_the_study_did=(
        "Researchers followed 312 adults with MS for 3 years and checked their vitamin D. "
        "Those with low vitamin D had more relapses than those with high levels."
    ),
    why_it_matters="Vitamin D is easy to measure. Talk with your doctor before changing your care.",
    limitations="This kind of study finds a link; it cannot show that low vitamin D causes them.",
)
MICE_PAPER = "We treated 24 mice with compound K and measured myelin in the spinal cord."
IN_MICE_16 = "This was a study in mice that got a new compound for eight weeks in all."


@pytest.mark.parametrize(
    "sentence,source,expected",
    [
        ("This was a study in mice.", MICE_PAPER, (True, None)),
        ("This was a study in mice.", COHORT.full_text, (True, "a study in animals")),
        ("It was a review of earlier studies.", COHORT.full_text, (True, "a review")),
        # as long as a design statement may be, and one word longer
        (IN_MICE_16, COHORT.full_text, (True, "a study in animals")),
        (IN_MICE_16.replace("eight", "eight long"), COHORT.full_text, (False, None)),
        # the opening of a design statement, but no kind of study named
        ("This was a good first step.", COHORT.full_text, (False, None)),
        ("Researchers studied mice.", COHORT.full_text, (False, None)),
    ],
)
def test_design_statements(sentence, source, expected):
    assert design_statement(sentence, source) == expected


def test_the_sixteen_word_example_is_at_the_limit():
    assert len(IN_MICE_16.split()) == DESIGN_STATEMENT_WORDS


def _findings(**edits):
    summary = SUMMARY.model_copy(update=edits)
    design = detect_design(COHORT)
    return check_support(COHORT, design, link_summary(COHORT, summary, design))


def test_the_summary_written_for_the_paper_is_supported():
    assert _findings() == []


@pytest.mark.parametrize(
    "headline",
    [
        "Young coffee drinkers in Norway and their sleep habits",
        "Coffee drinkers in Norway slept badly",
    ],
)
def test_a_headline_the_paper_does_not_hold_is_flagged_even_without_a_result_word(headline):
    found = _findings(headline=headline)
    assert [(f.check, f.section) for f in found] == [("support", "headline")], found
    assert "Not supported by the source" in found[0].message
    assert "Norway" in found[0].message  # it names what the paper does not have


def test_a_number_the_paper_uses_for_something_else_is_misattributed():
    did = "Researchers followed 300 people with MS for 3 years and checked their vitamin D."
    found = [f for f in _findings(what_the_study_did=did) if f.check == "numbers"]
    # it says what 300 counts in the paper and what the summary made of it
    said = [f.message for f in found if "procedures" in f.message]
    assert len(said) == 1, found
    assert "300" in said[0] and "people" in said[0]


def test_one_contradicted_claim_beside_a_supported_one_is_caught():
    """Two claims in one sentence that do not oppose each other are each held to the paper."""
    sentence = "Disability scores rose, and relapses were more common with low vitamin D."
    did = f"{SUMMARY.what_the_study_did} {sentence}"
    found = [f for f in _findings(what_the_study_did=did) if f.check == "contradiction"]
    assert [f.span for f in found] == [sentence], found
    assert "did not differ" in found[0].message  # it quotes the paper's opposite


@pytest.mark.parametrize(
    "sentence,polarities",
    [
        # "no"/"none" belongs to its own noun when "and"/"or" follows: "less" is not negated
        ("Cells that had no flagella and released less toxin grew.", ["down"]),
        ("The group given none of the drug and less exercise had more relapses.", ["down", "up"]),
    ],
)
def test_a_negation_of_its_own_noun_leaves_the_next_direction_alone(sentence, polarities):
    assert [c.polarity for c in claims_in(sentence)] == polarities


def test_a_claim_the_paper_says_nothing_about_does_not_stop_the_next_from_being_held():
    """ "Sleep improved" has nothing in the paper to hold it to; the claim after it still is."""
    sentence = "Sleep improved, and disability scores rose with low vitamin D."
    found = _findings(what_the_study_did=f"{SUMMARY.what_the_study_did} {sentence}")
    assert [(f.check, f.span) for f in found] == [("contradiction", sentence)], found
    assert "says an increase" in found[0].message and "did not differ" in found[0].message
