"""A body sentence that leans on a result or a study the paper gave just before it is shown only
right after that sentence, or said so that it needs none (issue 9: "The benefits of X over
placebo were not as clear", "A more recent study failed to find ...", "Benefit up to 6 months
was apparent ...", "The other two studies found no effect", "no harms in either group")."""

import pytest

from plainsum.plain.pick import leans_back
from plainsum.plain.referents import unpointed
from plainsum.plain.simplify import rewrite


@pytest.mark.parametrize(
    "text",
    [
        # compared with a result the sentence before gave
        "The benefits of melatonin over placebo for sleep in shift workers were not as clear.",
        "Effects on walking speed were less convincing.",
        "Results for the quality of life scale were similar.",
        # later or larger than a study the sentence before named
        "A more recent study failed to find any benefit of the cream on itching.",
        "A later trial in older adults found no change in falls.",
        "A larger cohort study did not confirm the link.",
        # the benefit or difference of a comparison the sentence before named
        "Benefit up to 12 months was seen only in the better-run trials.",
        "The difference was small and not clearly important.",
        "Effects lasted for about three months after the last session.",
    ],
)
def test_a_sentence_that_compares_with_what_is_not_in_it_leans(text: str) -> None:
    assert leans_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "Yoga was not as helpful as brisk walking for tiredness in people with MS.",
        "The benefit of the drug on relapses lasted two years.",
        "Improvements were seen in balance and in walking speed.",
        "A large trial in 900 people found that the drug cut relapses by a third.",
        "A second trial found no difference in pain between the two creams.",
        "An earlier review found that cooling vests eased heat-related tiredness.",
        "The effects of exercise on fatigue were small but clear.",
    ],
)
def test_a_sentence_that_names_what_it_compares_does_not_lean(text: str) -> None:
    assert not leans_back(text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "The other two studies found no effect of fish oil on tiredness.",
            "Two other studies found no effect of fish oil on tiredness.",
        ),
        (
            "There was no follow-up of children in the other three trials.",
            "There was no follow-up of children in three other trials.",
        ),
        ("The other five programmes had no effect.", "Five other programmes had no effect."),
        (
            "Pain did not differ between the two groups in the other two trials.",
            "Pain did not differ between the two groups in two other trials.",
        ),
        ("There were no deaths in either group.", "There were no deaths."),
        (
            "No women in either arm stopped the tablets because of side effects.",
            "No women stopped the tablets because of side effects.",
        ),
    ],
)
def test_a_pointer_at_a_set_the_draft_may_not_show_is_said_without_it(text: str, said: str) -> None:
    assert unpointed(text) == said


@pytest.mark.parametrize(
    "text",
    [
        # the sentence counts its own set
        "Of the three trials, one found less pain and the other two trials found none.",
        # a number opening the sentence stays a pointer (and leans)
        "The other 25 studies compared dressing types.",
        # people the sentence before split: "77 other participants" would not read
        "Follow-up for the other 77 participants lasted six months.",
        # a difference or change within each group is no "none at all"
        "There was no clear change in weight in either group.",
        "No difference in sleep was seen in either group.",
        # no negative: pain fell in each group
        "Pain fell in either group after the first week.",
    ],
)
def test_a_pointer_that_needs_its_words_keeps_them(text: str) -> None:
    assert unpointed(text) == text


def test_the_rewrite_says_the_rest_of_a_set_as_some_others() -> None:
    out = rewrite("The other two studies found no effect of vitamin D on fatigue.", review=True)
    assert out.startswith("Two other studies found no")
