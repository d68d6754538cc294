"""Print the hardening table: faults injected / survived and key fragments planted / found in
artifacts, by running tests/test_faults.py (which records one JSON line per fault when
PLAINSUM_FAULT_TABLE names a file). `bench/hostile_table.py` prints the hostile-input table.

    python bench/fault_table.py
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
        env = {**os.environ, "PLAINSUM_FAULT_TABLE": str(table)}
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "tests/test_faults.py",
            ],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        print(done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr)
        rows = [json.loads(x) for x in table.read_text().splitlines()] if table.exists() else []
    print("| fault | exit | requests | seconds | stderr | key found in |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        line = str(r["stderr"]).replace("|", "\\|")[:110]
        found = ", ".join(Path(p).name for p in r["leaks"]) or "-"
        print(
            f"| {r['fault']} | {r['code']} | {r['requests']} | {r['seconds']} | {line} | {found} |"
        )
    survived = sum(r["survived"] for r in rows)
    planted = sum(r["planted"] for r in rows)
    found = sum(bool(r["leaks"]) for r in rows)
    print(f"\nfaults injected {len(rows)}, survived {survived}; ", end="")
    print(f"runs with the key planted {planted}, runs with key material found in artifacts {found}")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
