"""Benchmark the offline drafter and the gate on real abstract / lay-summary pairs.

    python bench/bench_offline.py [--data ../shared/data] [--limit N] [--json OUT]

For every *.jsonl file in the data folder (ms_pairs.jsonl is a subset of the others and is
reported on its own line) it drafts each abstract through the full pipeline (draft -> check ->
repair) and prints one row per file. The reading-level, faithfulness and gate numbers come from
the project's own checks; ROUGE-1 uses rouge_score with stemming against the human reference.
Speed is abstracts per CPU second of this process (drafter + gate), so other load does not skew it.
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

from plainsum.api import draft
from plainsum.checks.faithfulness import unsupported_numbers
from plainsum.checks.readability import measure
from plainsum.errors import PlainsumError
from plainsum.ingest import parse
from plainsum.schemas import Draft, Severity
from plainsum.settings import Settings

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SUBSET = "ms_pairs"


def reading(text: str) -> tuple[float, float, float]:
    """(Flesch-Kincaid grade, words per sentence, rare-word share), as the gate measures them."""
    level = measure(text)
    return level.grade, level.words_per_sentence, level.rare_word_share


@dataclass
class Row:
    """One source file's figures."""

    file: str
    n: int = 0
    crashes: int = 0
    failed_gate: int = 0
    grades: list[float] = field(default_factory=list)
    wps: list[float] = field(default_factory=list)
    rare_draft: list[float] = field(default_factory=list)
    rare_ref: list[float] = field(default_factory=list)
    foreign_numbers: int = 0
    overclaims: int = 0
    missing_caveats: int = 0
    rouge1: list[float] = field(default_factory=list)
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, float | int | str]:
        """The row's figures: counts, medians and shares."""

        def med(xs: list[float]) -> float:
            return round(statistics.median(xs), 3) if xs else float("nan")

        return {
            "file": self.file,
            "n": self.n,
            "crashes_or_invalid": self.crashes,
            "failed_gate": self.failed_gate,
            "median_grade": med(self.grades),
            "share_grade_le_8": round(sum(g <= 8 for g in self.grades) / max(1, self.n), 3),
            "median_words_per_sentence": med(self.wps),
            "rare_share_draft": med(self.rare_draft),
            "rare_share_reference": med(self.rare_ref),
            "foreign_numbers": self.foreign_numbers,
            "overclaims": self.overclaims,
            "missing_caveats": self.missing_caveats,
            "rouge1_f": med(self.rouge1),
            "abstracts_per_second": round(self.n / self.seconds, 1) if self.seconds else 0.0,
        }


def bench_file(path: Path, limit: int | None, settings: Settings, scorer) -> Row:  # type: ignore[no-untyped-def]
    """Draft and score the first `limit` pairs of one JSONL file."""
    row = Row(file=path.stem)
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines[:limit] if limit else lines:
        if not line.strip():
            continue
        item = json.loads(line)
        row.n += 1
        t0 = time.process_time()
        try:
            source = parse(item["source"])
            result: Draft = draft(source, settings)
        except (PlainsumError, ValueError) as exc:
            row.seconds += time.process_time() - t0
            row.crashes += 1
            row.errors.append(f"{item['id']}: {exc}")
            continue
        row.seconds += time.process_time() - t0
        summary = result.summary
        body = summary.body()
        if not result.passed:
            row.failed_gate += 1
        grade, wps, rare = reading(body)
        row.grades.append(grade)
        row.wps.append(wps)
        row.rare_draft.append(rare)
        row.rare_ref.append(reading(item["reference"])[2])
        text = " ".join(summary.sections().values())
        if unsupported_numbers(source.full_text, text):
            row.foreign_numbers += 1
        checks = {f.check for f in result.findings if f.severity == Severity.ERROR}
        if any(f.check == "claims" for f in result.findings):
            row.overclaims += 1
        if "caveats" in checks:
            row.missing_caveats += 1
        row.rouge1.append(scorer.score(item["reference"], text)["rouge1"].fmeasure)
    return row


_ONE_DECIMAL = ("median_grade", "median_words_per_sentence", "abstracts_per_second")


def _cell(key: str, value: object) -> str:
    if isinstance(value, float):
        return f"{value:.1f}" if key in _ONE_DECIMAL else f"{value:.3f}"
    return str(value)


def print_table(rows: list[dict[str, float | int | str]]) -> None:
    """One line per file, fixed-width columns."""
    cols = [
        ("file", "file", 22),
        ("n", "n", 4),
        ("crashes_or_invalid", "crash", 5),
        ("failed_gate", "fail", 4),
        ("median_grade", "FK", 5),
        ("share_grade_le_8", "<=8", 5),
        ("median_words_per_sentence", "w/s", 5),
        ("rare_share_draft", "rare", 5),
        ("rare_share_reference", "rare.r", 6),
        ("foreign_numbers", "num", 4),
        ("overclaims", "claim", 5),
        ("missing_caveats", "cav", 4),
        ("rouge1_f", "R1", 5),
        ("abstracts_per_second", "abs/s", 6),
    ]
    print(
        " ".join(f"{title:>{w}}" if i else f"{title:<{w}}" for i, (_, title, w) in enumerate(cols))
    )
    for r in rows:
        cells = []
        for i, (key, _, w) in enumerate(cols):
            cell = _cell(key, r[key])
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
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
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
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)
    settings = Settings(backend="offline")
    draft(parse(" ".join(["Warm-up text for the offline drafter and its gate."] * 5)), settings)
    files.sort(key=lambda f: (f.stem == SUBSET, f.stem))
    rows = []
    details = {}
    for path in files:
        row = bench_file(path, args.limit, settings, scorer)
        summary = row.summary()
        if path.stem == SUBSET:
            summary["file"] = f"{SUBSET} (subset)"
        rows.append(summary)
        details[path.stem] = row.errors[:20]
    print_table(rows)
    for name, errors in details.items():
        for error in errors[:5]:
            print(f"  {name}: {error}")
    if args.json:
        write_json(args.json, {"rows": rows, "errors": details})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
