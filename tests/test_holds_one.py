"""caseless.holds_one: the substring test every pattern's prefilter asks (issue 10, speed), a
loop standing in for `any(map(text.__contains__, strings))` with the same answers."""

from __future__ import annotations

import pytest

from plainsum.caseless import holds_one

TEXTS = ["", "the otters swam back", "Otters", "a heron and an otter", "ott"]
STRINGS = [(), ("",), ("otter",), ("heron", "otter"), ("swan", "goose"), ("ott", "otters"), ("O",)]


@pytest.mark.parametrize("strings", STRINGS)
@pytest.mark.parametrize("text", TEXTS)
def test_holds_one_answers_as_any_of_the_substring_tests(
    text: str, strings: tuple[str, ...]
) -> None:
    assert holds_one(text, strings) is any(s in text for s in strings)
