"""The hand-written mutations of issue 13: each mistake the audit found the suite let through,
applied one at a time in a temporary copy of the checkout, with the tests that must now fail.

    python bench/mutation.py --named

Each mutation names the file, the text it replaces (found exactly once, else the list is stale
and says so), and the test files to run. A mutation is "caught" when those tests fail on it; the
same tests must pass on the unmutated copy first.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Edit:
    path: str
    old: str  # a regular expression when `regex`, else exact text
    new: str
    regex: bool = False


@dataclass(frozen=True)
class Mutation:
    name: str
    mistake: str  # the words for what went wrong
    edits: tuple[Edit, ...]
    tests: tuple[str, ...]
    delete: str | None = None  # a file removed from the copy instead of (or besides) edits


def _returns_nothing(module: str, function: str) -> Edit:
    """`function` returns an empty list before doing anything (its docstring becomes dead)."""
    return Edit(
        f"src/plainsum/checks/{module}.py",
        rf"(def {function}\((?:.|\n)*?\) -> list\[Finding\]:\n)",
        r"\1    return []\n",
        regex=True,
    )


CHECKS = ("caveats", "claims", "faithfulness", "readability", "shape")
MUTATIONS: tuple[Mutation, ...] = (
    *(
        Mutation(
            f"check_{m}_returns_nothing",
            f"the {m} check returns nothing",
            (_returns_nothing(m, f"check_{m}"),),
            (f"tests/test_checks_{m}.py", "tests/test_gate.py"),
        )
        for m in CHECKS
    ),
    Mutation(
        "repair_messages_appends_to_callers_list",
        "repair_messages appends to the caller's message list and returns it",
        (
            Edit(
                "src/plainsum/drafters/chat.py",
                "    return [\n"
                "        *base,\n"
                '        {"role": "assistant", "content": sent_back(previous_raw)},\n'
                '        {"role": "user", "content": content},\n'
                "    ]\n",
                "    base.extend(\n"
                "        [\n"
                '            {"role": "assistant", "content": sent_back(previous_raw)},\n'
                '            {"role": "user", "content": content},\n'
                "        ]\n"
                "    )\n"
                "    return base\n",
            ),
        ),
        ("tests/test_chat_messages.py", "tests/test_openai_drafter.py"),
    ),
    Mutation(
        "bootstrap_tails_not_halved",
        "the bootstrap uses (1 - conf) instead of (1 - conf) / 2 for its tails",
        (
            Edit(
                "src/plainsum/evals/stats.py",
                "tail = (1 - confidence) / 2",
                "tail = 1 - confidence",
            ),
        ),
        ("tests/test_eval_stats.py",),
    ),
    Mutation(
        "bootstrap_resamples_unpaired",
        "the bootstrap resamples the two runs unpaired",
        (
            Edit(
                "src/plainsum/evals/stats.py",
                "statistics.fmean(rng.choices(diffs, k=n))",
                "(statistics.fmean(rng.choices(b, k=n)) - statistics.fmean(rng.choices(a, k=n)))",
            ),
        ),
        ("tests/test_eval_stats.py",),
    ),
    Mutation(
        "tokens_hash_check_gone_and_broad_except",
        "tokens.py catches Exception around the cache load, and the hash check is removed",
        (
            Edit(
                "src/plainsum/tokens.py",
                "except (OSError, ValueError, KeyError, ImportError) as exc:",
                "except Exception as exc:",
            ),
            Edit("src/plainsum/tokens.py", "return digest == ENCODING_SHA256[name]", "return True"),
        ),
        ("tests/test_tokens.py",),
    ),
    Mutation(
        "retry_after_400_s_not_honoured",
        "a Retry-After of 400 s is not honoured (waits of 0.5-0.7 s)",
        (
            Edit(
                "src/plainsum/drafters/retry.py",
                "if asked is not None and asked > remaining:",
                "if False:",
            ),
            Edit(
                "src/plainsum/drafters/retry.py",
                "return asked if asked is not None else backoff",
                "return asked if asked is not None and asked <= 300 else backoff",
            ),
        ),
        ("tests/test_retry.py", "tests/test_retry_messages.py"),
    ),
    Mutation(
        "compare_counts_cases_the_intervals_leave_out",
        "compare says '4 paired cases' while its intervals use the 3 where both runs drafted",
        (
            Edit(
                "src/plainsum/evals/compare.py",
                "n_cases=len(paired),",
                "n_cases=len(keys_a & keys_b),",
            ),
        ),
        ("tests/test_eval_compare.py",),
    ),
    Mutation(
        "compare_crashed_case_vanishes",
        "a crashed case disappears from compare without a word",
        (
            Edit(
                "src/plainsum/evals/compare.py",
                "crashed_in_a=sorted(crashed_a),",
                "crashed_in_a=[],",
            ),
            Edit(
                "src/plainsum/evals/compare.py",
                "crashed_in_b=sorted(crashed_b),",
                "crashed_in_b=[],",
            ),
        ),
        ("tests/test_eval_compare.py",),
    ),
    Mutation(
        "compare_pairs_crashed_cases",
        "a crashed case stays in the paired set ('passes the gate' 1.00 -> 1.00)",
        (
            Edit(
                "src/plainsum/evals/compare.py",
                "paired = (keys_a & keys_b) - crashed_a - crashed_b",
                "paired = keys_a & keys_b",
            ),
        ),
        ("tests/test_eval_compare.py",),
    ),
    Mutation(
        "cached_draft_keeps_old_verdict",
        "cached model drafts keep the gate findings from when they were drafted",
        (
            Edit(
                "src/plainsum/evals/runner.py",
                "draft = rechecked(draft, source)",
                "draft = draft",
            ),
        ),
        ("tests/test_eval_runner.py",),
    ),
    Mutation(
        "judge_shown_the_pair_in_the_wrong_order",
        "a judge test whose two systems return the same summary (order or pair mixed up)",
        (
            Edit(
                "src/plainsum/evals/judge.py",
                "a, b = (reference, candidate) if first else (candidate, reference)",
                "a, b = (candidate, reference) if first else (reference, candidate)",
            ),
        ),
        ("tests/test_eval_judge.py",),
    ),
    Mutation(
        "drafts_sent_one_after_another",
        "a concurrency test that checks only that two drafts passed",
        (
            Edit(
                "src/plainsum/drafters/openai.py",
                "async with asyncio.timeout(self.settings.timeout):",
                "async with _ONE_AT_A_TIME, asyncio.timeout(self.settings.timeout):",
            ),
            Edit(
                "src/plainsum/drafters/openai.py",
                r"(\nTRANSIENT_STATUS = )",
                r"\n_ONE_AT_A_TIME = asyncio.Lock()\1",
                regex=True,
            ),
        ),
        ("tests/test_openai_drafter.py::test_many_concurrent_drafts_share_one_drafter",),
    ),
    Mutation(
        "log_command_exits_non_zero",
        "a CLI log test that ignores the exit code",
        (
            Edit(
                "src/plainsum/cli/log_cmd.py",
                "    print(format_totals(totals, len(entries)))\n    return 0\n",
                "    print(format_totals(totals, len(entries)))\n    return 1\n",
            ),
        ),
        ("tests/test_log_command.py",),
    ),
    Mutation(
        "schema_snapshot_missing",
        "a snapshot test that writes its snapshot when missing and passes",
        (),
        ("tests/test_schemas.py",),
        delete="tests/snapshots/plain_summary_schema.json",
    ),
    Mutation(
        "ci_lets_browser_tests_skip",
        "the browser test can be skipped in CI without anyone noticing",
        (Edit(".ci/run", "export PLAINSUM_REQUIRE_BROWSER=1\n", ""),),
        ("tests/test_ci.py",),
    ),
)


def _apply(copy: Path, mutation: Mutation) -> str | None:
    """Apply the edits in `copy`; the reason when one no longer matches (a stale entry)."""
    for edit in mutation.edits:
        path = copy / edit.path
        text = path.read_text()
        if edit.regex:
            new, count = re.subn(edit.old, edit.new, text, count=1)
            found = count
        else:
            found = text.count(edit.old)
            new = text.replace(edit.old, edit.new)
        if found != 1:
            return f"{edit.path}: the text to mutate is found {found} times, not once"
        path.write_text(new)
    if mutation.delete:
        target = copy / mutation.delete
        if not target.exists():
            return f"{mutation.delete} does not exist"
        target.unlink()
    return None


def _changed(edit: Edit) -> str:
    """The first line the edit removes and the first it adds, for the printout."""
    old_lines = [line.strip() for line in edit.old.strip().splitlines()]
    new_lines = [line.strip() for line in edit.new.strip().splitlines()]
    old = next((line for line in old_lines if line not in new_lines), "")
    new = next((line for line in new_lines if line not in old_lines), "")
    return f"{old!r} -> {new!r}"


def _pytest(python: Path, copy: Path, tests: list[str], skip: tuple[str, ...]) -> tuple[int, str]:
    env = {**os.environ, "PYTHONPATH": str(copy / "src")}
    env.pop("PLAINSUM_REQUIRE_BROWSER", None)
    cmd = [str(python), "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", "-rfE"]
    cmd += [f"--ignore=tests/{t}" for t in skip]
    run = subprocess.run(
        [*cmd, *tests], cwd=copy, env=env, capture_output=True, text=True, check=False
    )
    return run.returncode, run.stdout + run.stderr


def run_named(copy_checkout: Callable[[Path], None], skip: tuple[str, ...]) -> int:
    """Apply each mutation in a copy (made by `copy_checkout`) and run its tests there."""
    python = Path(sys.executable)
    tmp = Path(tempfile.mkdtemp(prefix="plainsum-named-"))
    pristine, copy = tmp / "pristine", tmp / "copy"
    pristine.mkdir(parents=True)
    copy_checkout(pristine)
    shutil.copytree(pristine, copy)
    env = {**os.environ, "PYTHONPATH": str(copy / "src")}
    where = subprocess.run(
        [str(python), "-c", "import plainsum; print(plainsum.__file__)"],
        cwd=copy,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    if not where.startswith(str(copy)):
        print(f"mutation: the copy's plainsum is shadowed by {where}", file=sys.stderr)
        return 1
    every = sorted({t for m in MUTATIONS for t in m.tests})
    code, out = _pytest(python, copy, every, skip)
    if code != 0:
        print(out[-3000:], file=sys.stderr)
        print("mutation: the tests fail on the unmutated copy; nothing to measure", file=sys.stderr)
        return 1
    caught = 0
    for mutation in MUTATIONS:
        started = time.perf_counter()
        stale = _apply(copy, mutation)
        if stale:
            verdict, detail = "STALE", stale
        else:
            code, out = _pytest(python, copy, list(mutation.tests), skip)
            failed = re.findall(r"^(?:FAILED|ERROR) (\S+)", out, flags=re.MULTILINE)
            if code != 0:
                caught += 1
                verdict = "caught"
                detail = "by " + (", ".join(failed[:3]) or f"pytest exit {code}")
            else:
                verdict, detail = "SURVIVED", "no test failed"
        seconds = time.perf_counter() - started
        print(f"{verdict:8} {mutation.name} ({seconds:.0f} s)")
        print(f"         mistake: {mutation.mistake}")
        for edit in mutation.edits:
            print(f"         {edit.path}: {_changed(edit)}")
        if mutation.delete:
            print(f"         deleted {mutation.delete}")
        print(f"         {detail}")
        for edit in {e.path for e in mutation.edits} | (
            {mutation.delete} if mutation.delete else set()
        ):
            shutil.copy2(pristine / edit, copy / edit)  # back to the original for the next
    print(f"\n{caught} of {len(MUTATIONS)} named mutations caught")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0 if caught == len(MUTATIONS) else 1
