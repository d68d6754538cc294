"""A study's size said in ways the offline drafter used to miss, or misread: a review's one
study that "met our inclusion criteria", a review's opening count with a finished verb ("Five
trials enrolled 900 people"), a trial's people who "took part" with who they were said between
commas, and a count the search found when the next sentence keeps fewer. Sentences written for
these tests."""

from plainsum.ingest import parse
from plainsum.plain.facts import study_facts
from plainsum.plain.source import source_sentences
from plainsum.schemas import StudyDesign


def _facts(results: str, design: StudyDesign) -> list[str]:
    text = (
        "Background: Tiredness is common in long-term illness.\n"
        "Objectives: To assess exercise for tiredness.\n"
        f"Main results: {results} Exercise made little difference to tiredness.\n"
        "Authors' conclusions: Exercise may not lessen tiredness."
    )
    return [f.text for f in study_facts(source_sentences(parse(text)), design)]


def _sizes(results: str, design: StudyDesign = StudyDesign.REVIEW) -> list[str]:
    return [f for f in _facts(results, design) if "included" in f]


def test_a_review_s_one_study_that_met_the_criteria_is_its_size():
    results = "Only one study met our inclusion criteria, involving 610 adult patients."
    assert _sizes(results) == ["The review included one study with 610 patients."]


def test_a_review_s_one_trial_that_was_included_is_its_size():
    assert _sizes("One randomised trial was included.") == ["The review included one trial."]


def test_a_review_s_opening_count_with_a_finished_verb_is_its_size():
    results = "Five trials enrolled approximately 900 participants. Trials lasted a year."
    assert _sizes(results) == ["The review included five trials with approximately 900 people."]


def test_a_count_the_search_found_is_not_what_the_review_kept():
    results = (
        "The searches identified 31 trials (52 references). Three included trials give "
        "results: one in adults and two in children."
    )
    assert _sizes(results) == []


def test_a_count_found_and_then_kept_in_full_is_still_read():
    # (the next sentence keeps no smaller count: nothing says fewer were kept)
    results = "We identified 14 trials with 1200 people. Most trials were small."
    assert _sizes(results) == ["The review included 14 trials with 1200 people."]


def _trial_size(methods: str) -> list[str]:
    text = (
        "Background: Tiredness is common in long-term illness.\n"
        f"Methods: {methods}\n"
        "Results: Tiredness scores fell more with the powder than with the dummy powder.\n"
        "Conclusions: The powder may lessen tiredness."
    )
    facts = study_facts(source_sentences(parse(text)), StudyDesign.TRIAL)
    return [f.text for f in facts]


def test_a_trial_s_people_who_took_part_with_who_they_were_between_commas():
    methods = (
        "Sixty patients with long-term tiredness, aged between 30 and 60 years, took part in "
        "the trial and were randomly given a herbal powder or a dummy powder for 10 weeks."
    )
    assert _trial_size(methods) == ["The study included sixty patients."]


def test_a_trial_s_opening_count_with_another_verb_between_is_not_the_size():
    methods = (
        "Sixty patients were screened, and 45 of them were randomly given a herbal powder or a "
        "dummy powder for 10 weeks."
    )
    assert "The study included sixty patients." not in _trial_size(methods)


def test_a_later_count_with_a_finished_verb_is_one_part_of_the_review():
    results = (
        "We found many small trials of exercise and three ongoing trials. Duration differed "
        "between trials. Six trials recruited 410 healthy adults, the other trials people with "
        "long-term illness."
    )
    assert _sizes(results) == []


def test_a_next_sentence_that_says_what_some_studies_took_in_keeps_the_found_count():
    results = (
        "The search identified six studies from 3100 records. Two studies included adults of "
        "all ages and four studies included only older adults."
    )
    assert _sizes(results) == ["The review included six studies."]


def test_one_study_of_one_kind_under_a_heading_is_not_the_review_s_size():
    results = (
        "Randomised trials Only one trial met the inclusion criteria. Cohort studies Nine "
        "cohort studies, with 700 people in all, met the inclusion criteria."
    )
    assert "The review included one trial." not in _sizes(results)
