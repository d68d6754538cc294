"""Start-up time of the commands an editor runs all day (issue 12's targets).

    python bench/bench_startup.py [--runs 10] [--json]

Each command runs --runs times in a fresh process ("cold": a new interpreter, nothing cached in
memory; the operating system's file cache is warm, as it is on an editor's machine after the
first run). The runs of all commands are interleaved, so a machine busy with other work slows
them alike, and the bare interpreter start (`python -c pass`) is measured in the same loop:
the ratio to it says more than the seconds on a loaded machine.

Prints per command: the median wall time, the ratio to the bare Python start, the target and
whether it is met, and the peak resident memory (the largest of the runs, from wait4).
Targets: `plainsum --help` <= 0.1 s, `plainsum draft examples/lab_herpes_cells.txt` <= 0.5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "lab_herpes_cells.txt"


def _plainsum() -> list[str]:
    """The installed console script next to this interpreter, else `python -m plainsum`."""
    script = Path(sys.executable).parent / "plainsum"
    if script.exists():
        return [str(script)]
    found = shutil.which("plainsum")
    return [found] if found else [sys.executable, "-m", "plainsum"]


COMMANDS: list[tuple[str, list[str], float | None]] = [
    ("python -c pass", [sys.executable, "-c", "pass"], None),
    ("plainsum --help", [*_plainsum(), "--help"], 0.1),
    ("plainsum draft examples/lab_herpes_cells.txt", [*_plainsum(), "draft", str(EXAMPLE)], 0.5),
]


def _environment() -> dict[str, str]:
    """The caller's environment without a model endpoint (the offline drafter is measured)."""
    env = dict(os.environ)
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "PLAINSUM_MODEL", "PLAINSUM_BACKEND"):
        env.pop(name, None)
    env["PLAINSUM_LOG_PATH"] = str(Path(tempfile.gettempdir()) / "plainsum-bench-startup.db")
    return env


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, int, int]:
    """(wall seconds, peak RSS in KiB, exit code) of one fresh process."""
    start = time.perf_counter()
    process = subprocess.Popen(
        argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT
    )
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return seconds, int(usage.ru_maxrss), process.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="cold runs per command (10)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    env = _environment()
    times: dict[str, list[float]] = {name: [] for name, _, _ in COMMANDS}
    peaks: dict[str, int] = dict.fromkeys(times, 0)
    codes: dict[str, set[int]] = {name: set() for name in times}
    for _name, command, _ in COMMANDS:  # one warm-up each: the file cache, .pyc files
        run_once(command, env)
    for _ in range(args.runs):
        for name, command, _ in COMMANDS:
            seconds, peak, code = run_once(command, env)
            times[name].append(seconds)
            peaks[name] = max(peaks[name], peak)
            codes[name].add(code)
    bare = statistics.median(times[COMMANDS[0][0]])
    rows = []
    for name, _, target in COMMANDS:
        median = statistics.median(times[name])
        rows.append(
            {
                "command": name,
                "median_s": round(median, 4),
                "min_s": round(min(times[name]), 4),
                "ratio_to_python": round(median / bare, 2),
                "target_s": target,
                "met": None if target is None else median <= target,
                "peak_rss_mib": round(peaks[name] / 1024, 1),
                "exit_codes": sorted(codes[name]),
            }
        )
    if args.json:
        print(json.dumps({"runs": args.runs, "load": os.getloadavg(), "rows": rows}, indent=2))
        return 0
    print(
        f"{args.runs} cold runs each, interleaved; load average {os.getloadavg()[0]:.1f} "
        f"on {os.cpu_count()} cores"
    )
    print(
        f"{'command':<48} {'median':>8} {'min':>7} {'x python':>9} {'target':>7} "
        f"{'met':>4} {'peak RSS':>9}"
    )
    for row in rows:
        target = f"{row['target_s']:.1f}s" if row["target_s"] is not None else "-"
        met = {None: "-", True: "yes", False: "NO"}[row["met"]]
        print(
            f"{row['command']:<48} {row['median_s']:>7.3f}s {row['min_s']:>6.3f}s "
            f"{row['ratio_to_python']:>8.1f}x {target:>7} {met:>4} "
            f"{row['peak_rss_mib']:>6.1f} MiB"
        )
    bad = [row["command"] for row in rows if row["exit_codes"] not in ([0], [0, 1], [1])]
    if bad:
        print(f"unexpected exit codes: {', '.join(bad)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
