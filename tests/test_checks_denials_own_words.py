"""Denials said in other words are no contradiction (issue 8): "it also did not improve blood
flow" where the paper says it did not improve it either, "no better at", "did not make it any
better", and a paper's own denials after the verb ("improved neither A nor B", "an improvement
in A was not observed", "and neither did B decrease"). Real reversals of the same sentences
are still caught. Papers and sentences written for these tests."""

import pytest

from plainsum.checks.contradiction import contradiction

NO_FLOW = "Venous angioplasty did not improve cerebral blood flow."
FLOW = "Venous angioplasty improved cerebral blood flow."

AGREE = [
    (NO_FLOW, "It also did not improve blood flow to the brain."),
    (NO_FLOW, "It did not improve blood flow to the brain either."),
    (NO_FLOW, "Blood flow to the brain did not improve either."),
    (NO_FLOW, "It was no better at improving blood flow to the brain."),
    (NO_FLOW, "The procedure did not make blood flow to the brain any better."),
    (NO_FLOW, "Blood flow to the brain was no better after the procedure."),
    (NO_FLOW, "Nor did it improve blood flow to the brain."),
    (NO_FLOW, "There was also no improvement in blood flow to the brain."),
    (NO_FLOW, "It failed to improve blood flow to the brain as well."),
    (
        "Angioplasty improved neither cerebral blood flow nor disability.",
        "It also did not improve blood flow to the brain.",
    ),
    (
        "Improvement in cerebral blood flow was not observed.",
        "It also did not improve blood flow to the brain.",
    ),
    (
        "Cerebral blood flow did not increase after the procedure, and neither did the number "
        "of new lesions decrease.",
        "It did not improve blood flow to the brain, and it did not reduce new lesions.",
    ),
    (
        "Neither cerebral blood flow nor MRI lesion load improved after angioplasty.",
        "It also did not improve blood flow to the brain.",
    ),
    (
        "Cerebral blood flow and perfusion were unchanged after the procedure.",
        "It also did not improve blood flow to the brain.",
    ),
    (
        "Angioplasty did not lead to an increase in cerebral blood flow.",
        "It also did not increase blood flow to the brain.",
    ),
    (
        "Fatigue scores did not differ between the exercise and control groups.",
        "Exercise did not make tiredness any better than usual care.",
    ),
    (
        "The new drug was not superior to placebo in reducing relapses.",
        "The new drug was no better than a dummy pill at cutting relapses.",
    ),
    ("Relapse rates were similar in both groups.", "Relapses were no less common with the drug."),
    ("Walking speed did not improve with treatment.", "People did not walk any faster."),
    (
        "Pain did not decrease significantly after 12 weeks.",
        "Twelve weeks of treatment left pain no lower than before.",
    ),
    (
        "Cognition was not worse in the treated group.",
        "Thinking skills were no worse with the drug.",
    ),
    (
        "Neither balance nor gait improved after training.",
        "Training did not improve balance, and walking did not improve either.",
    ),
    (
        "There was no significant improvement in quality of life.",
        "People's quality of life was not any better.",
    ),
    # a denied evidence with five words before its noun
    (
        "Overall, there was no clinically important or statistically significant evidence that "
        "stretching can improve pain, sleep or mood.",
        "There was no important or clear evidence that stretching can improve pain, sleep or mood.",
    ),
]

AGREE += [
    # "two or more": a count's bound, no direction to turn round
    (
        "No studies were found that tested two or more antiviral drugs together.",
        "The review authors looked for trials of two or more antiviral drugs.",
    ),
    (
        "Patients with three or fewer relapses were included.",
        "The review included people with three or fewer relapses.",
    ),
    (
        "Disability did not worsen during follow-up.",
        "Nobody's disability got worse during the study.",
    ),
    ("No patient experienced an improvement in fatigue.", "Nobody's fatigue improved."),
    (
        "None of the trials found that exercise lowered fatigue.",
        "No trial showed that exercise reduced tiredness.",
    ),
    ("Treatment did not reduce the relapse rate.", "Nor were relapses any less frequent."),
    ("Treatment did not reduce the relapse rate.", "Relapses did not become less common."),
    (
        "Exercise had no effect on fatigue and did not improve mood.",
        "Exercise also did not lift mood.",
    ),
    (
        "Vitamin D did not lower relapse rates or MRI activity.",
        "It also did not lower MRI activity.",
    ),
]

REVERSED = [
    (FLOW, "It did not improve blood flow to the brain."),
    (FLOW, "It also did not improve blood flow to the brain."),
    (FLOW, "It was no better at improving blood flow to the brain."),
    (FLOW, "The procedure did not make blood flow to the brain any better."),
    (FLOW, "Blood flow to the brain did not get any better."),
    (
        "Angioplasty improved neither cerebral blood flow nor disability.",
        "It improved blood flow to the brain.",
    ),
    ("Improvement in cerebral blood flow was not observed.", "Blood flow to the brain improved."),
    (
        "Cerebral blood flow did not increase after the procedure, and neither did the number "
        "of new lesions decrease.",
        "It reduced new lesions.",
    ),
    (
        "Fatigue improved in the exercise group.",
        "Neither fatigue nor mood got any better with exercise.",
    ),
    ("Exercise lowered fatigue in two trials.", "No trial showed that exercise reduced tiredness."),
    ("Disability worsened during follow-up.", "Nobody's disability got worse during the study."),
    ("Fatigue improved in most patients.", "Nobody's fatigue improved."),
    (
        "Exercise reduced fatigue compared with usual care.",
        "Exercise was no better than usual care at reducing tiredness.",
    ),
]


@pytest.mark.parametrize("paper,sentence", AGREE)
def test_a_denial_in_other_words_agrees(paper, sentence):
    assert contradiction(sentence, [paper]) is None


@pytest.mark.parametrize("paper,sentence", REVERSED)
def test_the_same_words_against_the_opposite_finding_are_caught(paper, sentence):
    assert contradiction(sentence, [paper]) is not None
