"""'help' the noun ("walked without help", "needed help with dressing") says no benefit and no
null result; 'help' the verb does (issue 8). Sentences written for the tests."""

from __future__ import annotations

import pytest

from plainsum.checks.polarity import claims_in


@pytest.mark.parametrize(
    "text",
    [
        "Six months later he could climb stairs without help but tired quickly.",
        "Most of the women needed help with bathing at the end of the study.",
        "Families asked for help with transport to the clinic.",
        "Two patients had no help at home.",
    ],
)
def test_help_the_noun_is_no_claim(text: str) -> None:
    assert not any(c.said == "help" for c in claims_in(text))


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("The tablets did not help sleep.", "null"),
        ("Balance training may help people with MS avoid falls.", "better"),
    ],
)
def test_help_the_verb_is_a_claim(text: str, polarity: str) -> None:
    assert [c.polarity for c in claims_in(text) if c.said == "help"] == [polarity]
