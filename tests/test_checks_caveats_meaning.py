"""Caveats carried by their meaning in words the frames were not first written for (issue 8).

Sentences written for these tests. Each pair of tables is one idea: people named as "us"; a
link with other explanations, or groups that may differ in ways nobody measured; evidence hard
to rely on, or people put into groups in ways not told; a result that needs backing up; a
count of people too small to speak for others. The near misses use the same words and carry
no caveat.
"""

import pytest

from plainsum.checks.caveats import CAVEATS

ACCEPTED = [
    (
        "not_in_people",
        "Rats break this drug down far faster than our bodies do, and their "
        "livers are not like ours.",
    ),
    ("not_in_people", "Worms are much simpler than ours, so the gene may do more in us."),
    (
        "link_not_cause",
        "There are other explanations for the link, such as how much people exercised.",
    ),
    (
        "link_not_cause",
        "Mothers who breastfed longer might have differed from the rest in "
        "many ways that were never recorded.",
    ),
    ("link_not_cause", "Hidden differences between the groups could explain part of the result."),
    (
        "review_quality",
        "Several of the studies were so badly reported that their answers are hard to rely on.",
    ),
    ("review_quality", "Most trials did not say how patients were assigned to each treatment."),
    (
        "review_quality",
        "Because the trials were small and poorly run, their estimates may be too rosy.",
    ),
    ("single_trial", "The finding will have to be borne out by other groups of patients."),
    (
        "single_trial",
        "Until other teams reproduce it, the result should be held lightly, as it "
        "needs backing up.",
    ),
    ("few_people", "Nineteen children are too few to say how the diet works for every child."),
    ("few_people", "Fifteen volunteers cannot represent all adults who take the drug."),
]

NEAR_MISSES = [
    ("not_in_people", "Our lab bred the rats for this work."),
    ("not_in_people", "The cells were grown in our own lab for two weeks."),
    ("link_not_cause", "The explanation for the rise in cases is given in the paper."),
    ("link_not_cause", "The two groups differed in age and weight."),
    ("review_quality", "The trials relied on people reporting their own pain."),
    ("review_quality", "Patients were assigned to each treatment by computer."),
    ("review_quality", "The estimates were given for each year of age."),
    ("single_trial", "The result was backed up by blood tests."),
    ("few_people", "Nineteen children followed the diet for two years."),
    ("few_people", "Fifteen volunteers took the drug every morning."),
]


@pytest.mark.parametrize(("name", "text"), ACCEPTED)
def test_a_caveat_in_new_words_is_recognised(name: str, text: str) -> None:
    assert CAVEATS[name].in_sentence(text)


@pytest.mark.parametrize(("name", "text"), NEAR_MISSES)
def test_the_same_words_without_the_caveat_do_not_count(name: str, text: str) -> None:
    assert not CAVEATS[name].in_sentence(text)


# How plain-language writers of reviews state the evidence's weakness (read from the gate's
# false alarms on human summaries; sentences written for these tests).
REVIEW_WEAKNESS = [
    "The quality of the evidence for pain, sleep, falls and the need to stay in hospital "
    "after the operation was low.",
    "The number of children studied was too small to allow a firm conclusion.",
    "There is modest evidence that the cream speeds healing.",
    "The number of children studied was too few to say whether the diet helps.",
    "Only two studies met our criteria for inclusion.",
    "The evidence on giving leaflets alone to prevent falls at home is inconclusive.",
    "One trial was judged to be of good quality and the other three as poor quality.",
]
REVIEW_NOT_WEAKNESS = [
    "Only two studies measured sleep.",
    "The review found no evidence that the drug raised the risk of stroke.",
    "The quality of life of people on the drug was better.",
    "The dose was too small to cause side effects.",
    "The evidence is current to May 2019.",
    "We found no trials that compared the two drugs.",
    "The review found no strong evidence that the drug helps.",
    "The changes in pain were too small to make a difference to daily life.",
    "There is moderate evidence that the exercise lowers blood pressure.",
    "People of poor health were left out of the trials.",
]


@pytest.mark.parametrize("text", REVIEW_WEAKNESS)
def test_a_reviews_weak_evidence_in_plain_words(text: str) -> None:
    assert CAVEATS["review_quality"].in_sentence(text)


@pytest.mark.parametrize("text", REVIEW_NOT_WEAKNESS)
def test_counts_and_findings_are_not_weak_evidence(text: str) -> None:
    assert not CAVEATS["review_quality"].in_sentence(text)
