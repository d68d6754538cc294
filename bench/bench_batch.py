"""Benchmark `plainsum batch` and `plainsum eval` on the batch engine (issue 10's figures).

    python bench/bench_batch.py [--data /work/shared/data] [--n 1000] [--only speed,eval,...]

Reads abstracts (and, for eval, their human references) from ../shared/data into a temporary
folder that is deleted afterwards; nothing from the data is written into the project. Every
model call goes to tests/llm_server.py running in its own process on 127.0.0.1 and answering
each request after `--latency` seconds; the server logs every request it receives.

  speed    1,000 abstracts, --concurrency 16 --max-repairs 0: wall time against the ideal
           (items x latency / concurrency) plus start-up (launch to the server's first request)
  eval     plainsum eval on the same abstracts, one model system, same ratio
  kill     the same batch killed with SIGKILL (its process group) at random moments three times,
           then run to the end: results, ids, and papers the server answered more than once;
           with varied answers each killed job's answer journal is read after the kill (an
           answer's text names its paper), so a paper sent again although its answer had been
           recorded (a bug) is told apart from one whose answer the job had not yet read
  429      a server answering 429 to every third request: failed papers, measured request rate
  offline  the offline backend on 1,000 abstracts with two worker processes vs one process
  gate     the workers' share alone, in this process: CPU ms a paper of screening and design
           (work.prepare) and of the gate (work.check) on the test server's answer, each paper
           checked once and cold, as a batch's worker does it; no server, steadier under load.
           Then the same CPU by step (the screen, the design, the evidence links, each check),
           so that varied and fixed answers show where a new summary's CPU goes; and the
           gate's median CPU a paper against GATE_BUDGET_MS: over it, the bench exits 1, so
           that later work cannot slow the gate down unnoticed. As in a batch's worker (forked
           from `plainsum batch`, which puts the compiled-pattern cache of
           plainsum.regex_cache in front of `re` first), this process installs that cache
           before it imports the gate, so it pays what a worker pays for patterns and the facts
           worked out from them

The test server's answers (`--answers`, both by default, each part run once per kind):
  varied   each paper is answered with its own offline draft (made once with `plainsum batch
           --backend offline` and kept in a file in the temp folder named by a hash of the
           abstracts, so that two trees compared are given the same answers; delete it to draft
           them again), so the gate checks a different, realistic summary every paper, as with
           a real model
  fixed    every paper gets the same passing summary (tests/openai_cases.PASSING): the gate's
           caches have seen it after the first paper, which flatters the CPU figures

Each timed run also prints the CPU its processes used, per paper: the job's main process and its
worker processes apart (a small wrapper around `plainsum` reports both at exit; "worker
processes" are all its waited-for children, so in eval also the child that writes log.json,
about 1.4 ms a paper that the main process used to spend), and the test server's beside them
(read from /proc, not counted in the job's). On a shared machine CPU per paper is the steadier
figure; wall-time ratios move with the load, by 30% or more between runs a minute apart when
other jobs share the two cores: compare two trees in interleaved runs, several pairs.

The machine is shared: the load average is printed before and after each part.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import random
import resource
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SERVER = HERE.parent / "tests" / "llm_server.py"
PARTS = ("speed", "eval", "kill", "429", "offline", "gate")
KINDS = ("varied", "fixed")
ANSWERS: dict[str, Path | None] = {"fixed": None}  # the answers file the server uses, by kind
STEPS: Counter[str] = Counter()  # CPU seconds by step of the screen, design and gate (part gate)
GATE_BUDGET_MS = 15.0  # the gate's median CPU a paper (part gate, either answers); above: exit 1
OVER_BUDGET: list[str] = []  # the gate parts whose median passed GATE_BUDGET_MS


def load_abstracts(data: Path, n: int) -> list[dict[str, str]]:
    """The first `n` abstracts with distinct ids (ms_pairs.jsonl repeats other files: skipped)."""
    seen: set[str] = set()
    records: list[dict[str, str]] = []
    for path in sorted(data.glob("*.jsonl")):
        if path.name == "ms_pairs.jsonl":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["id"] in seen or not row.get("source"):
                continue
            seen.add(row["id"])
            records.append(
                {"id": row["id"], "source": row["source"], "reference": row["reference"]}
            )
            if len(records) == n:
                return records
    return records


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"


class Server:
    """tests/llm_server.py in its own process, logging every request to a file."""

    def __init__(
        self, folder: Path, latency: float, every: int = 0, answers: Path | None = None
    ) -> None:
        self.log = folder / f"server-{time.time_ns()}.jsonl"
        args = [sys.executable, str(SERVER), "--latency", str(latency), "--log", str(self.log)]
        if every:
            args += ["--rate-limit-every", str(every)]
        if answers is not None:
            args += ["--answers", str(answers)]
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        self.url = self.proc.stdout.readline().strip()

    def requests(self) -> list[dict]:
        if not self.log.exists():
            return []
        return [json.loads(x) for x in self.log.read_text().splitlines() if x.strip()]

    def cpu(self) -> float:
        """CPU seconds the server process has used so far (its threads included)."""
        try:
            fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return float("nan")
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        SERVER_CPU[0] = self.cpu()
        self.proc.terminate()
        self.proc.wait()


def varied_answers(tmp: Path, records: list[dict[str, str]], inputs: Path) -> Path:
    """A JSON Lines file of {paper, summary}: each abstract's own offline draft, keyed by the
    hash the test server gives the paper fenced in a request (`llm_server.paper_of`)."""
    digest = hashlib.sha256(
        json.dumps([(r["id"], r["source"]) for r in records]).encode()
    ).hexdigest()[:16]
    cache = Path(tempfile.gettempdir()) / f"plainsum-bench-answers-{digest}.jsonl"
    if cache.exists():
        return cache
    from plainsum.ingest import parse

    out = tmp / "answers"
    args = [sys.executable, "-m", "plainsum", "batch", str(inputs), "--out", str(out),
            "--backend", "offline", "--quiet"]  # fmt: skip
    print(f"varied answers: drafting {len(records)} abstracts offline (kept in {cache})")
    subprocess.run(args, env=env_for(tmp), stdout=subprocess.DEVNULL)
    summaries = {r["id"]: r["summary"] for r in results(out) if r.get("summary")}
    kept = [r for r in records if r["id"] in summaries]
    papers = paper_hashes([parse(r["source"]) for r in kept])
    rows = [json.dumps({"paper": paper, "summary": summaries[r["id"]]}) + "\n"
            for r, paper in zip(kept, papers, strict=True)]  # fmt: skip
    part = cache.with_suffix(".part")
    part.write_text("".join(rows))
    part.replace(cache)
    return cache


def paper_hashes(sources: list) -> list[str]:  # type: ignore[type-arg]
    """The hash the test server gives each paper (`llm_server.paper_of`) in a first-draft
    request, made with the drafter's own request builder."""
    sys.path.insert(0, str(HERE.parent / "tests"))
    from llm_server import paper_of

    from plainsum.design import detect_design
    from plainsum.drafters import DraftRequest
    from plainsum.drafters.request import RequestBuilder
    from plainsum.settings import Settings

    settings = Settings(backend="openai", model="bench-model", api_key="sk-bench-not-a-secret")
    builder = RequestBuilder.for_settings(settings)
    hashes = []
    for source in sources:
        messages, _ = builder.first_messages(DraftRequest(source, detect_design(source), settings))
        hashes.append(paper_of({"messages": messages}) or "")
    return hashes


