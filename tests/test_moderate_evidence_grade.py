"""A review that grades one result "moderate evidence" and another "very low quality" never
says its whole evidence is very low (lead, stop 54, freeze reader w2's firm false on
devaraj-308)."""

from plainsum.api import draft
from plainsum.settings import Settings

_REVIEW = (
    "We included three randomised trials with 120 people with shoulder pain. There is moderate "
    "evidence to suggest that injections of the drug gave no great improvement over salt-water "
    "injections. There was very low quality evidence that one operation eased pain more than "
    "another, but no randomised evidence that either is better than no treatment. All trials had "
    "a high risk of bias."
)


def test_one_very_low_grade_of_two_is_some_of_the_evidence():
    limits = draft(_REVIEW, Settings(backend="offline")).summary.limitations
    assert "rated the evidence as very low" not in limits
