"""A scriptable OpenAI-compatible chat completions server for tests, on 127.0.0.1.

Each test queues the replies it wants (`server.script(reply, reply, ...)`); every POST to
`/v1/chat/completions` takes the next one. Replies can be a completion, an HTTP error with
headers (Retry-After), a delay longer than the client's timeout, or a dropped connection. The
server keeps every request it received (`server.requests`), so a test can count them and a
replayed cassette can prove that nothing reached the server.

For batches and benchmarks the server can also answer without a script: `default` is the reply
(or a function of the request giving one) when the script is empty, `latency` delays every
answer, `rate_limit_every=N` answers 429 to every Nth request, and `answered` counts the 200s per
paper (the text between the prompt's PAPER fences), so a resumed batch can prove it sent no paper
twice. `python tests/llm_server.py --latency 0.1` runs it on its own and logs every request as a
JSON line (`--log`), for benchmarks that kill and restart their client.

Model review requests (plainsum.review: the summary fenced in SUMMARY_TEXT) are recognised by
inspecting the request: they take their replies from `script_review(...)` when it has any, else
from `reviewer` (a function of the request, such as `review_by(judge)`, which reads the numbered
summary and paper sentences out of the request and answers for each), else from the main script.
`review_count` counts them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TextIO

MODEL = "plainsum-test-model"


@dataclass
class Reply:
    status: int = 200
    body: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering; cut short when the server stops
    drop: bool = False  # close the connection without answering


# A delay no client timeout in the tests waits out: the reply is held until the server stops.
HANG = 3600.0


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


def completion(
    content: str | dict[str, Any] | None,
    *,
    finish_reason: str = "stop",
    refusal: str | None = None,
    prompt_tokens: int = 1200,
    cached_tokens: int = 0,
    completion_tokens: int = 150,
) -> Reply:
    """A 200 chat completion whose message content is `content` (a dict is sent as JSON)."""
    text = json.dumps(content) if isinstance(content, dict) else content
    return Reply(
        body={
            "id": "chatcmpl-test",
            "object": "chat.completion",
            "created": 1_700_000_000,
            "model": MODEL,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": text, "refusal": refusal},
                    "finish_reason": finish_reason,
                }
            ],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
                "prompt_tokens_details": {"cached_tokens": cached_tokens},
            },
        }
    )


def answers_by_paper(
    summaries: dict[str, dict[str, Any]], fallback: Reply | None = None
) -> Callable[[Received], Reply]:
    """A default reply that varies with the request: the summary kept for its paper (by
    `paper_of`), so a benchmark's gate checks each paper's own draft as it would a model's, not
    one fixed answer its caches have already seen; a paper with none gets one of the summaries
    chosen by its hash (still varied), a request with no paper `fallback`."""
    replies = {paper: completion(summary) for paper, summary in summaries.items()}
    spare = [replies[p] for p in sorted(replies)]

    def reply(received: Received) -> Reply:
        paper = paper_of(received.body)
        if paper is None or not spare:
            return fallback or error(500, "the test server has no answer for this request")
        return replies.get(paper) or spare[int(paper, 16) % len(spare)]

    return reply


def error(status: int, message: str, *, headers: dict[str, str] | None = None) -> Reply:
    """An OpenAI-shaped error response."""
    kind = "invalid_request_error" if status < 500 else "server_error"
    return Reply(
        status=status,
        body={"error": {"message": message, "type": kind, "param": None, "code": None}},
        headers=headers or {},
    )


def paper_of(body: dict[str, Any]) -> str | None:
    """A short hash of the paper fenced in a chat request's last user message, if there is one."""
    for message in reversed(body.get("messages") or []):
        content = message.get("content") if isinstance(message, dict) else None
        if isinstance(content, str) and "<<<PAPER" in content:
            paper = content.split("<<<PAPER", 1)[1].split("PAPER>>>", 1)[0]
            return hashlib.sha256(paper.strip().encode()).hexdigest()[:16]
    return None


