"""Reading a model's answer: what it cost, whether it is a usable summary, and if not, whether
to ask again (with more room, or saying what was wrong) or give up.

Pure, no network. `drafters.openai` asks the questions and `batch.provider` reads answers that
came back from the Batch API; both judge them here.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from ..costs import with_cost
from ..schemas import PlainSummary, Usage
from ..settings import Price
from .chat import MAX_ANSWER_CHARS, MAX_SENT_BACK, Answer, AnswerProblem, Message, parse_answer

__all__ = [
    "GaveUp",
    "Tally",
    "Unusable",
    "Verdict",
    "answer_status",
    "ask_until_usable",
    "finish_answer",
    "judge_answer",
]


@dataclass
class Tally:
    """What one draft or repair spent, across re-asks."""

    usage: Usage = field(default_factory=Usage)
    answers: int = 0
    last_raw: str | None = None

    def add(self, answer: Answer) -> None:
        self.answers += 1
        self.usage = self.usage + answer.usage
        self.last_raw = answer.raw[:MAX_SENT_BACK]


class Unusable(Exception):
    """An answer that no re-ask will fix (refused, far too long, cut off twice)."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint


@dataclass(frozen=True)
class Verdict:
    """What to do with one answer: use its summary, or ask again."""

    summary: PlainSummary | None = None
    problem: str | None = None  # not a usable summary: ask again, saying this
    more_room: bool = False  # cut off: ask again with twice the output tokens


def judge_answer(answer: Answer, *, room_given: bool, max_tokens: int) -> Verdict:
    """The summary in `answer`, or what to ask next; `Unusable` when asking again is futile.

    `room_given`: this answer already had twice the output tokens after a cut-off one."""
    if len(answer.raw) > MAX_ANSWER_CHARS:
        raise Unusable(
            f"the model's answer was {len(answer.raw):,} characters, far more than a "
            f"summary needs (at most {MAX_ANSWER_CHARS:,}); refused",
            hint="check the model and the prompt; this is not a summary",
        )
    if answer.refusal or answer.finish_reason == "content_filter":
        raise Unusable(
            "the model refused to summarise this paper: "
            f"{(answer.refusal or 'content filter').strip()[:200]}"
        )
    if answer.finish_reason == "length":
        if room_given:
            raise Unusable(
                f"the answer was cut off twice at {max_tokens} tokens",
                hint="raise max_output_tokens in plainsum.toml",
            )
        return Verdict(more_room=True)
    try:
        return Verdict(summary=parse_answer(answer.raw))
    except AnswerProblem as problem:
        return Verdict(problem=str(problem))


def finish_answer(
    answer: Answer,
    scrub: Callable[[str], str],
    model: str | None,
    prices: dict[str, Price] | None,
) -> Answer:
    """`answer` with key material and terminal escapes scrubbed, and its cost filled in.

    A model (or a proxy) can echo either: neither may reach the summary, the terminal or the
    log."""
    answer.raw = scrub(answer.raw)
    if answer.refusal:
        answer.refusal = scrub(answer.refusal)
    answer.usage = with_cost(answer.usage, model, prices)
    return answer


def answer_status(answer: Answer) -> str:
    """The run log's status for an answer: ok, cut_off or refused."""
    if answer.finish_reason == "length":
        return "cut_off"
    if answer.finish_reason == "content_filter" or answer.refusal:
        return "refused"
    return "ok"


class GaveUp(Exception):
    """No usable summary within the budget of answers, or an answer no re-ask will fix."""

    def __init__(self, message: str, tally: Tally, hint: str = "") -> None:
        super().__init__(message)
        self.tally = tally
        self.hint = hint


async def ask_until_usable(
    complete: Callable[[list[Message], int, str], Awaitable[Answer]],
    messages: list[Message],
    reask: Callable[[list[Message], str, str], list[Message]],
    *,
    kind: str,
    budget: int,
    max_tokens: int,
) -> tuple[Answer, PlainSummary, Tally]:
    """Ask (`complete(messages, max_tokens, kind)`) until an answer holds a usable summary:
    once more with twice the output tokens after a cut-off answer, and with `reask(messages,
    raw, problem)` after an unusable one, within `budget` answers. Raises `GaveUp`."""
    tally = Tally()
    more_room_given = False
    last_problem = "the answer was cut off"
    while tally.answers < budget:
        answer = await complete(messages, max_tokens, kind)
        tally.add(answer)
        try:
            verdict = judge_answer(answer, room_given=more_room_given, max_tokens=max_tokens)
        except Unusable as exc:
            raise GaveUp(str(exc), tally, exc.hint) from None
        if verdict.summary is not None:
            return answer, verdict.summary, tally
        kind = "reask"
        if verdict.more_room:
            more_room_given = True
            max_tokens *= 2
            continue
        last_problem = verdict.problem or "the answer could not be used"
        messages = reask(messages, answer.raw, last_problem)
    raise GaveUp(f"no usable summary after {tally.answers} answers: {last_problem}", tally)
