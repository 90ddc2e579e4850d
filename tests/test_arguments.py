"""Keyword arguments of the generated SDK's operations, through `httpx.MockTransport`:
each operation takes them as one mapping (typed by its TypedDict) and the runtime splits
them onto the wire. A typo or a missing required keyword is a TypeError as Python raises
it, before any request; `body=` takes the fields laid over it; NOT_GIVEN is left out."""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any

import httpx
import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "generated"))

from openrouter_sdk import NOT_GIVEN, AsyncOpenRouter, OpenRouter
from openrouter_sdk.api import chat, guardrails

pytestmark = pytest.mark.sdk

BASE_URL = "https://openrouter.test/api/v1"
MESSAGES = [{"role": "user", "content": "hi"}]
RESULT = {
    "id": "gen-1",
    "object": "chat.completion",
    "created": 1,
    "model": "m",
    "choices": [],
}


class Recorder:
    def __init__(self, reply: Any = RESULT) -> None:
        self.requests: list[httpx.Request] = []
        self.reply = reply

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=self.reply)

    def client(self) -> OpenRouter:
        http = httpx.Client(transport=httpx.MockTransport(self))
        return OpenRouter(api_key="k", base_url=BASE_URL, http_client=http, max_retries=0)

    def body(self) -> Any:
        (request,) = self.requests
        return json.loads(request.content)


def test_a_misspelt_keyword_is_a_type_error_and_sends_nothing() -> None:
    rec = Recorder()
    client: Any = rec.client()
    message = "send_chat_completion_request() got an unexpected keyword argument 'temprature'"
    with pytest.raises(TypeError) as caught:
        client.chat.send(messages=MESSAGES, temprature=0.5)
    assert str(caught.value) == message
    with pytest.raises(TypeError, match="'temprature'"):
        client.with_raw_response.chat.send(messages=MESSAGES, temprature=1)
    with pytest.raises(TypeError, match="'temprature'"):
        with client.with_streaming_response.chat.send(temprature=1):
            pass
    assert rec.requests == []


def test_a_missing_required_keyword_is_a_type_error() -> None:
    rec = Recorder()
    client: Any = rec.client()
    with pytest.raises(TypeError) as caught:
        client.chat.send(model="m")
    message = "send_chat_completion_request() missing 1 required keyword-only argument: 'messages'"
    assert str(caught.value) == message
    with pytest.raises(TypeError, match=r"missing 2 required keyword-only arguments: 'id' and 'key_hashes'"):
        guardrails.bulk_assign_keys_to_guardrail(client)
    with pytest.raises(TypeError, match=r"missing 1 required keyword-only argument: 'id'"):
        guardrails.bulk_assign_keys_to_guardrail(client, body={"key_hashes": ["h"]})
    assert rec.requests == []


def test_body_takes_the_fields_laid_over_it_and_not_given_is_left_out() -> None:
    rec = Recorder()
    with rec.client() as client:
        client.chat.send(
            body={"messages": MESSAGES, "model": "a", "seed": 1},
            extra_headers={"X-Extra": "1"},
        )
        chat.send_chat_completion_request(
            client, messages=MESSAGES, model="b", seed=None, temperature=NOT_GIVEN
        )
    first, second = (json.loads(r.content) for r in rec.requests)
    assert first == {"messages": MESSAGES, "model": "a", "seed": 1}
    assert rec.requests[0].headers["x-extra"] == "1"
    assert second == {"messages": MESSAGES, "model": "b", "seed": None}


def test_parameters_go_to_the_path_and_query_and_fields_to_the_body() -> None:
    rec = Recorder(reply={"data": {}})
    with rec.client() as client:
        guardrails.update_guardrail(client, id="g/1", name="n", extra_query={"trace": "on"})
        guardrails.list_guardrails(client, offset=5, limit=None)
    update, listing = rec.requests
    assert (update.method, update.url.raw_path) == ("PATCH", b"/api/v1/guardrails/g%2F1?trace=on")
    assert update.url.params["trace"] == "on" and json.loads(update.content) == {"name": "n"}
    assert listing.url.params.multi_items() == [("offset", "5")]


def test_the_async_forms_split_the_same_way() -> None:
    rec = Recorder()

    async def run() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(rec))
        async with AsyncOpenRouter(api_key="k", base_url=BASE_URL, http_client=http) as client:
            await client.chat.send(messages=MESSAGES, max_tokens=3)
            with pytest.raises(TypeError, match="unexpected keyword argument 'max_token'"):
                await client.chat.send(messages=MESSAGES, max_token=3)

    asyncio.run(run())
    assert rec.body() == {"messages": MESSAGES, "max_tokens": 3}
