"""A plain phrase that opens with an adjective put in after a noun that modified the term it
replaced is a term half rewritten ("imaging biomarkers" -> "imaging measurable signs"); after an
adjective it is not ("remote physiotherapy" -> "remote physical therapy"). Sentences written
for these tests (checks/half_replaced.py)."""

from __future__ import annotations

from plainsum.checks.half_replaced import adjective_after_modifier


def test_an_adjective_with_no_adjective_ending_may_stand_before_a_plain_phrase():
    # the gate failed a trial's correct conclusion as half rewritten
    source = "Balance training with remote physiotherapy support reduced falls."
    text = "Balance training with remote physical therapy support reduced falls."
    assert adjective_after_modifier(text, source) == []


def test_a_noun_before_an_adjective_led_phrase_is_still_half_rewritten():
    source = "Two imaging biomarkers predicted relapses."
    text = "Two imaging measurable signs predicted relapses."
    assert [p.rule for p in adjective_after_modifier(text, source)] == ["half_replaced"]
