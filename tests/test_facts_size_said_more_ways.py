"""A review's size said in three more ways the offline drafter missed: its one trial that
"contributed information to this review" after a long aside, "The three studies involved 271
people in total" (all of them, counted again), and an opening count with an aside before its
people ("Nine trials, one with two reports, (N = 400 people) ..."). And what must not be read
as the review's size. Sentences written for these tests."""

from plainsum.ingest import parse
from plainsum.plain.facts import study_facts
from plainsum.plain.source import source_sentences
from plainsum.schemas import StudyDesign


def _sizes(results: str) -> list[str]:
    text = (
        "Background: Stiff joints are common in long-term illness.\n"
        "Objectives: To assess stretching for stiff joints.\n"
        f"Main results: {results} Stretching made little difference to stiffness.\n"
        "Authors' conclusions: Stretching may not ease stiff joints."
    )
    facts = study_facts(source_sentences(parse(text)), StudyDesign.REVIEW)
    return [f.text for f in facts if f.text.startswith("The review included")]


def test_one_trial_that_contributed_to_the_review_after_an_aside_is_its_size():
    results = (
        "Only one trial including 64 participants (mean age 51 years), randomised to daily "
        "stretching (n = 30) or weekly stretching (n = 34), contributed information to this "
        "review. The trial had a high risk of bias."
    )
    assert _sizes(results) == ["The review included one trial with 64 people."]


def test_one_trial_that_contributed_to_one_outcome_is_not_the_review_s_size():
    # (no "Only" opening the sentence: one of several trials gave data on something)
    results = (
        "Five trials were found. One trial including 64 participants contributed data on pain "
        "to this review."
    )
    assert "The review included one trial with 64 people." not in _sizes(results)


def test_the_studies_counted_again_with_their_people_in_total_are_its_size():
    results = (
        "One randomised trial and two before-and-after studies were found. The three studies "
        "involved 190 people in total."
    )
    assert _sizes(results) == ["The review included three studies with 190 people."]


def test_the_studies_counted_again_without_a_total_are_not_its_size():
    # ("The two trials" may be a part named before: without "in total" it is not read)
    results = "Two trials tested long sessions. The two trials involved 80 people."
    assert _sizes(results) == []


def test_an_opening_count_with_an_aside_before_its_people_is_its_size():
    results = (
        "Nine trials, one with two reports, (N = 412 participants, 380 analysed) tested "
        "stretching programmes."
    )
    assert _sizes(results) == ["The review included nine trials with 412 people."]
