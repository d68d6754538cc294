"""A sentence that answers the question before it may be a phrase: "Who took part? People with
MS, followed for two years." and "How sure can we be? Not very." are whole in question-and-
answer writing (issue 8). Found on the held-out h22 (a fridge-card Q&A voice), where three clean
summaries failed on "Not very." and one on its answer. Sentences written for these tests."""

import pytest

from plainsum.checks.fluency import text_problems


def rules(text: str) -> list[str]:
    return [p.rule for p in text_problems(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Who took part? Adults with MS, followed for two years. They kept a diary.",
        "How sure can we be? Not very. The trials were small and short.",
        "What was tested? A cooling vest worn during exercise.",
    ],
)
def test_an_answer_may_be_a_phrase(text):
    assert rules(text) == []


@pytest.mark.parametrize(
    "text, rule",
    [
        # no question before it: a cut sentence
        ("The trials were small. Not very.", "function_word_end"),
        # a long answer that ends on a function word is still cut
        (
            "How sure can we be? The trials were small, and the results were not very.",
            "function_word_end",
        ),
    ],
)
def test_a_cut_sentence_is_still_caught(text, rule):
    assert rule in rules(text)
