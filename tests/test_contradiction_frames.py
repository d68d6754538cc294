"""The contradiction check reads a claim inside a report's frame ("There was some evidence
that ...", "the authors concluded that ...") as said of what follows "that", so that a
comparison turned round in the summary's own words agrees with the paper's, and one reversed
is still caught."""

from __future__ import annotations

import pytest

from plainsum.checks.contradiction import contradiction

SOURCE = (
    "The trials suggested that massage was more painful than acupuncture, and that "
    "acupuncture was no more painful than placebo."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "There was some evidence that acupuncture was less painful than massage.",
        "There is weak evidence that acupuncture is less painful than massage.",
        "The authors concluded that acupuncture was less painful than massage.",
    ],
)
def test_a_comparison_turned_round_inside_a_report_agrees(sentence):
    assert contradiction(sentence, [SOURCE]) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "There was some evidence that acupuncture was more painful than massage.",
        "The authors concluded that massage was less painful than acupuncture.",
    ],
)
def test_a_comparison_reversed_inside_a_report_is_caught(sentence):
    assert contradiction(sentence, [SOURCE]) is not None
