"""The published site in a real headless Chromium, opened from files (no server): no console
errors, no script runs, every summary reachable from the index, links to the originals right."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from test_report_browser import _open, browser  # noqa: F401 (a fixture, used by name)
from test_site import RESULTS, _result, _write

from plainsum.batch.results import BatchStatus
from plainsum.site import build_site, original_link


def _go(tools, url: str) -> None:
    """Navigate and wait until the new page has loaded (load events of earlier pages are kept in
    the tools' event list, so waiting for the event alone could return at once)."""
    tools.call("Page.navigate", url=url)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if tools.js("location.href + ' ' + document.readyState") == f"{url} complete":
            return
        time.sleep(0.05)
    raise TimeoutError(url)


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_site_in_a_real_browser(browser, tmp_path: Path):  # noqa: F811
    # 50 published summaries, as from a batch of 50, plus the hostile and held-back ones
    many = [
        _result(
            f"p{i:02d}",
            BatchStatus.PASSED,
            f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
            f"Summary number {i} says walking was linked with less tiredness",
            doi=f"10.1234/walk.{i}",
        )
        for i in range(50)
    ]
    site = tmp_path / "site"
    report = build_site(_write(tmp_path / "batch", [*RESULTS, *many]), site)
    assert len(report.published) == 54
    tools = _open(browser, (site / "index.html").as_uri())
    try:
        assert tools.errors() == []
        hrefs = tools.js("Array.from(document.querySelectorAll('ol.items a')).map(a => a.href)")
        assert len(hrefs) == 54
        assert tools.js("window.__pwned === undefined")
        assert tools.js("document.documentElement.scrollWidth <= window.innerWidth")
        # follow one link from the index, as a reader would
        first = Path(hrefs[0].removeprefix("file://"))
        assert first.is_file()
        _go(tools, hrefs[0])
        assert tools.errors() == []
        original = tools.js("document.querySelector('a.original').href")
        wanted = {r.id: original_link(r) for r in [*RESULTS, *many]}
        assert original == wanted[first.stem]
        evil = site / "papers" / "evil.html"
        _go(tools, evil.as_uri())
        assert tools.js("window.__pwned === undefined") and tools.errors() == []
        assert tools.js("document.querySelector('a.original') === null")  # javascript: dropped
    finally:
        tools.close()
