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
