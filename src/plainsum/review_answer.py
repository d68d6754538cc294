"""The model reviewer's answer: its schema (`ReviewAnswer`), and reading and checking an answer.

A review answers, per numbered summary sentence, supported / not supported / contradicted with
the paper sentences (P numbers) it relied on, and whether the headline states the paper's main
finding. `read_review` turns a model's raw answer into a `ReviewAnswer` or raises
`AnswerProblem` saying what is wrong with it, so the reviewer can ask again once.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .drafters.chat import AnswerProblem, load_json, make_strict

__all__ = ["ReviewAnswer", "SentenceVerdict", "check_numbers", "read_review", "review_schema"]


class SentenceVerdict(BaseModel):
    """The verdict on one numbered summary sentence."""

    model_config = ConfigDict(extra="forbid")

    sentence: int = Field(description="the summary sentence's number (S1 is 1)")
    verdict: Literal["supported", "not_supported", "contradicted"] = Field(
        description="supported: the paper says it; not_supported: the paper does not say it; "
        "contradicted: the paper says the opposite"
    )
    evidence: list[int] = Field(
        description="numbers of the paper sentences (P numbers) that support or contradict it, "
        "at most three; empty when not_supported"
    )
    reason: str = Field(description="one short sentence saying why")


class ReviewAnswer(BaseModel):
    """A review of a plain-language summary against its paper: a verdict for every summary
    sentence, and whether the headline states the paper's main finding."""

    model_config = ConfigDict(extra="forbid")

    sentences: list[SentenceVerdict] = Field(
        description="one verdict per summary sentence, in order"
    )
    headline_states_main_finding: bool = Field(
        description="true when the headline (S1) states the paper's main result or conclusion"
    )
    main_finding: list[int] = Field(
        description="numbers of the paper sentences (P numbers) that state its main finding"
    )
    headline_reason: str = Field(description="one short sentence saying why")


@lru_cache(maxsize=1)
def review_schema() -> dict[str, Any]:
    """ReviewAnswer's JSON schema in the strict form `json_schema` output takes (shared)."""
    return make_strict(ReviewAnswer.model_json_schema())


def read_review(raw: str, summary_count: int, paper_count: int) -> ReviewAnswer:
    """The review in a model's answer, or `AnswerProblem` saying what is wrong with it: not JSON,
    not of the schema, a summary sentence missing or twice, a sentence number out of range."""
    data = load_json(raw)
    if not isinstance(data, dict):
        raise AnswerProblem("it is JSON but not an object with the review's four fields")
    try:
        answer = ReviewAnswer.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors()[:5]:
            where = ".".join(str(p) for p in err["loc"]) or "review"
            problems.append(f"{where}: {err['msg']}")
        raise AnswerProblem("; ".join(problems)) from None
    check_numbers(answer, summary_count, paper_count)
    return answer


def check_numbers(answer: ReviewAnswer, summary_count: int, paper_count: int) -> None:
    """Every summary sentence answered once, every P number a paper sentence (`AnswerProblem`)."""
    seen = [v.sentence for v in answer.sentences]
    missing = sorted(set(range(1, summary_count + 1)) - set(seen))
    problems = []
    if missing:
        problems.append(f"no verdict for {', '.join(f'S{n}' for n in missing[:10])}")
    extra = sorted({n for n in seen if not 1 <= n <= summary_count})
    if extra:
        problems.append(f"there is no summary sentence {', '.join(f'S{n}' for n in extra[:5])}")
    twice = sorted({n for n in seen if seen.count(n) > 1})
    if twice:
        problems.append(f"more than one verdict for {', '.join(f'S{n}' for n in twice[:5])}")
    numbers = {n for v in answer.sentences for n in v.evidence} | set(answer.main_finding)
    wrong = ", ".join(f"P{n}" for n in sorted(numbers) if not 1 <= n <= paper_count)
    if wrong:
        problems.append(f"the paper has sentences P1 to P{paper_count}, not {wrong}")
    blind = [v.sentence for v in answer.sentences if v.verdict == "contradicted" and not v.evidence]
    if blind:
        named = ", ".join(f"S{n}" for n in blind[:5])
        problems.append(f"a contradicted sentence needs the paper sentence it contradicts: {named}")
    if problems:
        raise AnswerProblem("; ".join(problems))
