"""Codes of a pathway's or a family's members joined by slashes before what they make up are
said as its members ("the ERK/JNK/p38 signalling" is "the ERK, JNK and p38 signalling"): the
slash kept the sentence out of a lab paper's draft, and with it a finding. One code twice, a
ratio, or a pair before any other word is left as it was."""

from __future__ import annotations

import pytest

from plainsum.plain.slashes import slash_words


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "the drug blocked the ERK/JNK/p38 signalling in cells",
            "the drug blocked the ERK, JNK and p38 signalling in cells",
        ),
        ("the PI3K/Akt/mTOR pathway", "the PI3K, Akt and mTOR pathway"),
        ("MMP2/MMP9 genes were more active", "MMP2 and MMP9 genes were more active"),
        # left as they were
        ("MS/MS genes", "MS/MS genes"),
        ("HIV/SIV vaccine research", "HIV/SIV vaccine research"),
        ("the n-6/n-3 ratio", "the n-6 to n-3 ratio"),
    ],
)
def test_members_joined_by_slashes_are_said_in_words(text: str, said: str) -> None:
    assert slash_words(text) == said
