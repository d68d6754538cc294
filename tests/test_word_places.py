"""A glossary swap keeps its term's sense in the construction around it (plain/word_places.py,
plain/glossary.py): where each rule must swap and where it must keep the paper's word.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.glossary import plain_words
from plainsum.plain.word_places import fits_here, last_word


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "proven" is "shown" after a form of "be" or before "to", never as a plain adjective
        ("It was proven to lower blood sugar.", "It was shown to lower blood sugar."),
        ("Drugs proven to work are few.", "Drugs shown to work are few."),
        ("There is no treatment of proven benefit.", "There is no treatment of proven benefit."),
        (
            "Drugs that have proven benefits were used.",
            "Drugs that have proven benefits were used.",
        ),
        # "previously" is "before" only at the end of its clause
        ("They had not used the pump previously.", "They had not used the pump before."),
        (
            "Trials in previously untreated people were found.",
            "Trials in previously untreated people were found.",
        ),
        ("This is an update of a previously published review.", "previously published review"),
        # a grade of evidence inside a range keeps both halves as written
        ("Pain fell (low or very low certainty evidence).", "low or very low certainty evidence"),
        ("Pain fell (moderate to low-quality evidence).", "moderate to low-quality evidence"),
        ("Pain fell (low-certainty to moderate-certainty evidence).", "low-certainty to moderate"),
        ("Pain fell (low-certainty evidence).", "Pain fell (weak evidence)."),
        # "onset" and "management" as the head of their phrase, not inside a name
        ("Pain eased after the onset of sleep.", "Pain eased after the start of sleep."),
        ("Some had focal onset seizures.", "Some had focal onset seizures."),
        # "start" needs a determiner or its "of": never "days of start", "since start"
        ("Onset of weakness was sudden.", "Start of weakness was sudden."),
        ("Its onset was slow in most people.", "Its start was slow in most people."),
        ("Steroids were given within 5 days of onset.", "within 5 days of onset."),
        ("Most had walked unaided since onset.", "Most had walked unaided since onset."),
        ("Pain was worst at onset and eased later.", "Pain was worst at onset and eased"),
        ("It helped in the management of pain.", "It helped in the management of pain."),
        (
            "It may help in the management of people with gout.",
            "It may help in the care of people with gout.",
        ),
        (
            "The review looked at the management of older adults after a fall.",
            "The review looked at the care of older adults after a fall.",
        ),
        # a condition, managers or data are not "care"
        (
            "Stents that release a drug are used in the management of restenosis.",
            "in the management of restenosis.",
        ),
        (
            "The management of pain in people with MS is hard.",
            "The management of pain in people with MS is hard.",
        ),
        ("Clinic staff and management took part.", "Clinic staff and management took part."),
        ("Paper and data management systems were slow.", "data management systems were slow."),
        ("Contingency management helped some.", "Contingency management helped some."),
        # "inadequate evidence" is too little evidence, never "poor evidence" (a weak grade)
        (
            "There is inadequate evidence to suggest that naps help memory.",
            "There is inadequate evidence to suggest",
        ),
        ("The data were inadequate to judge safety.", "The data were inadequate"),
        ("Sleep was inadequate in most people.", "Sleep was poor in most people."),
        # "reduction" as a drop, not a named programme or a procedure
        ("There was a reduction in pain.", "There was a drop in pain."),
        ("Stress reduction classes helped.", "Stress reduction classes helped."),
        ("Lung volume reduction surgery helped.", "Lung volume reduction surgery helped."),
        # "generally accepted" is not "mostly accepted"
        ("Trials were generally small.", "Trials were mostly small."),
        ("There are no generally accepted rules.", "There are no generally accepted rules."),
        # a therapy's name keeps "cognitive"; a thinking skill does not; nor does what the
        # human lay summaries call "cognitive function" ("thinking function": fixed_phrases)
        ("Cognitive behaviour therapy helped.", "Cognitive behaviour therapy helped."),
        ("Cognitive skills improved.", "Thinking skills improved."),
        ("Cognitive function improved.", "Cognitive function improved."),
        # "outcome measures" is one phrase, never "result measured measures"
        ("The primary outcome measures were pain and sleep.", "The main measures were pain"),
        # a secondary measure stays secondary (the headline never takes one)
        ("Secondary outcome measures did not differ.", "Secondary measures did not differ."),
        ("Secondary outcomes did not differ.", "Secondary outcomes did not differ."),
        # a word people know is not traded for a looser one
        ("Anxiety and fatigue fell.", "Anxiety and fatigue fell."),
        ("Additional helpful effects were seen.", "Additional helpful effects were seen."),
        ("Some needed additional doses.", "Some needed more doses."),
        ("It gave no additional benefits.", "It gave no additional benefits."),
        ("Additional serious events were seen.", "Additional serious events were seen."),
        # "advice" only where a mass noun reads whole
        ("No firm recommendations can be made.", "No firm recommendations can be made."),
        ("We cannot make any recommendations.", "make any recommendations"),
        ("Current recommendations are old.", "Current recommendations are old."),
        ("The results support recommendations to stop.", "support advice to stop"),
        # never as a count noun: a number or a plural's determiner before it, a plural verb after
        ("The panel agreed on 18 recommendations.", "agreed on 18 recommendations"),
        ("These consensus recommendations give guidance.", "These consensus recommendations"),
        ("Most recommendations rest on expert opinion.", "Most recommendations rest on"),
        ("Several recommendations were changed.", "Several recommendations were"),
        ("The consensus recommendations give guidance.", "The consensus recommendations give"),
        ("Additional trials are needed.", "More trials are needed."),
        ("Kidney impairment was common.", "Poor kidney function was common."),
    ],
)
def test_a_swap_fits_its_construction(text: str, want: str) -> None:
    assert want in plain_words(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("There was no significant difference in pain.", "no clear difference in pain"),
        ("Pain was significantly reduced.", "Pain was clearly reduced."),
        ("The groups did not differ significantly.", "did not differ clearly"),
        ("The difference in pain was not significant.", "was not clear."),
        # a small effect: "clear" would read as large
        ("The effect was significant but small.", "The effect was significant but small."),
        ("Pain fell slightly but significantly.", "slightly but significantly"),
        # not a result at all: a burden, a doubt, a risk of bias
        ("Trials had significant risks of bias.", "significant risks of bias"),
        ("There is significant uncertainty about the test.", "There is significant "),
        ("It may significantly contribute to costs.", "significantly contribute"),
        # a result noun after one word that says what changed
        ("Trials did not show significant trachoma reduction.", "clear trachoma reduction"),
        # a small trial is no small effect; "not significant" is "not clear" whatever its size
        ("In a small trial, no significant difference was seen.", "no clear difference"),
        ("Differences were small and not significant.", "small and not clear."),
        ("Results were no longer significant after adjustment.", "no longer clear after"),
    ],
)
def test_significant_is_clear_only_of_a_result(text: str, want: str) -> None:
    assert want in plain_words(text, statistical=True)


def test_fits_here_leaves_other_terms_alone() -> None:
    assert fits_here("placebo", "They got a ", " every day.")
    assert not fits_here("onset", "They had focal ", " seizures.")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Myalgia and pharyngitis were common.", "Muscle pain and sore throat were common."),
        ("Hypokalemia was seen in two people.", "Low potassium was seen in two people."),
        ("Nasopharyngeal swabs were taken.", "Nose and throat swabs were taken."),
        # a plural plain phrase cannot take a singular verb: the term stays
        ("Venous thromboembolism was rare.", "Venous thromboembolism was rare."),
    ],
)
def test_a_medical_word_with_one_plain_meaning_is_swapped_whole(text: str, want: str) -> None:
    assert plain_words(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a bare mass noun keeps the paper's word: "or dummy treatment", "on result" read broken
        ("People were given vitamin D or placebo.", "vitamin D or placebo."),
        ("Compared with placebo, the drug cut relapses.", "Compared with placebo,"),
        ("There was no effect on outcome after discharge.", "no effect on outcome after"),
        ("Ten studies were eligible for assessment.", "for assessment."),
        # with a determiner, or modifying the noun after it, the plain phrase reads whole
        ("The placebo group had more relapses.", "The dummy treatment group"),
        ("People on a matching placebo did well.", "a matching dummy treatment"),
        ("The patient's assessment was done.", "The patient's check was done."),
        ("A full assessment was done.", "A full check was done."),
        # "return" keeps its sense only as "the return of" something
        ("The recurrence of symptoms was rare.", "The return of symptoms was rare."),
        ("There was no effect on recurrence of relapse.", "on recurrence of relapse."),
        ("Recurrence rates were similar.", "Recurrence rates were similar."),
    ],
)
def test_a_plain_count_noun_needs_its_determiner(text: str, want: str) -> None:
    assert want in plain_words(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "in addition to X" is never "also to X"; "In addition, ..." is a lead-in
        ("They took zinc in addition to iron.", "They took zinc in addition to iron."),
        # "elderly" before a noun is "older"; standing for the people it is "older people"
        ("In the elderly, falls were common.", "In older people, falls were common."),
        ("The elderly are often frail.", "Older people are often frail."),
        ("The elderly patients were frail.", "The older patients were frail."),
        ("Trials in elderly people were few.", "Trials in older people were few."),
        # "to adequately assess" is never "to well assess"; "adequately blinded" is "well"
        ("More trials are needed to adequately test it.", "to adequately test it"),
        ("The trials were adequately blinded.", "The trials were well blinded."),
        # ... and never before an adjective: "a well long seizure" is broken
        ("It is hard to get an adequately long seizure.", "an adequately long seizure"),
        ("Few trials were adequately powered.", "Few trials were well powered."),
        # "deficiency" as the head of its phrase is a lack; in a condition's name it stays
        ("A deficiency of iron was common.", "A lack of iron was common."),
        ("Iron deficiency was common.", "Iron deficiency was common."),
        ("People with yin deficiency syndrome took part.", "yin deficiency syndrome"),
        # "therapeutic" is "treatment" before a few nouns, never where it names a kind
        ("The therapeutic effect was small.", "The treatment effect was small."),
        ("It is a possible therapeutic agent.", "It is a possible treatment agent."),
        ("It points to new therapeutic directions.", "It points to new treatment directions."),
        ("A good therapeutic alliance helped.", "A good therapeutic alliance helped."),
        ("Therapeutic hypothermia was used.", "Therapeutic hypothermia was used."),
        ("It was compared with therapeutic ultrasound.", "with therapeutic ultrasound"),
        # a named therapy keeps its name
        ("Manual therapy eased neck pain.", "Manual therapy eased neck pain."),
        # a qualifier that says what was compared is never dropped
        ("Two placebo-controlled trials were found.", "Two placebo-controlled trials were"),
        ("It was a placebo controlled study.", "It was a placebo controlled study."),
        # a cohort study is a follow-up study, never a "group study"
        ("Two cohort studies were found.", "Two follow-up studies were found."),
    ],
)
def test_a_swap_that_would_be_wrong_here_is_not_made(text: str, want: str) -> None:
    assert want in plain_words(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the relapse rate however the paper words it, and "statistically" before a comparative
        ("It cut the annualised rate of relapse.", "It cut the yearly relapse rate."),
        ("Annualized relapse rates fell.", "Yearly relapse rates fell."),
        ("Walking was statistically better with the drug.", "Walking was clearly better with"),
        ("Pain was not statistically lower.", "Pain was not clearly lower."),
    ],
)
def test_a_statistical_wording_is_said_plainly(text: str, want: str) -> None:
    assert want in plain_words(text)


# Texts before a term, as the glossary's swaps see them (written for these tests), and the ends
# where reading back from the last word could go wrong: digits, hyphens, apostrophes, an
# underscore, a letter outside ASCII, brackets, spaces and line breaks.
_BEFORE_TERMS = [
    "",
    " ",
    "The",
    "People who took the drug for 12 weeks had a ",
    "Relapses fell in the group given the   ",
    "Walking speed improved in people's ",
    "It was the 2nd-line ",
    "Scores on the EDSS-2 ",
    "Scores rose by 12 ",
    "Pain eased (",
    "Pain eased in the treated ( (",
    "Pain eased in the treated (\n",
    "The café ",
    "the naïve ",
    "after 3-month ",
    "a_b ",
    "well-known ",
    "x'",
    "'tis ",
    "-",
    "Fatigue, ",
    "The drug (given daily) ",
    "They were randomised to",
    "long " * 40 + "words before the ",
]


@pytest.mark.parametrize("text", _BEFORE_TERMS)
def test_last_word_is_the_end_patterns_own_answer(text: str) -> None:
    """`last_word` gives what searching the whole text with the end-anchored pattern gives."""
    import re

    for bracket, pattern in (
        (False, re.compile(r"([A-Za-z][\w'-]*)\s*$")),
        (True, re.compile(r"([A-Za-z][\w'-]*)[\s(]*$")),
    ):
        m = pattern.search(text)
        assert last_word(text, bracket) == (m.group(1) if m else "")


def test_last_word_reads_past_spaces_and_brackets() -> None:
    assert last_word("Relapses fell in the group given the   ") == "the"
    assert last_word("Scores on the EDSS-2 ") == "EDSS-2"
    assert last_word("Pain eased in the treated ( (", bracket=True) == "treated"
    assert last_word("Pain eased in the treated (") == ""
    assert last_word("Scores rose by 12 ") == ""  # a number is no word
    assert last_word("It was the 2nd-line ") == "nd-line"
    assert last_word("The café ") == "café"
