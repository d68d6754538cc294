"""Benchmark the offline drafter and the gate on real abstracts (issue 9's figures).

    python bench/bench_offline.py [--data ../shared/data] [--limit N] [--only NAME] [--json OUT]

For every *.jsonl file in the data folder (ms_pairs.jsonl, a subset of the others, on its own
line) it drafts each abstract through the full pipeline (draft -> check -> repair) with the gate
as it is in this checkout, and prints per file:

  n        abstracts drafted          crash   items that raised (each is listed below the table)
  ok       drafts with no gate error  link    share of non-frame sentences (as the gate's
           plainsum.evidence.frame_kind tells them) that the gate's link_summary links to at
           least one source sentence (the drafter's own links are tested in tests/)
  sup      share of non-frame sentences the gate's aligner (plainsum.evidence.align) supports
           with a score >= SUPPORTED (an independent measure: the drafter does not call align)
  unsup    drafts with an unsupported or contradicted sentence (the gate's support and
           contradiction errors; "n/a" while the gate has no such check)
  n/ovr    drafts with a misattributed number or an overreach (the gate's numbers/overreach)
  broken   drafts with a fluency finding (the gate's check of whole sentences)
  proc*    headlines that report a procedure or a side point (finding.reports_no_finding)
  h-err    drafts with an error of the gate's headline check (procedure, side point, fragment)
  h-w      median words of the headline; h<=16 share of headlines of at most 16 words (the
           shape check's warning line)
  FK, <=8  median body grade and share of drafts at grade 8 or below (report only)
  w/s      median words per sentence of the body
  abs/s    warm speed: abstracts per CPU second (drafter + gate, one core)

The figure marked * is one the drafter optimises directly (it filters its own headlines with
the same function), so they show the drafter does what it
means to, not that it is right. Cold time (the first draft in a fresh process: imports, word
lists, glossary) is printed separately.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

t_start = time.perf_counter()
from plainsum.api import draft  # noqa: E402
from plainsum.checks.readability import measure  # noqa: E402
from plainsum.checks.shape import HEADLINE_WORDS as _SHAPE_WORDS  # noqa: E402
from plainsum.errors import PlainsumError  # noqa: E402
from plainsum.evidence import align  # noqa: E402
from plainsum.ingest import parse  # noqa: E402
from plainsum.plain.finding import reports_no_finding  # noqa: E402
from plainsum.schemas import Draft, Severity  # noqa: E402
from plainsum.settings import Settings  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SUBSET = "ms_pairs"
HEADLINE_WORDS = _SHAPE_WORDS[1]
SUPPORTED = 0.5  # the aligner's score at or above which a sentence counts as supported
_SUPPORT_CHECKS = ("support", "contradiction")  # the gate's unsupported / contradicted checks
_OTHER_EVIDENCE = ("numbers", "overreach")  # misattributed numbers, overreach


@dataclass
class Row:
    """One source file's figures."""

    file: str
    n: int = 0
    crashes: int = 0
    gate_ok: int = 0
    content: int = 0
    linked: int = 0
    supported: int = 0
    unsupported: int = 0
    numbers_or_overreach: int = 0
    broken: int = 0
    procedural: int = 0
    headline_errors: int = 0
    headline_words: list[int] = field(default_factory=list)
    grades: list[float] = field(default_factory=list)
    wps: list[float] = field(default_factory=list)
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)
    worst: list[tuple[str, str]] = field(default_factory=list)

    def summary(self, support_check: bool) -> dict[str, float | int | str]:
        """The row's figures: counts, medians and shares."""

        def med(xs: list[float]) -> float:
            return round(statistics.median(xs), 2) if xs else float("nan")

        done = max(1, self.n - self.crashes)
        return {
            "file": self.file,
            "n": self.n,
            "crashed": self.crashes,
            "gate_ok": self.gate_ok,
            "linked_share": round(self.linked / max(1, self.content), 3),
            "aligner_supported_share": round(self.supported / max(1, self.content), 3),
            "unsupported_drafts": self.unsupported if support_check else "n/a",
            "numbers_or_overreach_drafts": self.numbers_or_overreach if support_check else "n/a",
            "broken_drafts": self.broken,
            "procedural_headlines": self.procedural,
            "headline_check_errors": self.headline_errors,
            "median_headline_words": med([float(n) for n in self.headline_words]),
            "share_headline_le_16": round(
                sum(n <= HEADLINE_WORDS for n in self.headline_words) / done, 3
            ),
            "median_grade": med(self.grades),
            "share_grade_le_8": round(sum(g <= 8 for g in self.grades) / done, 3),
            "median_words_per_sentence": med(self.wps),
            "abstracts_per_second": round(self.n / self.seconds, 1) if self.seconds else 0.0,
        }


def _has_support_check() -> bool:
    import inspect

    from plainsum import checks

    text = inspect.getsource(checks).lower()
    return any(word in text for word in ("check_evidence", "check_support"))


