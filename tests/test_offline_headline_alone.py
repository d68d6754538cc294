"""Headlines that stand alone (issue 9): they name what the paper studied, never a procedure, a
date, an update's bookkeeping or a limitation, and never lean on a sentence the reader has not
seen. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.finding import is_procedural, opens_with_a_call
from plainsum.plain.headline import choose_headline
from plainsum.plain.headline.on_topic import aim_terms, off_topic
from plainsum.plain.headline.rank import rank_of
from plainsum.plain.shorten import short_forms
from plainsum.plain.simplify import measured
from plainsum.plain.standalone import leans_back
from plainsum.schemas import StudyDesign


def _numbered(*texts: str, start: int = 0):
    return [measured(t, (start + i,)) for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Four studies used a prospective cohort design and one was a randomised trial",
        "Two were case-control studies",
        "One study checked the effect of fish oil in 80 girls with eczema",
        "The trials ran from June 2005 to April 2012",
        "The first trial started in March 2009",
        "No new trials were found for this update of the review",
        "An additional small trial including 12 men was found for the 2019 update",
        "Because the trials differed, the authors were unable to conduct a meta-analysis",
        "A meta-analysis was not possible",
        "Because of their designs it was not suitable to pool the trials",
        "No implications for practice can be drawn",
        "The data lacked power to detect differences in hospital deaths",
        "Adults aged over 60 had fewer falls",
        "The mean age of the people in the trials was 54 years",
        "Two review authors independently checked each trial",
        "The main results measured were falls and time in hospital",
        "One study with 30 people measured the time spent walking",
        "Firmer results may be obtained by pooling data from every person in the trials",
        "Seven women in the early group and nine women in the late group had a caesarean section",
        # who was sampled, with the controls they were matched to
        "The researchers found 640 people who later had a stroke and 1,200 matched controls",
        "The study included 120 children with epilepsy and 80 healthy controls",
        # what no study reported: the data at hand, not what a treatment did
        "No studies reported effects on walking beyond one year",
        # what was done to the animals
        "By the end of the experiment, all animals were sacrificed by cervical decapitation",
        "The rats were kept for another month without the drug",
        "The higher dose was given daily for another 2 months",
        "Forty mice were divided into four groups",
    ],
)
def test_procedure_dates_and_limits_are_not_a_finding(sentence: str) -> None:
    assert is_procedural(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a kind of death as what the treatment changed is the main result, not a side point
        "Iron tablets probably reduce maternal death and halve the risk of anaemia",
        "Cooling lowered newborn deaths in two trials",
        # "the age of" bounds the people a finding holds for
        "Salt water improved breathing in children under the age of six years",
        "Aspirin reduced the risk of stroke in a randomised trial",
        "There were no clear benefits or side effects of early birth for babies with a gut defect",
        # deaths as what a treatment decreased; age as what the finding is about, not the
        # sample's; where people live, not how reviewers worked
        "Fish oil seemed to decrease deaths in older people",
        "Changes in liver function may explain age-related changes in how the drug is cleared",
        "Blood sugar control worsens more sharply with age",
        "Calcium decreased the number of deaths in older people living independently",
        # a finding beside the controls' count
        "The researchers found lower vitamin levels in 300 people with asthma than in 300 controls",
        "People with migraine had thinner nerve layers than 80 healthy controls",
        # a medicine stopped is what the case is about, not people who left a trial
        "The case shows that rebound disease after natalizumab withdrawal can mimic a tumour",
        "Relapses returned within months of fingolimod withdrawal in most people",
    ],
)
def test_findings_that_name_deaths_ages_or_designs_stay_findings(sentence: str) -> None:
    assert not is_procedural(sentence)


def test_an_effect_on_deaths_said_with_no_change_stays_a_side_point() -> None:
    assert is_procedural("The effects on long-term deaths are unknown")


@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        ("Neither did the authors find any difference in sleep", True),
        ("Nor was there a change in mood", True),
        ("Yoga did not help low back or any other back pain", False),
        ("Yoga did not help any other kind of pain", True),
        ("This update confirms that yoga eases back pain", False),
        ("This change eases back pain", True),
        ("There was no evidence of an effect", True),
        ("There was no evidence of an effect on sleep", False),
        # "those" in a comparison stands for the sentence's own noun
        ("Towns with parks had fewer cases than those in cities", False),
        ("Scores of walkers were lower compared with those of runners", False),
        ("Scores were similar to those of the whole group", True),
        ("People with those genes had fewer relapses", True),
    ],
)
def test_what_leans_on_a_sentence_not_seen(sentence: str, leans: bool) -> None:
    assert leans_back(sentence) is leans


def test_an_update_confirming_earlier_findings_says_the_finding_alone() -> None:
    forms = short_forms(
        "This update confirms earlier findings that yoga eased back pain in about half of "
        "adults with long-lasting pain, compared with under 20% with stretching."
    )
    assert "Yoga eased back pain in about half of adults with long-lasting pain" in forms
    # the claim's hedge and its population are kept in every form
    assert all("adults" in f for f in forms)


def test_the_aim_names_what_was_studied_without_its_filler_words() -> None:
    about = aim_terms(["The review authors wanted to check the effects of vitamin D on relapses."])
    assert {"vitami", "relaps"} <= about
    assert not about & {"wanted", "check"}
    # an aim that names nothing of its own judges nothing
    assert aim_terms(["The review authors also wanted to check benefits and side effects."]) == (
        frozenset()
    )


@pytest.mark.parametrize(
    ("headline", "off"),
    [
        ("There was no clear effect on outcome after leaving hospital", True),
        ("The trials ran from 2005 to 2012", True),
        ("Vitamin D did not lower the number of relapses", False),
        ("Relapses were fewer with the supplement", False),
    ],
)
def test_a_headline_that_names_nothing_the_paper_studied_is_off_topic(
    headline: str, off: bool
) -> None:
    about = aim_terms(["The review authors wanted to check the effects of vitamin D on relapses."])
    assert off_topic(headline, about) is off
    assert not off_topic(headline, frozenset())  # no aim: nothing to judge by


def test_the_headline_names_the_treatment_when_a_sentence_does() -> None:
    conclusions = _numbered(
        "There was no clear effect on outcome after leaving hospital.",
        "Magnesium tablets lowered the risk of fits in late pregnancy.",
    )
    about = aim_terms(["The review authors looked at magnesium tablets to prevent fits."])
    head = choose_headline(conclusions, [], StudyDesign.REVIEW, about=about)
    assert head.origin == conclusions[1].text
    # without the aim, the authors' first conclusion heads as before
    assert choose_headline(conclusions, [], StudyDesign.REVIEW).origin == conclusions[0].text


def test_people_who_withdrew_stay_a_side_point() -> None:
    assert is_procedural("Twelve people withdrew from the natalizumab group because of rashes")
    assert is_procedural("Withdrawals were similar in both groups")


def test_a_sentence_the_paper_opens_with_moreover_ranks_as_an_aside() -> None:
    text = "Falls in sales may not lead to less smoking"
    s = measured(f"{text}.", (4,), 4)
    plain = rank_of(s, True, 0, 9, f"{text}.")
    aside = rank_of(s, True, 0, 9, "Moreover, falls in sales may not lead to less smoking.")
    assert aside > plain
    # the paper's own "Only X ..." or a sentence that opens otherwise is not moved
    assert rank_of(s, True, 0, 9, "In Japan, falls in sales may not lead to less smoking.") == plain


@pytest.mark.parametrize(
    ("sentence", "call"),
    [
        ("Further randomised trials repeating this study would strengthen the evidence", True),
        ("Larger trials are needed to confirm the benefit of cooling vests", True),
        ("New trials of the vest may help clarify its role in MS", True),
        # what waits on research to come, whatever the subject
        ("Firmer conclusions on the vest's effect await further well-run randomised trials", True),
        ("A clear answer must await larger and longer studies of cooling", True),
        ("The results of the ongoing trial are awaited", False),
        # what later or larger trials found is a finding
        ("Larger trials showed that cooling vests eased tiredness", False),
        ("Further studies found a benefit of cooling vests in hot weather", False),
    ],
)
def test_research_to_come_as_the_subject_is_a_call(sentence: str, call: bool) -> None:
    assert opens_with_a_call(sentence) is call


def test_a_call_for_trials_never_heads_over_a_result() -> None:
    head = choose_headline(
        _numbered(
            "Further randomised trials repeating this study would strengthen the evidence.",
            start=5,
        ),
        _numbered("Cooling vests reduced tiredness at one month in adults with MS."),
        StudyDesign.REVIEW,
    )
    assert head.text.startswith("Cooling vests reduced tiredness")


@pytest.mark.parametrize(
    ("sentence", "method"),
    [
        (
            "The primary measure of the effect of the vest was the share of people who walked "
            "further at six weeks.",
            True,
        ),
        ("The main measure was the time to a first relapse.", True),
        # the primary measure's result is a finding
        ("The primary measure of the trial was met in the vest group.", False),
        # how the results are to be read
        (
            "For consistency regarding the direction of effects, outcomes with values less than "
            "one favour the vest",
            True,
        ),
        ("The main measures of walking improved with the vest.", False),
    ],
)
def test_what_the_primary_measure_was_is_a_method(sentence: str, method: bool) -> None:
    assert is_procedural(sentence) is method


def test_a_review_heads_with_its_hedged_verdict_over_its_call_and_its_primary_measure() -> None:
    head = choose_headline(
        _numbered(
            "Though the available evidence suggests that cooling vests worn during the day may "
            "ease tiredness and heat-related weakness in adults with relapsing or progressive "
            "MS, it is unclear and not enough to guide everyday care.",
            "Firmer conclusions on their effect await further well-run randomised trials.",
            start=5,
        ),
        _numbered(
            "The primary measure of the effect of cooling was the share of people who felt "
            "less tired at four weeks."
        ),
        StudyDesign.REVIEW,
    )
    assert head.text.startswith("Though the available evidence suggests")


def test_a_review_whose_authors_find_the_evidence_unclear_says_so_over_one_studys_count() -> None:
    head = choose_headline(
        _numbered(
            "The review authors consider that the evidence is not of enough quality to guide care.",
            "Until further evidence becomes available, clinicians should follow the existing "
            "guidelines for cooling vests in hot weather.",
            start=6,
        ),
        _numbered("Two people in the vest group had missing scores, so 37 people were studied."),
        StudyDesign.REVIEW,
        aims=_numbered("The review authors looked at cooling vests in adults with MS.", start=2),
    )
    assert head.text == "A review found no clear evidence about cooling vests in adults with MS"


def test_what_one_study_of_a_review_found_ranks_below_the_reviews_verdict() -> None:
    head = choose_headline(
        [],
        _numbered(
            "One study reported no difference between the vest and control groups whereas the "
            "second reported less tiredness in the vest group.",
            "There is now not enough evidence to judge the effect of cooling vests in adults "
            "with MS.",
        ),
        StudyDesign.REVIEW,
    )
    assert head.text.startswith("There is now not enough evidence to judge the effect")


def test_a_result_adjusted_for_a_list_heads_without_the_list() -> None:
    adjusted = (
        "After adjusting for age, sex, income and smoking, people in the greenest towns had a "
        "15% lower risk of asthma than those in the least green towns."
    )
    forms = short_forms(adjusted)
    assert (
        "People in the greenest towns had a 15% lower risk of asthma than those in the least "
        "green towns."
    ) in [f.rstrip(".") + "." for f in forms]


def test_a_diagnostic_reviews_conclusion_in_words_heads() -> None:
    conclusions = _numbered(
        "Home strep tests seldom give false positive results but miss about a third of "
        "infections in children.",
        start=8,
    )
    results = _numbered(
        "The pooled sensitivity was 66% and the pooled specificity was 97%.",
        "Sensitivity was higher in older children than in younger ones and higher when swabs "
        "were taken early.",
        start=3,
    )
    chosen = choose_headline(conclusions, results, StudyDesign.REVIEW)
    assert chosen.text.startswith("Home strep tests seldom give false positive results")


@pytest.mark.parametrize(
    ("sentence", "method"),
    [
        # what the authors did not find is a finding
        ("The review authors did not find a clear effect of cooling vests on walking", False),
        ("The researchers did not see a difference between the two vests", False),
        # ... what they did not do, or a death told as a side point, is not
        ("The review authors did not search for unpublished trials", True),
        ("Two deaths occurred in the vest group", True),
    ],
)
def test_what_the_authors_did_not_find_is_a_finding(sentence: str, method: bool) -> None:
    assert is_procedural(sentence) is method


def test_how_a_finding_works_is_cut_after_what_it_does() -> None:
    forms = short_forms(
        "The gene switch controls how well the germ enters gut cells, through a small RNA that "
        "acts after the gene is read."
    )
    assert "The gene switch controls how well the germ enters gut cells" in forms
    # never a tail that says the finding did not hold
    assert not short_forms(
        "The gene switch controls how well the germ enters gut cells, through no RNA of its own."
    )


def test_an_animal_studys_headline_names_the_animals_with_its_finding_not_its_tail() -> None:
    head = choose_headline(
        _numbered(
            "The gene switch controls how well the germ causes disease, through a small RNA that "
            "acts after the gene is read and a protein that the RNA makes.",
            start=6,
        ),
        [],
        StudyDesign.ANIMAL,
        "mice",
    )
    assert head.text.endswith("causes disease in mice")
    assert "read in mice" not in head.text
