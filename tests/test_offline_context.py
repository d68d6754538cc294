"""Context-safe sentences in what the study did (issue 9): a sentence that leans on the one before
it in the paper ("However, ...", "Here, 6% ...", "... also ...", "His ...") is shown only right
after that sentence, or not at all, even when the drafter's edits removed the word that says so;
the main result, null or not, is said and a secondary result never displaces it. Texts written
for the tests."""

from __future__ import annotations

import pytest
from body_lines import did_lines

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose, gather
from plainsum.plain.pick import adds_to, antecedent, leans, leans_in_paper, pick, unlean
from plainsum.plain.results import primary_terms, says_which_way, what_it_says
from plainsum.plain.simplify import PlainSentence, measured


@pytest.mark.parametrize(
    ("sentence", "leans_on_before"),
    [
        ("However, people given the vaccine more often had a sore arm.", True),
        ("Here, 6% of them had high vitamin levels.", True),
        ("In agreement with this, the enzyme binds the clamp in living cells.", True),
        ("His walking improved after three weeks of treatment.", True),
        ("The quality of the evidence was low.", True),
        ("Similarly, fewer people in the exercise group had a fall.", True),
        ("Among those, walking improved in two thirds.", True),
        ("Of these, 12 needed a second operation.", True),
        # a group named by its own clause: "those who ..." leans on nothing
        ("Among those who finished the trial, walking improved more with training.", False),
        ("Of those treated early, fewer had a second attack.", False),
        # the study's own work, a named comparison, a name: no sentence before needed
        ("Here we show that the enzyme binds the clamp in living cells.", False),
        ("The quality of the evidence for relapses was low.", False),
        ("Vitamin D, also known as the sunshine vitamin, did not reduce relapses.", False),
        ("Exercise reduced tiredness compared with no exercise.", False),
        ("Her2-positive tumours shrank more with the new drug.", False),
        ("It is unlikely that magnesium prevents cramps in older adults.", False),
        ("It was well tolerated by most people.", True),
        # a conclusion drawn or added: what follows is read for itself
        ("Thus, the enzyme works the same way in all primates.", False),
        ("Moreover, exercise reduced tiredness in adults with MS.", False),
        ("Thus, these patients need regular checks.", True),
        ("Side effects such as headache were rare with the new drug.", False),
    ],
)
def test_a_sentence_that_leans_in_the_paper_is_known(sentence: str, leans_on_before: bool):
    assert leans_in_paper(sentence) is leans_on_before


def test_a_pointer_inside_a_sentence_leans_on_the_one_before():
    assert leans(measured("None of the people given dummy pills had such improvement.", (4,)))
    assert not leans(measured("Side effects such as headache were rare.", (4,)))


def test_a_finding_said_with_also_adds_to_another_and_alone_is_said_without_it():
    also = measured("The vaccine also improved the immune response.", (3,))
    assert adds_to(also) and not adds_to(measured("It is also known as the flu jab.", (3,)))
    assert unlean(also).text == "The vaccine improved the immune response."
    both = measured("Drug A not only eased pain but also improved sleep.", (3,))
    assert not adds_to(both) and unlean(both).text == both.text


def _p(text: str, source: int, order: int, leaning: bool = False) -> PlainSentence:
    p = measured(text, (source,), order)
    return PlainSentence(**{**p.__dict__, "leans": leaning})


def test_a_leaning_sentence_comes_with_the_one_it_leans_on_or_not_at_all():
    first = _p("Drug A reduced relapses compared with dummy pills.", 4, 1)
    side = _p("Drug B made little or no difference to walking speed.", 6, 2)
    # "However, people on drug B more often ..." edited to stand alone: the paper's lean stays
    harm = _p("People on drug B more often had headaches.", 7, 3, leaning=True)
    assert leans(harm) and antecedent(harm, [first, side, harm]) is side
    chosen = pick([first, side, harm], 2, 100, set(), None, True, lambda p: (p is not harm,))
    assert [p.text for p in chosen] == [side.text, harm.text]  # the harm beside its own result
    # the sentence it leans on is not there to show: the leaning sentence is not shown alone
    alone = pick([first, harm], 2, 100, set(), None, True, lambda p: (p is not harm,))
    assert [p.text for p in alone] == [first.text]


def test_a_list_of_limits_reads_each_on_its_own():
    limit = _p("Most trials were small.", 9, 1, leaning=True)  # "However, most trials ..."
    assert pick([limit], 2, 50, set(), None) == []
    assert [p.text for p in pick([limit], 2, 50, set(), None, by_paper=False)] == [limit.text]


@pytest.mark.parametrize(
    "sentence",
    [
        "The chances of pregnancy were not clearly different with the rinse or without it.",
        "Walking speed was not significantly different between the groups.",
        "Vitamin levels were not associated with relapses.",
    ],
)
def test_a_null_result_says_which_way(sentence: str):
    assert what_it_says(sentence).direction
    assert says_which_way(sentence)


