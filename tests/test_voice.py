"""The writer's "we", "our" and "us" said as the researchers: "their" and "them" only where the
sentence has named them. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.voice import voice


@pytest.mark.parametrize(
    ("text", "review", "said"),
    [
        # named before: "their" stands for them
        (
            "We found that our test missed few cases.",
            False,
            "The researchers found that their test missed few cases.",
        ),
        (
            "We asked whether the app helped us.",
            False,
            "The researchers asked whether the app helped them.",
        ),
        # named nowhere before: "their" would point at the studies, so they are named
        (
            "Nine trials met our entry rules.",
            True,
            "Nine trials met the review authors' entry rules.",
        ),
        (
            "Few studies limited our confidence in the evidence.",
            True,
            "Few studies limited the review authors' confidence in the evidence.",
        ),
        # the review's own outcomes, said with "the"
        (
            "For our secondary outcomes, the two creams did not differ.",
            True,
            "For the secondary outcomes, the two creams did not differ.",
        ),
        (
            "Our careful search of three registers found two trials.",
            True,
            "The careful search of three registers found two trials.",
        ),
        (
            "The small effect failed to support our first hypothesis.",
            False,
            "The small effect failed to support the researchers' first hypothesis.",
        ),
        (
            "This design allowed us to follow each child.",
            False,
            "This design allowed the researchers to follow each child.",
        ),
        # the second "our" has them named by the first
        (
            "Our pilot guided our dosing plan.",
            False,
            "The researchers' pilot guided their dosing plan.",
        ),
        # the study's own results
        ("Our results suggest that rest helps.", False, "The results suggest that rest helps."),
        # the study's own things, with words before them
        (
            "Our systematic review shows that rest helps.",
            True,
            "The systematic review shows that rest helps.",
        ),
        (
            "No trial reported our main results measured.",
            True,
            "No trial reported the main results measured.",
        ),
        # people's in general
        (
            "Sleep loss harms our bodies and our brains.",
            False,
            "Sleep loss harms people's bodies and people's brains.",
        ),
        # someone's own: never two possessives in a row
        ("Later, our patient's rash faded.", False, "Later, the patient's rash faded."),
        # what is known in general, or as far as they know
        (
            "This finding is outside our current understanding of sleep.",
            False,
            "This finding is outside current understanding of sleep.",
        ),
        ("Our understanding of sleep is poor.", False, "Understanding of sleep is poor."),
        (
            "To our knowledge, this is the first such trial.",
            False,
            "As far as the researchers know, this is the first such trial.",
        ),
        (
            "This is, to the best of our knowledge, the first such trial.",
            True,
            "This is, as far as the review authors know, the first such trial.",
        ),
        # the word "us" inside a name or a country is left alone
        ("Trials in the US were larger.", True, "Trials in the US were larger."),
    ],
)
def test_the_writers_are_named_where_a_pronoun_would_point_at_nothing(
    text: str, review: bool, said: str
) -> None:
    assert voice(text, review) == said


def test_everyones_we_is_said_of_no_one_in_particular() -> None:
    said = voice(
        "The grasp of long COVID is changing before us as we continue to learn more.", True
    )
    assert "review authors" not in said and "before" not in said
    assert said.endswith("is changing as more is learned.")
    assert voice("It will get easier as we understand more about it.", False) == (
        "It will get easier as more is understood about it."
    )
