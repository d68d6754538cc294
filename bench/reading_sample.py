"""The fixed sample for reading drafts by hand (issue 9): 20 abstracts, 8 about MS, by seed.

    python bench/reading_sample.py --out /tmp/reading            # drafts of this checkout
    python bench/reading_sample.py --seed 7 --avoid-default --out /tmp/tuning  # for tuning
    PYTHONPATH=OTHER/src python bench/reading_sample.py --out ...  # drafts of another version

Writes, per abstract, `ID.abstract.txt` and `ID.draft.md` (offline drafter, gate verdict in the
footer) into --out, and prints the ids. The reading itself is done by a person (or a reviewer who
did not tune the drafter) and recorded in the issue's note; this script only makes it repeatable.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SEED = 20261202
# (file, how many): 8 about MS, 12 across the other sources
PLAN = (
    ("ms_pairs", 8),
    ("cochrane_pls", 3),
    ("cochrane_devaraj_test", 3),
    ("plaba", 3),
    ("plos", 2),
    ("elife", 1),
)


def sample(data: Path = DATA, seed: int = SEED, avoid: frozenset[str] = frozenset()) -> list[dict]:
    """The abstracts the plan picks with `seed`, none of whose ids is in `avoid`."""
    rng = random.Random(seed)
    chosen: list[dict] = []
    ms_ids: set[str] = set()
    for name, count in PLAN:
        rows = [json.loads(line) for line in (data / f"{name}.jsonl").open(encoding="utf-8")]
        if name == "ms_pairs":
            ms_ids = {r["id"] for r in rows}
        else:
            rows = [r for r in rows if r["id"] not in ms_ids]
        rows = [r for r in rows if r["id"] not in avoid]
        chosen += rng.sample(rows, min(count, len(rows)))
    return chosen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--seed", type=int, default=SEED, help=f"default {SEED}, the reading's")
    parser.add_argument(
        "--avoid-default",
        action="store_true",
        help="leave out the abstracts of the default seed's sample (for whoever tunes the "
        "drafter: the independent reading uses that sample)",
    )
    args = parser.parse_args()
    if not args.data.is_dir():
        # an error, not a quiet success: a reader running it from a checkout elsewhere (a
        # worktree under /tmp) would otherwise read nothing and not know why
        print(
            f"reading_sample: no data folder at {args.data}; pass --data PATH/TO/shared/data",
            file=sys.stderr,
        )
        return 2
    from plainsum.api import draft
    from plainsum.render import to_markdown
    from plainsum.settings import Settings

    args.out.mkdir(parents=True, exist_ok=True)
    avoid = frozenset(r["id"] for r in sample(args.data)) if args.avoid_default else frozenset()
    for row in sample(args.data, args.seed, avoid):
        (args.out / f"{row['id']}.abstract.txt").write_text(row["source"], encoding="utf-8")
        try:
            text = to_markdown(draft(row["source"], Settings(backend="offline")))
        except Exception as exc:  # a crash is a result too: record it
            text = f"CRASH: {type(exc).__name__}: {exc}"
        (args.out / f"{row['id']}.draft.md").write_text(text, encoding="utf-8")
        print(row["id"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