# A review whose primary comparisons are null, and whose later, secondary comparisons are not.
NULL_REVIEW = (
    "Background: Some people with MS try cooling vests for tiredness.\n"
    "Objectives: To assess cooling vests for tiredness in adults with MS.\n"
    "Search methods: We searched the trial registers up to 3 May 2024.\n"
    "Selection criteria: We included randomised trials of cooling vests.\n"
    "Data collection and analysis: Two review authors extracted the data.\n"
    "Main results: We included four trials with 210 participants. "
    "Tiredness and walking distance were not significantly different with cooling vests "
    "versus no vest. "
    "Tiredness and walking distance were also not significantly different with cold drinks "
    "versus warm drinks. "
    "Short cooling sessions increased the comfort of one group of vest wearers compared with "
    "long sessions. "
    "Skin redness increased with long cooling sessions compared with short sessions.\n"
    "Authors' conclusions: There is not enough evidence to support cooling vests or cold drinks "
    "for tiredness in MS. Short cooling sessions may be more comfortable."
)


def test_the_null_primary_result_is_said_with_the_one_it_leans_on():
    did = did_lines(NULL_REVIEW)
    primary = (
        "Tiredness and walking distance were not clearly different with cooling vests versus no "
        "vest."
    )
    second = (
        "Tiredness and walking distance were also not clearly different with cold drinks "
        "versus warm drinks."
    )
    assert primary in did
    if second in did:  # the "also" sentence only right after the one it adds to
        assert did.index(second) == did.index(primary) + 1


PRIMARY_TRIAL = (
    "Background: Tiredness is common in MS.\n"
    "Objective: To test whether a cooling vest reduces relapses in adults with MS.\n"
    "Methods: We randomly assigned 120 adults with MS to a cooling vest or a plain vest for one "
    "year. The primary outcome was the number of relapses over one year. Secondary outcomes "
    "were tiredness, sleep and walking speed.\n"
    "Results: Tiredness scores improved more with the cooling vest than with the plain vest. "
    "Sleep quality improved more with the cooling vest than with the plain vest. "
    "Walking speed improved more with the cooling vest than with the plain vest. "
    "The number of relapses over one year did not differ between the two groups.\n"
    "Conclusions: A cooling vest may ease tiredness in MS."
)


def test_the_primary_result_leads_even_when_null_and_secondary_ones_are_positive():
    source = parse(PRIMARY_TRIAL)
    did = compose(gather(source, detect_design(source)))[1]["what_the_study_did"]
    lead = [line.text for line in did if line.lead]
    # the primary outcome's sentence (whatever word the glossary gives relapses) leads
    assert any(
        text.endswith("over one year did not differ between the two groups.") for text in lead
    )
    assert primary_terms([PRIMARY_TRIAL]) >= {"relaps"}


@pytest.mark.parametrize(
    "text",
    [
        "After the diet stopped, half of the rats got the drug.",
        "After this, the children were seen again at six months.",
        "Subsequently, blood was taken from every volunteer.",
        "Next, the nurses asked each person about their sleep.",
    ],
)
def test_a_step_after_one_just_told_leans_on_it(text: str) -> None:
    assert leans_in_paper(text)


@pytest.mark.parametrize(
    "text",
    [
        "After two years, people on the drug had fewer flare-ups.",
        "After surgery, most patients walked within a day.",
    ],
)
def test_a_time_that_names_its_own_start_does_not_lean(text: str) -> None:
    assert not leans_in_paper(text)


TRAINING = (
    "Background: Training may help walking in people with progressive MS.\n"
    "Methods: We randomly assigned 90 adults with progressive MS to 10 weeks of cycling "
    "training or to usual care. The main outcome was walking speed.\n"
    "Results: Eighteen participants dropped out, more often in the cycling group. Among those "
    "who finished the trial, walking distance rose by 25 metres more with cycling than "
    "with usual care. Mood did not differ between the groups. Sleep did not differ either. "
    "No serious harms were linked to cycling.\n"
    "Conclusions: Cycling training may improve walking speed in progressive MS."
)


def test_a_main_result_among_those_who_finished_the_trial_is_shown():
    """A result "among those who finished the trial" says which way the outcome went: it is
    never set aside as bookkeeping. (It may head, with the authors' one conclusion under why it
    matters: `compose`'s result that carries the finding; the body does not say it again.)"""
    source = parse(TRAINING)
    m = gather(source, detect_design(source))
    head, sections = compose(m, frozenset(), 0)
    body = " ".join(line.text for line in sections["what_the_study_did"])
    assert "walking distance rose by 25 metres more with cycling" in f"{head.text} {body}"
