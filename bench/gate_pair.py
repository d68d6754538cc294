"""The gate's CPU in two trees, paper by paper, taking turns (issue 10: speed work on a shared
machine).

    python bench/gate_pair.py BEFORE_TREE AFTER_TREE [--n 400] [--drafts gi.jsonl]

Wall time and even CPU time a paper move by 15% or more from one run to the next when other
jobs share the cores (their caches, the hyperthreads' share): two runs a minute apart tell two
trees apart no better than that. Here each tree runs in a process of its own (its `src` first
on the path, the compiled-pattern cache installed and the gate warmed, as in a batch's worker),
both hold the same papers ready, and they check them in turns: paper 1 in one tree, then in the
other, then paper 2 (the tree that goes first alternating), so each pair of figures is taken
under the same load, and with the same string hashes (`--hash-seed`: sets and dictionaries
iterate in the same order on both sides; with a seed of its own, one side of the same tree ran
1.3% faster than the other over 400 papers, with the same seed 0.1%). It prints the median of
the per-paper ratios AFTER / BEFORE and the ratio of the sums, and whether the two trees' gate
results (findings, evidence links, grade) are the same on every paper. Each side keeps a regex
cache of its own (`cache_home`): the first run of a tree fills it, and says so.

The model answers: with `--drafts`, a `bench/gate_identity.py` output, each paper gets its own
offline draft from it (varied answers, as in `bench_batch.py`); without, every paper gets the
test server's fixed answer (tests/openai_cases.PASSING), which the gate's caches flatter.
Nothing from the data is written anywhere but a temporary file, deleted afterwards.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_batch import load, load_abstracts  # noqa: E402

# One tree's side: reads the cases, then for each index on stdin checks that paper and writes
# "CPU seconds<TAB>digest of the gate's result" on stdout.
CHILD = r"""
import gc, hashlib, json, sys, time
from plainsum import regex_cache
regex_cache.install()
from plainsum.batch import work
from plainsum.batch.workers import GC_THRESHOLDS
from plainsum.schemas import PlainSummary
cases_file, fixed_file = sys.argv[1], sys.argv[2]
fixed = PlainSummary.model_validate(json.loads(open(fixed_file).read()))
work.warm()
cases = []
for line in open(cases_file):
    row = json.loads(line)
    read = work.read_case(row["source"], row["id"])
    summary = row.get("summary")
    summary = fixed if summary is None else PlainSummary.model_validate(summary)
    cases.append(None if isinstance(read, str) else (read[0], read[1], summary))
gc.collect(); gc.freeze(); gc.set_threshold(*GC_THRESHOLDS)
print("ready", flush=True)
for asked in sys.stdin:
    case = cases[int(asked)]
    if case is None:
        print("-1\t-", flush=True)
        continue
    start = time.process_time()
    gate = work.check(case[0], case[2], case[1], 8.0)
    spent = time.process_time() - start
    result = json.dumps([[f.model_dump(mode="json") for f in gate.findings],
                         [e.model_dump(mode="json") for e in gate.evidence], gate.grade],
                        sort_keys=True)
    print(f"{spent}\t{hashlib.sha256(result.encode()).hexdigest()[:16]}", flush=True)
"""


def cache_home(tree: Path) -> Path:
    """The XDG cache folder of `tree`'s side, its own and kept between runs: the regex cache
    (plainsum.regex_cache) keeps facts only for the code that worked them out, so two trees
    that differ in that code, sharing one file, would each find it the other's and work every
    fact out again while being timed."""
    digest = hashlib.sha256(str(tree.resolve()).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"plainsum-pair-cache-{digest}"


class Side:
    """One tree's process."""

    def __init__(self, tree: Path, cases: Path, fixed: Path, seed: str) -> None:
        path = f"{tree / 'src'}{os.pathsep}{tree}"
        self.cache = cache_home(tree)
        self.cold = not any(self.cache.glob("plainsum/regex-*.bin"))
        env = dict(os.environ, PYTHONPATH=path, PYTHONHASHSEED=seed, XDG_CACHE_HOME=str(self.cache))
        self.proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(cases), str(fixed)],
            cwd=tree,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        if self.proc.stdout.readline().strip() != "ready":
            sys.exit(f"gate_pair: {tree} did not start")

    def check(self, index: int) -> tuple[float, str]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(f"{index}\n")
        self.proc.stdin.flush()
        spent, digest = self.proc.stdout.readline().rstrip("\n").split("\t")
        return float(spent), digest

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--n", type=int, default=400)
    parser.add_argument("--drafts", type=Path, help="a gate_identity output: varied answers")
    parser.add_argument("--hash-seed", type=int, default=0, help="PYTHONHASHSEED of both sides")
    args = parser.parse_args()
    summaries: dict[str, object] = {}
    if args.drafts:
        for line in args.drafts.read_text().splitlines():
            row = json.loads(line)
            if "draft" in row:
                summaries[row["id"]] = row["draft"]["summary"]
    records = load_abstracts(args.data, args.n)
    if args.drafts:
        records = [r for r in records if r["id"] in summaries]
    sys.path.insert(0, str(HERE.parent / "tests"))
    from openai_cases import PASSING

    print(f"{len(records)} papers, {'varied' if args.drafts else 'fixed'} answers; {load()}")
    with tempfile.TemporaryDirectory(prefix="plainsum-pair-") as name:
        cases, fixed = Path(name) / "cases.jsonl", Path(name) / "fixed.json"
        rows = [{"id": r["id"], "source": r["source"], "summary": summaries.get(r["id"])}
                for r in records]  # fmt: skip
        cases.write_text("".join(json.dumps(row) + "\n" for row in rows))
        fixed.write_text(json.dumps(PASSING))
        sides = [
            Side(tree, cases, fixed, str(args.hash_seed)) for tree in (args.before, args.after)
        ]
        ratios, sums, differ = [], [0.0, 0.0], []
        for i, record in enumerate(records):
            order = (0, 1) if i % 2 == 0 else (1, 0)
            got: dict[int, tuple[float, str]] = {k: sides[k].check(i) for k in order}
            if got[0][0] < 0:  # not research, or unreadable: no gate
                continue
            sums[0] += got[0][0]
            sums[1] += got[1][0]
            if got[0][0] > 0:
                ratios.append(got[1][0] / got[0][0])
            if got[0][1] != got[1][1]:
                differ.append(record["id"])
        for side in sides:
            side.close()
    pairs = zip((args.before, args.after), sides, strict=True)
    cold = list(dict.fromkeys(str(tree) for tree, side in pairs if side.cold))
    if cold:
        print(f"first run of {', '.join(cold)} (regex cache empty): run again to compare")
    n = len(ratios)
    print(f"gate CPU ms a paper: before {sums[0] / n * 1000:.2f}, after {sums[1] / n * 1000:.2f}")
    print(f"after / before: median of {n} per-paper ratios {statistics.median(ratios):.3f}, "
          f"ratio of sums {sums[1] / sums[0]:.3f}; {load()}")  # fmt: skip
    named = f": {', '.join(differ[:10])}" if differ else ""
    print(f"gate results differ on {len(differ)} papers{named}")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
