"""Model review: the LLM-assisted part of the gate (`--review model`, setting `review`).

A model reads the paper's numbered sentences and the summary's numbered sentences and answers,
per summary sentence, supported / not supported / contradicted with the paper sentences it
relied on, and whether the headline states the paper's main finding. Its verdicts become gate
findings of check `model_review`, marked as the model's (`Finding.reviewer`, and a message that
says the model said it): "not supported" on a content sentence, "contradicted" anywhere and a
headline that misses the main finding are errors. A standard frame sentence (a caveat, the
care-team pointer) is held only to "contradicted".

The request goes through the project's one model seam (`drafters.openai.OpenAIDrafter.ask`: the
same client, retries, format fallback and run log as drafting; run log kind `review`). The prompt
is `prompts/review-v1.md`; the answer is JSON validated by `ReviewAnswer` and checked against
the numbering (`review_answer`). A malformed answer is asked again once; then, as when the
endpoint fails, the review is a warning ("model review unavailable: ..."), never a crash. Valid
answers are cached (`review_cache`), so the same review is never paid for twice.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from pydantic import ValidationError

from .drafters.base import DraftRequest
from .drafters.chat import (
    MAX_ANSWER_CHARS,
    Answer,
    AnswerProblem,
    Message,
    sent_back,
)
from .errors import ConfigError, PlainsumError
from .evidence import SourceSentence, frame_kind, split_source, summary_sentences
from .prompts import Prompt, load_prompt
from .redact import clean
from .review_answer import ReviewAnswer, SentenceVerdict, check_numbers, read_review, review_schema
from .review_cache import ReviewCache, review_key
from .schemas import SECTION_TITLES, Finding, PlainSummary, Severity, Usage

if TYPE_CHECKING:
    from .design import DesignInfo
    from .ingest import Source
    from .settings import Settings

__all__ = [
    "CHECK",
    "REVIEW_PROMPT",
    "ModelReviewer",
    "ReviewAnswer",
    "ReviewOutcome",
    "SentenceVerdict",
    "make_reviewer",
    "require_review_endpoint",
    "review_findings",
    "review_once",
]

CHECK = "model_review"
REVIEW_PROMPT = "review-v1"
SCHEMA_NAME = "plain_review"
MAX_REASON_CHARS = 300  # of the model's reason, in a finding
MAX_QUOTE_CHARS = 240  # of a paper sentence quoted in a finding
CHARS_PER_TOKEN = 4  # for cutting a long paper to `max_input_tokens`
TOKENS_PER_SENTENCE = 90  # room to answer for each summary sentence


@dataclass(frozen=True)
class Reviewed:
    """One summary sentence as the model sees it: its number is its position + 1."""

    section: str
    text: str
    frame: bool


@dataclass
class ReviewOutcome:
    """What one model review found and cost."""

    findings: list[Finding]
    usage: Usage = field(default_factory=Usage)
    model: str | None = None
    cached: bool = False
    available: bool = True


@runtime_checkable
class ModelClient(Protocol):
    """The model seam's question-asking side (`drafters.openai.OpenAIDrafter`)."""

    async def ask(
        self,
        request: DraftRequest,
        messages: list[Message],
        *,
        kind: str,
        schema: tuple[str, dict[str, Any]],
        prompt_version: str,
        max_tokens: int,
        call_id: str | None = None,
    ) -> Answer: ...

    async def aclose(self) -> None: ...


def require_review_endpoint(settings: Settings) -> None:
    """`review = "model"` needs an endpoint and a model name: a `ConfigError` (exit 2) if not."""
    if settings.review != "model":
        return
    if not (settings.key() or settings.base_url):
        raise ConfigError(
            "--review model needs a model endpoint, and none is configured",
            hint="set OPENAI_API_KEY (OpenAI) or --base-url / OPENAI_BASE_URL (a local server)",
        )
    if not settings.model:
        raise ConfigError(
            "--review model needs a model name",
            hint="pass --model NAME, set PLAINSUM_MODEL, or put model = ... in plainsum.toml",
        )


# -- the question ----------------------------------------------------------------------------


def reviewed_sentences(summary: PlainSummary) -> list[Reviewed]:
    """The summary's sentences, headline first; frames recognised as the evidence links do."""
    return [
        Reviewed(s.section, s.text, s.section != "headline" and frame_kind(s.text) is not None)
        for s in summary_sentences(summary)
    ]


