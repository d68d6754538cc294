"""A grade of evidence in quotes ("There is 'low level' evidence for X ...", the house style of
some review groups) is as weak as one without them: why it matters says the effect is not yet
clear, as it does for "low level evidence", rather than fall back on a sentence that only says
how much X is used. Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.unknown_effect import UNKNOWN_EFFECT, what_it_means

_TOPIC = "group exercise for stiff muscles in adults with MS"


@pytest.mark.parametrize(
    "said",
    [
        "There is 'low level' evidence for group exercise for helpful effects on stiff muscles in "
        "people with MS",
        "There is 'low-level' evidence for group exercise in easing stiff muscles in people "
        "with MS",
        "There is \u2018very low quality\u2019 evidence for group exercise for stiff muscles",
    ],
)
def test_a_quoted_weak_grade_is_an_effect_not_yet_known(said: str) -> None:
    assert what_it_means(said, (4,), _TOPIC) is not None
    line = what_it_means(said, (4,), _TOPIC)
    assert line is not None and line.text == f"This means the effect of {_TOPIC} is not yet clear."


def test_a_quoted_word_before_other_evidence_is_no_grade() -> None:
    assert not UNKNOWN_EFFECT.search("The 'new' evidence showed group exercise eased stiffness")
