"""Measure the gate on a labelled set of one's own, kept outside the repo (a development set).

    python bench/gate_set.py DIR [--data DIR] [--quiet] [--json]

DIR holds a set in bench/gate_corpus's form (see gate_corpus_load): clean.jsonl (clean
summaries, each naming its abstract by `file` and `source_id`) and flaws.jsonl (one planted flaw
a row). The abstracts are read from --data (by default DIR itself, so a set of abstracts written
by hand carries them in a file of `{"id": ..., "source": ...}` lines next to its summaries).

It prints what bench_gate prints for a held-out set (caught / total per flaw type, the clean
summaries with no error apart from readability) and, unlike for the held-out sets, quotes every
missed flaw and every clean summary's errors: the set is the reader's own, written to tune on
(--quiet leaves them out). Exits 2 with one line on stderr when a file is missing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bench_gate import (
    Gate,
    clean_cases,
    clean_result,
    flaw_result,
    measure_flaws,
    print_clean,
    print_flaws,
)
from gate_corpus_load import load_flaws

CLEAN, FLAWS = "clean.jsonl", "flaws.jsonl"


def measure(folder: Path, data: Path, grade: float = 8.0, count_readability: bool = False):
    """Flaw and clean figures of the set in `folder`, as bench_gate reports a held-out set."""
    run = Gate(grade)
    cases = clean_cases(run, data, CLEAN, folder)
    rows = measure_flaws(cases, load_flaws(folder, FLAWS), run, count_readability)
    return {**flaw_result(rows), "clean": clean_result(cases)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--data", type=Path, help="folder with the abstracts (default: FOLDER)")
    parser.add_argument("--grade", type=float, default=8.0)
    parser.add_argument("--count-readability", action="store_true")
    parser.add_argument("--quiet", action="store_true", help="figures only")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    data = args.data or args.folder
    missing = [p for p in (args.folder / CLEAN, args.folder / FLAWS) if not p.is_file()]
    if missing or not data.is_dir():
        print(f"gate_set: not found: {missing[0] if missing else data}", file=sys.stderr)
        return 2
    result = measure(args.folder, data, args.grade, args.count_readability)
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    shown = argparse.Namespace(
        show=None if args.quiet else "all",
        worst=0 if args.quiet else len(result["clean"]["worst"]),
        count_readability=args.count_readability,
    )
    print_flaws(result, shown)
    print_clean(result["clean"], shown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
