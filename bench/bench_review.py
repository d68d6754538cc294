"""Measure the model review (`--review model`) on the labelled gate corpus (bench/gate_corpus/).

    python bench/bench_review.py --model M [--base-url URL] [--data ../shared/data]
                                 [--limit N] [--with-rules] [--json]

Needs a model endpoint (OPENAI_API_KEY and/or --base-url / OPENAI_BASE_URL) and the data folder
the corpus reads its abstracts from. Each clean summary and each planted-flaw variant is
reviewed once (answers are cached in the user cache folder, so a rerun costs nothing), and it
prints, per flaw type, the share caught: a variant is caught when it gets a `model_review` error
in the changed section (anywhere, for a missing caveat) that its clean summary does not get,
as bench/bench_gate.py counts catches. With --with-rules, the rule checks' findings count too
(the whole gate with the model review). Also: clean summaries with no model_review error,
reviews unavailable (and why), requests, tokens, cost and seconds.

The verdicts are one model's on one day: rerun after changing the model or the prompt
(prompts/review-v1.md), and compare. Exits 2 with one line when the data folder or the endpoint
is missing.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bench_gate import DEFAULT_DATA, clean_cases, flaw_result, measure_flaws
from gate_corpus_load import FLAW_TYPES, load_flaws

from plainsum.checks import run_checks
from plainsum.design import DesignInfo
from plainsum.errors import PlainsumError
from plainsum.ingest import Source
from plainsum.review import CHECK, ModelReviewer
from plainsum.schemas import Finding, PlainSummary, Severity, Usage
from plainsum.settings import load_settings


@dataclass
class Review:
    """The model review as a synchronous `run(source, summary, design)`, with its tallies."""

    reviewer: ModelReviewer
    with_rules: bool
    loop: asyncio.AbstractEventLoop = field(default_factory=asyncio.new_event_loop)
    usage: Usage = field(default_factory=Usage)
    calls: int = 0
    cached: int = 0
    seconds: float = 0.0
    unavailable: Counter[str] = field(default_factory=Counter)

    def __call__(self, source: Source, summary: PlainSummary, design: DesignInfo) -> list[Finding]:
        start = time.perf_counter()
        outcome = self.loop.run_until_complete(self.reviewer.review(source, summary, design))
        self.seconds += time.perf_counter() - start
        self.calls += 1
        self.cached += outcome.cached
        self.usage = self.usage + outcome.usage
        if not outcome.available:
            self.unavailable[outcome.findings[0].message[:120]] += 1
        if self.with_rules:
            return [*run_checks(source, summary, design), *outcome.findings]
        return outcome.findings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--model", help="the reviewing model (else PLAINSUM_MODEL / plainsum.toml)")
    parser.add_argument("--base-url", help="the endpoint (else OPENAI_BASE_URL / plainsum.toml)")
    parser.add_argument("--limit", type=int, default=0, help="review at most N flaw variants")
    parser.add_argument("--with-rules", action="store_true", help="count the rule checks too")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"bench_review: no data folder at {args.data}", file=sys.stderr)
        return 2
    try:
        flags = {"model": args.model, "base_url": args.base_url, "review": "model"}
        settings = load_settings(flags)
        reviewer = ModelReviewer(settings)
    except PlainsumError as exc:
        print(f"bench_review: {exc}", file=sys.stderr)
        return 2
    run = Review(reviewer, args.with_rules)
    cases = clean_cases(run, args.data)
    flagged_clean = {
        i: [f.message for f in case.findings if f.check == CHECK and f.severity == Severity.ERROR]
        for i, case in cases.items()
    }
    flaws = load_flaws()
    if args.limit:
        flaws = flaws[: args.limit]
    rows = measure_flaws(cases, flaws, run, False)
    clean_ok = sum(1 for i in cases if not flagged_clean[i])
    result = {
        "model": settings.model,
        "with_rules": args.with_rules,
        **flaw_result(rows),
        "clean": {
            "n": len(cases),
            "no_model_review_error": clean_ok,
            "flagged": {i: m for i, m in flagged_clean.items() if m},
        },
        "reviews": run.calls,
        "from_cache": run.cached,
        "unavailable": dict(run.unavailable),
        "usage": run.usage.model_dump(),
        "seconds_per_review": run.seconds / max(run.calls, 1),
    }
    run.loop.run_until_complete(reviewer.aclose())
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    print(f"model review by {settings.model}{' (with the rule checks)' if args.with_rules else ''}")
    print(f"{'flaw type':32} caught")
    for name in FLAW_TYPES:
        row = rows.get(name)
        if row and row.total:
            print(f"{name:32} {row.caught}/{row.total}")
    total = sum(r.total for r in rows.values())
    caught = sum(r.caught for r in rows.values())
    print(f"{'all':32} {caught}/{total} ({100 * caught / max(total, 1):.0f}%)")
    print(f"clean summaries with no model_review error: {clean_ok}/{len(cases)}")
    cost = "unknown" if run.usage.cost_usd is None else f"${run.usage.cost_usd:.4f}"
    print(
        f"reviews: {run.calls} ({run.cached} from the cache), unavailable "
        f"{sum(run.unavailable.values())}; tokens {run.usage.input_tokens:,} in, "
        f"{run.usage.output_tokens:,} out; cost {cost}; "
        f"{result['seconds_per_review']:.2f} s per review"
    )
    for message, count in run.unavailable.most_common(3):
        print(f"  {count} x {message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
