"""Counts read as English in every message: '1 request', '2 requests', never 'request(s)'."""

import pytest

from plainsum.english import counted


@pytest.mark.parametrize(
    "n,noun,plural,said",
    [
        (1, "request", None, "1 request"),
        (0, "request", None, "0 requests"),
        (2, "failed draft", None, "2 failed drafts"),
        (1204, "paper", None, "1,204 papers"),
        (3, "reply", "replies", "3 replies"),
        (1, "reply", "replies", "1 reply"),
    ],
)
def test_a_count_takes_its_noun_in_the_right_number(n, noun, plural, said):
    assert counted(n, noun, plural) == said
