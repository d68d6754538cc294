"""Print the hostile-input table (input / exit code / stderr line / peak MB / seconds) by running
tests/test_hostile_files.py, which records each case when PLAINSUM_HOSTILE_TABLE names a file.

    python bench/hostile_table.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        table = Path(tmp) / "rows.jsonl"
        env = {**os.environ, "PLAINSUM_HOSTILE_TABLE": str(table)}
        tests = str(ROOT / "tests" / "test_hostile_files.py")
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", tests],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        print(done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr)
        rows = (
            [json.loads(line) for line in table.read_text().splitlines()] if table.exists() else []
        )
    print("| input | exit | stderr | peak MB | s |")
    print("|---|---|---|---|---|")
    for row in rows:
        line = (row["stderr"].strip().splitlines() or ["(none)"])[0].replace("|", "\\|")
        print(
            f"| {row['case']} | {row['code']} | {line[:140]} | {row['peak_mb']:.0f} "
            f"| {row['seconds']:.2f} |"
        )
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
