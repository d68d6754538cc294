"""A comparison of chances ("were more likely to have a caesarean") is not the claim's own
hedge: when a grading frame goes ("There was some evidence that X"), its hedge is said in front
("Some evidence suggests X"), never dropped. Sentences written for these tests."""

from plainsum.plain.shorten.forms import short_forms
from plainsum.plain.shorten.meaning import hedges_itself


def test_more_likely_is_a_comparison_not_a_hedge():
    assert not hedges_itself("women cared for at home were more likely to go home early")
    assert not hedges_itself("children given the drops were less likely to wheeze")
    assert hedges_itself("the drops likely reduce wheeze")


def test_some_evidence_keeps_its_hedge_when_the_frame_goes():
    forms = short_forms(
        "There was some evidence that women cared for at home were more likely to go home early."
    )
    assert forms
    assert all(not f.startswith("Women") for f in forms)
