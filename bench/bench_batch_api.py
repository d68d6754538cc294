"""Benchmark the provider Batch API path of `plainsum batch` (issue 10 item 3).

    python bench/bench_batch_api.py [--data /work/shared/data] [--n 1000] [--max-requests 400]

Reads `--n` abstracts from ../shared/data into a temporary folder (deleted afterwards; nothing
from the data is written into the project), then:

  prepare  `--prepare-only`: seconds, request files and bytes (split at --max-requests per file)
  submit   upload and submit every file to tests/batch_api_server.py on 127.0.0.1
  collect  poll, download, match by custom_id (the server shuffles the output and fails 1 line
           in 50), then parse and gate every answer: seconds, statuses, failed lines, and the
           cost of the batch answers against the same usage at the normal price (expect 0.5)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE))

from batch_api_server import BatchAPIServer  # noqa: E402
from bench_batch import load, load_abstracts  # noqa: E402
from llm_server import completion  # noqa: E402
from openai_cases import PASSING  # noqa: E402
from pydantic import SecretStr  # noqa: E402

from plainsum.batch.api_collect import CollectOptions, collect_batches  # noqa: E402
from plainsum.batch.api_submit import ApiOptions, submit_batches  # noqa: E402
from plainsum.batch.results import RESULTS_FILE, read_results  # noqa: E402
from plainsum.costs import estimate_cost, find_price  # noqa: E402
from plainsum.settings import Settings  # noqa: E402

MODEL = "gpt-4o-mini"  # in the shipped price table


async def no_sleep(seconds: float) -> None:
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--max-requests", type=int, default=400)
    args = parser.parse_args()
    if not args.data.is_dir():
        sys.exit(f"bench_batch_api: {args.data} not found (the benchmarks need ../shared/data)")
    records = load_abstracts(args.data, args.n)
    print(load())
    fail_lines = {n: "error" for n in range(0, args.max_requests, 50)}
    server = BatchAPIServer(lambda body: completion(PASSING), polls_to_finish=2,
                            fail_lines=fail_lines).start()  # fmt: skip
    try:
        with tempfile.TemporaryDirectory(prefix="plainsum-bench-api-") as tmp:
            folder = Path(tmp)
            inputs = folder / "in.jsonl"
            lines = [json.dumps({"id": r["id"], "text": r["source"]}) for r in records]
            inputs.write_text("\n".join(lines) + "\n", encoding="utf-8")
            settings = Settings(
                backend="openai", model=MODEL, base_url=server.base_url,
                api_key=SecretStr("sk-bench-not-a-secret-0000"), max_repairs=0, log=False,
            )  # fmt: skip
            out = folder / "out"
            started = time.perf_counter()
            options = ApiOptions(out, prepare_only=True, max_requests=args.max_requests)
            prepared = asyncio.run(submit_batches([inputs], settings, options))
            prepare_s = time.perf_counter() - started
            size = sum(p.stat().st_size for p in prepared.written)
            print(f"prepare: {len(records)} abstracts -> {prepared.requests} requests in "
                  f"{len(prepared.written)} files ({size / 1e6:.1f} MB), {prepared.errors} not "
                  f"research/unreadable, {prepare_s:.1f} s")  # fmt: skip
            started = time.perf_counter()
            submitted = asyncio.run(submit_batches([inputs], settings, ApiOptions(out)))
            print(f"submit: {len(submitted.batch_ids)} batches, {server.uploads} uploads, "
                  f"{time.perf_counter() - started:.1f} s")  # fmt: skip
            started = time.perf_counter()
            found = asyncio.run(
                collect_batches(settings, CollectOptions(out, workers=0), sleep=no_sleep)
            )
            collect_s = time.perf_counter() - started
            results = read_results((out / RESULTS_FILE).read_text(encoding="utf-8"))
            statuses: dict[str, int] = {}
            for r in results:
                statuses[r.status.value] = statuses.get(r.status.value, 0) + 1
            answered = [r for r in results if r.summary is not None]
            paid = sum(r.cost_usd or 0.0 for r in answered)
            normal = sum(estimate_cost(r.usage, find_price(MODEL)) or 0.0 for r in answered)
            print(f"collect: {found.answered} answers, {len(found.failed)} failed lines, "
                  f"{collect_s:.1f} s ({found.answered / collect_s:.1f} papers/s with the gate); "
                  f"statuses {statuses}; chat calls {server.chat_calls}")  # fmt: skip
            print(f"cost: ${paid:.4f} for the batch answers, ${normal:.4f} at the normal price, "
                  f"ratio {paid / normal if normal else float('nan'):.2f}")  # fmt: skip
    finally:
        server.stop()
    print(load())


if __name__ == "__main__":
    main()
