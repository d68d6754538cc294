"""A result stays whole (issue 9): a split never cuts a result from the clause that qualifies it
(", but the difference was not significant", ", although this was uncertain"), never leaves a
clause without its own subject ("But rather improved ..."), and a comparison subheading joined
to the sentence after it makes that sentence not whole. Texts written for the tests."""

from __future__ import annotations

import re

import pytest

from plainsum.plain import wholeness
from plainsum.plain.splits import split_long
from plainsum.plain.wholeness import broken


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        ("Warm packs versus no packs A warm pack did not change the rate of falls.", False),
        ("Cooling compared to no cooling Cooling or no cooling made no clear difference.", False),
        ("People on vitamin A versus dummy pills had fewer colds.", True),
        ("Hepatitis A vaccine compared with hepatitis B vaccine gave similar protection.", True),
        # "compared" as the verb of a review or an analysis
        ("The review compared heat packs with cold packs for back pain.", True),
        ("The analysis compared early with late surgery.", True),
    ],
)
def test_a_comparison_heading_joined_to_a_sentence_is_not_whole(sentence: str, whole: bool):
    assert (broken(sentence) is None) is whole


@pytest.mark.parametrize(
    "sentence",
    [
        "Daytime cough scores from the start were better in the dummy spray group than in the "
        "group given the real spray, but the difference between groups was not significant.",
        "Walking speed improved more in the exercise group than in the group that only rested "
        "at home, although this was uncertain.",
        "Massage may reduce the need for stitches in women giving birth for the first time, "
        "although there was large doubt around the effect estimate.",
        # the main clause is the hedge on what the opening clause says was seen
        "Although the data appeared to show that cooling vests reduced tiredness in people "
        "with MS, we are uncertain of this finding because the evidence was of very low quality.",
        "Although fewer relapses were seen with the diet, the certainty of this evidence was low "
        "because the two trials were small.",
        # nor is any other piece of it taken: the last clause would hedge nothing named
        "Although there was a clear drop in strokes with long-term blood thinners after a brain "
        "bleed, the pooled estimates were imprecise, the certainty of the evidence was only "
        "moderate, and effects on other important outcomes were uncertain.",
    ],
)
def test_a_result_is_never_cut_from_the_clause_that_qualifies_it(sentence: str):
    assert split_long(sentence) == [sentence]


def test_an_opening_concession_is_still_split_from_a_main_clause_that_does_not_hedge_it():
    assert split_long(
        "Although the trial was small and lasted only eight weeks, cooling vests reduced "
        "tiredness in people with MS during the hot summer months."
    ) == [
        "The trial was small and lasted only eight weeks.",
        "But cooling vests reduced tiredness in people with MS during the hot summer months.",
    ]


def test_two_results_joined_by_but_are_still_two_sentences():
    pieces = split_long(
        "Exercise reduced tiredness in adults with MS over the twelve weeks of the trial, but "
        "walking speed did not change in either of the two groups."
    )
    assert pieces == [
        "Exercise reduced tiredness in adults with MS over the twelve weeks of the trial.",
        "But walking speed did not change in either of the two groups.",
    ]


def test_a_clause_without_its_own_subject_is_not_split_off():
    sentence = (
        "High pressure during breathing support made no clear difference in the risk of lung "
        "injury, but rather improved oxygen levels on the first, third and seventh days."
    )
    assert split_long(sentence) == [sentence]


@pytest.mark.parametrize(
    "text",
    [
        "We fed twelve rats a diet low in salt for three weeks.",
        "Most of the volunteers kept a sleep diary for a month.",
        "The nurses wrote down every fall the patients had.",
    ],
)
def test_an_irregular_past_verb_makes_a_whole_sentence(text: str) -> None:
    assert broken(text) is None


@pytest.mark.parametrize(
    "text",
    ["People with lost balance and a weak left hand.", "The set of tests for memory."],
)
def test_a_noun_or_adjective_form_is_not_taken_for_a_verb(text: str) -> None:
    assert broken(text) == "no main clause"


@pytest.mark.parametrize(
    "listed",
    [
        "This review found that the age of the child, the length of the illness, and the kind of"
        " splint used were not strong predictors of how well the hand recovered.",
        "The trials showed that sleep, mood, but not the daily step count of the people who took"
        " part were better after the eight weeks of the programme than before.",
    ],
)
def test_a_comma_that_goes_on_a_list_is_not_a_clause_boundary(listed: str) -> None:
    assert split_long(listed, 20) == [listed]  # never "... the length of the illness."


def test_two_clauses_after_a_comma_still_split() -> None:
    text = (
        "Walking speed improved in the group that trained three times a week for ten weeks,"
        " and fatigue scores fell in the same group by the end of the study period."
    )
    assert len(split_long(text, 20)) == 2


def test_decapitalise_keeps_a_capitalised_code() -> None:
    from plainsum.plain.wholeness import decapitalise

    assert decapitalise("Rituximab may help.") == "rituximab may help."
    assert decapitalise("MRI showed fewer lesions.") == "MRI showed fewer lesions."


