"""The second half of an aim split in two ("... to list the apps used for people with asthma and
to assess their effect" -> "The review authors also wanted to check their effect.") points at
what the first half named: shown without that half, "their effect" says nothing of what was
studied, and goes; right after it, it stays. Sentences written for these tests."""

from __future__ import annotations

from plainsum.plain.lines import Line
from plainsum.plain.referents import referred

HEAD = "Phone apps may help people with asthma take their inhalers"
FIRST = Line("The review authors wanted to list the phone apps used by people with asthma.", (3,))
SECOND = Line("The review authors wanted to check their effect.", (3,))
COUNT = Line("The review included 12 trials with 900 people.", (8,))


def test_the_second_half_alone_goes() -> None:
    assert [x.text for x in referred(HEAD, [SECOND, COUNT], groups_only=True)] == [COUNT.text]


def test_the_second_half_after_the_first_stays() -> None:
    shown = referred(HEAD, [FIRST, SECOND, COUNT], groups_only=True)
    assert [x.text for x in shown] == [FIRST.text, SECOND.text, COUNT.text]


def test_an_aim_that_names_its_thing_stays() -> None:
    named = Line("The review authors wanted to check the effect of apps on their asthma.", (3,))
    assert [x.text for x in referred(HEAD, [named, COUNT], groups_only=True)][0] == named.text
