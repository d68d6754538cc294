"""A key's runs of characters, which the redactor looks for in every text it scrubs, are
worked out once per key (issue 10: a batch scrubs every page and log row it writes); what is
scrubbed is unchanged. Texts written for this test."""

from __future__ import annotations

import pytest

from plainsum.redact import MIN_FRAGMENT, REDACTED, Redactor, _key_runs

KEY = "sk-test-Hq4WnZ8rTb2LxV6pKc9J"
OTHER = "sk-live-Mj3Rt7Yp1Ws5Qz9Nd4Fb"


def test_a_keys_runs_are_its_characters_without_separators() -> None:
    key, grams, encoded = _key_runs("ab.cd efgh")
    assert key == "abcdefgh"
    assert [g for _, g in grams] == ["abcdef", "bcdefg", "cdefgh"]
    assert [start for start, _ in grams] == [0, 1, 2]
    assert encoded == tuple(g.encode() for _, g in grams)
    assert all(len(g) == MIN_FRAGMENT for _, g in grams)


def test_a_key_shorter_than_a_run_has_none() -> None:
    assert _key_runs("a.b c")[1:] == ([], ())


@pytest.mark.parametrize(
    "echo",
    [KEY[3:15], " ".join(KEY[8:20]), ".".join(OTHER[-9:]), f"{OTHER[:10]}", KEY[:-3]],
)
def test_runs_of_either_key_are_scrubbed_once_worked_out(echo: str) -> None:
    scrub = Redactor([KEY, OTHER])
    text = f"The server said: token {echo} was refused."
    once = scrub(text)
    assert REDACTED in once
    assert echo not in once
    assert scrub(text) == once  # the same answer from the runs kept


def test_a_text_without_the_keys_is_left_alone() -> None:
    text = "People with MS who walked daily for 12 weeks reported less fatigue (n = 48)."
    assert Redactor([KEY, OTHER])(text) == text
