"""A result of a part of a review's evidence, and a setting only a call for research names, are
never said as the review's own (lead, stop 54, from the lead's start reading)."""

from plainsum.api import draft
from plainsum.plain.aim import _AIM_HEAD, aim_sentence
from plainsum.settings import Settings

# A review whose main comparison (app vs nothing) helped, and whose small part (app vs a nurse)
# found no difference: the bare "no difference" must not stand as the review's result.
_PART = (
    "We included 31 studies with 9,412 participants. Twenty studies (6,020 participants) showed "
    "that people who used a phone app walked about 900 more steps a day than people who got no "
    "app (moderate-quality evidence). Only four small studies (260 participants) compared the app "
    "and visits from a nurse. There was no difference in daily steps at the end of follow up "
    "(MD 40 steps, 95% CI -300 to 380; low-quality evidence). Thus, the two kinds of help gave "
    "similar results in these studies. Most apps sent reminders every day. Phone apps probably "
    "increase daily walking compared with no help. More trials are needed."
)

# A review of trials in children whose call for research names adults: it never studied adults.
_CALLED = (
    "Five studies with 150 participants were eligible. Two compared weekly splinting with "
    "splinting only when pain started in children with arthritis of the hands. Pooled results "
    "showed fewer painful days with weekly splinting (rate ratio 0.40, 95% CI 0.20 to 0.80). "
    "There is good evidence from randomised trials that weekly splinting keeps the hands working "
    "in children with arthritis. Well-designed randomised trials are needed to find the best "
    "schedule and to assess the effectiveness of weekly splinting in adult patients."
)


def _body(text: str) -> str:
    return draft(text, Settings(backend="offline")).summary.what_the_study_did


def test_no_difference_of_a_small_part_is_not_the_reviews_result():
    body = _body(_PART)
    assert "There was no difference in daily steps" not in body
    assert "in these studies" not in body
    assert "900 more steps" in body  # the main result stays


def test_setting_only_a_research_call_names_is_not_what_was_studied():
    assert "adult patients" not in _body(_CALLED)


def test_a_long_aim_keeps_who_did_what_was_studied():
    # (CD003670's aim lost "by attendants and visitors": "the wearing of an overgown in infants")
    said = aim_sentence(
        "To assess the effects of the wearing of masks by staff and parents on the rate of "
        "infection and death in children in day-care centres.",
        True,
        objective=True,
    )
    head = _AIM_HEAD.match(said)
    assert head is not None
    assert head["what"] == "the wearing of masks by staff and parents"
