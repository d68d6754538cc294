"""A treatment named as the sentence's subject by a gerund ("Lowering cholesterol in later life
has not been shown to ...") is what was tried, not a change the sentence reports: the paper's
"no evidence that lowering cholesterol prevents ..." does not contradict it. Texts written for
these tests."""

from plainsum.checks.contradiction import contradiction

PAPER = [
    "Three trials of statins in 9120 adults over 70 were included.",
    "There is no convincing evidence that lowering cholesterol in later life prevents memory "
    "loss in adults without heart disease.",
]


def test_a_gerund_subject_that_names_the_treatment_is_no_claim():
    sentence = "Lowering cholesterol in later life has not been shown to prevent memory loss."
    assert contradiction(sentence, PAPER) is None


def test_the_result_said_against_the_paper_is_still_a_contradiction():
    sentence = "Lowering cholesterol in later life prevented memory loss."
    assert contradiction(sentence, PAPER) is not None
