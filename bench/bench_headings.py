"""Does the headline come from the authors' conclusion when the abstract has no headings?

    python bench/bench_headings.py [--data ../shared/data] [--limit N] [--json OUT]

Cochrane abstracts are written with headings ("Main results:", "Authors' conclusions:"), but
many abstracts reach plainsum without them: a results-only abstract, a feed item, a PDF's text.
For every Cochrane abstract in cochrane_pls.jsonl that has both parts, this drafts (offline
drafter, full pipeline) the same text twice, as "Main results: R Authors' conclusions: C" and
as "R C" with the headings taken away, and prints for each how many headlines the gate's
evidence links tie to the conclusion's part of the text (their first source span starts inside
C), to the results, or to nothing. The gap between the two counts is what the drafter loses by
not finding a conclusion without its heading (issue 9). Nothing from the data is written into
the project; --json writes the per-abstract headlines for reading.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from plainsum.api import draft  # noqa: E402
from plainsum.errors import PlainsumError  # noqa: E402
from plainsum.ingest import parse  # noqa: E402
from plainsum.settings import Settings  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
_PARTS = re.compile(r"Main results:\s*(?P<r>.*?)\s*Authors' conclusions:\s*(?P<c>.*)$", re.S)


def parts(source: str) -> tuple[str, str] | None:
    """The results and the conclusions of a Cochrane abstract, each on one line, or None."""
    m = _PARTS.search(source)
    if not m:
        return None
    return " ".join(m["r"].split()), " ".join(m["c"].split())


def headline_from(text: str, conclusion_at: int, settings: Settings) -> tuple[str, str]:
    """Where the headline of `text`'s draft comes from: conclusion, results, none or crash."""
    try:
        result = draft(parse(text), settings)
    except (PlainsumError, ValueError) as exc:
        return "crash", f"{type(exc).__name__}: {exc}"
    link = next((e for e in result.evidence if e.section == "headline"), None)
    if link is None or not link.spans:
        return "none", result.summary.headline
    where = "conclusion" if link.spans[0][0] >= conclusion_at else "results"
    return where, result.summary.headline


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    path = args.data / "cochrane_pls.jsonl"
    if not path.is_file():
        print(f"bench_headings: no {path}", file=sys.stderr)
        return 2
    settings = Settings(backend="offline")
    counts: dict[str, Counter[str]] = {"with headings": Counter(), "without": Counter()}
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines()[: args.limit]:
        item = json.loads(line)
        found = parts(item["source"])
        if found is None:
            continue
        results, conclusions = found
        labelled = f"Main results: {results}\nAuthors' conclusions: {conclusions}"
        bare = f"{results} {conclusions}"
        with_where, with_head = headline_from(
            labelled, labelled.index("Authors' conclusions:"), settings
        )
        bare_where, bare_head = headline_from(bare, len(results) + 1, settings)
        counts["with headings"][with_where] += 1
        counts["without"][bare_where] += 1
        rows.append(
            {
                "id": item["id"],
                "with_headings": [with_where, with_head],
                "without": [bare_where, bare_head],
            }
        )
    n = len(rows)
    print(f"{n} Cochrane abstracts with results and conclusions ({path.name})")
    print(f"{'':16}{'conclusion':>12}{'results':>10}{'none':>6}{'crash':>7}")
    for name, c in counts.items():
        print(
            f"{name:16}{c['conclusion']:>7} ({c['conclusion'] / max(n, 1):.0%})"
            f"{c['results']:>10}{c['none']:>6}{c['crash']:>7}"
        )
    moved = sum(
        1 for r in rows if r["with_headings"][0] == "conclusion" and r["without"][0] != "conclusion"
    )
    print(f"headline from the conclusion with headings but not without them: {moved}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