@pytest.mark.parametrize(
    "sentence",
    [
        # split, the second half states a hypothetical as fact ("Scan B will miss 30 cases.")
        "If these accuracy figures are applied to 1000 imaginary people of whom 20% have the "
        "disease, scan A will miss 12 cases, and scan B will miss 30 cases.",
        "When the dose was doubled in the extension phase of the trial, relapses fell by half, "
        "and the number of new lesions on MRI scans fell by a third.",
        "Assuming that every eligible adult took part in the screening programme, 40 deaths "
        "would be prevented; 900 people would be treated who did not need it.",
    ],
)
def test_a_condition_that_opens_a_sentence_keeps_its_clauses_together(sentence: str):
    assert split_long(sentence) == [sentence]


def test_a_sentence_without_a_condition_is_still_split():
    sentence = (
        "Relapses fell by a third over two years with the new drug in adults, and the effect "
        "on disability was small and not clear at all."
    )
    assert len(split_long(sentence)) == 2


def test_the_reviews_own_verdict_after_what_others_concluded_is_still_split():
    pieces = split_long(
        "Although the authors of the trials concluded that cooling vests help people with MS, "
        "the evidence in this review suggests that any benefit for tiredness is unclear."
    )
    assert len(pieces) == 2
    assert pieces[1].startswith("But the evidence in this review")


@pytest.mark.parametrize(
    "sentence",
    [
        # the result after ";" names nothing that had it: alone it reads as the paper's own
        "Another study of a safe-ride service reported a drop in road crashes of 15% in the "
        "study town, with no change in the other town; no difference was found for fatal crashes.",
        "One trial of cooling vests reduced fatigue over twelve weeks of use, but there was no "
        "difference in walking speed.",
    ],
)
def test_one_studys_result_that_names_nothing_stays_with_its_clause(sentence: str):
    assert split_long(sentence) == [sentence]


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        # the left clause is the review's own comparison: the result is true of it alone too
        (
            "No difference was seen in blood clots at 90 days when the high starting dose was "
            "compared with the low one; no difference was seen in major bleeding at 90 days.",
            "No difference was seen in major bleeding at 90 days.",
        ),
        # the result names its own study
        (
            "Written advice for authors was linked with fewer errors in references in one study; "
            "no difference was seen in the length of abstracts in one randomised trial.",
            "No difference was seen in the length of abstracts in one randomised trial.",
        ),
    ],
)
def test_a_result_true_alone_is_still_split(sentence: str, second: str):
    assert split_long(sentence)[-1] == second


def test_a_clause_with_its_own_subject_is_still_split():
    pieces = split_long(
        "A study of a bar staff course found fewer assaults in the study area over two years; "
        "the number of injuries in that area fell by a third over the same time."
    )
    assert len(pieces) == 2
    assert pieces[1].startswith("The number of injuries")


# Sentences written for these tests, with the word before their stop in every shape the two
# patterns below read: a verb the list knows, one a word before makes a noun, "-ed" words,
# names in capitals, digits, a letter outside ASCII, and the ends a cut leaves.
_SHAPES = [
    "The drug helps people walk further.",
    "The report was late, and the need grew.",
    "A Shows test; a shows test. They were compared, and the trials compared doses.",
    "Sleep regulates cell growth and controls the clock; the controls were fine.",
    "No need was met: it meant 3 visits, 2019ed items and the re-used kit.",
    "People who took part felt better than those who were given the dummy pill of the.",
    "The trial compared  .",
    "Walking improved in both.\n",
    "Walking improved in those who had both\t!",
    "Scores fell in people aged 40 or more and.",
    "The results were reported including.",
    "Naïve mice ate less; the café served meals to the.",
    "It is unclear how effective they are.",
    "Fatigue eased when.",
    "They did not know when.",
    "of.",
    "",
    ".",
]


@pytest.mark.parametrize("text", _SHAPES)
def test_finite_verbs_are_found_where_the_word_by_word_pattern_found_them(text: str) -> None:
    """The finite-verb pattern, its verbs grouped by first letter and its place tested first,
    finds the words the pattern as first written found."""
    first = re.compile(
        rf"{wholeness._NOT_NOUN}\b(?:{wholeness._FINITE_WORDS}|{wholeness._FINITE_PLACED})\b", re.I
    )
    assert [m.span() for m in wholeness._FINITE.finditer(text)] == [
        m.span() for m in first.finditer(text)
    ]


@pytest.mark.parametrize("text", _SHAPES)
def test_a_dangling_end_is_read_from_the_last_words_as_from_the_whole_text(text: str) -> None:
    search_from = max(0, len(text[:-2].rstrip()) - wholeness._DANGLING_WORDS)
    assert (wholeness._DANGLING_END.search(text, search_from) is None) == (
        wholeness._DANGLING_END.search(text) is None
    )


def test_no_dangling_word_is_longer_than_the_tail_searched() -> None:
    from re import _parser  # type: ignore[attr-defined]

    body = wholeness._DANGLING_END.pattern.replace(r"\s*[.!?]$", "")
    assert _parser.parse(body).getwidth()[1] <= wholeness._DANGLING_WORDS


@pytest.mark.parametrize(
    "sentence",
    [
        # "its", "their", "it" stand for what the first clause named: cut, they name nothing
        "Although the herbal powder did not seem to be linked with serious harms in people with "
        "kidney disease, there is no current evidence to support any advice for its use.",
        "Although the drug lowered relapses in the first year of the trial, it did not slow "
        "disability over two years.",
    ],
)
def test_a_clause_whose_pronoun_points_back_stays_with_its_noun(sentence: str):
    assert split_long(sentence) == [sentence]
