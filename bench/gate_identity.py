"""Byte-identity of drafts and gate findings, for speed work that must not change any output.

    python bench/gate_identity.py --out before.jsonl            # on the code before a change
    python bench/gate_identity.py --out after.jsonl --compare before.jsonl

For the first `--n` abstracts of ../shared/data (200 by default) it writes one JSON line per
paper: the offline drafter's whole draft (screen, design, draft, gate, repairs), and the gate's
result (findings, evidence links, grade) on a fixed model answer (the one the batch benchmark's
test server gives every paper), as the batch worker returns them; wall times are left out.
`--compare` names the lines that differ and exits 1 when any does. Nothing from the data is
written into the project.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE))

from bench_batch import load_abstracts  # noqa: E402
from openai_cases import PASSING  # noqa: E402

from plainsum.api import adraft  # noqa: E402
from plainsum.batch import work  # noqa: E402
from plainsum.schemas import PlainSummary  # noqa: E402
from plainsum.settings import Settings  # noqa: E402

VOLATILE = {"timings", "seconds"}  # wall times: differ on every run


def steady(value: object) -> object:
    """`value` without its wall-time fields."""
    if isinstance(value, dict):
        return {k: steady(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [steady(v) for v in value]
    return value


def lines(records: list[dict[str, str]]) -> list[str]:
    answer = PlainSummary.model_validate(PASSING)
    settings = Settings(backend="offline")
    out = []
    for record in records:
        read = work.read_case(record["source"], record["id"])
        if isinstance(read, str):
            out.append(json.dumps({"id": record["id"], "error": read}))
            continue
        source, design = read
        draft = asyncio.run(adraft(source, settings, design=design, screened=True))
        gate = work.check(source, answer, design, 8.0)
        row = {
            "id": record["id"],
            "design": repr(design),
            "draft": steady(json.loads(draft.model_dump_json())),
            "gate": {
                "findings": [f.model_dump(mode="json") for f in gate.findings],
                "evidence": [e.model_dump(mode="json") for e in gate.evidence],
                "grade": gate.grade,
            },
        }
        out.append(json.dumps(row, sort_keys=True))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--compare", type=Path)
    args = parser.parse_args()
    if not args.data.is_dir():
        sys.exit(f"gate_identity: {args.data} not found (the benchmark needs ../shared/data)")
    started = time.perf_counter()
    rows = lines(load_abstracts(args.data, args.n))
    args.out.write_text("".join(row + "\n" for row in rows), encoding="utf-8")
    print(f"{len(rows)} papers in {time.perf_counter() - started:.1f} s -> {args.out}")
    if args.compare:
        before = args.compare.read_text(encoding="utf-8").splitlines()
        differ = [json.loads(a)["id"] for a, b in zip(before, rows, strict=False) if a != b] + (
            ["(count)"] if len(before) != len(rows) else []
        )
        print(f"compared with {args.compare}: {len(rows) - len(differ)} identical, "
              f"{len(differ)} differ {differ[:10]}")  # fmt: skip
        sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
