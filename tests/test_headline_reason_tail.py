"""A conclusion that the evidence falls short, with the reason after it ("... due to variation
in methods and nature or timing of measures"), may head without the reason: the claim before
it is the same claim (a dental review's conclusion headed at 34 words, now 24). A tail that
bounds the claim to some people stays. Every sentence here is written for these tests."""

from __future__ import annotations

from plainsum.plain.shorten.cuts import without_safe_tail


def test_a_reason_the_evidence_falls_short_may_be_cut() -> None:
    text = (
        "The review authors did not find enough evidence to draw firm conclusions on the best "
        "ways to help children accept injections due to variation in methods and timing of "
        "measures"
    )
    assert without_safe_tail(text) == [
        "The review authors did not find enough evidence to draw firm conclusions on the best "
        "ways to help children accept injections"
    ]


def test_a_tail_naming_people_stays() -> None:
    assert without_safe_tail("The drug helped most due to variation in the people treated") == []
