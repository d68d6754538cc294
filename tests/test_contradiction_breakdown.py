"""A result broken down by parts, each counted with its own result ("three programmes showed a
fall, four no clear change and two showed a rise"), is no reversal of the paper's sentence on one
part (CD010166's true line failed, read against "Two initiatives showed mean increase ..."). A
plain reversal is still caught. Sentences written for these tests."""

from __future__ import annotations

from plainsum.checks.contradiction import contradiction

PAPER = ["Two programmes showed mean increase in salt intake from before to after the campaign."]


def test_a_breakdown_by_parts_is_no_reversal() -> None:
    said = (
        "For women, three programmes showed a mean decrease, four showed no clear change and two "
        "showed a mean increase in salt intake from before to after the campaign."
    )
    assert contradiction(said, PAPER) is None


def test_a_plain_reversal_is_still_caught() -> None:
    said = "Two programmes showed a mean decrease in salt intake from before to after the campaign."
    assert contradiction(said, PAPER) is not None
