"""memo.cached_list: a kept result, a new list for every caller."""

from plainsum.memo import cached_list


def test_cached_list_works_out_each_argument_once_and_hands_out_new_lists() -> None:
    seen: list[str] = []

    @cached_list
    def letters(text: str, *, upper: bool = False) -> list[str]:
        seen.append(text)
        return list(text.upper() if upper else text)

    first = letters("ab")
    first.append("z")  # a caller changing its list changes no one else's
    assert letters("ab") == ["a", "b"]
    assert letters("ab", upper=True) == ["A", "B"]
    assert seen == ["ab", "ab"]  # once per distinct arguments
    assert letters.__name__ == "letters"


def test_cached_list_can_be_cleared() -> None:
    calls = []

    @cached_list
    def twice(n: int) -> list[int]:
        calls.append(n)
        return [n, n]

    twice(1)
    twice.cache_clear()  # type: ignore[attr-defined]
    assert twice(1) == [1, 1]
    assert calls == [1, 1]


def test_keyed_stands_in_a_cache_by_its_key_alone() -> None:
    from functools import lru_cache

    from plainsum.memo import Keyed

    seen: list[list[str]] = []

    @lru_cache(maxsize=8)
    def first_word(held: Keyed[list[str]]) -> str:
        seen.append(held.value)
        return held.value[0]

    # a list does not hash: its key (what the function reads) does
    assert first_word(Keyed(["relapses", "fell"], ("relapses",))) == "relapses"
    assert first_word(Keyed(["relapses", "rose"], ("relapses",))) == "relapses"  # kept
    assert first_word(Keyed(["fatigue", "fell"], ("fatigue",))) == "fatigue"
    assert seen == [["relapses", "fell"], ["fatigue", "fell"]]
    assert Keyed([1], "a") != "a"  # never equal to its bare key
