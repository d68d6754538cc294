"""Building chat messages from prompt files, and reading the model's answer back.

Pure functions, no network: `drafters.openai` sends what these build. Messages lists are never
mutated; every follow-up turn is a new list.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from ..checks.caveats import caveats_for, example_for
from ..prompts import Prompt, load_prompt
from ..schemas import Finding, PlainSummary, StudyDesign, Usage

if TYPE_CHECKING:
    from ..design import DesignInfo

__all__ = [
    "Message",
    "strict_schema",
    "make_strict",
    "summary_messages",
    "repair_messages",
    "reask_messages",
    "format_findings",
    "parse_answer",
    "load_json",
    "Answer",
    "AnswerProblem",
    "read_answer",
]

Message = dict[str, str]
MAX_ANSWER_CHARS = 100_000  # a summary is a few thousand characters; far more is refused
MAX_SENT_BACK = 20_000  # of a previous answer, in a repair or re-ask turn
FENCE_OPEN, FENCE_CLOSE = "<<<PAPER", "PAPER>>>"

DESIGN_WORDS = {
    StudyDesign.LAB: "a lab study (cells or tissue, not people)",
    StudyDesign.ANIMAL: "a study in animals",
    StudyDesign.OBSERVATIONAL: "an observational study (people were watched, not treated)",
    StudyDesign.TRIAL: "a trial in people",
    StudyDesign.REVIEW: "a review of earlier studies",
    StudyDesign.CASE_REPORT: "a report about one person or a few people",
    StudyDesign.UNKNOWN: "a study of a kind that is not clear",
}


@lru_cache(maxsize=1)
def strict_schema() -> dict[str, Any]:
    """PlainSummary's JSON schema made strict-compatible: closed objects, every field required.

    Built once (pydantic takes ~1.5 ms, per request in a batch) and shared: do not mutate it."""
    return make_strict(PlainSummary.model_json_schema())


def make_strict(schema: dict[str, Any]) -> dict[str, Any]:
    """A copy of a pydantic JSON schema that strict `json_schema` output accepts: every object
    closed (`additionalProperties: false`), every field required, no defaults."""
    schema = copy.deepcopy(schema)

    def tighten(node: Any) -> None:
        if isinstance(node, dict):
            node.pop("default", None)
            if node.get("type") == "object" and "properties" in node:
                node["additionalProperties"] = False
                node["required"] = list(node["properties"])
            for value in node.values():
                tighten(value)
        elif isinstance(node, list):
            for value in node:
                tighten(value)

    tighten(schema)
    return schema


def caveat_lines(design: DesignInfo) -> str:
    """The caveats the gate will require for `design`, as its own example sentences."""
    return "\n".join(f"- {example_for(c, design)}" for c in caveats_for(design))


def fence(paper: str) -> str:
    """The paper with any fence markers inside it removed, so it cannot close its own fence."""
    return paper.replace(FENCE_OPEN, "").replace(FENCE_CLOSE, "")


def summary_messages(
    prompt: Prompt, design: DesignInfo, paper: str, *, grade: float, notes: list[str]
) -> list[Message]:
    """System and user messages for a first draft; the paper goes last."""
    design_note = (
        "It is about MS."
        if design.about_ms
        else "It does not seem to be about MS: say so plainly in why_it_matters."
    )
    note_text = "".join(f"Note: {n}.\n" for n in notes)
    return [
        {"role": "system", "content": prompt.render("system", grade=_grade(grade))},
        {
            "role": "user",
            "content": prompt.render(
                "user",
                design=DESIGN_WORDS.get(design.design, design.design.value),
                design_note=design_note,
                caveats=caveat_lines(design),
                notes=note_text,
                paper=fence(paper),
            ),
        },
    ]


def _grade(grade: float) -> str:
    return str(int(grade)) if float(grade).is_integer() else f"{grade:g}"


def format_findings(findings: list[Finding]) -> str:
    """One line per finding: where, what is wrong, the offending text and the target."""
    lines = []
    for i, f in enumerate(findings, 1):
        where = f"in {f.section}" if f.section else "in the summary"
        line = f"{i}. [{f.severity.value}] {where} ({f.check}): {f.message}"
        if f.span:
            line += f' The text: "{f.span}".'
        if f.hint:
            line += f" Fix: {f.hint}"
        lines.append(line)
    return "\n".join(lines)


def sent_back(raw: str) -> str:
    """A previous answer as it goes back to the model: cut at `MAX_SENT_BACK` characters, so a
    runaway answer is never re-sent (and re-billed) whole."""
    if len(raw) <= MAX_SENT_BACK:
        return raw
    return f"{raw[:MAX_SENT_BACK]}\n[... {len(raw) - MAX_SENT_BACK:,} more characters cut]"


def repair_messages(
    base: list[Message],
    repair_prompt: Prompt,
    previous_raw: str,
    findings: list[Finding],
    *,
    grade: float,
) -> list[Message]:
    """A new list: the first-draft messages, the previous answer, and the findings to fix."""
    content = repair_prompt.render(
        "user", count=len(findings), findings=format_findings(findings), grade=_grade(grade)
    )
    return [
        *base,
        {"role": "assistant", "content": sent_back(previous_raw)},
        {"role": "user", "content": content},
    ]


def reask_messages(
    messages: list[Message], repair_prompt: Prompt, raw: str, problem: str, *, grade: float
) -> list[Message]:
    """A new list asking again after an answer that could not be used."""
    content = repair_prompt.render("invalid", problem=problem, grade=_grade(grade))
    return [
        *messages,
        {"role": "assistant", "content": sent_back(raw)},
        {"role": "user", "content": content},
    ]


def repair_prompt_for(prompt: Prompt) -> Prompt:
    """The repair prompt a summary prompt names in its header (`repair: NAME`)."""
    name = prompt.meta.get("repair", "repair-v1")
    if prompt.path and name.endswith(".md") and not name.startswith("/"):
        from pathlib import Path

        return load_prompt(Path(prompt.path).parent / name)
    return load_prompt(name)


@dataclass
class Answer:
    """What one chat completion said, and what it cost in tokens."""

    raw: str
    finish_reason: str | None
    refusal: str | None
    model: str | None
    usage: Usage


def read_answer(response: Any) -> Answer:
    """The first choice of a chat completion (any object shaped like openai's ChatCompletion)."""
    choice = response.choices[0] if response.choices else None
    message = choice.message if choice else None
    usage = Usage()
    if response.usage is not None:
        details = getattr(response.usage, "prompt_tokens_details", None)
        usage = Usage(
            input_tokens=response.usage.prompt_tokens or 0,
            cached_tokens=(getattr(details, "cached_tokens", None) or 0) if details else 0,
            output_tokens=response.usage.completion_tokens or 0,
        )
    return Answer(
        raw=(message.content or "") if message else "",
        finish_reason=choice.finish_reason if choice else None,
        refusal=getattr(message, "refusal", None) if message else None,
        model=getattr(response, "model", None),
        usage=usage,
    )


class AnswerProblem(ValueError):
    """The model's answer is not a usable summary; the message goes back to the model."""


_CODE_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL)


def load_json(raw: str) -> Any:
    """The JSON in a model's answer (inside a code fence or prose, when it is), or
    `AnswerProblem` saying why it is not JSON."""
    text = raw.strip()
    fenced = _CODE_FENCE.match(text)
    if fenced:
        text = fenced.group(1)
    if not text.startswith("{"):
        start, end = text.find("{"), text.rfind("}")
        if start != -1 and end > start:
            text = text[start : end + 1]
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise AnswerProblem(f"it is not valid JSON ({exc.msg} at character {exc.pos})") from None


def parse_answer(raw: str) -> PlainSummary:
    """The summary in a model's answer, or `AnswerProblem` saying what is wrong with it."""
    data = load_json(raw)
    if not isinstance(data, dict):
        raise AnswerProblem("it is JSON but not an object with the four fields")
    try:
        return PlainSummary.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err["loc"]) or "summary"
            message = err["msg"].removeprefix("Value error, ")
            problems.append(f"{where}: {message}")
        raise AnswerProblem("; ".join(problems)) from None
