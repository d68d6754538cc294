"""Estimated cost of model calls from a price table (US dollars per million tokens).

The shipped table (`plainsum/data/prices.toml`) holds estimates for common OpenAI models; the
`prices` of plainsum.toml override and extend it. A model in neither table has no cost (None).
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources

from .errors import ConfigError
from .schemas import Usage
from .settings import Price

__all__ = [
    "BATCH_API_DISCOUNT",
    "default_prices",
    "find_price",
    "estimate_cost",
    "with_batch_api_cost",
    "with_cost",
]

PER = 1_000_000
# The provider Batch API bills half the normal price (OpenAI: "50% cost discount compared to
# synchronous APIs", https://platform.openai.com/docs/guides/batch).
BATCH_API_DISCOUNT = 0.5


@lru_cache(maxsize=1)
def default_prices() -> dict[str, Price]:
    """The price table shipped with plainsum (estimates)."""
    text = resources.files("plainsum").joinpath("data", "prices.toml").read_text("utf-8")
    try:
        table = tomllib.loads(text)["prices"]
        return {name: Price(**values) for name, values in table.items()}
    except (tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"plainsum/data/prices.toml is broken: {exc}") from None


def find_price(model: str | None, prices: dict[str, Price] | None = None) -> Price | None:
    """The price of `model`: configured prices first, then the shipped table.

    A key matches the model name exactly or as a prefix followed by "-" (a dated snapshot such
    as gpt-4o-mini-2024-07-18); the longest match wins.
    """
    if not model:
        return None
    for table in (prices or {}, default_prices()):
        if model in table:
            return table[model]
        matches = [key for key in table if model.startswith(key + "-")]
        if matches:
            return table[max(matches, key=len)]
    return None


def estimate_cost(usage: Usage, price: Price | None) -> float | None:
    """Dollars for `usage` at `price`; cached input tokens at the cached rate when there is one."""
    if price is None:
        return None
    cached = min(usage.cached_tokens, usage.input_tokens)
    cached_rate = price.cached_input if price.cached_input is not None else price.input
    dollars = (
        (usage.input_tokens - cached) * price.input
        + cached * cached_rate
        + usage.output_tokens * price.output
    ) / PER
    return round(dollars, 8)


def with_cost(usage: Usage, model: str | None, prices: dict[str, Price] | None = None) -> Usage:
    """`usage` with its estimated `cost_usd` filled in (None when the model has no price)."""
    cost = estimate_cost(usage, find_price(model, prices))
    return usage.model_copy(update={"cost_usd": cost})


def with_batch_api_cost(
    usage: Usage, model: str | None, prices: dict[str, Price] | None = None
) -> Usage:
    """`usage` priced as an answer from the provider's Batch API: half the normal price."""
    cost = estimate_cost(usage, find_price(model, prices))
    cost = None if cost is None else round(cost * BATCH_API_DISCOUNT, 8)
    return usage.model_copy(update={"cost_usd": cost})