def own_answers(reqs: list[dict], kind: str) -> str:
    """How many answered requests got their paper's own summary (varied answers)."""
    path = ANSWERS.get(kind)
    if path is None:
        return "every request answered with the same summary"
    papers = {json.loads(x)["paper"] for x in path.read_text().splitlines() if x.strip()}
    answered = [r for r in reqs if r["status"] == 200]
    own = sum(1 for r in answered if r["paper"] in papers)
    return f"{own} of {len(answered)} answers were the paper's own offline draft"


def env_for(folder: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "PLAINSUM_"))}
    env["XDG_DATA_HOME"] = str(folder / "xdg")  # the run log of model calls goes here
    # plainsum's bytecode as an installed copy has it (pip compiles on install; `compiled`
    # below compiles a checkout's once): with PYTHONDONTWRITEBYTECODE, as a checkout's tests may
    # set it, every job would compile all of plainsum again, ~0.2 s of its main process
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def compiled(folder: Path) -> None:
    """Compile the plainsum the jobs run (its __pycache__, ignored by git), before any is
    timed."""
    import plainsum

    package = str(Path(plainsum.__file__).parent)
    subprocess.run([sys.executable, "-m", "compileall", "-q", package], env=env_for(folder),
                   stdout=subprocess.DEVNULL, check=False)  # fmt: skip


