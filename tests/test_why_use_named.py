"""Issue 9 (why it matters): "The results do not support its use for this purpose." stood alone
under why it matters once the conclusion before it headed the draft, "its" and "this purpose"
pointing at nothing (the lead's held-out v9). The use and the purpose are named from the
authors' sentence just before it, or the sentence is left out (plain/why_use_named.py).
Abstracts and sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.api import draft
from plainsum.ingest import parse
from plainsum.plain.simplify import measured
from plainsum.plain.why_use_named import names_no_use, with_use_named
from plainsum.settings import Settings

_TRIAL = """Creatine and walking in progressive multiple sclerosis: a randomised trial

Background: Creatine is a popular supplement, and a small pilot study suggested it might help
walking in MS.
Methods: 180 adults with primary or secondary progressive MS took creatine 5 g or placebo daily
for one year. The primary outcome was the time to walk 25 feet.
Results: Walking time rose by 0.9 seconds with creatine and by 1.0 seconds with placebo. Hand
strength and fatigue scores did not differ. Stomach cramps were more common with creatine.
Conclusions: Creatine did not improve walking speed in progressive MS. The results do not support
its use for this purpose.
"""


def _why(abstract: str) -> str:
    return draft(parse(abstract), Settings(backend="offline")).summary.why_it_matters


def test_the_authors_advice_names_what_it_is_about() -> None:
    why = _why(_TRIAL)
    assert "its use" not in why
    assert "this purpose" not in why
    assert "do not support the use of creatine to improve walking speed" in why


def test_a_use_that_cannot_be_named_is_left_out() -> None:
    # the sentence before says how the trial was run, not what creatine did: nothing names it
    unnamed = _TRIAL.replace(
        "Creatine did not improve walking speed in progressive MS.",
        "The trial was completed as planned in progressive MS.",
    )
    assert "its use" not in _why(unnamed)


def _stated(*texts: str) -> list:
    return [measured(t, (i + 5,), i) for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("before", "after", "said"),
    [
        (
            "Lipoic acid did not slow brain shrinkage in progressive MS.",
            "The results do not support its use for this purpose.",
            "The results do not support the use of lipoic acid to slow brain shrinkage in "
            "progressive MS.",
        ),
        (
            "Cooling vests reduced fatigue in people with MS.",
            "These findings support their use for this purpose.",
            "These findings support the use of cooling vests to reduce fatigue in people with MS.",
        ),
        (
            "Melatonin was no better than placebo for sleep in people with MS.",
            "Its routine use cannot be recommended.",
            "The routine use of melatonin cannot be recommended.",
        ),
    ],
)
def test_its_use_is_the_use_of_what_the_sentence_before_tested(before, after, said) -> None:
    first, second = _stated(before, after)
    assert with_use_named(second, [first, second]).text == said


def test_never_from_a_sentence_that_is_not_just_before_it() -> None:
    first = measured("Lipoic acid did not slow brain shrinkage.", (3,), 0)
    second = measured("The results do not support its use for this purpose.", (7,), 1)
    assert with_use_named(second, [first, second]) is second


@pytest.mark.parametrize(
    ("text", "unnamed"),
    [
        ("The results do not support its use for this purpose.", True),
        ("Its routine use cannot be recommended.", True),
        ("These data do not justify the drug for this indication.", True),
        # "its" stands for a thing the sentence names
        ("Natalizumab reduces relapses, but its use is limited by infection risk.", False),
        ("The results support the use of lipoic acid.", False),
    ],
)
def test_a_use_or_purpose_the_sentence_does_not_name(text, unnamed) -> None:
    assert names_no_use(text) is unnamed
