"""A finding with its details run on after ", with" heads without them, but never without what
bounds or grades it (issue 9: 199 headlines over 25 words, many an authors' conclusion taken
whole because its tail held a "no" or a "little" of its own). Sentences written for these
tests, in the style of review conclusions."""

from __future__ import annotations

import pytest

from plainsum.plain.headline.elaboration_tail import without_elaboration


@pytest.mark.parametrize(
    ("sentence", "head"),
    [
        (
            "Cooling vests may have little effect on fatigue in people with MS, with little "
            "change in walking speed and no effect on quality of life.",
            "Cooling vests may have little effect on fatigue in people with MS",
        ),
        (
            "Home exercise may improve balance and walking in older adults with MS, with no "
            "reported harmful effects.",
            "Home exercise may improve balance and walking in older adults with MS",
        ),
        (
            "Repeat scans were common in people at low and high risk of new lesions, with a "
            "large share getting a second scan within a year.",
            "Repeat scans were common in people at low and high risk of new lesions",
        ),
    ],
)
def test_the_details_after_the_finding_go(sentence: str, head: str) -> None:
    assert without_elaboration(sentence) == head


@pytest.mark.parametrize(
    "sentence",
    [
        # what bounds the claim stays with it
        "Vitamin D may lower relapse rates in adults with MS, with the exception of those "
        "taking interferon.",
        "Cooling vests may ease fatigue in people with MS, with benefit limited to hot weather.",
        # a grade of the evidence is part of the claim
        "Exercise may improve fatigue in people with MS, with low-quality evidence for walking.",
        "Exercise may improve fatigue in people with MS, with moderate certainty.",
        # a turn to another point
        "Exercise may improve fatigue in people with MS, with more benefit but more injuries.",
        # too little left to stand as a finding
        "Fatigue fell, with no effect on mood or sleep.",
        # what is left says only how much evidence there is: the tail is the finding
        "Evidence for the drug treatment of heat-related fatigue is limited, with no trials "
        "showing better walking.",
    ],
)
def test_a_bounding_tail_or_a_short_head_stays(sentence: str) -> None:
    assert without_elaboration(sentence) is None
