"""The pure parts of the model drafter: request parameters and judging one answer."""

from __future__ import annotations

import asyncio
import json

import pytest

from plainsum.drafters.answer import (
    GaveUp,
    Unusable,
    answer_status,
    ask_until_usable,
    judge_answer,
)
from plainsum.drafters.chat import MAX_ANSWER_CHARS, Answer
from plainsum.drafters.endpoint import host_of, status_error
from plainsum.drafters.request import RequestBuilder, chat_body
from plainsum.schemas import Usage
from plainsum.settings import Settings

SUMMARY = {
    "headline": "A walking programme helped people with MS walk further",
    "what_the_study_did": "Forty adults with MS walked with a coach for twelve weeks.",
    "why_it_matters": "Walking further can make daily life easier.",
    "limitations": "It was a small study and it lasted only twelve weeks.",
}


def answer(raw: str = json.dumps(SUMMARY), finish: str | None = "stop", refusal=None) -> Answer:
    return Answer(raw=raw, finish_reason=finish, refusal=refusal, model="m", usage=Usage())


@pytest.mark.parametrize(
    ("model", "tokens_key", "has_temperature"),
    [("gpt-4o-mini", "max_tokens", True), ("o3-mini", "max_completion_tokens", False),
     ("gpt-5-nano", "max_completion_tokens", False)],
)  # fmt: skip
def test_params_follow_the_model_family(model, tokens_key, has_temperature):
    params = RequestBuilder.for_settings(Settings(model=model)).params("json_object", 700)
    assert params[tokens_key] == 700
    assert ("temperature" in params) is has_temperature
    assert params["response_format"] == {"type": "json_object"}


@pytest.mark.parametrize(
    ("mode", "kind"),
    [("json_schema", "json_schema"), ("json_object", "json_object"), ("text", None)],
)
def test_params_name_the_response_format(mode, kind):
    params = RequestBuilder.for_settings(Settings(model="m")).params(mode, 100)
    assert params.get("response_format", {}).get("type") == kind


def test_chat_body_is_the_params_and_the_messages():
    messages = [{"role": "user", "content": "hi"}]
    body = chat_body({"model": "m", "max_tokens": 5}, messages)
    assert body == {"model": "m", "max_tokens": 5, "messages": messages}


@pytest.mark.parametrize(
    ("given", "room_given", "expect"),
    [
        (answer(), False, "summary"),
        (answer("not json at all"), False, "problem"),
        (answer('{"headline": 1}'), False, "problem"),
        (answer("{", finish="length"), False, "more_room"),
        (answer("{", finish="length"), True, Unusable),
        (answer("", refusal="I cannot help"), False, Unusable),
        (answer("", finish="content_filter"), False, Unusable),
        (answer("x" * (MAX_ANSWER_CHARS + 1)), False, Unusable),
    ],
)
def test_judge_answer(given, room_given, expect):
    if expect is Unusable:
        with pytest.raises(Unusable):
            judge_answer(given, room_given=room_given, max_tokens=100)
        return
    verdict = judge_answer(given, room_given=room_given, max_tokens=100)
    assert {"summary": verdict.summary is not None, "problem": verdict.problem is not None,
            "more_room": verdict.more_room} == {k: k == expect for k in ("summary", "problem",
                                                                        "more_room")}  # fmt: skip


@pytest.mark.parametrize(
    ("finish", "refusal", "status"),
    [("stop", None, "ok"), ("length", None, "cut_off"), ("content_filter", None, "refused"),
     ("stop", "no", "refused")],
)  # fmt: skip
def test_answer_status(finish, refusal, status):
    assert answer_status(answer(finish=finish, refusal=refusal)) == status


@pytest.mark.parametrize(
    ("status", "transient", "words"),
    [(401, False, "API key"), (404, False, "not found"), (503, True, "kept failing"),
     (400, False, "rejected the request")],
)  # fmt: skip
def test_status_error_says_what_to_fix(status, transient, words):
    error = status_error(status, "HTTP x", transient=transient, model="m", where="h")
    assert words in str(error) and error.hint and error.status == status


def test_host_of_never_shows_a_path_or_password():
    assert host_of("http://user:pw@127.0.0.1:8080/v1?key=s") == "127.0.0.1:8080"
    assert host_of(None) == "api.openai.com"


def scripted(*answers: Answer):
    """A `complete` that gives `answers` in turn and records (max_tokens, kind) of each ask."""
    asked: list[tuple[int, str]] = []
    queue = list(answers)

    async def complete(messages, max_tokens, kind):
        asked.append((max_tokens, kind))
        return queue.pop(0)

    return complete, asked


def reask(messages, raw, problem):
    return [*messages, {"role": "assistant", "content": raw}, {"role": "user", "content": problem}]


@pytest.mark.parametrize(
    ("answers", "budget", "asked", "gives_up"),
    [
        ([answer()], 2, [(100, "draft")], False),
        ([answer("{", finish="length"), answer()], 2, [(100, "draft"), (200, "reask")], False),
        ([answer("no"), answer()], 2, [(100, "draft"), (100, "reask")], False),
        ([answer("no"), answer("no")], 2, [(100, "draft"), (100, "reask")], True),
        ([answer("", refusal="no")], 3, [(100, "draft")], True),
    ],
)
def test_ask_until_usable(answers, budget, asked, gives_up):
    complete, seen = scripted(*answers)
    run = ask_until_usable(complete, [], reask, kind="draft", budget=budget, max_tokens=100)
    if gives_up:
        with pytest.raises(GaveUp) as caught:
            asyncio.run(run)
        assert caught.value.tally.answers == len(seen)
    else:
        _, summary, tally = asyncio.run(run)
        assert summary.headline == SUMMARY["headline"] and tally.answers == len(seen)
    assert seen == asked
