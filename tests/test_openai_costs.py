"""Price table and cost estimates."""

import pytest

from plainsum.costs import default_prices, estimate_cost, find_price, with_cost
from plainsum.schemas import Usage
from plainsum.settings import Price, load_settings


def test_shipped_table_has_common_models():
    prices = default_prices()
    assert {"gpt-4o", "gpt-4o-mini", "gpt-4.1-mini"} <= prices.keys()
    assert all(p.input > 0 and p.output > 0 for p in prices.values())


def test_dated_snapshots_match_the_longest_prefix():
    assert find_price("gpt-4o-mini-2024-07-18") == default_prices()["gpt-4o-mini"]
    assert find_price("gpt-4o-2024-08-06") == default_prices()["gpt-4o"]
    assert find_price("llama3.1:8b") is None and find_price(None) is None


def test_configured_prices_win():
    mine = {"gpt-4o": Price(input=9, output=9)}
    assert find_price("gpt-4o", mine).input == 9


def test_cached_tokens_at_the_cached_rate():
    price = Price(input=2.0, output=8.0, cached_input=0.5)
    usage = Usage(input_tokens=1_000_000, cached_tokens=400_000, output_tokens=100_000)
    assert estimate_cost(usage, price) == pytest.approx(0.6 * 2 + 0.4 * 0.5 + 0.1 * 8)
    no_cache_rate = Price(input=2.0, output=8.0)
    assert estimate_cost(usage, no_cache_rate) == pytest.approx(2 + 0.8)
    assert estimate_cost(usage, None) is None


def test_with_cost_and_unknown_model():
    usage = Usage(input_tokens=1000, output_tokens=1000)
    assert with_cost(usage, "gpt-4o-mini").cost_usd == pytest.approx((150 + 600) / 1e6)
    assert with_cost(usage, "my-local-model").cost_usd is None


def test_price_table_from_config(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plainsum.toml").write_text(
        '[plainsum]\nmodel = "local"\n[plainsum.prices.local]\ninput = 0.1\noutput = 0.2\n'
    )
    settings = load_settings({}, env={})
    assert find_price("local", settings.prices) == Price(input=0.1, output=0.2)
