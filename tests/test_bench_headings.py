"""bench/bench_headings.py on an abstract written for the test: the same results and
conclusions drafted with and without their headings, each headline traced to its part."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import bench_headings  # noqa: E402

RESULTS = (
    "We included six trials with 480 adults with long-term back pain. Heat wraps reduced pain "
    "more than a dummy wrap after one week. Skin redness was the only side effect reported."
)
CONCLUSIONS = "Heat wraps may ease back pain for a short time. Longer trials are needed."
SOURCE = (
    "Background: Back pain is common. Objectives: To assess heat for back pain. "
    f"Main results: {RESULTS} Authors' conclusions: {CONCLUSIONS}"
)


def test_parts_split_results_from_conclusions() -> None:
    assert bench_headings.parts(SOURCE) == (RESULTS, CONCLUSIONS)
    assert bench_headings.parts("Results: no Cochrane headings here.") is None


def test_counts_both_ways(tmp_path: Path, capsys) -> None:
    item = {"id": "cochrane-pls-TEST", "source": SOURCE}
    (tmp_path / "cochrane_pls.jsonl").write_text(json.dumps(item) + "\n", encoding="utf-8")
    out = tmp_path / "rows.json"
    assert bench_headings.main(["--data", str(tmp_path), "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "1 Cochrane abstracts" in printed
    (row,) = json.loads(out.read_text(encoding="utf-8"))
    # a short hedged conclusion heads the draft either way, traced to the conclusion's part
    for where, headline in (row["with_headings"], row["without"]):
        assert where == "conclusion"
        assert headline.startswith("Heat wraps may ease back pain")
    assert "headline from the conclusion with headings but not without them: 0" in printed


def test_missing_data_is_a_clear_error(tmp_path: Path, capsys) -> None:
    assert bench_headings.main(["--data", str(tmp_path)]) == 2
    assert "no " in capsys.readouterr().err
