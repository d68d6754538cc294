"""A headline never opens with "On the contrary," or "On the other hand,": read alone it turns
from nothing (issue 9: a leukaemia review headed "On the contrary, there is no evidence that
...", reading seed 20261570). Sentences written for these tests."""

from __future__ import annotations

from plainsum.design import detect_design
from plainsum.ingest import parse
from plainsum.plain.compose import compose, gather
from plainsum.plain.headline.forms import without_lead


def test_a_turn_to_what_was_said_before_leaves_the_headline() -> None:
    assert without_lead(
        "On the contrary, there is no evidence that the cream heals ulcers faster."
    ) == ("There is no evidence that the cream heals ulcers faster")
    assert without_lead("On the other hand, walking speed did not change.") == (
        "Walking speed did not change"
    )


def test_a_sentence_about_a_contrary_finding_keeps_its_words() -> None:
    text = "On the contrary side of the body, strength did not change."
    assert without_lead(text).startswith("On the contrary side")


MEALS = """Morning versus evening exercise and blood sugar after meals in type 2 diabetes

Background: When people exercise may change how their blood sugar rises after meals.
Methods: We randomly assigned 40 adults with type 2 diabetes to walk for 30 minutes each morning \
or each evening for 12 weeks and measured their blood sugar after every meal.
Results: Blood sugar rises after breakfast, lunch and dinner were smaller after 12 weeks in the \
morning group. On the other hand, the evening group had smaller rises after dinner only.
"""


def test_a_result_said_as_a_turn_does_not_head_over_the_one_before_it() -> None:
    source = parse(MEALS)
    head, _ = compose(gather(source, detect_design(source)))
    assert "morning group" in head.text
    assert not head.text.startswith(("On the other hand", "The evening group"))
