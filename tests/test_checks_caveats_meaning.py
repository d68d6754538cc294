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
    # what weakens or limits is the evidence; what needs checking is the result
    ("review_quality", "Several trials lost many patients, which weakens these findings."),
    ("review_quality", "Its answer is limited by how few trials there were."),
    ("review_quality", "We judged the quality of the trials as very low overall."),
    ("review_quality", "The studies give only a low level of evidence for the splints."),
    ("single_trial", "Other hospitals should repeat the trial before the splint is offered."),
    ("single_trial", "The benefit has to be checked again in a bigger group."),
    ("single_trial", "Other clinics need to check whether the splint helps their patients too."),
    # another reason left standing; groups that differed before anything happened
    ("link_not_cause", "We cannot rule out that sicker people simply drank less coffee."),
    ("link_not_cause", "Low iron could be a result of the illness rather than its cause."),
    ("link_not_cause", "Eating together is not the same as one meal causing the other's mood."),
    ("link_not_cause", "Early walkers may have been fitter to begin with."),
    ("link_not_cause", "Wards were not assigned to the new rota at random, so they may differ."),
    (
        "link_not_cause",
        "A trial that gives some people the diet by chance would be needed to show it helps.",
    ),
    # the whole of the work in animals or cells; the animal as a stand-in
    ("not_in_people", "All of the testing was done on pig skin in the lab."),
    ("not_in_people", "The experiments were done entirely in zebrafish larvae."),
    ("not_in_people", "Nothing in this paper was done in patients."),
    ("not_in_people", "A mouse with a blocked artery is only a rough model of a stroke."),
    ("not_in_people", "Studies in humans are still to be done."),
    ("not_in_people", "Only rats got the drug, so the result cannot yet be applied to people."),
    ("review_quality", "The answer relied on three small trials."),
    ("review_quality", "We found no evidence of sufficient quality to guide practice."),
    ("review_quality", "A limitation of this review is how much the trials differed."),
    ("review_quality", "There were not enough results to draw a firm conclusion."),
    ("review_quality", "Rigorous trials with many more children are needed to settle it."),
    ("review_quality", "Better-designed research with more people needs to be done."),
    ("single_trial", "A longer trial would be needed to know whether the effect lasts."),
    # "only" marks a count as small, in words as in figures
    ("few_people", "The cells came from only three patients and three healthy donors."),
    ("few_people", "Because just twelve women took part, chance could explain the result."),
    ("few_people", "Forty adults joined the trial, which is a small number for this question."),
]

NEAR_MISSES = [
    ("not_in_people", "Our lab bred the rats for this work."),
    ("not_in_people", "The cells were grown in our own lab for two weeks."),
    ("link_not_cause", "The explanation for the rise in cases is given in the paper."),
    ("link_not_cause", "The two groups differed in age and weight."),
    ("review_quality", "The trials relied on people reporting their own pain."),
    ("review_quality", "Patients were assigned to each treatment by computer."),
    # a body weakened or limited, not the evidence
    ("review_quality", "Myasthenia is an illness that weakens the muscles of the face."),
    ("review_quality", "How far people could walk was limited by pain in the knee."),
    # a pointer to care, not a result to confirm
    ("single_trial", "Anyone on dialysis should check each new tablet with their kidney team."),
    ("single_trial", "Nurses must check the skin under the splint every day."),
    ("few_people", "Twelve women took part, and all of them finished the trial."),
    ("link_not_cause", "The two wards were similar in size at the start."),
    ("review_quality", "More research on the drug is being done in Canada."),
    ("review_quality", "The limitation of movement in the shoulder eased with exercise."),
    ("review_quality", "Studies of high quality showed that the drug helps."),
    ("not_in_people", "All the zebrafish were kept at the same temperature."),
    ("not_in_people", "The drug is only a model for the newer ones in its class."),
    ("few_people", "The trial enrolled 900 people, which is large for a study like this."),
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
