"""bench/bench_fluency.py's false alarms: a flagged human text counts as a false alarm unless
every rule it raises there was read as a real slip of that text (bench/fluency_adjudicated.tsv),
and the shipped list is well formed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import bench_fluency  # noqa: E402

from plainsum.checks.fluency import RULES  # noqa: E402


def test_a_text_is_a_false_alarm_unless_every_rule_it_raises_was_read_as_a_slip(
    tmp_path: Path,
) -> None:
    listed = tmp_path / "slips.tsv"
    listed.write_text(
        "# comment\npair-1\tdoubled_word\t'the the'\npair-2\tunbalanced\ta bracket never closed\n",
        encoding="utf-8",
    )
    slips = bench_fluency.real_slips(listed)
    flagged = {
        "pair-1": {"doubled_word"},  # read: a real slip
        "pair-2": {"unbalanced", "no_verb"},  # a second rule nobody read
        "pair-3": {"lower_start"},  # never read
    }
    assert bench_fluency.false_alarms(flagged, slips) == ["pair-2", "pair-3"]


def test_the_shipped_list_names_known_rules_and_gives_a_reason() -> None:
    rows = [
        line.split("\t")
        for line in bench_fluency.ADJUDICATED.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert rows
    for row in rows:
        assert len(row) == 3 and row[2].strip(), row
        assert row[1] in RULES, row


@pytest.mark.parametrize("line", ["pair-1\tdoubled_word"])
def test_a_row_without_a_reason_is_refused(tmp_path: Path, line: str) -> None:
    listed = tmp_path / "slips.tsv"
    listed.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(ValueError):
        bench_fluency.real_slips(listed)
