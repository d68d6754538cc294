"""A long conclusion said whole under why it matters as the authors' heads with its main clause
only, before a trailing concession: the section then adds what the headline left out ("...,
although it led to weight loss") instead of saying the headline again. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.headline import Headline
from plainsum.plain.relevance import headed_by_main_clause

_MAIN = (
    "Daily home balance games did not improve walking speed more than usual activity over "
    "16 weeks in people with MS"
)


def test_a_long_conclusion_heads_with_its_main_clause() -> None:
    whole = f"{_MAIN}, although they led to more confidence about falling"
    head = Headline(whole, (9,), origin=whole + ".")
    cut = headed_by_main_clause(head)
    assert cut.text == _MAIN
    assert cut.origin == head.origin and cut.sources == (9,)


@pytest.mark.parametrize(
    "text",
    [
        # what follows "but" may be the point: never cut there
        f"{_MAIN}, but they led to more confidence about falling",
        # short enough to head whole
        "Balance games did not speed up walking, although they built confidence",
        # the main clause alone would be too short
        "Walking did not change, although people felt steadier on their feet after sixteen weeks "
        "of games at home",
    ],
)
def test_no_cut_where_it_could_change_the_point_or_is_not_needed(text: str) -> None:
    head = Headline(text, (9,), origin=text + ".")
    assert headed_by_main_clause(head) == head
