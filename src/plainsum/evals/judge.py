"""Model-as-judge: a pairwise preference between each system's draft and a baseline system's.

Only runs when the config has a `[judge]` table and a model endpoint is configured. The order
of the two summaries in the prompt is decided per case by a hash (so half the cases show the
baseline first), the paper and summaries are fenced as data, and the verdict is read from the
LAST "VERDICT: A|B|TIE" in the reply, so a verdict quoted earlier cannot win.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from ..files import write_atomic
from ..prompts import Prompt, load_prompt
from ..schemas import SECTION_TITLES, PlainSummary, Usage
from .scorers import Score

if TYPE_CHECKING:
    from ..drafters.judge_client import JudgeClient
    from ..settings import Settings
    from .runlog import CaseResult, SystemResult

_VERDICT = re.compile(r"VERDICT:\s*\**\s*(A|B|TIE)\b", re.I)


class JudgeConfig(BaseModel):
    """`[judge]` in an eval config."""

    model_config = ConfigDict(extra="forbid")

    model: str = Field(min_length=1)
    base_url: str | None = None
    baseline: str | None = None  # default: the first system that ran
    prompt: str = "judge-v1"
    temperature: float = Field(default=0.0, ge=0, le=2)
    max_output_tokens: int = Field(default=600, ge=100)
    timeout: float = Field(default=60.0, gt=0)

    def digest(self) -> str:
        prompt = load_prompt(self.prompt)
        text = json.dumps(self.model_dump(mode="json"), sort_keys=True) + repr(prompt.parts)
        return hashlib.sha256(text.encode()).hexdigest()[:12]


_FENCE_MARK = re.compile(r"<<<\s*[A-Z_]+|[A-Z_]+\s*>>>")


def fence_safe(text: str) -> str:
    """Data with every fence marker removed, so it cannot close its own fence."""
    return _FENCE_MARK.sub("", text)


def summary_text(summary: PlainSummary) -> str:
    return "\n\n".join(f"{SECTION_TITLES[k]}: {v}" for k, v in summary.sections().items())


def parse_verdict(reply: str) -> str | None:
    """ "A", "B" or "TIE" from the last verdict line of the reply; None when there is none."""
    matches = _VERDICT.findall(reply)
    return matches[-1].upper() if matches else None


def baseline_first(case_key: str, system: str, baseline: str) -> bool:
    """Whether the baseline's summary is shown as A for this case (a stable coin toss)."""
    digest = hashlib.sha256(f"{case_key}\0{system}\0{baseline}".encode()).digest()
    return digest[0] % 2 == 0


@dataclass
class JudgeResult:
    score: Score
    usage: Usage
    reply: str


async def judge_pair(
    client: JudgeClient,
    prompt: Prompt,
    case_key: str,
    source_text: str,
    system: str,
    candidate: PlainSummary,
    baseline: str,
    reference: PlainSummary,
) -> JudgeResult:
    """Ask the judge which summary is better; score 1 when `system`'s wins, 0.5 tie, 0 loses."""
    first = baseline_first(case_key, system, baseline)
    a, b = (reference, candidate) if first else (candidate, reference)
    user = prompt.render(
        "user",
        paper=fence_safe(source_text),
        summary_a=fence_safe(summary_text(a)),
        summary_b=fence_safe(summary_text(b)),
    )
    reply = await client.complete(prompt.render("system"), user)
    verdict = parse_verdict(reply.text)
    order = f"{baseline} shown as {'A' if first else 'B'}"
    if verdict is None:
        score = Score(
            name="judge_preference", value=None, explanation=f"no verdict in reply ({order})"
        )
    else:
        if verdict == "TIE":
            value = 0.5
        else:
            value = 1.0 if (verdict == "B") == first else 0.0
        word = {1.0: "preferred to", 0.5: "tied with", 0.0: "lost to"}[value]
        score = Score(
            name="judge_preference",
            value=value,
            explanation=f"{system} {word} {baseline} (verdict {verdict}; {order}; "
            f"judge {reply.model or client.model})",
        )
    return JudgeResult(score=score, usage=reply.usage, reply=reply.text)


