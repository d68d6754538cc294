"""Table tests for helpers inside the gate's checks that a mutation run (bench/mutation.py,
issue 13) could change without any test failing. Each table says what it guards.

Sentences are written for these tests. They pin behaviour the checks already have; they do not
change what a check decides.
"""

from __future__ import annotations

import pytest

from plainsum.checks.abbreviations import _as_abbreviation
from plainsum.checks.claims import find_claims
from plainsum.checks.faithfulness import number_mentions, numbers_in
from plainsum.checks.fluency_sentences import split_sentences
from plainsum.checks.foreign import find_intrusions
from plainsum.checks.headline import check_headline
from plainsum.checks.jargon import find_terms
from plainsum.checks.markup import strip_markup
from plainsum.checks.readability import alphabetic_tokens, measure, syllables_needed
from plainsum.checks.safety import find_unsafe
from plainsum.checks.shape import check_shape
from plainsum.checks.verbs import verb_forms
from plainsum.plain.number_words import spelled_value
from plainsum.schemas import PlainSummary


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("plain words here", ["plain", "words", "here"]),
        # a dash glued to a hyphenated word: the edges go, the parts stay
        ("—well-known—", ["well", "known"]),
        ("(people’s", ["people"]),
        ("MS-related,", ["ms", "related"]),
        ("IL-17 2020 “quoted”", ["quoted"]),
    ],
)
def test_alphabetic_tokens(text, tokens):
    """Guards the edge clean-up of hyphenated parts (an edge replaced by text became a word)."""
    assert alphabetic_tokens(text) == tokens


def test_syllables_per_word_is_given_to_three_decimals():
    # 15 words, 17 syllables ('happy' and 'today' have two): 17 / 15 = 1.1333...
    level = measure("The cat sat on the mat. It was a happy cat in the sun today.")
    assert level.syllables_per_word == 1.133


@pytest.mark.parametrize("grade, words_per_sentence", [(8, 12), (6, 10.5), (10, 20)])
def test_syllables_needed_meets_the_grade_exactly(grade, words_per_sentence):
    """Flesch-Kincaid: 0.39 x words per sentence + 11.8 x syllables per word - 15.59."""
    needed = syllables_needed(grade, words_per_sentence)
    assert 0.39 * words_per_sentence + 11.8 * needed - 15.59 == pytest.approx(grade)


@pytest.mark.parametrize(
    "words, value",
    [
        ("twenty-six", 26),
        ("two hundred and six", 206),
        ("two thousand", 2000),
        ("a thousand", 1000),
        ("three million", 3_000_000),
        ("one thousand two hundred", 1200),
    ],
)
def test_spelled_out_numbers(words, value):
    """Guards 'thousand' and 'million' (no test spelled out a number that large)."""
    assert spelled_value(words) == value


@pytest.mark.parametrize(
    "text, mentions",
    [
        (
            "We saw 30 mice in 2019 and 4 rats.",
            [("30", 7, "30"), ("2019", 18, "2019"), ("4", 27, "4")],
        ),
        (
            "We saw 30 mice in 2019 and twelve rats, then 4 more.",
            [("30", 7, "30"), ("2019", 18, "2019"), ("12", 27, "twelve"), ("4", 45, "4")],
        ),
    ],
    ids=["digits-only", "digits-and-words"],
)
def test_number_mentions_come_in_text_order(text, mentions):
    """In the order written, not sorted by value ('2019' before '30' as text)."""
    assert number_mentions(text) == mentions


@pytest.mark.parametrize(
    "text, numbers",
    [
        ("IL-17 levels rose", set()),  # a name
        ("at the day-7 visit", {"7"}),  # a common word and a number
        ("strain 6A grew", set()),  # a letter after the digits: part of a name
        ("the 3rd visit", {"3"}),  # an ordinal suffix is not a name
    ],
)
def test_numbers_inside_names_are_not_numbers(text, numbers):
    assert numbers_in(text) == numbers


@pytest.mark.parametrize(
    "token, abbreviation",
    [
        ("CTs", "CT"),
        ("MRIs", "MRI"),
        ("CD20s", "CD20"),
        ("HHV6s", "HHV6"),
        ("EDSS", "EDSS"),
        ("Ms", None),
    ],
)
def test_plural_abbreviations_lose_their_s(token, abbreviation):
    """Guards the letter before the plural 's' (looked up from the end, not the start)."""
    assert _as_abbreviation(token) == abbreviation


def test_a_jargon_word_at_the_very_start_is_found():
    """Guards the first word of a text (the scan once could start at the second)."""
    terms = find_terms("Remyelination was seen in the mice.")
    assert [t.text for t in terms][:1] == ["Remyelination"] and terms[0].start == 0


def test_markup_escapes_a_less_than_before_any_letter():
    assert strip_markup("x <y and <Z or < 3") == "x \\<y and \\<Z or < 3"


def test_advice_after_an_exempt_research_question_is_still_found():
    """Guards the scan past an exempt match: the question is exempt, the advice after is not."""
    sentence = (
        "The study asked whether patients should stop the drug, and says patients should "
        "stop the drug."
    )
    assert [u.words for u in find_unsafe(sentence)] == ["patients should stop"]


