"""bench/reading_sample.py: a missing data folder is an error that names --data (a reader who
runs it from a checkout outside the project's folder must not get an empty sample and exit 0),
and the sample follows its plan from the files it is given."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import reading_sample  # noqa: E402


def test_a_missing_data_folder_is_an_error_naming_the_option(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no-such-folder"
    argv = ["reading_sample.py", "--out", str(tmp_path / "out"), "--data", str(missing)]
    monkeypatch.setattr(sys, "argv", argv)
    assert reading_sample.main() == 2
    assert "--data" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_the_sample_takes_each_file_in_the_plans_numbers(tmp_path: Path) -> None:
    for name, _count in reading_sample.PLAN:
        rows = [{"id": f"{name}-{i}", "source": "text", "reference": "text"} for i in range(12)]
        (tmp_path / f"{name}.jsonl").write_text(
            "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8"
        )
    picked = reading_sample.sample(tmp_path, seed=7)
    assert len(picked) == sum(count for _, count in reading_sample.PLAN)
    assert sum(r["id"].startswith("ms_pairs-") for r in picked) == 8
    assert picked == reading_sample.sample(tmp_path, seed=7)  # the same seed, the same sample
