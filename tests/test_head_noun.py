"""The head noun of a plain phrase, the one reading the gate's half_replaced rule and the
drafter's swap check share (phrases written for these tests)."""

from __future__ import annotations

import pytest

from plainsum.checks.half_replaced import head_noun


@pytest.mark.parametrize(
    ("phrase", "head"),
    [
        ("variation between studies", "variation"),
        ("disease that damages nerves", "disease"),
        ("stiff muscles", "muscles"),
        ("swelling of the brain", "swelling"),
        ("blood sugar", "sugar"),
        ("cells which fight infection", "cells"),
        ("differences among trials", "differences"),
        ("nerve cells", "cells"),
        ("test for the virus", "test"),
        ("", ""),
    ],
)
def test_the_head_is_the_last_word_before_a_post_modifier(phrase: str, head: str) -> None:
    assert head_noun(phrase.split()) == head
