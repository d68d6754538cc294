"""Kept results of pure text functions that the drafter and the gate ask again and again.

A draft and its repairs rebuild from the same source sentences, and the headline chooser
weighs the same candidates at every build, so functions of one sentence's text see most of
their arguments several times a draft. `functools.lru_cache` keeps a function whose result is
immutable (a bool, a str); `cached_list` keeps one that returns a list, as a tuple, and hands
every caller a list of its own, so no caller can change what another is given.

Only for functions whose result depends on their arguments alone (never on a setting or a
file read later). An argument that does not hash (a pydantic model) goes in as `Keyed`: the
value with a key of the fields the function reads.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import lru_cache, wraps
from typing import Generic, ParamSpec, TypeVar

__all__ = ["SIZE", "Keyed", "cached_list"]

P = ParamSpec("P")
T = TypeVar("T")

SIZE = 4096  # entries a function keeps: a batch worker's papers come one at a time


def cached_list(fn: Callable[P, list[T]]) -> Callable[P, list[T]]:
    """`fn` with its results kept (by its arguments, which must hash); each call returns a new
    list of the same items."""
    kept = lru_cache(maxsize=SIZE)(lambda *args, **kwargs: tuple(fn(*args, **kwargs)))

    @wraps(fn)
    def call(*args: P.args, **kwargs: P.kwargs) -> list[T]:
        return list(kept(*args, **kwargs))  # type: ignore[arg-type]

    call.cache_clear = kept.cache_clear  # type: ignore[attr-defined]
    call.cache_info = kept.cache_info  # type: ignore[attr-defined]
    return call


class Keyed(Generic[T]):
    """`value` standing in a cache by `key` (hashable): two are the same argument when their keys
    are equal, so `key` must hold every field of `value` the cached function reads."""

    __slots__ = ("key", "value")

    def __init__(self, value: T, key: Hashable) -> None:
        self.value = value
        self.key = key

    def __hash__(self) -> int:
        return hash(self.key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Keyed) and self.key == other.key