def shown_paper(paper: list[SourceSentence], max_tokens: int) -> tuple[list[SourceSentence], str]:
    """The paper sentences that fit in `max_tokens`, and a note when some were left out."""
    budget = max_tokens * CHARS_PER_TOKEN
    shown: list[SourceSentence] = []
    used = 0
    for sentence in paper:
        used += len(sentence.text) + 8
        if used > budget and shown:
            break
        shown.append(sentence)
    if len(shown) < len(paper):
        note = (
            f"Note: the paper is long; only its first {len(shown)} of {len(paper)} sentences are "
            "shown. Judge against these.\n"
        )
        return shown, note
    return shown, ""


def _unfence(text: str) -> str:
    """Data text with the fence markers removed, so it cannot close its own fence."""
    for mark in ("<<<PAPER_TEXT", "PAPER_TEXT>>>", "<<<SUMMARY_TEXT", "SUMMARY_TEXT>>>"):
        text = text.replace(mark, "")
    return text


def review_messages(
    prompt: Prompt, sentences: list[Reviewed], paper: list[SourceSentence], notes: str
) -> list[Message]:
    """System and user messages of a review: static instructions first, the data last."""
    summary = "\n".join(
        f"S{i} [{SECTION_TITLES[s.section]}]{' (standard)' if s.frame else ''} {_unfence(s.text)}"
        for i, s in enumerate(sentences, 1)
    )
    text = "\n".join(f"P{i} {_unfence(' '.join(s.text.split()))}" for i, s in enumerate(paper, 1))
    return [
        {"role": "system", "content": prompt.render("system")},
        {
            "role": "user",
            "content": prompt.render(
                "user", count=len(sentences), summary=summary, paper=text, notes=notes
            ),
        },
    ]


