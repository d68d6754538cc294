"""Counts and things of the paper's making that lean on nothing the summary said
(plainsum.checks.referent_counts), read through the fluency check as a reader meets them."""

import pytest

from plainsum.checks.fluency import text_problems
from plainsum.checks.fluency_sentences import split_sentences
from plainsum.checks.referent_counts import (
    bare_counts,
    counted_from_nothing,
    unintroduced_displays,
)


@pytest.mark.parametrize(
    ("before", "sentence", "dangling"),
    [
        ("Bleeding was the most common problem.", "Fourteen had stage 2 disease.", True),
        ("The drug was safe.", "The last two had been updated and replaced.", True),
        ("Side effects were mild.", "Three died in the first month.", True),
        ("Side effects were mild.", "Three were women.", True),
        # the set is named just before: fourteen of the 40 women
        ("The trial included 40 women.", "Fourteen had stage 2 disease.", False),
        ("The review found six small trials.", "The last two had been updated.", False),
        ("In all, 120 adults took part.", "Sixty got the drug.", False),
        # the sentence says what it counts
        ("Side effects were mild.", "One was a small trial in Norway.", False),
        ("Side effects were mild.", "Fourteen people had stage 2 disease.", False),
    ],
)
def test_a_count_with_no_noun_needs_a_set_named_just_before(before, sentence, dangling):
    assert bool(bare_counts([before, sentence], start=1)) == dangling


@pytest.mark.parametrize(
    ("before", "sentence", "dangling"),
    [
        (
            "The review found little about safety.",
            "There was no firm evidence of benefit for any of them.",
            True,
        ),
        (
            "Three drugs were tested.",
            "There was no firm evidence of benefit for any of them.",
            False,
        ),
        ("Amantadine, modafinil and aspirin were tested.", "None of them helped.", False),
        ("The trial was small.", "Of the drugs it tested, none of them helped.", False),
    ],
)
def test_counting_out_of_them_needs_a_plural_or_a_list_before(before, sentence, dangling):
    assert bool(counted_from_nothing([before, sentence], start=1)) == dangling


@pytest.mark.parametrize(
    ("before", "sentence", "dangling"),
    [
        ("The cells were grown in dishes.", "The matrix shows that most cells died.", True),
        ("The cells were grown in dishes.", "The model predicted a rise in cases.", True),
        ("The team built a model of the virus's spread.", "The model predicted a rise.", False),
        ("The cells were grown in dishes.", "The drug showed a small benefit.", False),
    ],
)
def test_a_thing_of_the_papers_making_must_be_introduced(before, sentence, dangling):
    assert bool(unintroduced_displays([before, sentence], start=1)) == dangling


def test_the_fluency_check_reports_a_dangling_count_as_a_dangling_referent():
    problems = text_problems("Bleeding was the most common problem. Fourteen had stage 2 disease.")
    assert [(p.rule, p.span) for p in problems] == [("dangling_referent", "Fourteen had")]


def test_the_text_read_before_a_section_may_name_the_set():
    problems = text_problems(
        "Fourteen had stage 2 disease.", before="The trial included 40 women with the cancer."
    )
    assert problems == []


def test_a_set_named_without_its_count_is_a_set_too():
    assert (
        bare_counts(
            ["The trials were run between 1990 and 2010.", "Eleven were funded by drug firms."],
            start=1,
        )
        == []
    )


def test_a_run_of_counts_counts_the_set_named_before_the_run():
    """'Four slept better. One had sore eyes.': both count the five people named before."""
    text = "Five women with long-lasting itch took the drug. Four slept better. One had sore eyes."
    assert bare_counts(split_sentences(text)) == []
    broken = "Itch was worst at night. Four slept better. One had sore eyes."
    assert [span for _, span in bare_counts(split_sentences(broken))] == ["One had"]
