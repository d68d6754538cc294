"""'Our results show that X peaks at warm temperatures and suggest that Y': the findings are
what suggest, so the claim X ends before 'and suggest that', whatever verb X has (the reader of
finite verbs takes 'peaks' for a noun, and the headline form kept '... and suggest that Y'
with no subject for 'suggest'). Sentences written for this test (shorten/fronts.py)."""

from __future__ import annotations

import pytest

from plainsum.plain.shorten.fronts import own_clause


@pytest.mark.parametrize(
    ("rest", "claim"),
    [
        (
            "malaria cases peak two months after the rains and suggest that spraying should "
            "start earlier",
            "malaria cases peak two months after the rains",
        ),
        (
            "tick numbers rise in wet years and support that the risk follows rainfall",
            "tick numbers rise in wet years",
        ),
        # a verb the reader knows as a verb: cut as before
        (
            "the drug lowers relapse rates and suggest that it could slow disability",
            "the drug lowers relapse rates",
        ),
    ],
)
def test_the_reporters_second_verb_with_its_own_that_clause_goes(rest: str, claim: str) -> None:
    assert own_clause(rest) == claim


@pytest.mark.parametrize(
    "rest",
    [
        # 'and provided that' is a condition, not the reporter's verb: never cut by 'that'
        "fatigue levels peak in the evening and provided that naps were allowed they fell",
        # no second verb of the reporter's: the claim is whole
        "walking speed improved in both groups after twelve weeks",
        # the claim's own subject suggests nothing: 'and suggest' without 'that' and no verb
        # before it is left whole, as it was
        "higher peaks and suggest patterns",
    ],
)
def test_a_claim_without_the_reporters_that_clause_stays_whole(rest: str) -> None:
    assert own_clause(rest) == rest
