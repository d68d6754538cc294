"""The short form of a numbered name the paper writes in full is no invented name: "IL-17" for
the paper's "interleukin-17", "HHV-6" for "human herpesvirus 6". Another number, or letters
the paper's words do not hold in order, is still a name the paper lacks. A paper and sentences
written for these tests."""

import pytest

from plainsum.checks.faithfulness import unsupported_names

PAPER = (
    "Results: Blockers of interleukin-17 cleared the skin of more people than blockers of "
    "tumour necrosis factor. Human herpesvirus 6 was found in 12 of 40 brain samples."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Drugs that block IL-17 cleared the skin of more people.",
        "Drugs that block IL17 cleared more skin.",
        "The virus HHV-6 turned up in 12 of 40 brain samples.",
    ],
)
def test_the_short_form_of_a_numbered_name_the_paper_writes_in_full_is_found(sentence):
    assert unsupported_names(PAPER, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Drugs that block IL-23 cleared the skin of more people.", "IL-23"),
        ("The virus HHV-7 turned up in 12 of 40 brain samples.", "HHV-7"),
        ("Drugs that block TNF-17 cleared more skin.", "TNF-17"),
    ],
)
def test_another_number_or_other_letters_are_still_not_in_the_paper(sentence, name):
    assert name in unsupported_names(PAPER, sentence)
