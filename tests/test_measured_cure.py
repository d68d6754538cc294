"""Issue 9 (the main finding before plain): a cure the trial measured ("clinical cure", "the cure
rate") is its result, not hype. The drafter's own hype list refused every sentence with "cure",
so a review of creams for a fungal infection lost the result its conclusion rests on, while the
gate passes it (its claims rule exempts measured cures). A promise of a cure is still refused.
Sentences written for these tests."""

import pytest

from plainsum.plain.simplify import fit_for_readers, plain_sentences, rewrite


@pytest.mark.parametrize(
    "sentence",
    [
        "Clinical cure was more common with the new cream than with the old one.",
        "The cure rate at four weeks was higher in the group given the longer course.",
        "Microbiological cure did not differ between the two antibiotics.",
    ],
)
def test_a_measured_cure_is_a_result(sentence: str) -> None:
    assert fit_for_readers(sentence)
    assert [p.text for p in plain_sentences(sentence)] == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "This new pill cures MS in most people who take it.",
        "The authors say the diet will cure fatigue.",
        "A breakthrough drug stopped relapses in every mouse.",
    ],
)
def test_a_promise_is_still_refused(sentence: str) -> None:
    assert not fit_for_readers(sentence)


def test_a_clause_after_a_result_s_statistics_is_not_made_a_list_item() -> None:
    sentence = (
        "There was no clear difference in clinical cure between the two creams (3 trials, 200 "
        "people: RR 0.50, 95% CI 0.20 to 1.20), however there was significant heterogeneity "
        "(I² = 90%)."
    )
    text = rewrite(sentence, review=True)
    assert "and however" not in text
    assert text.startswith("There was no clear difference in clinical cure between the two creams")
