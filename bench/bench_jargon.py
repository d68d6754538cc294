"""How the jargon check (plainsum.checks.jargon) tells lay summaries from abstracts.

    python bench/bench_jargon.py [--data ../shared/data] [--words N] [--show refs|abstracts]

On the pairs that bench/build_jargon.py held out (the learned list never saw them) it runs the
check on the first N words (default 250, a summary's length; 0 = whole text) of each human lay
summary and of each abstract, and prints per file the share that pass: no unexplained very rare
word (no error), and no unexplained jargon at all (no finding). Lay summaries should mostly
pass and abstracts mostly fail. `--show` prints the terms flagged, most frequent first, for
reading. Without the data folder it exits.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from bench_fluency import body
from build_jargon import FILES, is_held_out

from plainsum.checks.jargon import unexplained_terms

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def cut(text: str, words: int) -> str:
    if not words:
        return text
    out, n = [], 0
    for line in text.splitlines():
        if n >= words:
            break
        kept = line.split()[: words - n]
        n += len(kept)
        out.append(" ".join(kept))
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument("--show", choices=("refs", "abstracts"))
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"no data folder at {args.data}; nothing to measure", file=sys.stderr)
        return 0
    flagged: dict[str, Counter[str]] = {"refs": Counter(), "abstracts": Counter()}
    totals = Counter()
    seconds = 0.0
    print(
        f"{'file':<24}{'n':>5}{'refs: no error':>16}{'no finding':>12}"
        f"{'abstracts: no error':>21}{'no finding':>12}"
    )
    for name in FILES:
        path = args.data / f"{name}.jsonl"
        if not path.exists():
            continue
        row = Counter()
        for index, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if not is_held_out(index):
                continue
            item = json.loads(line)
            row["n"] += 1
            for key, text in (("refs", item["reference"]), ("abstracts", item["source"])):
                text = cut(body(text), args.words)
                t0 = time.perf_counter()
                terms = unexplained_terms(text)
                seconds += time.perf_counter() - t0
                row[f"{key}_clean"] += not any(t.very_rare for t in terms)
                row[f"{key}_none"] += not terms
                flagged[key].update(t.text.lower() for t in terms)
        n = row["n"]
        print(
            f"{name:<24}{n:>5}{row['refs_clean'] / n:>16.0%}{row['refs_none'] / n:>12.0%}"
            f"{row['abstracts_clean'] / n:>21.0%}{row['abstracts_none'] / n:>12.0%}"
        )
        totals.update(row)
    n = totals["n"]
    print(
        f"{'all held out':<24}{n:>5}{totals['refs_clean'] / n:>16.0%}"
        f"{totals['refs_none'] / n:>12.0%}{totals['abstracts_clean'] / n:>21.0%}"
        f"{totals['abstracts_none'] / n:>12.0%}"
    )
    print(f"time: {1000 * seconds / (2 * n):.2f} ms per text of up to {args.words or 'all'} words")
    if args.show:
        print(f"\nmost flagged in {args.show}:")
        print(", ".join(f"{t} ({c})" for t, c in flagged[args.show].most_common(80)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