def _fenced(body: dict[str, Any], name: str) -> str | None:
    """The text between <<<NAME and NAME>>> in the request's last message that has it."""
    for message in reversed(body.get("messages") or []):
        content = message.get("content") if isinstance(message, dict) else None
        if isinstance(content, str) and f"<<<{name}" in content:
            return content.split(f"<<<{name}", 1)[1].split(f"{name}>>>", 1)[0]
    return None


def is_review(body: dict[str, Any]) -> bool:
    """A model review request: its summary is fenced as SUMMARY_TEXT."""
    return _fenced(body, "SUMMARY_TEXT") is not None


def review_sentences(body: dict[str, Any]) -> tuple[list[str], list[str]]:
    """The numbered summary sentences (S1 ...) and paper sentences (P1 ...) of a review request,
    their numbers and section labels removed."""
    summary = _fenced(body, "SUMMARY_TEXT") or ""
    paper = _fenced(body, "PAPER_TEXT") or ""
    ours = [
        re.sub(r"^S\d+ \[[^\]]*\]( \(standard\))? ", "", line)
        for line in summary.strip().splitlines()
    ]
    theirs = [re.sub(r"^P\d+ ", "", line) for line in paper.strip().splitlines()]
    return ours, theirs


def review_answer(
    verdicts: list[tuple[str, list[int]]],
    *,
    headline_ok: bool = True,
    main: list[int] | None = None,
    reason: str = "as the test server sees it",
) -> dict[str, Any]:
    """A review answer: one (verdict, evidence P numbers) per summary sentence, in order."""
    return {
        "sentences": [
            {"sentence": i, "verdict": verdict, "evidence": evidence, "reason": reason}
            for i, (verdict, evidence) in enumerate(verdicts, 1)
        ],
        "headline_states_main_finding": headline_ok,
        "main_finding": main if main is not None else [1],
        "headline_reason": reason,
    }


Judge = Callable[[str, list[str]], tuple[str, list[int]]]


def review_by(judge: Judge, *, headline_ok: bool = True) -> Callable[[Received], Reply]:
    """A reviewer that reads the request: `judge(summary sentence, paper sentences)` gives each
    sentence's verdict and evidence."""

    def reply(received: Received) -> Reply:
        ours, theirs = review_sentences(received.body)
        verdicts = [judge(sentence, theirs) for sentence in ours]
        return completion(review_answer(verdicts, headline_ok=headline_ok), prompt_tokens=900)

    return reply


def all_supported(sentence: str, paper: list[str]) -> tuple[str, list[int]]:
    """A judge that finds every sentence supported by the paper's first sentence."""
    return "supported", [1]


