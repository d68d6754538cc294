"""The animal/lab caveat and the care-team pointer in a writer's own words (issue 8): correct
summaries failed the gate for their wording. Tables in tests/caveat_own_words.py."""

import pytest
from caveat_own_words import ACCEPTED, NEAR_MISSES

from plainsum.checks.caveats import CAVEATS


@pytest.mark.parametrize("name,text", [(n, t) for n, ts in ACCEPTED.items() for t in ts])
def test_own_words_carry_the_caveat(name, text):
    assert CAVEATS[name].present(text)


@pytest.mark.parametrize("name,text", [(n, t) for n, ts in NEAR_MISSES.items() for t in ts])
def test_near_misses_do_not(name, text):
    assert not CAVEATS[name].present(text)


def test_each_family_has_twenty_phrasings_and_ten_near_misses():
    assert all(len(ACCEPTED[n]) >= 20 and len(NEAR_MISSES[n]) >= 10 for n in ACCEPTED)
