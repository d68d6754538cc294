"""CI must run exactly the test command the README gives to a new developer."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ci_runs_readme_test_command():
    readme = (ROOT / "README.md").read_text()
    blocks = re.findall(r"```sh\n(.*?)\n```", readme, re.S)
    test_command = next(b for b in blocks if "pytest" in b).strip()
    ci_lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    assert test_command in ci_lines


def test_ci_requires_the_browser_so_its_tests_cannot_skip_unseen(monkeypatch):
    import pytest
    from conftest import skip_or_fail

    assert "export PLAINSUM_REQUIRE_BROWSER=1" in (ROOT / ".ci" / "run").read_text()
    monkeypatch.setenv("PLAINSUM_REQUIRE_BROWSER", "1")
    with pytest.raises(pytest.fail.Exception, match="no chromium"):
        skip_or_fail("no chromium")
    monkeypatch.delenv("PLAINSUM_REQUIRE_BROWSER")
    with pytest.raises(pytest.skip.Exception):
        skip_or_fail("no chromium")


def test_readme_test_command_reports_skip_reasons():
    readme = (ROOT / "README.md").read_text()
    assert "pytest -q -rs" in readme
