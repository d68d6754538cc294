"""The topic line names the condition a whole review is about, never one only a part of it had
(plain/condition.py): a condition said of a few of a review's studies, or one beside an aim
that names its people's problem in other words, is no topic. Every sentence is written for
these tests."""

from __future__ import annotations

from plainsum.plain.condition import conditions_of
from plainsum.plain.sentences import Role

# A review of 12 trials of a cholesterol drug: nine in heart disease, three in stroke; its
# conclusions call for trials in stroke.
_SHARED = [
    (
        "Nine trials took in people with coronary heart disease and three trials took in "
        "people with a history of stroke.",
        2,
        Role.RESULTS,
    ),
    ("The drug lowered the number of heart attacks.", 3, Role.RESULTS),
    ("The drug may prevent heart attacks in people with heart disease.", 5, Role.CONCLUSION),
    ("More trials are needed in people with stroke.", 6, Role.CONCLUSION),
]


def test_a_condition_of_a_few_of_the_studies_is_no_topic() -> None:
    # three of twelve trials: stroke is a part of the review, never what it was about; heart
    # disease, nine of twelve, stays
    assert [c.name for c in conditions_of(_SHARED, "12")] == ["heart disease"]
    # with no count of the review's studies, nothing says it was a part
    assert "stroke" in [c.name for c in conditions_of(_SHARED)]


def test_a_condition_of_most_of_the_studies_stays() -> None:
    most = [
        (
            "Ten of the 12 trials took in children with asthma; two were in adults.",
            2,
            Role.RESULTS,
        ),
        ("Inhaled drugs may help children with asthma breathe.", 5, Role.CONCLUSION),
    ]
    assert [c.name for c in conditions_of(most, "twelve")] == ["asthma"]


def test_a_part_the_aim_names_as_what_the_people_had_stays() -> None:
    aimed = [
        ("To assess exercise for people with stroke.", 1, Role.AIM),
        ("Two trials took in people with stroke; eight took in older adults.", 2, Role.RESULTS),
        ("Exercise may help people with stroke walk.", 5, Role.CONCLUSION),
    ]
    assert [c.name for c in conditions_of(aimed, "ten")] == ["stroke"]


def test_an_outcome_counted_in_a_few_studies_is_no_part() -> None:
    # "two trials reported stroke": stroke measured, not what two trials' people had
    measured = [
        ("To assess blood thinners for people with stroke.", 1, Role.AIM),
        ("Two trials reported stroke at one year.", 2, Role.RESULTS),
        ("Blood thinners may help people with stroke.", 5, Role.CONCLUSION),
    ]
    assert [c.name for c in conditions_of(measured, "ten")] == ["stroke"]


def test_an_aim_that_names_its_peoples_problem_in_other_words_keeps_a_subgroups_out() -> None:
    flat_feet = [
        ("To assess shoe inserts for treating flat feet in children.", 1, Role.AIM),
        (
            "We report children with healthy feet apart from those with juvenile arthritis.",
            3,
            Role.RESULTS,
        ),
        ("Inserts may ease pain in children with juvenile arthritis.", 5, Role.CONCLUSION),
        ("Future work should study children with juvenile arthritis.", 6, Role.CONCLUSION),
    ]
    assert conditions_of(flat_feet) == []
    # an aim that names the condition it read keeps it
    named = [("To assess shoe inserts for treating juvenile arthritis.", 1, Role.AIM)]
    named += flat_feet[1:]
    assert [c.name for c in conditions_of(named)] == ["juvenile arthritis"]


def test_a_count_in_a_bracket_of_figures_or_before_the_rest_is_no_part() -> None:
    bracket = [
        (
            "Dancing may ease breathing (MD 0.4, 95% CI 0.1 to 0.7; 2 studies) in people "
            "with asthma.",
            3,
            Role.RESULTS,
        ),
        ("Dancing probably helps people with asthma.", 5, Role.CONCLUSION),
    ]
    assert [c.name for c in conditions_of(bracket, "9")] == ["asthma"]
    turn = [
        (
            "Two of the trials took in women with leaking urine, while the others took in "
            "women with incontinence.",
            3,
            Role.RESULTS,
        ),
        ("Pelvic exercise may help women with incontinence.", 5, Role.CONCLUSION),
    ]
    assert [c.name for c in conditions_of(turn, "9")] == ["incontinence"]


def test_a_subgroup_of_another_form_leaves_the_whole_condition() -> None:
    # one trial of eight in severe asthma: "asthma" as a whole is still the topic
    severe = [
        ("To compare phone check-ups with visits for people with asthma.", 1, Role.AIM),
        ("One study took in people with severe asthma on steroid tablets.", 3, Role.RESULTS),
        ("Phone check-ups may suit people with asthma.", 5, Role.CONCLUSION),
    ]
    assert [c.name for c in conditions_of(severe, "eight")] == ["asthma"]


def test_an_aim_in_other_words_that_share_the_conditions_word_keeps_it() -> None:
    ulcers = [
        ("Bleeding peptic ulcers often bleed again.", 0, Role.BACKGROUND),
        ("To assess a second clip for adults with bleeding ulcers.", 1, Role.AIM),
        ("A second clip helps adults with bleeding peptic ulcers.", 5, Role.CONCLUSION),
    ]
    assert [c.name for c in conditions_of(ulcers)] == ["peptic ulcers"]


def test_a_kind_the_name_reader_leaves_out_is_still_a_part_only() -> None:
    # "generalised" is read as no word of the name; the share is of generalised epilepsy, not
    # of epilepsy as a whole
    kinds = [
        ("Epilepsy is common in adults.", 0, Role.BACKGROUND),
        ("Only one of the studies took in people with generalised epilepsy.", 3, Role.RESULTS),
        ("The drug helps adults with epilepsy have fewer seizures.", 5, Role.CONCLUSION),
    ]
    assert [c.name for c in conditions_of(kinds, "six")] == ["epilepsy"]


def test_the_aims_broader_name_beats_a_narrower_kind_said_more_often() -> None:
    # the aim is about encephalitis; one trial's "tick-borne encephalitis" is said most often
    kinds = [
        ("To assess steroids for children with encephalitis.", 1, Role.AIM),
        ("One trial took in children with tick-borne encephalitis.", 2, Role.RESULTS),
        ("Fever fell faster in children with tick-borne encephalitis.", 3, Role.RESULTS),
        ("Disability did not differ in children with tick-borne encephalitis.", 4, Role.RESULTS),
        ("Steroids may help children with encephalitis.", 5, Role.CONCLUSION),
    ]
    assert [c.name for c in conditions_of(kinds)] == ["encephalitis"]


def test_the_aims_own_narrower_name_stays() -> None:
    narrow = [
        ("To assess steroids for children with tick-borne encephalitis.", 1, Role.AIM),
        ("Two trials took in children with tick-borne encephalitis.", 2, Role.RESULTS),
        ("Steroids may help children with tick-borne encephalitis.", 5, Role.CONCLUSION),
    ]
    assert [c.name for c in conditions_of(narrow)] == ["tick-borne encephalitis"]
