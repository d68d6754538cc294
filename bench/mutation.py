"""Mutation testing as a habit: does the suite fail when the code is wrong?

Runs mutmut (a maintained mutation tester) over the modules whose mistakes matter most, in a
temporary copy of the checkout, and prints every surviving mutant and the kill rate per module.

    python bench/mutation.py                       # the default modules (issue 13)
    python bench/mutation.py src/plainsum/evals/stats.py --max-children 2
    python bench/mutation.py src/plainsum/checks/ --sample 300 --seed 13   # a random sample
    python bench/mutation.py --named               # the hand-written mutations of issue 13

Each module is run on its own, against the test files that test it (TESTS_FOR below; `--tests`
overrides), and each mutant against only the tests that reach its function, so one mutant costs
seconds, not the whole suite. A mutant no selected test reaches counts as not killed; one mypy
rejects counts as caught (mypy is part of landing). With `--sample N --seed S`, a module with
more than N mutants has a fixed-seed random sample of N tested, and its rate is printed with a
95% Wilson interval; a folder's rate is split by file, and several modules get an overall rate
weighted by their numbers of mutants (one command: `--sample 200 --seed S` with no module
runs the five default ones).

Each mutant's tests import plainsum afresh, so code that runs at import and cached answers are
mutated too (`--shared-imports`: mutmut's faster fork of one process, where they are not).

mutmut imports the package from its own mutated copy (`mutants/src`), so it needs an environment
where plainsum is not installed in editable mode (an editable finder would shadow the copy). The
script builds one venv for that, once, under $XDG_CACHE_HOME/plainsum-mutation (about a minute).
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_MODULES = (
    "src/plainsum/checks/",
    "src/plainsum/drafters/retry.py",
    "src/plainsum/drafters/chat.py",
    "src/plainsum/evals/stats.py",
    "src/plainsum/evals/compare.py",
)
# The tests that can catch a mistake in each module (globs, relative to the checkout).
TESTS_FOR = {
    "src/plainsum/checks/": (
        "tests/test_checks_*.py",
        "tests/test_gate.py",
        "tests/test_gate_corpus.py",
        "tests/test_evidence.py",
        "tests/test_mutation_*.py",
    ),
    "src/plainsum/drafters/retry.py": ("tests/test_retry.py", "tests/test_retry_messages.py"),
    "src/plainsum/drafters/chat.py": (
        "tests/test_chat_messages.py",
        "tests/test_chat_answers.py",
        "tests/test_openai_drafter.py",
    ),
    "src/plainsum/evals/stats.py": ("tests/test_eval_stats.py", "tests/test_eval_compare.py"),
    "src/plainsum/evals/compare.py": (
        "tests/test_eval_compare.py",
        "tests/test_eval_compare_page.py",
        "tests/test_eval_compare_guards.py",
        "tests/test_eval_cli.py",
    ),
}
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


def _test_files(module: str, override: list[str] | None) -> list[str]:
    patterns = override or next(
        (list(t) for m, t in TESTS_FOR.items() if module.startswith(m) or m.startswith(module)),
        ["tests/"],
    )
    found = sorted({str(f.relative_to(ROOT)) for pat in patterns for f in ROOT.glob(pat)})
    if not found:
        raise SystemExit(f"mutation: no test file matches {patterns}")
    return [f for f in found if Path(f).name not in CHILD_PROCESS_TESTS]


def _rejected_by_mypy(copy: Path, targets: set[str], python: Path) -> set[str]:
    """The mutants mypy rejects. mypy is part of landing, so such a mutant cannot reach main:
    it counts as caught ("caught by type check"), as mutmut's own type_check_command intends,
    and its tests need not run. (Done here, once, rather than by mutmut, which reads its
    mutated files back with libcst on every run: minutes on a loaded machine.)"""
    mutants = copy / "mutants"
    done = subprocess.run(
        [str(python), "-m", "mypy", "-O", "json", *sorted(targets)],
        cwd=mutants,
        capture_output=True,
        text=True,
        check=False,
    )
    lines: dict[str, set[int]] = {}
    for row in done.stdout.splitlines():
        if row.strip().startswith("{"):
            error = json.loads(row)
            if error.get("severity") == "error":
                lines.setdefault(error["file"], set()).add(int(error["line"]))
    rejected: set[str] = set()
    for path, bad in lines.items():
        module = path.removeprefix("src/").removesuffix(".py").replace("/", ".")
        module = module.removesuffix(".__init__")
        tree = ast.parse((mutants / path).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and (
                "__mutmut_" in node.name
            ):
                end = node.end_lineno or node.lineno
                if any(node.lineno <= line <= end for line in bad):
                    rejected.add(f"{module}.{node.name}")
    return rejected


def _configure(
    copy: Path, targets: set[str], tests: list[str], python: Path, *, shared: bool
) -> None:
    every = {str(f.relative_to(copy)) for f in (copy / "src").rglob("*.py")}
    skip = sorted(every - targets)
    text = (copy / "pyproject.toml").read_text()
    text += "\n[tool.mutmut]\n"
    text += 'source_paths = ["src/"]\n'
    if not shared:
        # Each mutant's tests import plainsum afresh in their own process, with the mutant on:
        # code that runs at import (rules built from _rule(...), tables) and functions whose
        # answer is cached (lru_cache) are tested as mutated. Forked from a process that has
        # imported plainsum already (mutmut's default), they ran unmutated and every mutant
        # there survived, whatever the tests.
        text += 'process_isolation = "forkserver"\nforkserver_warmup = "none"\n'
        # mutmut's time limit is 15 x (the tests' time + timeout_constant), the tests' time
        # measured without the import; on a loaded machine the import alone passed the default
        # limit (1 s), and a mutant that survived was counted as a timeout, that is killed.
        text += "timeout_constant = 10\n"
    text += f"do_not_mutate = {json.dumps(skip)}\n"
    text += f"also_copy = {json.dumps([p for p in ALSO_COPY if (copy / p).exists()])}\n"
    # Tests that start `plainsum` in a child process import the mutated copy there too, where
    # mutmut's trampolines cannot run: they are left out (they cannot kill a mutant anyway).
    args = ["-q", "-p", "no:cacheprovider", *(f"--ignore=tests/{t}" for t in CHILD_PROCESS_TESTS)]
    args += ["--deselect=tests/test_openai_live.py::test_the_installed_command_end_to_end"]
    text += f"pytest_add_cli_args = {json.dumps(args)}\n"
    text += f"pytest_add_cli_args_test_selection = {json.dumps(tests)}\n"
    (copy / "pyproject.toml").write_text(text)


_RESULT = re.compile(r"^\s*(plainsum\.\S+):\s*(.+?)\s*$")
NOT_RUN = {"not checked", "skipped"}  # left out of the rate: never tried
KILLED = {"killed", "timeout", "caught by type check"}


def wilson(killed: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval for a kill rate measured on a sample of n mutants."""
    if n == 0:
        return 0.0, 1.0
    p = killed / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * (p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass
class ModuleRun:
    """One mutmut run over one module (or folder) against its own test files."""

    module: str
    tests: list[str]
    statuses: dict[str, str] = field(default_factory=dict)
    total_mutants: int = 0
    sampled: bool = False
    seconds: float = 0.0
    diffs: dict[str, str] = field(default_factory=dict)
    seed_note: str = ""


def _mutmut(python: Path, copy: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(copy / "mutants" / "src")}
    mutmut = python.parent / "mutmut"
    return subprocess.run(
        [str(mutmut), *args], cwd=copy, env=env, capture_output=True, text=True, check=False
    )


def run_module(module: str, args: argparse.Namespace) -> ModuleRun:
    tests = _test_files(module, args.tests)
    result = ModuleRun(module, tests)
    tmp = Path(tempfile.mkdtemp(prefix="plainsum-mutation-"))
    copy = tmp / "repo"
    copy.mkdir()
    _copy_checkout(copy)
    python = _venv(copy)
    _configure(copy, _targets([module]), tests, python, shared=args.shared_imports)
    # mutmut puts the mutated copy on the path; it must exist before Python starts so the
    # import system does not cache it as missing.
    (copy / "mutants" / "src").mkdir(parents=True)
    children = ["--max-children", str(args.max_children)]
    started = time.perf_counter()
    chosen: list[str] = []
    # Generate the mutants and collect which tests reach which function (the filter matches
    # nothing, so mutmut stops there), then read both back. (Not with `mutmut
    # print-time-estimates`: in mutmut 3.8 it empties the saved test map.)
    first = _mutmut(python, copy, "run", *children, "plainsum.no-such-mutant")
    stats_file = copy / "mutants" / "mutmut-stats.json"
    if not stats_file.exists():
        # mutmut first runs the tests on the unmutated code; when they fail it stops there
        print(first.stdout[-3000:], first.stderr[-3000:], sep="\n", file=sys.stderr)
        shutil.rmtree(tmp, ignore_errors=True)
        raise SystemExit(
            f"mutation: mutmut ran no mutant of {module}: its tests fail (or cannot run) on the"
            f" unmutated code; see: pytest {' '.join(tests)}"
        )
    stats = json.loads(stats_file.read_text())
    reached = {k for k, v in stats["tests_by_mangled_function_name"].items() if v}
    listed = _mutmut(python, copy, "results", "--all", "true").stdout.splitlines()
    names = sorted(m.group(1) for m in map(_RESULT.match, listed) if m)
    result.total_mutants = len(names)
    if args.sample and len(names) > args.sample:
        result.sampled = True
        names = sorted(random.Random(args.seed).sample(names, args.sample))
    rejected = _rejected_by_mypy(copy, _targets([module]), python)
    for name in names:
        if name in rejected:
            result.statuses[name] = "caught by type check"
        elif name.replace("__init__.", "").partition("__mutmut_")[0] in reached:
            chosen.append(name)
        else:
            result.statuses[name] = "no tests"
    # mutmut keys a package's own functions without "__init__." in its test map: a pattern
    # spares its name lookup (which would fail) and still matches the one mutant.
    patterns = [name.replace("__init__.", "*") for name in chosen]
    run = _mutmut(python, copy, "run", *children, *patterns) if chosen else None
    result.seconds = time.perf_counter() - started
    wanted = set(chosen)
    for line in _mutmut(python, copy, "results", "--all", "true").stdout.splitlines():
        m = _RESULT.match(line)
        if m and m.group(1) in wanted:
            result.statuses[m.group(1)] = m.group(2)
    if not result.statuses and run is not None:
        print(run.stdout[-3000:], run.stderr[-3000:], sep="\n", file=sys.stderr)
        print(f"mutation: mutmut produced no results for {module}", file=sys.stderr)
    for name, status in sorted(result.statuses.items()):
        if status not in KILLED and status not in NOT_RUN:
            shown = _mutmut(python, copy, "show", name).stdout
            changed = [
                line.strip()
                for line in shown.splitlines()
                if line[:1] in "+-" and not line.startswith(("+++", "---"))
            ]
            result.diffs[name] = " | ".join(changed[:2])
    if args.keep:
        print(f"mutation: kept {copy}", file=sys.stderr)
    else:
        shutil.rmtree(tmp, ignore_errors=True)
    return result


def _file_of(mutant: str) -> str:
    """The source file a mutant's name points into: plainsum.checks.support.x_f__mutmut_3 ->
    checks/support.py; a package's own functions (plainsum.checks.x_run_gate__mutmut_8) ->
    checks/__init__.py."""
    module = mutant.partition("__mutmut_")[0].rpartition(".")[0]
    path = module.removeprefix("plainsum.").replace(".", "/")
    return (
        path + ".py"
        if (ROOT / "src" / "plainsum" / f"{path}.py").exists()
        else path + "/__init__.py"
    )


def _rate(killed: int, scored: int) -> str:
    return f"{killed / scored:.0%}" if scored else "-"


def overall(runs: list[ModuleRun]) -> tuple[float, float, float] | None:
    """The kill rate of all the runs' mutants together, each module weighted by its number of
    mutants (a module sampled at 200 of 4,661 stands for 4,661), with a 95% interval (normal
    approximation of the stratified estimate, finite-population corrected)."""
    strata = []
    for r in runs:
        scored = [s for s in r.statuses.values() if s not in NOT_RUN]
        if scored:
            killed = sum(s in KILLED for s in scored)
            strata.append((max(r.total_mutants, len(scored)), len(scored), killed / len(scored)))
    weight = sum(big for big, _, _ in strata)
    if not weight:
        return None
    estimate = sum(big * p for big, _, p in strata) / weight
    variance = sum(
        (big / weight) ** 2 * p * (1 - p) / n * (1 - n / big) for big, n, p in strata if n > 1
    )
    half = 1.96 * variance**0.5
    return estimate, max(0.0, estimate - half), min(1.0, estimate + half)


def report(runs: list[ModuleRun]) -> None:
    print(f"{'module':40} {'mutants':>8} {'tested':>7} {'killed':>7} {'rate':>6}  95% CI / note")
    all_killed = all_scored = 0
    for r in runs:
        scored = [s for s in r.statuses.values() if s not in NOT_RUN]
        killed = sum(s in KILLED for s in scored)
        all_killed += killed
        all_scored += len(scored)
        if r.sampled:
            low, high = wilson(killed, len(scored))
            note = f"sample (seed {r.seed_note}): {low:.0%}-{high:.0%}"
        else:
            note = f"all mutants, {r.seconds:.0f} s"
        rate = _rate(killed, len(scored))
        print(f"{r.module:40} {r.total_mutants:8} {len(scored):7} {killed:7} {rate:>6}  {note}")
        typed = sum(s == "caught by type check" for s in scored)
        by_tests = _rate(killed - typed, len(scored) - typed)
        print(f"{'':40} mypy caught {typed}; the tests killed {by_tests} of the rest")
        files = sorted({_file_of(name) for name in r.statuses})
        if len(files) > 1:  # a folder: its files' share of what was tested
            for name in files:
                mine = [s for m, s in r.statuses.items() if _file_of(m) == name]
                mine = [s for s in mine if s not in NOT_RUN]
                hit = sum(s in KILLED for s in mine)
                print(f"  {name:38} {'':8} {len(mine):7} {hit:7} {_rate(hit, len(mine)):>6}")
        print(f"{'':40} tests: {' '.join(r.tests)}")
    if all_scored:
        pooled = _rate(all_killed, all_scored)
        print(f"{'all tested (pooled)':40} {'':8} {all_scored:7} {all_killed:7} {pooled:>6}")
    estimate = overall(runs)
    if estimate is not None and len(runs) > 1:
        mutants = sum(r.total_mutants for r in runs)
        rate, low, high = estimate
        line = f"{'overall (weighted by mutants)':40} {mutants:8} {'':7} {'':7} {rate:>6.0%}"
        print(f"{line}  {low:.0%}-{high:.0%}")
    print("\nrate = killed (or timed out, or rejected by mypy) / tested; 'no tests' (no selected")
    print("test reaches the mutated function) counts as not killed. The weighted overall counts")
    print("each module by its number of mutants: a sampled module weighs what it stands for.")
    for r in runs:
        if r.diffs:
            print(f"\nnot killed in {r.module} ({len(r.diffs)}):")
            for name, diff in r.diffs.items():
                print(f"  {name} [{r.statuses[name]}]: {diff}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", default=list(DEFAULT_MODULES))
    parser.add_argument("--max-children", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--tests", nargs="+", help="test files (globs) instead of TESTS_FOR")
    parser.add_argument("--sample", type=int, help="test a random sample of N mutants per module")
    parser.add_argument("--seed", type=int, default=13, help="seed of the sample (default 13)")
    parser.add_argument("--named", action="store_true", help="run the hand-written mutations")
    parser.add_argument("--keep", action="store_true", help="keep the temporary copies")
    parser.add_argument(
        "--shared-imports",
        action="store_true",
        help="fork each mutant's tests from a process that imported plainsum unmutated (faster;"
        " code run at import and cached answers then cannot be mutated)",
    )
    args = parser.parse_args()
    if args.named:
        from named_mutations import run_named

        return run_named(_copy_checkout, CHILD_PROCESS_TESTS)
    runs = []
    for module in args.modules:
        _targets([module])  # fail early on a typo
        run = run_module(module, args)
        run.seed_note = str(args.seed)
        runs.append(run)
    report(runs)
    return 0 if any(r.statuses for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
