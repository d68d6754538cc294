"""Cause words for a link the study found, wherever the sentence sits: "Loneliness causes
depression in people with MS." drawn on the paper's "lonely respondents were more likely to
have depression" reports the study's finding as a cause, though it names no study. Background
that draws on no link of the paper, a hedged cause, and a lab result the paper itself states in
people pass. Papers and sentences written for these tests."""

from plainsum.checks.overreach import overreach
from plainsum.schemas import StudyDesign

OBS = StudyDesign.OBSERVATIONAL
LINK = ["People who slept under six hours were more likely to report migraine (odds ratio 2.1)."]
AIM = ["To describe short sleep among adults with migraine and its relation to headache days."]


def test_cause_words_for_the_papers_link_are_overreach():
    assert overreach("Short sleep causes migraine.", OBS, LINK)
    assert overreach("Sleeping too little drives headache days", OBS, AIM)


def test_a_hedged_cause_or_a_link_passes():
    assert overreach("Short sleep may bring on migraine.", OBS, LINK) is None
    assert overreach("Short sleep went with more migraine.", OBS, LINK) is None


def test_background_drawn_on_no_link_passes():
    background = ["Migraine is a common cause of disability in young adults."]
    assert overreach("Migraine causes a lot of missed work.", OBS, background) is None


LAB = StudyDesign.LAB
SAMPLES = ["Blood was taken from 12 people with the disease and 10 healthy volunteers."]


def test_a_paper_that_only_took_samples_from_people_does_not_carry_an_effect_in_them():
    assert overreach("The compound repairs nerve damage in people with the disease.", LAB, SAMPLES)


def test_a_paper_that_states_the_effect_in_people_carries_it():
    stated = ["In people with the disease, the compound reduces nerve damage."]
    said = "The compound reduces nerve damage in people with the disease."
    assert overreach(said, LAB, stated) is None
