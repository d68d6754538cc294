"""An interview study's finding is what people said, often put as what something is ("Decisions
about moving home are emotional as well as practical"): it may head such a study's draft, where
the authors' advice with a cut ("Care teams could raise the question earlier") headed before (the
lead's hand-written interview study m6). Elsewhere, and for calls or what is unknown, nothing
changes. Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline.form_fit import formfits

SAID_AS_WHAT_IT_IS = [
    "Choosing to stop driving is both practical and deeply personal for people with MS",
    "Fatigue at work remains a hidden struggle that colleagues rarely see",
    "Online peer groups were a lifeline for carers living far from services",
]
NOT_FINDINGS = [
    "More support for carers is needed before the move",
    "Little is known about how couples decide to move",
    "This is the first study to ask partners about moving home",
]


@pytest.mark.parametrize("text", SAID_AS_WHAT_IT_IS)
def test_what_people_said_heads_an_interview_study(text: str) -> None:
    assert formfits(text, None, False)  # (asides False: an interview study)


@pytest.mark.parametrize("text", NOT_FINDINGS)
def test_a_call_or_an_unknown_does_not(text: str) -> None:
    assert not formfits(text, None, False)
