"""False alarms of the evidence-based findings on human lay summaries, and their cost.

    python bench/bench_support.py [--data ../shared/data] [--limit N] [--show CHECK]

Every sentence of each human reference summary in the data folder is linked to its paper
(plainsum.evidence) and read by checks/support.py and checks/headline.py. The references are
faithful by construction, so every error is read as a false alarm, with one caveat: Cochrane
plain-language summaries quote numbers and methods from the full review, which the abstract
lacks (see the data README), so their "unsupported" rate is an upper bound. Prints per file
and check: the share of summaries with at least one error, the share of sentences with one,
and milliseconds per summary (linking + the checks). `--show NAME` prints those findings.
Without the data folder it does nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from plainsum.checks.support import CHECKS, check_support
from plainsum.design import detect_design
from plainsum.evidence import align, frame_kind, split_source, split_summary_section
from plainsum.ingest import parse
from plainsum.schemas import EvidenceLink, Severity

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
FILES = ("ms_pairs", "plaba", "cochrane_pls", "cochrane_devaraj_test", "plos", "elife")


def links_for(source, reference: str) -> list[EvidenceLink]:
    """Evidence links for the sentences of a free-text summary (one section)."""
    sentences = split_source(source)
    links = []
    for i, text in enumerate(split_summary_section(reference)):
        found = align(source, text)
        links.append(
            EvidenceLink(
                section="what_the_study_did",
                index=i,
                text=text,
                kind="frame" if frame_kind(text) else "content",
                source_sentences=list(found.sentences),
                spans=[(sentences[j].start, sentences[j].end) for j in found.sentences],
                score=found.score,
            )
        )
    return links


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=200, help="pairs per file")
    parser.add_argument("--show", choices=CHECKS, help="print this check's findings")
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"no data folder at {args.data}; nothing to measure")
        return 0
    print(f"{'file':24} {'pairs':>5} " + " ".join(f"{c:>22}" for c in CHECKS) + "  ms/summary")
    for name in FILES:
        path = args.data / f"{name}.jsonl"
        if not path.exists():
            continue
        rows = [json.loads(line) for line in path.open()][: args.limit]
        per_summary: Counter[str] = Counter()
        per_sentence: Counter[str] = Counter()
        n_sentences = 0
        seconds = 0.0
        for row in rows:
            source = parse(row["source"])
            design = detect_design(source)
            t0 = time.perf_counter()
            links = links_for(source, row["reference"])
            findings = check_support(source, design, links)
            seconds += time.perf_counter() - t0
            n_sentences += len(links)
            errors = [f for f in findings if f.severity == Severity.ERROR]
            for check in {f.check for f in errors}:
                per_summary[check] += 1
            for check, _span in {(f.check, f.span) for f in errors}:
                per_sentence[check] += 1
            for f in errors:
                if f.check == args.show:
                    print(f"  [{row['id']}] {f.message}")
        cells = [
            f"{per_summary[c] / len(rows):6.1%} ({per_sentence[c] / n_sentences:5.1%} sent)"
            for c in CHECKS
        ]
        ms = 1000 * seconds / len(rows)
        print(f"{name:24} {len(rows):5} " + " ".join(f"{c:>22}" for c in cells) + f"  {ms:8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
