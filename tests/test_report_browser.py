"""report.html in a real headless Chromium: loads with no console errors, shows every case, the
filters work when clicked, and a <script> inside an abstract does not run.

Chromium comes from Debian's packages (.ci/browser.sh); the DevTools protocol is spoken with the
`websocket-client` package. Without either, the test is skipped with the reason.
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import skip_or_fail
from test_eval_fixtures import make_log

from plainsum.evals import render_report

websocket = pytest.importorskip(
    "websocket", reason="websocket-client is not installed (pip install websocket-client)"
)

EVIL = (
    "An abstract with markup <script>window.__pwned = 1</script> and "
    '<img src="x" onerror="window.__pwned = 2"> and <b onmouseover="window.__pwned = 3">bold</b>'
)
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--remote-debugging-port=0",
)


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    skip_or_fail("no chromium on PATH (install it with .ci/browser.sh: apt-get install chromium)")


class DevTools:
    """A minimal Chrome DevTools protocol client for one page."""

    def __init__(self, ws_url: str) -> None:
        self.ws = websocket.create_connection(ws_url, timeout=20, suppress_origin=True)
        self.next_id = 0
        self.events: list[dict] = []

    def call(self, method: str, **params: object) -> dict:
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method: str, timeout: float = 20.0) -> dict:
        deadline = time.monotonic() + timeout
        for event in self.events:
            if event.get("method") == method:
                return event
        while time.monotonic() < deadline:
            message = json.loads(self.ws.recv())
            self.events.append(message)
            if message.get("method") == method:
                return message
        raise TimeoutError(method)

    def js(self, expression: str) -> object:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def click(self, selector: str) -> None:
        """A real mouse click in the middle of the element."""
        box = self.js(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)}); "
            "e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect(); "
            "return [r.x + r.width / 2, r.y + r.height / 2]; })()"
        )
        x, y = box  # type: ignore[misc]
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def errors(self) -> list[str]:
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(json.dumps(params["exceptionDetails"])[:300])
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(json.dumps(params.get("args"))[:300])
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                found.append(params["entry"].get("text", "")[:300])
        return found

    def close(self) -> None:
        self.ws.close()


@pytest.fixture
def browser(tmp_path):
    binary = _chromium()
    profile = tmp_path / "profile"
    profile.mkdir()
    proc = subprocess.Popen(
        [binary, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.exists() and port_file.read_text().strip()):
            if proc.poll() is not None or time.monotonic() > deadline:
                skip_or_fail(f"chromium did not start (exit {proc.poll()})")
            time.sleep(0.1)
        port = int(port_file.read_text().split()[0])
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _open(port: int, url: str) -> DevTools:
    request = urllib.request.Request(f"http://127.0.0.1:{port}/json/new?about:blank", method="PUT")
    with urllib.request.urlopen(request, timeout=10) as response:
        target = json.loads(response.read())
    tools = DevTools(target["webSocketDebuggerUrl"])
    for domain in ("Runtime", "Log", "Page"):
        tools.call(f"{domain}.enable")
    tools.call("Page.navigate", url=url)
    tools.wait_for("Page.loadEventFired")
    return tools


def _visible(tools: DevTools) -> list[str]:
    return tools.js(  # type: ignore[return-value]
        "Array.from(document.querySelectorAll('article.case'))"
        ".filter(a => a.offsetParent !== null).map(a => a.dataset.key)"
    )


# DevTools is spoken over 127.0.0.1 only; allowed even when tests run with --block-network.
@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_report_in_a_real_browser(browser, tmp_path: Path):
    log = make_log(
        {
            "alpha": {"fk_grade": [7.0, 9.0, 8.0, 6.0], "rouge1": [0.3, 0.4, 0.5, 0.2]},
            "beta": {"fk_grade": [6.0, 6.5, 7.0, 8.0], "rouge1": [0.2, 0.2, 0.2, 0.4]},
        },
        texts={"c0": EVIL},
        passed={"alpha": [True, True, False, True], "beta": [True, False, False, True]},
    )
    page = tmp_path / "report.html"
    page.write_text(render_report(log), encoding="utf-8")
    tools = _open(browser, page.as_uri())
    try:
        tools.js("document.querySelector('article.case b')?.dispatchEvent(new Event('mouseover'))")
        time.sleep(0.2)
        assert tools.js("typeof window.__pwned") == "undefined"
        assert tools.js("document.querySelectorAll('script').length") == 1
        assert "<script>window.__pwned = 1</script>" in tools.js(
            "document.querySelector('#case-0 .source').textContent"
        )
        all_cases = ["d/c0", "d/c1", "d/c2", "d/c3"]
        assert _visible(tools) == all_cases
        assert tools.js("document.getElementById('shown-count').textContent") == (
            "4 of 4 cases shown"
        )
        assert tools.js("document.querySelectorAll('svg').length") >= 2

        tools.click("#f-disagree")
        assert tools.js("document.getElementById('f-disagree').checked") is True
        assert _visible(tools) == ["d/c1"]
        tools.click("#f-disagree")
        assert _visible(tools) == all_cases
        tools.click("#f-fail")
        assert _visible(tools) == ["d/c1", "d/c2"]
        tools.click("#f-fail")

        tools.click("#f-text")
        tools.call("Input.insertText", text="c3")
        assert _visible(tools) == ["d/c3"]
        assert tools.js("document.getElementById('shown-count').textContent") == (
            "1 of 4 cases shown"
        )
        assert tools.errors() == []
    finally:
        tools.close()


LONG_WORD = "unbroken" * 60  # one 480-letter token: must wrap, not push the page sideways


def _layout_log():
    """A one-system run with a failed case (raw answer and error) and very long words."""
    log = make_log(
        {"solo": {"fk_grade": [7.0, 9.0, 8.0], "rouge1": [0.3, 0.4, 0.5]}},
        texts={"c0": f"An abstract with a very long token {LONG_WORD} in it."},
        passed={"solo": [False, True, True]},
    )
    failed = log.cases[1].results[0]
    failed.draft = None
    failed.scores = []
    failed.error = f"DraftFailedError: the answer never parsed: {LONG_WORD}"
    failed.raw_answer = '{"headline": "' + LONG_WORD + '", "what_the_study_did": ' + "[1, " * 50
    return log


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
@pytest.mark.parametrize("width", [1280, 1920])
def test_report_layout_at_desktop_widths(browser, tmp_path: Path, width: int):
    page = tmp_path / "report.html"
    page.write_text(render_report(_layout_log()), encoding="utf-8")
    tools = _open(browser, page.as_uri())
    try:
        tools.call(
            "Emulation.setDeviceMetricsOverride",
            width=width, height=900, deviceScaleFactor=1, mobile=False,
        )  # fmt: skip
        time.sleep(0.2)
        shot = tools.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)
        png = base64.b64decode(shot["data"])
        (tmp_path / f"report-{width}.png").write_bytes(png)
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000
        # nothing scrolls sideways
        assert tools.js("document.documentElement.scrollWidth") <= width
        # nothing sticks out of its card: every element of a draft card ends inside it
        overflow = tools.js(
            "Array.from(document.querySelectorAll('.draft')).flatMap(card => {"
            " const edge = card.getBoundingClientRect().right + 1;"
            " return Array.from(card.querySelectorAll('*'))"
            "  .filter(e => e.getBoundingClientRect().right > edge)"
            "  .map(e => e.tagName + '.' + e.className); })"
        )
        assert overflow == []
        # the failed case shows its error and the model's raw answer
        card = "document.querySelector('.draft.error')"
        assert "never parsed" in tools.js(f"{card}.querySelector('.errline').textContent")
        assert '{"headline": "unbroken' in tools.js(f"{card}.querySelector('pre.raw').textContent")
        # one system: a bar is drawn to the metric's own scale, not full width
        widths = tools.js(
            "Array.from(document.querySelectorAll('figure')).filter(f =>"
            " f.querySelector('figcaption').textContent.startsWith('ROUGE-1'))"
            ".map(f => [f.querySelector('rect.scale').getAttribute('width'),"
            " f.querySelector('rect:not(.scale)').getAttribute('width')])"
        )
        assert widths and float(widths[0][1]) < 0.5 * float(widths[0][0])
        assert tools.errors() == []
    finally:
        tools.close()
