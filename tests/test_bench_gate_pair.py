"""bench/gate_pair.py: two trees check the same papers in turns. The same tree on both sides
gives the same gate result on every paper (exit 0) and a ratio for each paper it checked; a
paper that is not research is left out, not timed; a side's regex cache is its own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PAPERS = [
    (
        "trial",
        "Background: Fatigue is common in multiple sclerosis. Methods: We randomly assigned 84 "
        "adults with relapsing MS to twelve weeks of home balance training or to usual care. "
        "Results: Fatigue scores fell more with training than with usual care (mean difference "
        "-6.1 points, 95% CI -9.8 to -2.4). No serious adverse events occurred. Conclusions: "
        "Home balance training reduced fatigue over twelve weeks in people with relapsing MS.",
    ),
    (
        "cohort",
        "Objective: To see whether vitamin D levels relate to relapses. Methods: We followed "
        "212 people with MS for three years and measured vitamin D every six months. Results: "
        "Higher vitamin D levels were associated with fewer relapses (hazard ratio 0.82 per "
        "10 nmol/L). Conclusion: Low vitamin D may mark a higher risk of relapse in MS.",
    ),
    ("advert", "Buy now! Our vitamin gummies are on sale for $19.99 at our online store today."),
]


def test_the_same_tree_on_both_sides_gives_the_same_results(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    rows = [{"id": i, "source": s, "reference": "A plain summary."} for i, s in PAPERS]
    (data / "papers.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    env = dict(os.environ, TMPDIR=str(tmp_path), PYTHONPATH=str(ROOT / "src"))
    args = [sys.executable, str(ROOT / "bench" / "gate_pair.py"), str(ROOT), str(ROOT)]
    done = subprocess.run(
        [*args, "--data", str(data), "--n", "3"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "median of 2 per-paper ratios" in done.stdout  # the advert is not checked
    assert "gate results differ on 0 papers" in done.stdout
    # each side's regex cache is its own, under the temporary folder, and starts empty
    assert "(regex cache empty)" in done.stdout
    assert list(tmp_path.glob("plainsum-pair-cache-*/plainsum/regex-*.bin"))
