"""The "But ..." half of a conclusion split at ", but" heads only with its first half, where that
half ranked not at all (issue 9, a survey of rural people with MS headed its caveat alone).
Sentences written for these tests."""

from __future__ import annotations

from plainsum.plain.headline.but_half import with_first_half
from plainsum.plain.simplify import PlainSentence


def _p(text: str, order: int, source: int) -> PlainSentence:
    return PlainSentence(text, len(text.split()), 0, 0, 0.0, (source,), order)


def test_the_later_half_heads_with_its_first() -> None:
    first = _p("Reminders are widely used by people with MS.", 0, 7)
    later = _p("But a simple way to stop them remains important.", 1, 7)
    head = with_first_half(later.text, later.sources, [first, later], set(), 30)
    assert head is not None
    assert head.text == (
        "Reminders are widely used by people with MS, but a simple way to stop them remains "
        "important"
    )
    assert head.origin == first.text


def test_not_when_the_first_half_ranked_or_is_another_sentence() -> None:
    first = _p("Reminders are widely used by people with MS.", 0, 7)
    later = _p("But a simple way to stop them remains important.", 1, 7)
    # the first half ranked, and lost on its own: the chooser weighed it
    assert with_first_half(later.text, later.sources, [first, later], {0}, 30) is None
    # the first half is another sentence of the paper
    other = _p("Reminders are widely used by people with MS.", 0, 6)
    assert with_first_half(later.text, later.sources, [other, later], set(), 30) is None
    # too long for a headline
    assert with_first_half(later.text, later.sources, [first, later], set(), 12) is None
