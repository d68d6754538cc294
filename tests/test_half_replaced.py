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


def test_a_verb_ing_form_takes_the_plain_phrase_as_its_object():
    # the gate failed a review's main finding and the repair cut it from the headline
    source = "Programmes including physiotherapy and exercise improved function at three months."
    text = "Programmes including physical therapy and exercise improved function at three months."
    assert adjective_after_modifier(text, source) == []


def test_a_hyphened_adjective_or_a_count_before_a_plain_phrase_is_not_a_noun():
    source = (
        "Home-based physiotherapy helped; there were three serious adverse events and "
        "no non-fatal serious adverse events in the home-based physiotherapy group."
    )
    text = (
        "Home-based physical therapy helped; there were three serious health problems and "
        "no non-fatal serious health problems in the home-based physical therapy group."
    )
    assert adjective_after_modifier(text, source) == []


def test_a_gerund_noun_before_an_adjective_led_phrase_is_still_half_rewritten():
    source = "Two training biomarkers predicted relapses."
    text = "Two training measurable signs predicted relapses."
    assert [p.rule for p in adjective_after_modifier(text, source)] == ["half_replaced"]