def score(row: Row, source_text: str, result: Draft) -> None:
    """Add one draft's figures to `row`."""
    source = parse(source_text)
    if result.passed:
        row.gate_ok += 1
    level = measure(result.summary.body())
    row.grades.append(level.grade)
    row.wps.append(level.words_per_sentence)
    for link in result.evidence:
        if link.kind == "frame":
            continue
        row.content += 1
        row.linked += bool(link.source_sentences)
        row.supported += align(source, link.text).score >= SUPPORTED
    findings = result.findings
    errors = [f for f in findings if f.severity == Severity.ERROR]
    support = [f for f in errors if f.check in _SUPPORT_CHECKS]
    if support:
        row.unsupported += 1
        row.worst.append(
            (support[0].check, f"{support[0].span or ''} :: {support[0].message[:100]}")
        )
    other = [f for f in errors if f.check in _OTHER_EVIDENCE]
    if other:
        row.numbers_or_overreach += 1
        row.worst.append((other[0].check, f"{other[0].span or ''} :: {other[0].message[:100]}"))
    fluency = [f for f in findings if f.check == "fluency"]
    if fluency:
        row.broken += 1
        row.worst.append(("fluency", f"{fluency[0].span or ''} :: {fluency[0].message[:120]}"))
    if reports_no_finding(result.summary.headline):
        row.procedural += 1
    row.headline_errors += any(f.check == "headline" for f in errors)
    row.headline_words.append(len(result.summary.headline.split()))


def bench_file(path: Path, limit: int | None, settings: Settings) -> Row:
    """Draft and score the first `limit` abstracts of one JSONL file."""
    row = Row(file=path.stem)
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for line in lines[:limit] if limit else lines:
        item = json.loads(line)
        row.n += 1
        t0 = time.process_time()
        try:
            result: Draft = draft(parse(item["source"]), settings)
        except (PlainsumError, ValueError) as exc:
            row.seconds += time.process_time() - t0
            row.crashes += 1
            row.errors.append(f"{item['id']}: {type(exc).__name__}: {exc}")
            continue
        row.seconds += time.process_time() - t0
        score(row, item["source"], result)
    return row


COLUMNS = [
    ("file", "file", 22),
    ("n", "n", 4),
    ("crashed", "crash", 5),
    ("gate_ok", "ok", 4),
    ("linked_share", "link", 6),
    ("aligner_supported_share", "sup", 5),
    ("unsupported_drafts", "unsup", 5),
    ("numbers_or_overreach_drafts", "n/ovr", 5),
    ("broken_drafts", "broken", 6),
    ("procedural_headlines", "proc*", 5),
    ("headline_check_errors", "h-err", 5),
    ("median_headline_words", "h-w", 5),
    ("share_headline_le_16", "h<=16", 5),
    ("median_grade", "FK", 5),
    ("share_grade_le_8", "<=8", 5),
    ("median_words_per_sentence", "w/s", 5),
    ("abstracts_per_second", "abs/s", 6),
]


def print_table(rows: list[dict[str, float | int | str]]) -> None:
    """One line per file, fixed-width columns."""
    print(" ".join(f"{t:>{w}}" if i else f"{t:<{w}}" for i, (_, t, w) in enumerate(COLUMNS)))
    for r in rows:
        cells = []
        for i, (key, _, w) in enumerate(COLUMNS):
            value = r[key]
            cell = f"{value:.3f}" if isinstance(value, float) and "share" in key else str(value)
            cells.append(f"{cell:<{w}}" if i == 0 else f"{cell:>{w}}")
        print(" ".join(cells))


def write_json(path: Path, data: object) -> None:
    """Atomic write: a temporary file in the same folder, then os.replace."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2)
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; 2 when the data folder has no JSONL files."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="first N abstracts per file")
    parser.add_argument("--json", type=Path, default=None, help="write the figures here")
    parser.add_argument("--only", default=None, help="only files whose name contains this")
    args = parser.parse_args(argv)
    files = sorted(args.data.glob("*.jsonl"))
    if args.only:
        files = [f for f in files if args.only in f.stem]
    if not files:
        print(f"no *.jsonl files in {args.data}", file=sys.stderr)
        return 2
    settings = Settings(backend="offline")
    t0 = time.perf_counter()
    first = json.loads(files[0].read_text(encoding="utf-8").splitlines()[0])
    draft(parse(first["source"]), settings)
    cold = time.perf_counter() - t0
    print(f"cold: imports {t0 - t_start:.2f} s, first draft {cold:.2f} s (wall, one process)")
    files.sort(key=lambda f: (f.stem == SUBSET, f.stem))
    support_check = _has_support_check()
    rows, details = [], {}
    for path in files:
        row = bench_file(path, args.limit, settings)
        summary = row.summary(support_check)
        if path.stem == SUBSET:
            summary["file"] = f"{SUBSET} (subset)"
        rows.append(summary)
        details[path.stem] = {"crashed": row.errors, "findings": row.worst[:40]}
    print_table(rows)
    for name, d in details.items():
        for error in d["crashed"]:
            print(f"  crashed {name}: {error}")
    if args.json:
        write_json(args.json, {"rows": rows, "details": details})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
