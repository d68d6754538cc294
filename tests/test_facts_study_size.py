"""A single study's size in an offline draft: the count of the people it included, never the
count of one group it was matched or compared with. Sentences written for these tests."""

import pytest

from plainsum.ingest import parse
from plainsum.plain.facts import study_facts
from plainsum.plain.source import source_sentences
from plainsum.schemas import StudyDesign


def _size(methods: str, design: StudyDesign = StudyDesign.OBSERVATIONAL) -> str | None:
    text = (
        "Background: Low vitamin levels may be linked with later illness.\n"
        f"Methods: {methods} We compared vitamin levels between the groups.\n"
        "Results: Low vitamin levels were more common in the first group.\n"
        "Conclusions: Low vitamin levels were linked with later illness."
    )
    facts = study_facts(source_sentences(parse(text)), design)
    return facts[0].text if facts else None


@pytest.mark.parametrize(
    "methods",
    [
        "Children who later became ill (n=193) were matched with 570 children who did not.",
        "Adults with the illness were compared with 300 adults without it.",
        "Each case was paired with 4 healthy adults of the same age.",
        "Women with the illness were contrasted with 250 women without it.",
        # how they were matched may stand between "matched" and the count (10 per patient)
        "Each patient was matched by age and sex with 10 people from the general population.",
        "Every case was paired on age, sex and clinic with 3 adults who never had the illness.",
    ],
)
def test_a_comparison_group_s_count_is_not_the_study_s_size(methods):
    assert _size(methods) is None


@pytest.mark.parametrize(
    ("methods", "fact"),
    [
        ("We enrolled 120 adults with the illness.", "The study included 120 adults."),
        ("The study began with 85 adults from two clinics.", "The study included 85 adults."),
        ("A trial with 64 children was run in four schools.", "The study included 64 children."),
        ("A total of 410 women were followed for ten years.", "The study included 410 women."),
    ],
)
def test_the_study_s_own_count_is_its_size(methods, fact):
    assert _size(methods) == fact


@pytest.mark.parametrize(
    ("methods", "fact"),
    [
        (
            "In this phase 3, double-blind, double-dummy trial, 1,200 adults with relapsing MS "
            "were randomly assigned 1:1 to the new tablet 20 mg daily or the older tablet 7 mg "
            "daily for up to two years.",
            "The study included 1,200 adults.",
        ),
        (
            "In a placebo-controlled trial, 240 people with early relapsing MS taking interferon "
            "beta were assigned to a supplement 50,000 IU every week or a matching placebo for "
            "96 weeks at 12 centres.",
            "The study included 240 people.",
        ),
    ],
)
def test_a_sentence_too_long_to_show_still_gives_the_size(methods, fact):
    """The only way the draft says how many took part: "were randomly assigned", a dozen
    plain words on who they were."""
    assert _size(methods, StudyDesign.TRIAL) == fact


@pytest.mark.parametrize(
    "methods",
    [
        # the count before a comma is those screened, not those taken in
        "Of 300 patients screened in the first year of the study at the two hospitals, most were "
        "randomly assigned to one of two tablets taken every day for twelve months.",
        # "six" ends a number written in words
        "Two hundred six women were randomly assigned.",
    ],
)
def test_no_size_from_a_count_that_is_not_the_study_s(methods):
    assert _size(methods, StudyDesign.TRIAL) is None


@pytest.mark.parametrize(
    ("methods", "fact"),
    [
        ("We enrolled 120 MS patients from two clinics.", "The study included 120 patients."),
        ("We recruited 64 adult RRMS patients.", "The study included 64 patients."),
    ],
)
def test_a_short_form_before_the_people_keeps_their_count(methods, fact):
    assert _size(methods, StudyDesign.TRIAL) == fact


def test_a_review_s_one_trial_keeps_its_people_after_a_short_form():
    text = (
        "Objectives: To assess drug A for relapsing MS.\n"
        "Main results: One trial involving 96 adult RRMS patients with a low disability score "
        "was included. Drug A reduced relapses at six months.\n"
        "Authors' conclusions: Drug A may reduce relapses."
    )
    facts = study_facts(source_sentences(parse(text)), StudyDesign.REVIEW)
    assert [f.text for f in facts] == ["The review included one trial with 96 patients."]


@pytest.mark.parametrize(
    ("methods", "fact"),
    [
        # a count that opens the sentence is its subject, however long the words after it
        (
            "96 outpatients with long-standing anxiety as the clinic manual defines it were "
            "included and treated for four weeks.",
            "The study included 96 outpatients.",
        ),
        ("40 inpatients were enrolled from one ward.", "The study included 40 inpatients."),
    ],
)
def test_a_count_that_opens_the_sentence_is_the_study_s_size(methods, fact):
    assert _size(methods, StudyDesign.TRIAL) == fact


def test_a_long_tail_after_a_count_inside_the_sentence_is_no_size():
    # "of 300 patients ..." is not the subject of "were included"
    methods = (
        "Outcomes of 300 patients seen at the two clinics over ten years in the north were "
        "included."
    )
    assert _size(methods, StudyDesign.TRIAL) is None
    # (but the records of 300 patients are the people the study took in)
    records = "Records of 300 patients seen at the two clinics over ten years were included."
    assert _size(records, StudyDesign.TRIAL) == "The study included 300 patients."


def test_an_opening_count_randomly_assigned_to_groups_is_shown_whole_not_counted():
    # the sentence says what the groups got: it says more than its count
    methods = (
        "Eighty patients with leg ulcers from three clinics were randomly assigned to 2 groups "
        "who got a dummy cream or the new cream for 2 months."
    )
    assert _size(methods, StudyDesign.TRIAL) is None


@pytest.mark.parametrize(
    ("methods", "fact"),
    [
        # the people a study took in may follow a description no list of modifiers foresees
        (
            "We reviewed the records of 2,450 hepatitis B antibody-positive patients seen at "
            "nine clinics.",
            "The study included 2,450 patients.",
        ),
        (
            "We analysed data from 1,310 newly treated outpatient adults.",
            "The study included 1,310 adults.",
        ),
        # a survey's respondents are the study, not a later workshop's few
        (
            "Questions came from an online survey of 980 respondents and were ranked at a "
            "final meeting with 18 participants.",
            "The study included 980 respondents.",
        ),
    ],
)
def test_the_people_a_study_took_in_after_words_that_say_so(methods, fact):
    assert _size(methods) == fact


@pytest.mark.parametrize(
    "methods",
    [
        # a count of time or places before the people is no count of people
        "We reviewed the records of 12 weeks in 40 patients.",
        "We analysed data from 9 clinics on diet.",
    ],
)
def test_no_described_count_from_time_or_places(methods):
    assert _size(methods) in (None, "The study included 40 patients.")


def test_a_long_design_sentence_gives_its_count_after_the_verb():
    """ "This assessor-blinded trial randomised 180 ambulatory adults ..." (39 words, too long
    to show) says how many took part: the draft had said nothing of its size."""
    methods = (
        "This assessor-blinded trial randomised 170 ambulatory adults with MS who had fallen "
        "at least twice in the past year to a 12-week home-based balance programme supported "
        "by weekly video calls with a physiotherapist or to usual care."
    )
    assert _size(methods, StudyDesign.TRIAL) == "The study included 170 adults."


def test_a_pool_the_people_were_drawn_from_is_no_size():
    methods = (
        "From an available sample of 1,300 patients with high blood pressure, we identified 140 "
        "with the variant, 80 of whom agreed to take part."
    )
    assert _size(methods, StudyDesign.TRIAL) != "The study included 1,300 patients."
