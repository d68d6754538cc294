"""One trial named as the source of a result ("One trial found fewer lesions") is a review's
attribution, not the single-trial caveat: it says nothing of how far one trial can be trusted,
and a sentence read as a caveat is not held to the paper's results. Said with a doubt, or as
what the study was, it still counts. Sentences written for these tests."""

import pytest

from plainsum.checks.caveats import CAVEATS
from plainsum.checks.contradiction import contradiction
from plainsum.evidence import frame_kind

SINGLE = CAVEATS["single_trial"]


@pytest.mark.parametrize(
    "sentence",
    [
        "One trial found fewer areas of damage on brain scans after two years.",
        "One trial found that the drug lowered pain.",
        "In one trial, pain fell with the cream.",
        "A single study showed better sleep with the app.",
    ],
)
def test_one_trial_as_the_source_of_a_result_is_no_caveat(sentence: str) -> None:
    assert not SINGLE.in_sentence(sentence)
    assert frame_kind(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "This was a single trial.",
        "This was one small trial of 40 people.",
        "One small trial found less pain, so the result needs confirming.",
        "One trial found less pain, but this needs checking in other trials.",
        "The results come from one trial and may not apply to everyone.",
        "Only one trial found a benefit.",
    ],
)
def test_one_trial_with_a_doubt_is_the_caveat(sentence: str) -> None:
    assert SINGLE.in_sentence(sentence)


def test_a_result_given_to_one_trial_is_read_against_the_paper() -> None:
    paper = ["Interferon beta lowered the number of active lesions on brain scans at two years."]
    more = (
        "One trial found more active lesions on brain scans with interferon beta after two years."
    )
    assert frame_kind(more) is None
    assert contradiction(more, paper)
    assert contradiction(more.replace("more", "fewer"), paper) is None
