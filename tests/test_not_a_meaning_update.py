"""Where a review stands against its earlier version ("the conclusions remain the same as the
last update", "no new trials were found") is news of the review, not what its finding means:
never lifted alone into why it matters. A finding that something was the same is still one."""

import pytest

from plainsum.plain.not_a_meaning import not_a_meaning

STATUS = [
    "Hence, the conclusions remain the same as the last update.",
    "The conclusions of the review are unchanged.",
    "Our findings stay the same as in the original review.",
    "No new trials were identified for this update.",
    "Since the review was first published, we have found no new studies.",
    "We included no new studies in this version.",
]
FINDINGS = [
    "The results were the same in men and in women.",
    "Walking speed was the same as in the earlier trial of the drug.",
    "Cooling vests reduced fatigue in people with MS.",
    "New lesions were found in fewer people given the drug.",
]


@pytest.mark.parametrize("text", STATUS)
def test_update_status_is_no_meaning(text: str) -> None:
    assert not_a_meaning(text)


@pytest.mark.parametrize("text", FINDINGS)
def test_a_finding_stays_one(text: str) -> None:
    assert not not_a_meaning(text)
