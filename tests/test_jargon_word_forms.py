"""How rare a word is to a lay reader, read through its spelling and its parts
(plainsum.checks.jargon_words), and a condition named once in Greek or Latin (plainsum.checks
.jargon): the words lay writers use and the words they replace."""

import pytest

from plainsum.checks.jargon import check_jargon, unexplained_terms
from plainsum.checks.jargon_words import common_zipf, very_rare
from plainsum.checks.text import zipf
from plainsum.schemas import PlainSummary


@pytest.mark.parametrize(
    "word", ["randomisation", "catheterisation", "hypothesised", "generalisability"]
)
def test_a_british_spelling_is_as_common_as_its_american_one(word):
    assert common_zipf(word) > zipf(word)
    assert not very_rare(word)


@pytest.mark.parametrize(
    "word",
    ["bedsore", "painkilling", "symptomless", "indirectness"],
)
def test_a_word_built_from_known_words_is_not_very_rare(word):
    assert not very_rare(word)


@pytest.mark.parametrize(
    "word",
    # a learned prefix, or a second 'word' that is only an ending ('gut' + 'tate')
    [
        "hyperstimulation",
        "psychomotor",
        "autoreactive",
        "guttate",
        "postintervention",
        # two words glued by a slip of extraction: an inflected first word, a function word
        "havinginstrumental",
        "effectswere",
    ],
)
def test_a_word_built_the_learned_way_stays_rare(word):
    assert very_rare(word)


def _summary(
    text: str, why: str = "The spray may help some people with hay fever."
) -> PlainSummary:
    return PlainSummary(
        headline="A new spray eased hay fever in a small trial of adults",
        what_the_study_did=f"Researchers gave a spray or a dummy spray to 120 adults. {text}",
        why_it_matters=why,
        limitations="This was one trial, so the results need checking in other studies.",
    )


def _severities(summary: PlainSummary, term: str) -> list[str]:
    return [str(f.severity) for f in check_jargon(summary) if f.span == term]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Headache, flushing, dyspepsia and stuffy noses were common side effects.", "dyspepsia"),
        ("Two children died of acute pancreatitis during the study.", "pancreatitis"),
        ("The diet mainly helped with fits, ataxia and sleep.", "ataxia"),
        ("Rhinitis was more common after the spray.", "Rhinitis"),
    ],
)
def test_a_condition_named_once_in_greek_or_latin_is_an_error(text, term):
    assert _severities(_summary(text), term) == ["error"]


def test_the_condition_a_summary_is_about_is_named_again_and_passes():
    summary = _summary(
        "Sprays for sinusitis eased a blocked nose a little more than salt water did.",
        why="People with sinusitis may have one more choice to talk about with their doctor.",
    )
    assert _severities(summary, "sinusitis") == []


def test_a_condition_explained_where_named_passes():
    text = "A few had ataxia, a loss of balance and control of movement, after the drug."
    assert _severities(_summary(text), "ataxia") == []


def test_a_single_sentence_alone_is_no_summary_to_count_in():
    # the drafter asks find_terms about one sentence: a condition named once there is not
    # thereby a passing mention, so find_terms leaves conditions to check_jargon
    assert unexplained_terms("This review was about acute sinusitis.") == []


@pytest.mark.parametrize("word", ["haemolytic", "haematoma"])
def test_the_greek_ae_of_a_medical_word_keeps_it_rare(word):
    assert very_rare(word)


def test_a_condition_known_in_either_spelling_is_no_jargon():
    summary = _summary("Fewer women who took iron had anaemia at the end of the trial.")
    assert _severities(summary, "anaemia") == []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "The scan sign could help avoid misdiagnosis of MS in people with migraine.",
            "misdiagnosis",
        ),
        ("Some had a reinfection within a month of the first illness.", "reinfection"),
    ],
)
def test_an_english_prefix_on_a_known_word_is_no_greek_condition(text, term):
    assert _severities(_summary(text), term) == []