class LLMServer:
    """Start with `start()`, stop with `stop()`; `base_url` ends in /v1 like OpenAI's."""

    def __init__(
        self,
        *,
        default: Reply | Callable[[Received], Reply] | None = None,
        latency: float = 0.0,
        rate_limit_every: int = 0,
        rate_limit_headers: dict[str, str] | None = None,
        log: TextIO | None = None,
    ) -> None:
        self._replies: list[Reply] = []
        self._review_replies: list[Reply] = []
        self.reviewer: Callable[[Received], Reply] | None = None
        self.review_count = 0  # model review requests received
        self.requests: list[Received] = []
        self.default = default
        self.latency = latency
        self.rate_limit_every = rate_limit_every
        self.rate_limit_headers = rate_limit_headers or {}
        self.count = 0  # requests received
        self.in_flight = 0  # requests being answered now
        self.max_in_flight = 0  # the most answered at once: proof of concurrency
        self.answered: Counter[str] = Counter()  # 200 answers per paper hash
        self.keep_requests = True
        self._log = log
        self._lock = threading.Lock()
        self._stopped = threading.Event()  # ends held replies (delays) when the server stops
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def script(self, *replies: Reply) -> None:
        with self._lock:
            self._replies.extend(replies)

    def script_review(self, *replies: Reply) -> None:
        """Replies for model review requests only, in order."""
        with self._lock:
            self._review_replies.extend(replies)

    def _next(self, received: Received | None = None) -> Reply:
        review = received is not None and is_review(received.body)
        with self._lock:
            self.count += 1
            if review:
                self.review_count += 1
                if self._review_replies:
                    return self._review_replies.pop(0)
        if review and self.reviewer is not None and received is not None:
            return self.reviewer(received)
        with self._lock:
            if self.rate_limit_every and self.count % self.rate_limit_every == 0:
                headers = self.rate_limit_headers
                return error(429, "Rate limit reached (test server)", headers=headers)
            if self._replies:
                return self._replies.pop(0)
        if callable(self.default) and received is not None:
            return self.default(received)
        if isinstance(self.default, Reply):
            return self.default
        return error(500, "the test server has no scripted reply left")

    def _record(self, received: Received, reply: Reply, arrived: float) -> None:
        paper = paper_of(received.body)
        with self._lock:
            if reply.status == 200 and paper:
                self.answered[paper] += 1
            if self._log is not None:
                line = {"t": arrived, "done": time.time(), "status": reply.status, "paper": paper}
                self._log.write(json.dumps(line) + "\n")
                self._log.flush()

    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self, port: int = 0) -> LLMServer:
        server = self
        self._stopped.clear()

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go out at once: no 40 ms stalls

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length) if length else b""
                if len(raw) < length:  # the client went away mid-request (killed): no answer
                    self.close_connection = True
                    return
                try:
                    body = json.loads(raw or b"{}")
                except json.JSONDecodeError:
                    body = {"_raw": raw.decode("utf-8", "replace")}
                arrived = time.time()
                headers = {k.lower(): v for k, v in self.headers.items()}
                received = Received(self.path, headers, body)
                if server.keep_requests:
                    with server._lock:
                        server.requests.append(received)
                reply = server._next(received)
                with server._lock:
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                try:
                    if reply.delay or server.latency:
                        server._stopped.wait(reply.delay + server.latency)
                finally:
                    with server._lock:
                        server.in_flight -= 1
                server._record(received, reply, arrived)
                if reply.drop:
                    self.close_connection = True
                    self.connection.close()
                    return
                data = json.dumps(reply.body).encode()
                try:
                    self.send_response(reply.status)
                    self.send_header("content-type", "application/json")
                    self.send_header("content-length", str(len(data)))
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout)
                    pass

        class Server(ThreadingHTTPServer):
            request_queue_size = 256  # a batch opens many connections at once

            def handle_error(self, request: Any, client_address: Any) -> None:
                if not isinstance(sys.exc_info()[1], ConnectionError):  # a killed client
                    super().handle_error(request, client_address)

        httpd = Server(("127.0.0.1", port), Handler)
        httpd.daemon_threads = True
        self._httpd = httpd
        self._thread = threading.Thread(target=httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopped.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None


def main(argv: list[str] | None = None) -> None:
    """Serve a passing summary to every request until killed; print the base URL first."""
    parser = argparse.ArgumentParser(description="an OpenAI-compatible test server")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--latency", type=float, default=0.1, help="seconds per answer")
    parser.add_argument("--rate-limit-every", type=int, default=0, help="429 to every Nth")
    parser.add_argument("--log", default=None, help="append one JSON line per request here")
    parser.add_argument("--answer", default=None, help="a JSON file: the summary to answer with")
    parser.add_argument(
        "--answers",
        default=None,
        help="a JSON Lines file of {paper, summary}: each paper (its paper_of hash) is answered "
        "with its own summary",
    )
    args = parser.parse_args(argv)
    if args.answer:
        with open(args.answer, encoding="utf-8") as handle:
            content = json.load(handle)
    else:
        sys.path.insert(0, str(__file__).rsplit("/", 1)[0])
        from openai_cases import PASSING

        content = PASSING
    log = open(args.log, "a", encoding="utf-8") if args.log else None  # noqa: SIM115
    default: Reply | Callable[[Received], Reply] = completion(content)
    if args.answers:
        with open(args.answers, encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
        default = answers_by_paper({r["paper"]: r["summary"] for r in rows}, completion(content))
    server = LLMServer(
        default=default,
        latency=args.latency,
        rate_limit_every=args.rate_limit_every,
        log=log,
    )
    server.reviewer = review_by(all_supported)  # model review requests: every sentence supported
    server.keep_requests = False
    server.start(args.port)
    print(server.base_url, flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
