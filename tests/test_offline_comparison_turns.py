"""In a review whose results run comparison by comparison under subheadings ("Drug A versus
drug B (1 study, 26 women) One infant ..."), a result of no named treatment ("There were no
deaths.") is true of that comparison only: it is shown only right after the sentence before it,
never said of the whole review (issue 9, CD009770 shape). Every sentence here is written for
these tests."""

from __future__ import annotations

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose, gather
from plainsum.plain.source import source_sentences
from plainsum.plain.trial_scope import scoped_to_one_trial, unnamed_graded_results

NO_DEATHS = "There were no maternal or newborn deaths."
REVIEW = (
    "Objectives: To assess drugs that relax the womb while waiting for an emergency birth.\n"
    "Main results: We included five studies with 600 women.\n"
    "Drug A versus drug B (1 study, 30 women) One baby in the drug B group needed intensive "
    f"care (RR 0.33, 95% CI 0.01 to 7.50). {NO_DEATHS}\n"
    "Drug C versus no drug (2 studies, 80 women) There were three stillbirths, all in the no "
    "drug group (RR 0.20, 95% CI 0.01 to 4.00). Drug C may lower the number of abnormal heart "
    "traces.\n"
    "Authors' conclusions: There is not enough evidence about drugs that relax the womb while "
    "waiting for an emergency birth."
)


def test_a_result_of_no_named_treatment_under_a_subheading_leans_on_its_comparison():
    sentences = source_sentences(parse(REVIEW))
    scoped = {s.text for s in sentences if s.index in scoped_to_one_trial(sentences)}
    assert NO_DEATHS in scoped
    # a result that names its treatment stands alone
    assert "Drug C may lower the number of abnormal heart traces." not in scoped


def test_it_is_never_said_of_the_whole_review():
    source = parse(REVIEW)
    _, sections = compose(gather(source, detect_design(source)))
    did = [line.text for line in sections["what_the_study_did"]]
    if NO_DEATHS in did:  # only right after the sentence of its own comparison
        assert "drug B" in did[did.index(NO_DEATHS) - 1], did


def test_one_comparison_alone_scopes_nothing():
    one = REVIEW.split("Drug C versus")[0] + "\nAuthors' conclusions: Drug A may help."
    assert scoped_to_one_trial(source_sentences(parse(one))) == frozenset()


# A review extract with no headings that gives its comparisons in turn, each with its graded
# result; the last result names neither the treatment nor the comparison (CD010802 shape).
UNNAMED = "Very low-quality evidence showed no short-term effects on sleep or tiredness."
TURNS = (
    "We included 14 studies with 980 participants. Nine studies that compared tai chi versus no "
    "therapy provided moderate-quality evidence showing that tai chi improved balance in the "
    "short term. Three studies that compared tai chi versus walking programmes provided "
    f"low-quality evidence suggesting that tai chi may reduce falls. {UNNAMED} No study reported "
    "harms well. Moderate-quality evidence supports tai chi for improving balance when compared "
    "with no therapy."
)


def test_a_graded_result_that_names_no_comparison_is_of_the_comparison_before_it():
    sentences = source_sentences(parse(TURNS))
    unnamed = {s.text for s in sentences if s.index in unnamed_graded_results(sentences)}
    assert unnamed == {UNNAMED}


def test_it_is_not_said_as_a_limitation_of_the_whole_review():
    source = parse(TURNS)
    _, sections = compose(gather(source, detect_design(source)))
    limits = " ".join(line.text for line in sections["limitations"])
    assert "no short-term effects on sleep" not in limits, limits


def test_a_graded_result_that_names_its_comparison_is_no_such_result():
    named = TURNS.replace(
        UNNAMED,
        "Very low-quality evidence showed no difference between tai chi and walking in sleep.",
    )
    assert unnamed_graded_results(source_sentences(parse(named))) == frozenset()
    # one comparison alone: nothing to tell apart
    one = TURNS.split(" Three studies")[0] + f" {UNNAMED}"
    assert unnamed_graded_results(source_sentences(parse(one))) == frozenset()
