"""Measure the model drafter without a model: prompt sizes over real abstracts, and the client's
own overhead for many concurrent drafts against the local test server.

    python bench/bench_openai.py [--drafts 50] [--data /work/shared/data]

Reads /work/shared/data/*.jsonl (field `source`) only to measure prompt sizes; nothing from it
is written anywhere.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from llm_server import MODEL, LLMServer, completion  # noqa: E402
from openai_cases import PASSING, request_for  # noqa: E402
from pydantic import SecretStr  # noqa: E402

from plainsum.design import detect_design  # noqa: E402
from plainsum.drafters.chat import summary_messages  # noqa: E402
from plainsum.drafters.openai import OpenAIDrafter  # noqa: E402
from plainsum.errors import InputError  # noqa: E402
from plainsum.ingest import parse  # noqa: E402
from plainsum.prompts import load_prompt  # noqa: E402
from plainsum.settings import Settings  # noqa: E402
from plainsum.tokens import fit_paper, token_counter  # noqa: E402


def prompt_sizes(data: Path, budget: int) -> None:
    prompt = load_prompt("summary-v1")
    counter = token_counter("gpt-4o-mini")
    static = counter.count(prompt.render("system", grade=8))
    totals, cut = [], 0
    for path in sorted(data.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("source") or ""
            try:
                source = parse(text)
            except InputError:
                continue
            fitted = fit_paper(source, budget, counter)
            cut += fitted.cut
            messages = summary_messages(
                prompt, detect_design(source), fitted.text, grade=8, notes=list(fitted.notes)
            )
            totals.append(sum(counter.count(m["content"]) for m in messages))
    exact = "exact" if counter.exact else "estimated, ~4 chars/token"
    print(f"static system prefix: {static} tokens ({exact})")
    if totals:
        q = statistics.quantiles(totals, n=20)
        print(
            f"papers: {len(totals)}; whole prompt tokens median {statistics.median(totals):.0f}, "
            f"p95 {q[-1]:.0f}, max {max(totals)}; cut to {budget} tokens: {cut}"
        )


async def concurrent(n: int) -> None:
    server = LLMServer().start()
    server.script(*[completion(PASSING)] * n)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            backend="openai",
            model=MODEL,
            base_url=server.base_url,
            api_key=SecretStr("sk-bench"),
            log_path=Path(tmp) / "logs.db",
        )
        drafter = OpenAIDrafter(settings)
        request = request_for(settings)
        t0 = time.perf_counter()
        await drafter.draft(request)
        one = time.perf_counter() - t0
        server.script(*[completion(PASSING)] * n)
        t0 = time.perf_counter()
        await asyncio.gather(*(drafter.draft(request) for _ in range(n)))
        many = time.perf_counter() - t0
        await drafter.aclose()
    server.stop()
    print(
        f"one draft (first, incl. client set-up): {one * 1000:.0f} ms; {n} concurrent drafts: "
        f"{many * 1000:.0f} ms in all ({many / n * 1000:.1f} ms each), run log on"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--drafts", type=int, default=50)
    parser.add_argument("--budget", type=int, default=12_000)
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    args = parser.parse_args()
    if args.data.is_dir():
        prompt_sizes(args.data, args.budget)
    asyncio.run(concurrent(args.drafts))


if __name__ == "__main__":
    main()
