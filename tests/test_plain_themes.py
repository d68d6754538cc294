"""An interview study's themes, listed in one long sentence, are said one theme a sentence with
the paper's own words for each; a list that does not parse item by item is left as it is.
Abstracts written for these tests."""

import pytest

from plainsum.api import draft
from plainsum.plain.themes import theme_sentences
from plainsum.settings import Settings

THEMES = (
    'Three themes were identified: "losing the old self", describing grief for work and sport '
    'that had been given up; "learning the new body", as participants found ways to plan their '
    'days around fatigue; and "being believed", including doubts from employers about symptoms '
    "that others could not see."
)


def test_each_theme_is_its_own_sentence_with_the_papers_words() -> None:
    assert theme_sentences(THEMES) == [
        "The theme “losing the old self” described grief for work and sport that had been "
        "given up.",
        "The theme “learning the new body” was about how participants found ways to plan their "
        "days around fatigue.",
        "The theme “being believed” included doubts from employers about symptoms that others "
        "could not see.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Three themes emerged: work, family and money.",  # names only: nothing to split
        'Two themes were identified: "pacing", describing rest breaks; "planning", about diaries; '
        '"asking", about help.',  # three items for two themes: not one theme a semicolon
        "Four trials were included: two in adults; one in children; and one in older people.",
    ],
)
def test_what_is_no_theme_list_is_left_alone(text: str) -> None:
    assert theme_sentences(text) is None


ABSTRACT = (
    "Background: Many young adults with multiple sclerosis (MS) work while managing symptoms "
    "that others cannot see. Aim: To explore how young adults with MS experience work. Methods: "
    "We interviewed 18 employed adults aged 20 to 35 years with relapsing MS, recruited from two "
    "MS clinics, and analysed the interviews with thematic analysis. Results: " + THEMES + " "
    "Conclusions: Young adults with MS work hard to hide and manage invisible symptoms at work. "
    "Employers should be helped to understand fatigue in MS."
)


def test_an_interview_studys_draft_says_what_it_found() -> None:
    result = draft(ABSTRACT, Settings(backend="offline"))
    body = result.summary.what_the_study_did
    assert "The theme “" in body, body
    assert not [f for f in result.findings if f.check == "finding" and f.severity.value == "error"]