@dataclass
class JudgeOutcome:
    """What judging a run cost: comparisons asked (not cached), failures, tokens."""

    asked: int = 0
    failed: int = 0
    usage: Usage = field(default_factory=Usage)


class JudgeCache:
    """Judge verdicts on disk, so a rerun does not re-ask (or re-bill) the judge."""

    def __init__(self, folder: Path, judge_key: str) -> None:
        self.folder = folder / f"judge-{judge_key}"

    def _path(self, *parts: str) -> Path:
        name = hashlib.sha256("\0".join(parts).encode()).hexdigest()[:32]
        return self.folder / f"{name}.json"

    def get(self, *parts: str) -> Score | None:
        try:
            return Score.model_validate_json(self._path(*parts).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, score: Score, *parts: str) -> None:
        path = self._path(*parts)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, score.model_dump_json())


def judge_settings(judge: JudgeConfig, env: dict[str, str]) -> Settings:
    """The `Settings` the judge client uses: its own model and URL, the key from the env."""
    from pydantic import SecretStr

    from ..settings import Settings

    key = env.get("OPENAI_API_KEY") or env.get("PLAINSUM_API_KEY")
    url = judge.base_url or env.get("OPENAI_BASE_URL") or env.get("PLAINSUM_BASE_URL")
    return Settings(
        backend="openai",
        model=judge.model,
        base_url=url,
        api_key=SecretStr(key) if key else None,
        temperature=judge.temperature,
        max_output_tokens=judge.max_output_tokens,
        timeout=judge.timeout,
        log=True,  # judge calls are in the run log like every other request
        log_path=Path(env["PLAINSUM_LOG_PATH"]) if env.get("PLAINSUM_LOG_PATH") else None,
    )


async def judge_cases(
    cases: list[CaseResult],
    judge: JudgeConfig,
    client: JudgeClient,
    baseline: str,
    cache: JudgeCache | None,
    concurrency: int,
    on_done: Callable[[str], None] = lambda note: None,
) -> JudgeOutcome:
    """Add a `judge_preference` score to every draft of every system other than `baseline`.

    Failed judgements are recorded as None scores with the error; the outcome counts them and
    adds up the judge's token usage.
    """
    prompt = load_prompt(judge.prompt)
    semaphore = asyncio.Semaphore(max(1, concurrency))
    outcome = JudgeOutcome()

    async def one(case, result, ref) -> bool:  # type: ignore[no-untyped-def]
        parts = (
            case.case.input_sha256,
            result.system,
            str(result.repeat),
            baseline,
            result.draft.summary.model_dump_json(),
            ref.draft.summary.model_dump_json(),
        )
        async with semaphore:
            score = cache.get(*parts) if cache else None
            ok = True
            if score is None:
                try:
                    judged = await judge_pair(
                        client,
                        prompt,
                        case.case.key,
                        case.case.text,
                        result.system,
                        result.draft.summary,
                        baseline,
                        ref.draft.summary,
                    )
                    score = judged.score
                    outcome.asked += 1
                    outcome.usage = outcome.usage + judged.usage
                    if cache and score.value is not None:
                        cache.put(score, *parts)
                except Exception as exc:  # recorded on the draft; the run goes on
                    ok = False
                    score = Score(
                        name="judge_preference",
                        value=None,
                        explanation=f"judge failed: {type(exc).__name__}: {exc}",
                    )
            result.scores.append(score)
            on_done(f"judge: {case.case.id}")
            return ok

    done = await asyncio.gather(*(one(*job) for job in judge_jobs(cases, baseline)))
    outcome.failed = sum(1 for ok in done if not ok)
    return outcome


def judge_jobs(
    cases: list[CaseResult], baseline: str
) -> list[tuple[CaseResult, SystemResult, SystemResult]]:
    """(case, a non-baseline draft, the baseline's draft of the same repeat, else repeat 0)."""
    jobs = []
    for case in cases:
        base = {r.repeat: r for r in case.for_system(baseline) if r.draft is not None}
        for result in case.results:
            ref = base.get(result.repeat) or base.get(0)
            if result.system != baseline and result.draft is not None and ref is not None:
                jobs.append((case, result, ref))
    return jobs
