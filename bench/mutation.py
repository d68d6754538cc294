"""Mutation testing as a habit: does the suite fail when the code is wrong?

Runs mutmut (a maintained mutation tester) over the modules whose mistakes matter most, in a
temporary copy of the checkout, and prints every surviving mutant and the kill rate per module.

    python bench/mutation.py                       # the default modules (issue 13)
    python bench/mutation.py src/plainsum/evals/stats.py --max-children 2

mutmut imports the package from its own mutated copy (`mutants/src`), so it needs an environment
where plainsum is not installed in editable mode (an editable finder would shadow the copy). The
script builds one venv for that, once, under $XDG_CACHE_HOME/plainsum-mutation (about a minute).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_MODULES = (
    "src/plainsum/checks/",
    "src/plainsum/drafters/retry.py",
    "src/plainsum/drafters/chat.py",
    "src/plainsum/evals/stats.py",
    "src/plainsum/evals/compare.py",
)
CHILD_PROCESS_TESTS = (
    "test_cli_startup.py",
    "test_faults.py",
    "test_hostile_files.py",
    "test_llama_cpp_server.py",
)
ALSO_COPY = ["README.md", ".ci", "examples", "evals", "bench", "prompts"]


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "plainsum-mutation"


def _venv(copy: Path) -> Path:
    """A venv with the project's dependencies and mutmut, plainsum installed as a plain (not
    editable) copy: in-process tests import the mutated copy first (PYTHONPATH), and tests that
    start `python -m plainsum` in a child still find a plainsum (unmutated: they cannot kill)."""
    key = "v2-" + hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()[:12]
    venv = _cache_dir() / f"venv-{key}"
    python = venv / "bin" / "python"
    if python.exists():
        return python
    print(f"mutation: building {venv} (once)", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(python), "-m", "pip", "install", "-q"]
    subprocess.run([*pip, f"{copy}[test]", "mutmut>=3.8"], check=True)
    return python


def _targets(paths: list[str]) -> set[str]:
    found: set[str] = set()
    for p in paths:
        full = ROOT / p
        if full.is_dir():
            found.update(str(f.relative_to(ROOT)) for f in full.rglob("*.py"))
        elif full.is_file():
            found.add(p)
        else:
            raise SystemExit(f"mutation: no such module: {p}")
    return found


def _copy_checkout(dest: Path) -> None:
    files = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    for name in files:
        src = ROOT / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)


def _configure(copy: Path, targets: set[str]) -> None:
    every = {str(f.relative_to(copy)) for f in (copy / "src").rglob("*.py")}
    skip = sorted(every - targets)
    text = (copy / "pyproject.toml").read_text()
    text += "\n[tool.mutmut]\n"
    text += 'source_paths = ["src/"]\n'
    text += f"do_not_mutate = {json.dumps(skip)}\n"
    text += f"also_copy = {json.dumps([p for p in ALSO_COPY if (copy / p).exists()])}\n"
    # Tests that start `plainsum` in a child process import the mutated copy there too, where
    # mutmut's trampolines cannot run: they are left out (they cannot kill a mutant anyway).
    args = ["-q", "-p", "no:cacheprovider", *(f"--ignore=tests/{t}" for t in CHILD_PROCESS_TESTS)]
    args += ["--deselect=tests/test_openai_live.py::test_the_installed_command_end_to_end"]
    text += f"pytest_add_cli_args = {json.dumps(args)}\n"
    text += 'pytest_add_cli_args_test_selection = ["tests/"]\n'
    (copy / "pyproject.toml").write_text(text)


_RESULT = re.compile(r"^\s*(plainsum\.\S+):\s*(.+?)\s*$")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", default=list(DEFAULT_MODULES))
    parser.add_argument("--max-children", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--keep", action="store_true", help="keep the temporary copy")
    args = parser.parse_args()

    targets = _targets(args.modules)
    tmp = Path(tempfile.mkdtemp(prefix="plainsum-mutation-"))
    copy = tmp / "repo"
    copy.mkdir()
    _copy_checkout(copy)
    _configure(copy, targets)
    python = _venv(copy)
    mutmut = python.parent / "mutmut"
    # mutmut puts the mutated copy on the path; it must exist before Python starts so the
    # import system does not cache it as missing.
    (copy / "mutants" / "src").mkdir(parents=True)
    env = {**os.environ, "PYTHONPATH": str(copy / "mutants" / "src")}
    started = time.perf_counter()
    run = subprocess.run(
        [str(mutmut), "run", "--max-children", str(args.max_children)],
        cwd=copy,
        env=env,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    results = subprocess.run(
        [str(mutmut), "results", "--all", "true"],
        cwd=copy,
        env=env,
        capture_output=True,
        text=True,
    ).stdout
    statuses: dict[str, str] = {}
    for line in results.splitlines():
        m = _RESULT.match(line)
        if m:
            statuses[m.group(1)] = m.group(2)
    if not statuses:
        print(run.stdout[-3000:], run.stderr[-3000:], sep="\n", file=sys.stderr)
        print("mutation: mutmut produced no results (see its output above)", file=sys.stderr)
        return 1

    per_module: dict[str, dict[str, int]] = {}
    survivors: list[str] = []
    for name, status in sorted(statuses.items()):
        module = name.split(".x_")[0].split(".xǁ")[0]
        counts = per_module.setdefault(module, {})
        counts[status] = counts.get(status, 0) + 1
        if status == "survived":
            survivors.append(name)

    print(f"mutants by module ({seconds:.0f} s, {len(statuses)} mutants)")
    print(f"{'module':40} {'killed':>7} {'survived':>9} {'other':>6} {'kill rate':>10}")
    total_killed = total_scored = 0
    for module, counts in sorted(per_module.items()):
        killed = counts.get("killed", 0) + counts.get("timeout", 0)
        survived = counts.get("survived", 0)
        other = sum(counts.values()) - killed - survived
        scored = killed + survived
        total_killed += killed
        total_scored += scored
        rate = f"{killed / scored:.0%}" if scored else "-"
        print(f"{module:40} {killed:7} {survived:9} {other:6} {rate:>10}")
    overall = total_killed / total_scored if total_scored else 0.0
    print(f"{'all':40} {total_killed:7} {total_scored - total_killed:9} {'':6} {overall:>10.0%}")
    print("\n'other' = no test covers the mutant, or mutmut could not run it; not in the rate.")
    if survivors:
        print(f"\nsurvivors ({len(survivors)}); `mutmut show NAME` in {copy} shows the diff:")
        for name in survivors:
            shown = subprocess.run(
                [str(mutmut), "show", name], cwd=copy, env=env, capture_output=True, text=True
            ).stdout
            changed = [
                line
                for line in shown.splitlines()
                if line[:1] in "+-" and not line.startswith(("+++", "---"))
            ]
            print(f"  {name}: " + " | ".join(c.strip() for c in changed[:2]))
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
