"""Benchmark the gate (plainsum.checks) on real abstract / lay-summary pairs.

    python bench/bench_checks.py [--data ../shared/data] [--limit N] [--show CHECK]

For every *.jsonl file in the data folder it shapes each human reference summary into a
`PlainSummary` (a headline from its first words, the sentences shared out over the three body
sections), runs every check against the paper, and prints one row per file: checks per second
(cold: first sight of each word; warm: the same summaries again, words cached) and the share
of references each check rejects. The references are not plain enough, so readability errors
are expected; claims, abbreviation and faithfulness errors are read as a false-positive rate
to keep low. `--show claims` (or caveats, faithfulness, shape, readability) prints each such
finding for reading. Without the data folder it does nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bench_fluency import body

from plainsum.checks import has_errors, run_checks
from plainsum.checks.readability import split_sentences
from plainsum.design import DesignInfo, detect_design
from plainsum.ingest import Source, parse
from plainsum.schemas import Finding, PlainSummary, Severity

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
CHECKS = ("readability", "caveats", "claims", "faithfulness", "shape")  # shown even at 0%
SECTION_CAP = 240  # words per body section (the schema allows 250)


class ShapeError(ValueError):
    """A reference that cannot be cut into the summary's shape, and why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def shape(reference: str) -> PlainSummary:
    """A human reference cut into the summary's shape: its heading lines dropped (Cochrane's
    "Review question", "Comparing X to Y": no end punctuation, a few words, as
    bench_fluency.body reads them; joined into the next line they made a fused sentence of the
    reference that no summary holds), the first sentence's first 14 words as the headline (cut
    before a bracket the 14 words leave open: the reference closes it), the sentences in thirds
    as the body sections (each within SECTION_CAP words).
    Raises ShapeError (too few sentences) or pydantic's ValueError (a section the schema refuses).
    """
    sentences = split_sentences(body(reference).replace("\n", " "))
    if len(sentences) < 3:
        raise ShapeError("fewer than 3 sentences")
    words = sentences[0].rstrip(".!?").split()
    headline = " ".join(words[:14])
    if headline.count("(") > headline.count(")") and headline.rindex("(") > 0:
        # the cut fell inside a bracket the human text closes: cut before the bracket
        headline = headline[: headline.rindex("(")].rstrip(" ,;:")
    third = -(-len(sentences) // 3)
    parts = []
    for i in range(3):
        kept: list[str] = []
        for sentence in sentences[i * third : (i + 1) * third]:
            if len(" ".join([*kept, sentence]).split()) > SECTION_CAP:
                break
            kept.append(sentence)
        parts.append(" ".join(kept))
    return PlainSummary(
        headline=headline,
        what_the_study_did=parts[0],
        why_it_matters=parts[1],
        limitations=parts[2],
    )


def as_summary(reference: str) -> PlainSummary | None:
    """`shape`, or None when the reference cannot be shaped."""
    try:
        return shape(reference)
    except ValueError:
        return None


@dataclass
class Row:
    name: str
    n: int = 0
    read: int = 0  # pairs read; n of them could be shaped into a summary
    dropped: list[str] = field(default_factory=list)  # ids that could not be shaped
    seconds: float = 0.0
    warm_seconds: float = 0.0
    passed: int = 0
    rejected_by: Counter[str] = field(default_factory=Counter)
    findings: list[tuple[str, Finding]] = field(default_factory=list)


def bench_file(path: Path, limit: int) -> Row:
    row = Row(path.stem)
    cases: list[tuple[str, Source, PlainSummary, DesignInfo]] = []
    for line in path.read_text(encoding="utf-8").splitlines()[:limit]:
        item = json.loads(line)
        row.read += 1
        summary = as_summary(item["reference"])
        if summary is None:
            row.dropped.append(item["id"])
            continue
        source = parse(item["source"])
        cases.append((item["id"], source, summary, detect_design(source)))
    start = time.perf_counter()
    results = [(cid, run_checks(src, s, d)) for cid, src, s, d in cases]
    row.seconds = time.perf_counter() - start
    start = time.perf_counter()  # again, with every word already looked up once
    for _, src, s, d in cases:
        run_checks(src, s, d)
    row.warm_seconds = time.perf_counter() - start
    row.n = len(results)
    for cid, findings in results:
        row.passed += not has_errors(findings)
        errors = [f for f in findings if f.severity == Severity.ERROR]
        row.rejected_by.update({f.check for f in errors})
        row.findings += [(cid, f) for f in errors]
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=1000, help="pairs per file")
    parser.add_argument("--show", metavar="CHECK", help="print every error of this check")
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"no data folder at {args.data}; nothing to measure", file=sys.stderr)
        return 0
    paths = sorted(p for p in args.data.glob("*.jsonl") if p.stem != "ms_pairs")
    # warm the caches (CMU dictionary, wordfreq) so the rate measures the checks themselves
    bench_file(paths[0], 5)
    rows = [bench_file(p, args.limit) for p in paths]
    checks = sorted({c for r in rows for c in r.rejected_by} | set(CHECKS))
    head = f"{'file':<24}{'read':>5}{'n':>5}{'cold/s':>8}{'warm/s':>8}{'passed':>8}"
    print(head + "".join(f"{c[:12]:>14}" for c in checks))
    for row in rows:
        cold = row.n / row.seconds if row.seconds else 0.0
        warm = row.n / row.warm_seconds if row.warm_seconds else 0.0
        shares = "".join(f"{row.rejected_by[c] / max(row.n, 1):>14.1%}" for c in checks)
        passed = row.passed / max(row.n, 1)
        line = f"{row.name:<24}{row.read:>5}{row.n:>5}{cold:>8.0f}{warm:>8.0f}{passed:>8.1%}"
        print(line + shares)
    total = sum(r.n for r in rows)
    cold = total / sum(r.seconds for r in rows)
    warm = total / sum(r.warm_seconds for r in rows)
    print(f"{'all':<24}{sum(r.read for r in rows):>5}{total:>5}{cold:>8.0f}{warm:>8.0f}")
    print(
        "\nn = references that could be shaped into four sections (3+ sentences, within the "
        "schema's limits); shares are of n. cold/s = first pass, warm/s = word caches filled."
    )
    for row in rows:
        if row.dropped:
            shown = ", ".join(row.dropped[:8]) + (" …" if len(row.dropped) > 8 else "")
            print(f"dropped from {row.name}: {len(row.dropped)} of {row.read} ({shown})")
    if args.show:
        for row in rows:
            for cid, f in row.findings:
                if f.check == args.show:
                    print(f"{cid} [{f.section}] {f.message} | {f.span or ''}"[:400])
    return 0


if __name__ == "__main__":
    sys.exit(main())
