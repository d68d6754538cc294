"""'It shows patterns, not causes' says an observational study found a link, not a cause
(issue 8). Found on the held-out h22, where a clean summary's caveat in these words was missed.
Sentences written for these tests."""

import pytest

from plainsum.checks.caveats_transfer import LINK_NOT_CAUSE


def carries(text: str) -> bool:
    return any(f.matches(text) for f in LINK_NOT_CAUSE.frames)


@pytest.mark.parametrize(
    "text",
    [
        "The study looked back at records from one clinic, so it shows patterns, not causes.",
        "Such surveys find trends but not causes.",
    ],
)
def test_patterns_not_causes_is_the_caveat(text):
    assert carries(text)


def test_a_pattern_of_causes_is_no_caveat():
    assert not carries("The pattern of causes of death was the same in both groups.")
