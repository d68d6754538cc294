"""A condition the paper names only as a group it left out ("those with severe gout were not
included", "excluding people with epilepsy") is not what it studied: why it matters never says
"This review was about severe gout." (issue 9: a draft said a review was about "severe
sinusitis" where the authors could draw no conclusions about those with it, because they were not
included). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.condition import Condition, conditions_of, mentions
from plainsum.plain.condition_use import OUTCOME, SAID, SCOPED, STUDIED
from plainsum.plain.sentences import Role


@pytest.mark.parametrize(
    ("text", "how"),
    [
        (
            "We could not draw conclusions about children and those with severe gout, because "
            "these groups were not included.",
            SCOPED,
        ),
        ("Trials excluding people with epilepsy were pooled.", SCOPED),
        ("People with diabetes were not included in two of the trials.", SCOPED),
        ("All trials left out adults other than those with mild asthma.", SCOPED),
        ("Trials of the drug for any use (with the exception of gout) were included.", SCOPED),
        # who the finding is not for: the people who do not have it (a review's conclusion said
        # a gas helps "infants with breathing failure who do not have a hernia"; its draft said
        # "This review was about diaphragmatic hernia.")
        (
            "The gas helps newborns with breathing failure who do not have a diaphragmatic hernia.",
            SCOPED,
        ),
        ("Adults not having asthma took part.", SCOPED),
        ("Children who have no epilepsy were given the drug.", SCOPED),
        # what they had: the words about leaving out belong to another clause
        ("Children with asthma were given the spray.", STUDIED),
        (
            "Adults with gout took the drug, and none had side effects that were not included in "
            "the leaflet.",
            STUDIED,
        ),
    ],
)
def test_a_group_left_out_is_no_condition_studied(text: str, how: str) -> None:
    assert [h for _, h in mentions(text)] == [how]


@pytest.mark.parametrize(
    "text",
    [
        # an outcome measured, not what the people had (issue 9: "This review was about
        # post-traumatic stress disorder." for a review of follow-up clinics after intensive
        # care that measured it among other outcomes)
        "We looked at clinics in relation to quality of life (QoL), anxiety and insomnia.",
        "The clinics may make little or no difference to insomnia at one year.",
        "People who walked daily had less chance of insomnia.",
        "Harms such as serious infections and tuberculosis (TB) reactivation were rare.",
        "We looked at the effect of insomnia, which can affect memory, on the results.",
    ],
)
def test_a_condition_named_as_an_outcome_measured(text: str) -> None:
    assert [h for _, h in mentions(text)][-1] == OUTCOME


def test_the_effects_of_a_treatment_named_for_a_condition_are_what_was_studied() -> None:
    assert mentions("To sum up the effects of malaria preventive treatment in children.") == [
        ("malaria", SAID)
    ]


def test_the_condition_left_out_is_not_named_beside_the_one_studied() -> None:
    sentences = [
        ("To check air filters at home for asthma in children.", 1, Role.AIM),
        ("Air filters eased asthma at night in two trials.", 5, Role.RESULTS),
        (
            "No conclusions can be drawn about children with severe eczema, as they were "
            "excluded from the trials.",
            8,
            Role.CONCLUSION,
        ),
        ("Air filters may ease asthma in children.", 9, Role.CONCLUSION),
    ]
    assert conditions_of(sentences) == [Condition("asthma", 1)]


@pytest.mark.parametrize(
    ("text", "how"),
    [
        # one population of several a subgroup analysis looked at, not what all of them had
        (
            "We ran subgroup analyses to check the effect of the drug in different populations "
            "(stroke, burns, and surgery).",
            SCOPED,
        ),
        ("We split the trials into groups (asthma, burns, and surgery) to compare them.", SCOPED),
        # an example of a wider group
        (
            "A large trial is needed among people in intensive care, such as those with severe "
            "pneumonia.",
            SCOPED,
        ),
        # an effect on it: an outcome measured
        ("We looked at bleeding, the effect on pneumonia and the length of stay.", OUTCOME),
        # what they all had stays what was studied
        ("People in intensive care with pneumonia were given the drug.", STUDIED),
    ],
)
def test_a_subgroup_or_an_example_is_no_condition_studied(text: str, how: str) -> None:
    assert [h for _, h in mentions(text)] == [how]


def test_a_review_of_all_ill_people_is_not_said_to_be_about_one_subgroup() -> None:
    sentences = [
        ("To check the effect of the drug on deaths in people in intensive care.", 1, Role.AIM),
        (
            "We also looked at bleeding, the effect on pneumonia and the time in hospital.",
            2,
            Role.AIM,
        ),
        (
            "We ran subgroup analyses of the drug in different populations (pneumonia, burns, "
            "and surgery).",
            3,
            Role.METHODS,
        ),
        ("For people with severe pneumonia the drug made no clear difference.", 6, Role.RESULTS),
        (
            "A large trial is needed among people in intensive care, such as those with severe "
            "pneumonia.",
            9,
            Role.CONCLUSION,
        ),
    ]
    assert conditions_of(sentences) == []


@pytest.mark.parametrize(
    ("text", "how"),
    [
        # a factor found to go with what was studied, not what the people had
        (
            "Leg edema was linked strongly with diabetes, low activity and obesity.",
            [SAID, OUTCOME, OUTCOME],
        ),
        # "with" after the factor names the people again
        ("Low mood was linked with poor sleep in people with epilepsy.", [STUDIED]),
    ],
)
def test_a_factor_linked_with_the_condition_is_no_condition_studied(text, how) -> None:
    assert [h for _, h in mentions(text)] == how