@pytest.mark.parametrize(
    "word, is_verb",
    [("reaches", True), ("walked", True), ("walking", True), ("started", True), ("tables", False)],
)
def test_verb_forms_from_their_base(word, is_verb):
    """Guards the -es, -ed and -ing endings with no letter added back ('reach' + 'es')."""
    assert verb_forms(word) is is_verb


def test_a_claim_is_quoted_with_its_own_sentence():
    """Guards the sentence split in find_claims: the claim's sentence, not the whole text."""
    claims = find_claims("The team measured fatigue. This drug is a breakthrough.")
    assert [(c.rule.name, c.words, c.sentence) for c in claims] == [
        ("breakthrough", "breakthrough", "This drug is a breakthrough.")
    ]


def test_a_price_the_paper_gives_passes_even_before_a_comma():
    """Guards the trailing punctuation cut from a price before it is looked up in the paper."""
    assert find_intrusions("It costs $25, and more.", source_text="The price was $25 a dose.") == []
    assert [i.words for i in find_intrusions("It costs $25, and more.", source_text="None.")] == [
        "$25,"
    ]


def test_headline_findings_point_at_the_headline():
    from test_checks_headline import BODY, REVIEW

    headline = "Exercise and fatigue"
    findings = check_headline(REVIEW, PlainSummary(headline=headline, **BODY))
    assert findings and all(f.span == headline for f in findings)


def test_a_two_sentence_headline_is_named():
    from test_checks_headline import BODY

    summary = PlainSummary(headline="Exercise helped. People with MS felt less tired.", **BODY)
    messages = [f.message for f in check_shape(summary)]
    assert "Headline has more than one sentence." in messages


@pytest.mark.parametrize(
    "novel, share, weight, score, expected",
    [
        ((), 0.0, 6.0, 0.7, (0.7, 0.0)),  # nothing invented: as aligned
        (("42",), 1.0, 3.0, 0.0, (1.0, 0.0)),  # the sentence is only the invented number
        (("42", "flux"), 0.75, 6.0, 0.4, (0.8, 0.5)),  # the number's weight (3) left out
    ],
    ids=["none", "only-the-number", "number-and-word"],
)
def test_support_leaves_invented_numbers_to_faithfulness(novel, share, weight, score, expected):
    """Guards the case where nothing is left once the number is taken out (no division by 0)."""
    from plainsum.checks.support import _without_invented_numbers
    from plainsum.evidence import Alignment
    from plainsum.ingest import parse

    source = parse(
        "Fatigue scores fell in 30 people with MS who walked daily for eight weeks. The walkers "
        "also slept longer and said their mood was better than before the study began."
    )
    found = Alignment(score=score, sentences=(), novel=novel, novel_share=share, weight=weight)
    assert _without_invented_numbers(found, source) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text, sentences",
    [
        # an abbreviation just inside a bracket is still an abbreviation
        (
            "Doses were low (approx. 5 mg) in all groups.",
            ["Doses were low (approx. 5 mg) in all groups."],
        ),
        # a two-letter genus ('Ps.') before a small letter is a species name
        ("Ps. aeruginosa grew in the dish.", ["Ps. aeruginosa grew in the dish."]),
        # 'etc.' before a small letter goes on; before a capital it may end a sentence
        (
            "They ate fruit, bread, etc. and then slept.",
            ["They ate fruit, bread, etc. and then slept."],
        ),
        ("It rose. then it fell.", ["It rose.", "then it fell."]),
        # past an exception the line is still split where a sentence really ends
        (
            "They ate bread, etc. and then slept. Then they woke.",
            ["They ate bread, etc. and then slept.", "Then they woke."],
        ),
        (
            "Some drugs (e.g. fingolimod) help. Others do not.",
            ["Some drugs (e.g. fingolimod) help.", "Others do not."],
        ),
    ],
)
def test_fluency_sentence_split(text, sentences):
    """Guards the abbreviation and species exceptions of the fluency splitter."""
    assert split_sentences(text) == sentences


def test_reading_level_of_no_text_is_all_zero():
    level = measure("")
    assert (level.grade, level.words, level.sentences) == (0.0, 0, 0)
    assert (level.words_per_sentence, level.syllables_per_word, level.rare_word_share) == (0, 0, 0)
    assert level.rare_words == []


@pytest.mark.parametrize(
    "sentence, claims_nothing",
    [
        ("Does walking ease tiredness in people with MS?", True),  # a question
        ("What we found", True),  # a heading: under five words
        ("Walking eased tiredness in people with MS.", False),
    ],
)
def test_questions_and_headings_claim_nothing(sentence, claims_nothing):
    from plainsum.checks.study_statements import not_a_claim

    assert not_a_claim(sentence) is claims_nothing


def test_foreign_check_without_a_source_still_reports_a_price():
    from test_checks_headline import BODY

    from plainsum.checks.foreign import check_foreign

    summary = PlainSummary(
        headline="Exercise eased tiredness in people with MS",
        **dict(BODY, why_it_matters="A month of classes costs $40 at most gyms."),
    )
    findings = check_foreign(summary)
    assert [f.span for f in findings] == ["A month of classes costs $40 at most gyms."]
    assert "price" in findings[0].message
