"""The drafter's chat transport (httpx2 straight to /chat/completions) against the openai SDK's
own `chat.completions.create`: the same answers, and the same exception classes, statuses,
messages, bodies and headers for every failure, so retry classification is unchanged."""

from __future__ import annotations

import asyncio

import openai
import pytest
from llm_server import HANG, Reply, completion, error
from openai import AsyncOpenAI
from openai_cases import PASSING

from plainsum.drafters.openai import ChatTransport

MESSAGES = [{"role": "user", "content": "Summarise the paper, naïvely — in plain words."}]


def both(server, *replies: Reply, timeout: float = 5.0) -> list[object]:
    """What the SDK's create() and then the transport give for the same scripted reply
    (each reply is served twice): a result or the exception raised."""
    for reply in replies:
        server.script(reply, reply)

    async def ask() -> list[object]:
        client = AsyncOpenAI(
            api_key="sk-test", base_url=server.base_url, max_retries=0, timeout=timeout
        )
        transport = ChatTransport(client)
        out: list[object] = []
        for _ in replies:
            for call in (client.chat.completions.create, transport.create):
                try:
                    out.append(await call(model="m", messages=MESSAGES))  # type: ignore[operator]
                except Exception as exc:  # compared below
                    out.append(exc)
        await client.close()
        return out

    return asyncio.run(ask())


def test_an_answer_reads_the_same(llm_server):
    sdk, ours = both(llm_server, completion(PASSING, prompt_tokens=1500, cached_tokens=512))
    assert ours == sdk
    assert ours.choices[0].message.content == sdk.choices[0].message.content
    assert ours.usage.prompt_tokens_details.cached_tokens == 512


def test_an_answer_that_does_not_validate_reads_as_the_sdk_builds_it(llm_server):
    reply = completion(PASSING, finish_reason="eos")  # a local server's own reason
    del reply.body["created"]
    sdk, ours = both(llm_server, reply)
    assert ours.choices[0].finish_reason == sdk.choices[0].finish_reason == "eos"
    assert ours.model_dump() == sdk.model_dump()


def test_the_request_carries_the_sdks_headers_and_body(llm_server):
    both(llm_server, completion(PASSING))
    sdk, ours = llm_server.requests
    assert ours.body == sdk.body
    assert ours.headers["authorization"] == "Bearer sk-test"
    telemetry = {"x-stainless-retry-count", "x-stainless-read-timeout", "content-length"}
    assert {k: v for k, v in ours.headers.items() if k not in telemetry} == {
        k: v for k, v in sdk.headers.items() if k not in telemetry
    }


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 429, 500, 503])
def test_a_status_error_is_the_sdks(llm_server, status):
    headers = {"retry-after": "3"} if status == 429 else {}
    sdk, ours = both(llm_server, error(status, f"failed with {status}", headers=headers))
    assert type(ours) is type(sdk)
    assert isinstance(ours, openai.APIStatusError) and isinstance(sdk, openai.APIStatusError)
    assert (ours.status_code, str(ours), ours.body) == (sdk.status_code, str(sdk), sdk.body)
    assert ours.response.headers.get("retry-after") == sdk.response.headers.get("retry-after")


def test_a_dropped_connection_is_a_connection_error(llm_server):
    sdk, ours = both(llm_server, Reply(drop=True))
    assert type(ours) is type(sdk) is openai.APIConnectionError


def test_a_slow_answer_is_a_timeout(llm_server):
    sdk, ours = both(llm_server, Reply(delay=HANG), timeout=0.3)
    assert type(ours) is type(sdk) is openai.APITimeoutError