def batch_args(inputs: Path, out: Path, url: str, concurrency: int, *extra: str) -> list[str]:
    return [
        sys.executable, "-m", "plainsum", "batch", str(inputs), "--out", str(out),
        "--backend", "openai", "--model", "bench-model", "--base-url", url,
        "--concurrency", str(concurrency), "--max-repairs", "0", "--quiet", *extra,
    ]  # fmt: skip


LAST_CPU = [0.0]
SERVER_CPU = [0.0]
SPLIT: dict[str, float] = {}
# Runs `plainsum ARGS` and, at exit, writes the CPU seconds of its own process and of its
# worker processes (waited-for children) to the file named by PLAINSUM_BENCH_CPU.
WRAPPER = (
    "import atexit, json, os, resource, sys\n"
    "def report():\n"
    "    s = resource.getrusage(resource.RUSAGE_SELF)\n"
    "    c = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "    with open(os.environ['PLAINSUM_BENCH_CPU'], 'w') as f:\n"
    "        json.dump({'main': s.ru_utime + s.ru_stime, 'workers': c.ru_utime + c.ru_stime}, f)\n"
    "atexit.register(report)\n"
    "sys.argv = ['plainsum', *sys.argv[1:]]\n"
    "from plainsum.cli import console\n"
    "sys.exit(console())\n"
)


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(args: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """(launch time, wall seconds, exit code); the CPU seconds the job and its worker processes
    used go to LAST_CPU."""
    split = Path(tempfile.gettempdir()) / f"plainsum-bench-cpu-{os.getpid()}.json"
    if args[1:3] == ["-m", "plainsum"]:
        args = [args[0], "-c", WRAPPER, *args[3:]]
        env = env | {"PLAINSUM_BENCH_CPU": str(split)}
    cpu = children_cpu()
    start = time.time()
    code = subprocess.run(args, env=env, stdout=subprocess.DEVNULL).returncode
    wall = time.time() - start
    LAST_CPU[0] = children_cpu() - cpu
    SPLIT.clear()
    if split.exists():
        SPLIT.update(json.loads(split.read_text()))
        split.unlink()
    return start, wall, code


def cpu_line(what: str, n: int) -> None:
    cores = len(os.sched_getaffinity(0))
    print(
        f"{what}: CPU used by the job's processes {LAST_CPU[0]:.2f} s ({LAST_CPU[0] / n * 1000:.1f}"
        f" ms a paper); on {cores} cores that alone needs >= {LAST_CPU[0] / cores:.2f} s of wall"
    )
    if SPLIT:
        print(f"{what}: CPU ms a paper by process: main {SPLIT['main'] / n * 1000:.1f}, worker "
              f"processes {SPLIT['workers'] / n * 1000:.1f}")  # fmt: skip


def server_line(what: str, n: int) -> None:
    print(f"{what}: CPU used by the test server {SERVER_CPU[0]:.2f} s "
          f"({SERVER_CPU[0] / n * 1000:.1f} ms a paper; not counted above)")  # fmt: skip


def results(out: Path) -> list[dict]:
    path = out / "results.jsonl"
    return [json.loads(x) for x in path.read_text().splitlines() if x.strip()]


def ratio_lines(what: str, n: int, latency: float, conc: int, launched: float, wall: float,
                first_request: float) -> None:  # fmt: skip
    ideal = n * latency / conc
    startup = first_request - launched
    print(f"{what}: wall {wall:.2f} s for {n} papers; ideal {n} x {latency} s / {conc} = "
          f"{ideal:.2f} s; start-up (launch to first request) {startup:.2f} s")  # fmt: skip
    print(f"{what}: ratio wall / (ideal + start-up) = {wall:.2f} / {ideal + startup:.2f} = "
          f"{wall / (ideal + startup):.3f}; wall / ideal = {wall / ideal:.3f}")  # fmt: skip


def part_speed(tmp: Path, inputs: Path, n: int, args: argparse.Namespace, kind: str) -> None:
    server = Server(tmp, args.latency, answers=ANSWERS[kind])
    try:
        out = tmp / f"speed-{kind}"
        launched, wall, code = timed(
            batch_args(inputs, out, server.url, args.concurrency), env_for(tmp)
        )
        reqs = server.requests()
    finally:
        server.stop()
    lines = results(out)
    statuses = Counter(r["status"] for r in lines)
    what = f"speed ({kind})"
    print(f"{what}: exit {code}; {len(lines)} results {dict(statuses)}; {len(reqs)} requests; "
          f"{own_answers(reqs, kind)}")  # fmt: skip
    ratio_lines(what, n, args.latency, args.concurrency, launched, wall,
                min(r["t"] for r in reqs))  # fmt: skip
    cpu_line(what, n)
    server_line(what, n)


def part_eval(tmp: Path, records: list[dict], args: argparse.Namespace, kind: str) -> None:
    dataset = tmp / "eval.jsonl"
    dataset.write_text("".join(json.dumps(r) + "\n" for r in records))
    server = Server(tmp, args.latency, answers=ANSWERS[kind])
    config = tmp / "eval.toml"
    config.write_text(
        f'name = "bench"\n[[datasets]]\nname = "bench"\npath = "{dataset}"\n'
        f'[[systems]]\nname = "model"\nbackend = "openai"\nmodel = "bench-model"\n'
        f'base_url = "{server.url}"\nmax_repairs = 0\n'
    )
    env = env_for(tmp) | {"OPENAI_API_KEY": "sk-bench-not-a-secret"}
    try:
        launched, wall, code = timed(
            [sys.executable, "-m", "plainsum", "eval", str(config), "--no-cache", "--no-progress",
             "--concurrency", str(args.concurrency), "--out", str(tmp / f"eval-{kind}")],
            env,
        )  # fmt: skip
        reqs = server.requests()
    finally:
        server.stop()
    log = json.loads((tmp / f"eval-{kind}" / "log.json").read_text())
    what = f"eval ({kind})"
    print(f"{what}: exit {code}; {len(log['cases'])} cases, {log['failures']} failed drafts, "
          f"{len(reqs)} requests; {own_answers(reqs, kind)}")  # fmt: skip
    ratio_lines(what, len(records), args.latency, args.concurrency, launched, wall,
                min(r["t"] for r in reqs))  # fmt: skip
    cpu_line(what, len(records))
    server_line(what, len(records))


def journaled(out: Path, by_answer: dict[str, str]) -> set[str]:
    """The papers whose answer the killed job's state store holds (its answer journal), known
    by the answer's text: with varied answers each paper's answer is its own."""
    path = out / ".plainsum-batch.sqlite"
    if not path.exists():
        return set()
    with sqlite3.connect(path) as db:
        raws = [json.loads(a)["raw"] for (a,) in db.execute("SELECT answer FROM answers")]
    return {by_answer[raw] for raw in raws if raw in by_answer}


def part_kill(tmp: Path, inputs: Path, n: int, args: argparse.Namespace) -> None:
    rng = random.Random(args.seed)
    answers = ANSWERS.get("varied")
    server = Server(tmp, args.latency, answers=answers)
    by_answer: dict[str, str] = {}  # a varied answer's text -> its paper
    for line in answers.read_text().splitlines() if answers else []:
        row = json.loads(line)
        by_answer[json.dumps(row["summary"])] = row["paper"]
    out = tmp / "kill"
    cmd = batch_args(inputs, out, server.url, args.concurrency)
    kills: list[float] = []
    recorded: list[set[str]] = []  # after each kill, the papers whose answer was journaled
    try:
        for i in range(3):
            # A random moment while papers are being drafted: after this run's first request,
            # within the time the whole batch would ideally take.
            delay = rng.uniform(0.1, n * args.latency / args.concurrency * 0.6)
            before = len(server.requests())
            proc = subprocess.Popen(cmd, env=env_for(tmp), stdout=subprocess.DEVNULL,
                                    start_new_session=True)  # fmt: skip
            while len(server.requests()) == before and proc.poll() is None:
                time.sleep(0.02)
            try:
                proc.wait(timeout=delay)
                print(f"kill {i + 1}: the run ended before the kill at {delay:.2f} s")
                continue
            except subprocess.TimeoutExpired:
                pass
            os.killpg(proc.pid, signal.SIGKILL)
            kills.append(time.time())
            proc.wait()
            recorded.append(journaled(out, by_answer))
            done = len(results(out)) if (out / "results.jsonl").exists() else 0
            print(f"kill {i + 1}: SIGKILL to the job's process group {delay:.2f} s after its "
                  f"first request; "
                  f"results.jsonl then held {done} lines")  # fmt: skip
        _, wall, code = timed(cmd, env_for(tmp))
        reqs = server.requests()
    finally:
        server.stop()
    lines = results(out)
    ids = Counter(r["id"] for r in lines)
    answered = Counter(r["paper"] for r in reqs if r["status"] == 200)
    twice = {p: c for p, c in answered.items() if c > 1}
    print(f"kill: final run exit {code} in {wall:.2f} s; results.jsonl {len(lines)} lines, "
          f"{len(ids)} distinct ids, ids twice {sum(1 for c in ids.values() if c > 1)}; "
          f"expected {n}")  # fmt: skip
    print(f"kill: server requests {len(reqs)}, distinct papers answered {len(answered)}, "
          f"papers answered more than once {len(twice)}")  # fmt: skip
    kinds: Counter[str] = Counter()
    for paper, count in twice.items():
        first = min((r for r in reqs if r["paper"] == paper and r["status"] == 200),
                    key=lambda r: r["t"])  # fmt: skip
        killed = [(k, kept) for k, kept in zip(kills, recorded, strict=True) if k >= first["t"]]
        if not killed:
            kinds["in a live run (a bug)"] += 1
            why = "both in one live run"
        elif by_answer and paper in killed[0][1]:
            kinds["resent though its answer was recorded (a bug)"] += 1
            why = "the state store held its answer at the kill, and it was sent again"
        elif first["done"] >= killed[0][0]:
            kinds["answered after its client was killed"] += 1
            late = (first["done"] - killed[0][0]) * 1000
            why = f"its answer went out {late:.0f} ms after the kill"
        else:
            kinds["answer sent but not yet read when the client was killed"] += 1
            why = (f"its answer went out {(killed[0][0] - first['done']) * 1000:.0f} ms before "
                   "the kill; the killed job had not recorded it")  # fmt: skip
        print(f"kill:   paper {paper}: answered {count} times; {why}")
    if by_answer:
        held = sum(len(kept) for kept in recorded)
        print(f"kill: answers the killed jobs had recorded: {held}; resent after being recorded: "
              f"{kinds['resent though its answer was recorded (a bug)']} (must be 0)")  # fmt: skip
    print(f"kill: papers answered more than once, by cause: {dict(kinds) or 'none'}")


def part_429(tmp: Path, records: list[dict], args: argparse.Namespace) -> None:
    n = min(args.n429, len(records))
    inputs = tmp / "in429.jsonl"
    inputs.write_text("".join(json.dumps({"id": r["id"], "text": r["source"]}) + "\n"
                              for r in records[:n]))  # fmt: skip
    server = Server(tmp, args.latency, every=3)
    out = tmp / "r429"
    try:
        _, wall, code = timed(
            batch_args(inputs, out, server.url, args.concurrency, "--rpm", str(args.rpm)),
            env_for(tmp),
        )
        reqs = server.requests()
    finally:
        server.stop()
    lines = results(out)
    statuses = Counter(r["status"] for r in lines)
    times = sorted(r["t"] for r in reqs)
    span = times[-1] - times[0]
    per_minute = (len(times) - 1) / span * 60 if span else float("inf")
    window = 10.0
    busiest = max(sum(1 for t in times if s <= t < s + window) for s in times)
    n429 = sum(1 for r in reqs if r["status"] == 429)
    print(f"429: {n} papers, server answers 429 to every 3rd request, --rpm {args.rpm:g}: "
          f"exit {code} in {wall:.2f} s; results {dict(statuses)}; "
          f"failed (error) papers {statuses.get('error', 0)}")  # fmt: skip
    print(f"429: {len(reqs)} requests ({n429} answered 429) over {span:.2f} s = "
          f"{per_minute:.0f} requests/minute (limit {args.rpm:g}); busiest {window:g} s window "
          f"{busiest} requests = {busiest * 60 / window:.0f}/minute")  # fmt: skip


def part_offline(tmp: Path, inputs: Path, n: int) -> None:
    rates = {}
    for workers in (2, 0):
        out = tmp / f"offline{workers}"
        args = [sys.executable, "-m", "plainsum", "batch", str(inputs), "--out", str(out),
                "--backend", "offline", "--workers", str(workers), "--quiet"]  # fmt: skip
        _, wall, code = timed(args, env_for(tmp))
        lines = results(out)
        rates[workers] = len(lines) / wall
        label = "two worker processes" if workers else "one process (inline)"
        cpu_line(f"offline ({label})", n)
        print(f"offline: {label}: exit {code}; {len(lines)} results "
              f"{dict(Counter(r['status'] for r in lines))} in {wall:.2f} s = "
              f"{rates[workers]:.2f} abstracts/s (start-up included)")  # fmt: skip
    print(f"offline: two workers / one process = {rates[2]:.2f} / {rates[0]:.2f} = "
          f"{rates[2] / rates[0]:.2f}x")  # fmt: skip


def timed_steps(spent: Counter[str]) -> None:
    """Wrap the gate's steps (the evidence links and each check, as `run_gate` calls them) and
    the screen and design (as `work.prepare` calls them) so that each adds the CPU seconds it
    takes to `spent`, by name: which step a paper's CPU goes to (this process only)."""
    import plainsum.checks as gate
    from plainsum.batch import work

    def wrap(module: object, name: str) -> None:
        fn = getattr(module, name)

        def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
            started = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - started

        setattr(module, name, timed)

    for name in [n for n in vars(gate) if n.startswith("check_")] + ["link_summary"]:
        wrap(gate, name)
    for name in ("require_research", "detect_design"):
        wrap(work, name)


def part_gate(records: list[dict], kind: str) -> None:
    sys.path.insert(0, str(HERE.parent / "tests"))
    from openai_cases import PASSING  # the answer tests/llm_server.py gives every paper

    from plainsum.batch import work
    from plainsum.batch.workers import GC_THRESHOLDS
    from plainsum.ingest import parse
    from plainsum.schemas import PlainSummary

    work.warm()
    if not STEPS:  # once per process: a second wrap would time every step twice
        timed_steps(STEPS)
    fixed = PlainSummary.model_validate(PASSING)
    varied = {}
    if ANSWERS[kind] is not None:
        for line in ANSWERS[kind].read_text().splitlines():  # type: ignore[union-attr]
            row = json.loads(line)
            varied[row["paper"]] = PlainSummary.model_validate(row["summary"])
    sources = [parse(r["source"]) for r in records]
    papers = paper_hashes(sources) if varied else [""] * len(sources)
    # the collector as a batch's worker runs it (batch/workers.serve): what is alive after the
    # warm-up frozen out of its walks, collections at the worker's thresholds
    thresholds = gc.get_threshold()
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        _gate_rows(kind, sources, papers, varied, fixed)
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def _gate_rows(kind: str, sources: list, papers: list[str], varied: dict, fixed: object) -> None:  # type: ignore[type-arg]
    """Screen, design and gate each paper once, timing each step's CPU (part gate)."""
    from plainsum.batch import work

    prepared = checked = 0.0
    count = 0
    each: list[float] = []  # the gate's CPU seconds, paper by paper
    before = Counter(STEPS)
    for source, paper in zip(sources, papers, strict=True):
        answer = varied.get(paper, fixed) if varied else fixed
        if varied and paper not in varied:
            continue  # refused by the offline batch too: no request is ever sent for it
        started = time.process_time()
        try:
            design = work.prepare(source)
        except Exception:  # noqa: BLE001 - refused by the screen: not checked
            continue
        middle = time.process_time()
        work.check(source, answer, design, 8.0)
        prepared += middle - started
        each.append(time.process_time() - middle)
        checked += each[-1]
        count += 1
    ms = [x / count * 1000 for x in (prepared, checked, prepared + checked)]
    print(
        f"gate ({kind}): {count} papers; CPU ms a paper: screen and design {ms[0]:.2f}, "
        f"gate {ms[1]:.2f}, both {ms[2]:.2f}"
    )
    median = statistics.median(each) * 1000
    over = median > GATE_BUDGET_MS
    if over:
        OVER_BUDGET.append(f"gate ({kind})")
    print(
        f"gate ({kind}): median gate CPU {median:.2f} ms a paper (budget {GATE_BUDGET_MS:.0f} "
        f"ms): {'OVER BUDGET' if over else 'within budget'}"
    )
    spent = Counter(STEPS)
    spent.subtract(before)
    steps = ", ".join(f"{name} {seconds / count * 1000:.2f}" for name, seconds in
                      spent.most_common())  # fmt: skip
    print(f"gate ({kind}): CPU ms a paper by step: {steps}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--rpm", type=float, default=1200)
    parser.add_argument("--n429", type=int, default=300)
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--only", default=",".join(PARTS))
    kinds_help = "the server's answers (speed, eval, gate): varied, fixed or both"
    parser.add_argument("--answers", default=",".join(KINDS), help=kinds_help)
    args = parser.parse_args()
    if not args.data.is_dir():
        sys.exit(f"bench_batch: {args.data} not found (the benchmarks need ../shared/data)")
    records = load_abstracts(args.data, args.n)
    parts = args.only.split(",")
    if "gate" in parts:  # before any of plainsum's modules compile their patterns (see gate)
        from plainsum import regex_cache

        regex_cache.install()
    with tempfile.TemporaryDirectory(prefix="plainsum-bench-") as name:
        tmp = Path(name)
        inputs = tmp / "in.jsonl"
        inputs.write_text("".join(json.dumps({"id": r["id"], "text": r["source"]}) + "\n"
                                  for r in records))  # fmt: skip
        print(f"{len(records)} abstracts from {args.data}; server latency {args.latency} s; "
              f"{stemmer_line()}")  # fmt: skip
        compiled(tmp)
        kinds = args.answers.split(",")
        if "varied" in kinds and {"speed", "eval", "gate", "kill"} & set(parts):
            ANSWERS["varied"] = varied_answers(tmp, records, inputs)
        for part in parts:
            for kind in kinds if part in ("speed", "eval", "gate") else ["fixed"]:
                run_part(part, kind, tmp, inputs, records, args)
        print(f"-- end ({load()})")
    if OVER_BUDGET:
        sys.exit(f"bench_batch: over the gate's budget of {GATE_BUDGET_MS:.0f} ms a paper: "
                 f"{', '.join(OVER_BUDGET)}")  # fmt: skip


def stemmer_line() -> str:
    """Which Snowball build stems the evidence words: PyStemmer's C one (a declared
    dependency) or snowballstemmer's pure-Python fallback, ~0.3 ms more of a worker's CPU a
    paper; figures from trees or machines that differ here are not comparable."""
    from plainsum.evidence_words import _stemmer

    kind = type(_stemmer()).__module__
    return f"stemmer {'C (PyStemmer)' if kind == 'Stemmer' else f'pure Python ({kind})'}"


def run_part(part: str, kind: str, tmp: Path, inputs: Path, records: list[dict],
             args: argparse.Namespace) -> None:  # fmt: skip
    print(f"-- {part}{f' ({kind} answers)' if part in ('speed', 'eval', 'gate') else ''} "
          f"({load()})")  # fmt: skip
    if part == "speed":
        part_speed(tmp, inputs, len(records), args, kind)
    elif part == "eval":
        part_eval(tmp, records, args, kind)
    elif part == "kill":
        part_kill(tmp, inputs, len(records), args)
    elif part == "429":
        part_429(tmp, records, args)
    elif part == "offline":
        part_offline(tmp, inputs, len(records))
    elif part == "gate":
        part_gate(records, kind)


if __name__ == "__main__":
    main()
