"""A conclusion whose only verb says a treatment speeds or holds back an outcome is a whole
sentence: "X probably hastens recovery" was refused as "no main clause" (CD002063's conclusion
never reached the headline). Sentences written for these tests."""

from __future__ import annotations

import pytest

from plainsum.plain.wholeness import broken


@pytest.mark.parametrize(
    "text",
    [
        "In adults, the drug probably hastens recovery compared with rest alone.",
        "Smoking hinders wound healing after surgery.",
        "Pain hampers walking in older adults.",
        "The new treatment halts the loss of vision in most people.",
    ],
)
def test_a_speed_verb_is_a_main_clause(text: str) -> None:
    assert broken(text) is None
