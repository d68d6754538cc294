"""bench/gate_set.py measures a labelled set kept outside the repo, abstracts included."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from gate_set import measure  # noqa: E402

SOURCE = (
    "Background: Hand tremor is common in older adults. Methods: We randomly assigned 80 adults "
    "with essential tremor to a wrist brace or to no brace for eight weeks. Results: Tremor "
    "scores fell by 3 points with the brace and by 1 point without it (p=0.01). Conclusions: A "
    "wrist brace reduced hand tremor over eight weeks."
)
CLEAN = {
    "id": "brace",
    "file": "sources.jsonl",
    "source_id": "brace-1",
    "design": "trial",
    "ms": False,
    "headline": "A wrist brace calmed shaky hands in a small trial",
    "what_the_study_did": "This study was not about MS. 80 adults with a shaky hand wore a "
    "wrist brace or no brace for eight weeks. Shaking scores fell by 3 points with the brace "
    "and by 1 point without it.",
    "why_it_matters": "A brace is a simple aid. Ask your doctor about tremor.",
    "limitations": "This was a single, small trial that lasted only eight weeks.",
}
# a number the paper does not have at all: caught whatever the wording
FLAW = {
    "base": "brace",
    "type": "invented_number",
    "section": "what_the_study_did",
    "old": "80 adults",
    "new": "95 adults",
}


def _write(folder: Path) -> None:
    rows = {"sources.jsonl": [{"id": "brace-1", "source": SOURCE}], "clean.jsonl": [CLEAN]}
    rows["flaws.jsonl"] = [FLAW]
    for name, items in rows.items():
        (folder / name).write_text("".join(json.dumps(i) + "\n" for i in items))


def test_a_set_of_ones_own_is_measured_with_its_abstracts(tmp_path):
    _write(tmp_path)
    result = measure(tmp_path, tmp_path)
    assert result["flaws"]["invented_number"]["caught"] == 1
    assert result["flaws"]["invented_number"]["total"] == 1
    assert result["flaws_overall"]["total"] == 1
    assert result["clean"]["n"] == 1


def test_a_missing_set_is_one_line_not_a_traceback(tmp_path):
    script = Path(__file__).resolve().parents[1] / "bench" / "gate_set.py"
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "nothing")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "not found" in done.stderr