def _short(text: str, limit: int) -> str:
    text = " ".join(clean(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def review_findings(
    answer: ReviewAnswer,
    sentences: list[Reviewed],
    paper: list[SourceSentence],
    model: str | None,
) -> list[Finding]:
    """The model's verdicts as gate findings of check `model_review`, marked as the model's."""
    who = f"The model reviewer ({model or 'model'})"

    def quote(numbers: list[int]) -> str:
        return " ".join(_short(paper[n - 1].text, MAX_QUOTE_CHARS) for n in numbers[:1])

    findings: list[Finding] = []
    for verdict in sorted(answer.sentences, key=lambda v: v.sentence):
        sentence = sentences[verdict.sentence - 1]
        reason = _short(verdict.reason, MAX_REASON_CHARS)
        if verdict.verdict == "contradicted":
            message = f"{who} says the paper contradicts this sentence: {reason}"
            where = verdict.evidence[0]
            hint = f'Say what the paper says (its sentence P{where}: "{quote(verdict.evidence)}").'
        elif verdict.verdict == "not_supported" and not sentence.frame:
            message = f"{who} says the paper does not support this sentence: {reason}"
            hint = "Say only what the paper says, or leave the sentence out."
        else:
            continue
        findings.append(
            Finding(
                check=CHECK,
                severity=Severity.ERROR,
                message=message,
                hint=hint,
                section=sentence.section,
                span=sentence.text,
                reviewer=model,
            )
        )
    if not answer.headline_states_main_finding:
        main = answer.main_finding
        hint = "Lead with the paper's main result or conclusion."
        if main:
            hint += f' The paper\'s main finding (P{main[0]}): "{quote(main)}"'
        findings.append(
            Finding(
                check=CHECK,
                severity=Severity.ERROR,
                message=f"{who} says the headline does not state the paper's main finding: "
                f"{_short(answer.headline_reason, MAX_REASON_CHARS)}",
                hint=hint,
                section="headline",
                span=sentences[0].text if sentences else None,
                reviewer=model,
            )
        )
    return findings


def unavailable(why: str, model: str | None, usage: Usage | None = None) -> ReviewOutcome:
    """A review that could not be had, as a warning: the rule checks still stand."""
    finding = Finding(
        check=CHECK,
        severity=Severity.WARNING,
        message=f"model review unavailable: {_short(why, 400)}",
        hint="The rule checks still ran; read the draft against the paper before publishing.",
        reviewer=model,
    )
    return ReviewOutcome([finding], usage or Usage(), model=model, available=False)


# -- the reviewer ------------------------------------------------------------------------------


class ModelReviewer:
    """Reviews summaries with a model through the one model seam; answers cached on disk."""

    def __init__(
        self,
        settings: Settings,
        *,
        client: ModelClient | None = None,
        cache: ReviewCache | None = None,
    ) -> None:
        require_review_endpoint(settings.model_copy(update={"review": "model"}))
        self.settings = settings
        self.model = settings.model
        self.prompt = load_prompt(REVIEW_PROMPT)
        self.cache = cache if cache is not None else ReviewCache()
        self._owns_client = client is None
        if client is None:
            from .drafters.openai import OpenAIDrafter  # only that module imports openai

            client = OpenAIDrafter(settings)
        self.client: ModelClient = client

    async def aclose(self) -> None:
        """Close the client when this reviewer made it (a shared drafter's is its owner's)."""
        if self._owns_client:
            await self.client.aclose()

    async def review(
        self, source: Source, summary: PlainSummary, design: DesignInfo
    ) -> ReviewOutcome:
        """The model's verdicts on `summary` as findings; a warning finding when there are none."""
        paper, notes = shown_paper(split_source(source), self.settings.max_input_tokens)
        sentences = reviewed_sentences(summary)
        if not paper:
            return unavailable("the paper has no sentences to check against", self.model)
        messages = review_messages(self.prompt, sentences, paper, notes)
        key = review_key(self.model, self.prompt.version, messages, self.settings.base_url)
        stored = self.cache.get(key)
        if stored is not None:
            try:
                answer = ReviewAnswer.model_validate(stored.get("answer"))
                check_numbers(answer, len(sentences), len(paper))
            except (ValidationError, AnswerProblem):
                pass  # an entry this code cannot use: ask again
            else:
                model = stored.get("model") or self.model
                findings = review_findings(answer, sentences, paper, model)
                return ReviewOutcome(findings, model=model, cached=True)
        return await self._ask(key, messages, sentences, paper, source, design)

    async def _ask(
        self,
        key: str,
        messages: list[Message],
        sentences: list[Reviewed],
        paper: list[SourceSentence],
        source: Source,
        design: DesignInfo,
    ) -> ReviewOutcome:
        request = DraftRequest(source=source, design=design, settings=self.settings)
        max_tokens = max(
            self.settings.max_output_tokens, TOKENS_PER_SENTENCE * len(sentences) + 200
        )
        usage = Usage()
        problem = ""
        for turn in range(2):  # the first answer and one re-ask
            try:
                answer = await self.client.ask(
                    request,
                    messages,
                    kind="review" if turn == 0 else "review_reask",
                    schema=(SCHEMA_NAME, review_schema()),
                    prompt_version=self.prompt.version,
                    max_tokens=max_tokens,
                )
            except PlainsumError as exc:
                return unavailable(str(exc), self.model, usage)
            usage = usage + answer.usage
            model = answer.model or self.model
            if answer.refusal or answer.finish_reason == "content_filter":
                refusal = answer.refusal or "content filter"
                return unavailable(f"the model refused: {refusal}", model, usage)
            try:
                if len(answer.raw) > MAX_ANSWER_CHARS:
                    raise AnswerProblem(f"it is {len(answer.raw):,} characters long, far too long")
                if answer.finish_reason == "length":
                    raise AnswerProblem(f"it was cut off at {max_tokens} tokens")
                review = read_review(answer.raw, len(sentences), len(paper))
            except AnswerProblem as exc:
                problem = str(exc)
                messages = [
                    *messages,
                    {"role": "assistant", "content": sent_back(answer.raw)},
                    {
                        "role": "user",
                        "content": self.prompt.render(
                            "invalid", problem=problem, count=len(sentences)
                        ),
                    },
                ]
                continue
            self.cache.put(key, review.model_dump(), model)
            return ReviewOutcome(review_findings(review, sentences, paper, model), usage, model)
        return unavailable(
            f"the model's answer could not be used twice: {problem}", self.model, usage
        )


def make_reviewer(settings: Settings, drafter: object | None = None) -> ModelReviewer | None:
    """The reviewer `settings.review` asks for (None when off), sharing the drafter's model
    client when the drafter is one (an offline drafter gets a client of its own)."""
    if settings.review != "model":
        return None
    client = drafter if isinstance(drafter, ModelClient) else None
    return ModelReviewer(settings, client=client)


def review_once(
    source: Source, summary: PlainSummary, design: DesignInfo, settings: Settings
) -> ReviewOutcome:
    """One model review, synchronously (`plainsum check --review model`)."""

    async def run() -> ReviewOutcome:
        reviewer = ModelReviewer(settings)
        try:
            return await reviewer.review(source, summary, design)
        finally:
            await reviewer.aclose()

    return asyncio.run(run())
