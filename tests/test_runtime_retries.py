"""Retries against a real server on 127.0.0.1: a Retry-After past the cap is raised,
not waited for (nor cut short); `x-should-retry` decides when the server sends it; an
opt-in idempotency key is the same on every retry of a call and new for each call."""

from __future__ import annotations

import sys
import time
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.faultserver import FaultServer, Reply
from tests.runtime_calls import CHAT, call, chat
from tests.test_faults import CHAT_RESULT

sys.path.insert(0, str(ROOT / "generated"))

from openrouter_sdk import AsyncOpenRouter, BadRequestError, InternalServerError, RateLimitError  # noqa: E402

pytestmark = pytest.mark.sdk
MODES = pytest.mark.parametrize("mode", ["sync", "async"])
LIMITED = {"error": {"code": 429, "message": "slow down"}}
BUSY = {"error": {"code": 503, "message": "busy"}}


@pytest.fixture
def server():
    with FaultServer() as srv:
        yield srv


@MODES
@pytest.mark.parametrize(
    ("headers", "seconds"), [({"Retry-After": "3600"}, 3600), ({"retry-after-ms": "120000"}, 120)]
)
def test_a_retry_after_past_the_cap_is_raised_at_once(
    server: FaultServer, mode: str, headers: dict[str, str], seconds: float
) -> None:
    server.script(CHAT, Reply(429, LIMITED, headers=headers), Reply(200, CHAT_RESULT))
    started = time.monotonic()
    out = call(mode, server.base_url, chat(), max_retries=2)
    assert time.monotonic() - started < 1.0
    assert isinstance(out.error, RateLimitError), repr(out.error)
    assert out.error.retry_after == seconds
    assert f"Retry-After {seconds:g} s" in str(out.error)
    assert len(server.requests_to(CHAT)) == 1


@MODES
def test_x_should_retry_true_retries_any_status(server: FaultServer, mode: str) -> None:
    bad = Reply(
        400,
        {"error": {"code": 400, "message": "flaky"}},
        headers={"x-should-retry": "true", "retry-after-ms": "1"},
    )
    server.script(CHAT, bad, Reply(200, CHAT_RESULT))
    out = call(mode, server.base_url, chat(), max_retries=1)
    assert out.error is None, repr(out.error)
    assert len(server.requests_to(CHAT)) == 2


@MODES
def test_x_should_retry_false_is_not_retried(server: FaultServer, mode: str) -> None:
    server.script(CHAT, Reply(503, BUSY, headers={"x-should-retry": "false"}), Reply(200, CHAT_RESULT))
    out = call(mode, server.base_url, chat(), max_retries=2)
    assert isinstance(out.error, InternalServerError), repr(out.error)
    assert len(server.requests_to(CHAT)) == 1


@MODES
def test_without_the_header_a_400_is_not_retried(server: FaultServer, mode: str) -> None:
    server.script(CHAT, Reply(400, {"error": {"code": 400, "message": "bad"}}), Reply(200, CHAT_RESULT))
    out = call(mode, server.base_url, chat(), max_retries=2)
    assert isinstance(out.error, BadRequestError)
    assert len(server.requests_to(CHAT)) == 1


def _two_calls(client: Any) -> Any:
    if isinstance(client, AsyncOpenRouter):

        async def both() -> Any:
            await client.chat.send(messages=[{"role": "user", "content": "a"}])
            await client.chat.send(messages=[{"role": "user", "content": "b"}])
            return await client.models.list()

        return both()
    client.chat.send(messages=[{"role": "user", "content": "a"}])
    client.chat.send(messages=[{"role": "user", "content": "b"}])
    return client.models.list()


@MODES
def test_one_idempotency_key_per_call_reused_across_its_retries(server: FaultServer, mode: str) -> None:
    busy = Reply(503, BUSY, headers={"retry-after-ms": "1"})
    server.script(CHAT, busy, busy, Reply(200, CHAT_RESULT), Reply(200, CHAT_RESULT))
    server.script("/models", Reply(200, {"data": []}))
    out = call(mode, server.base_url, _two_calls, max_retries=2, idempotency_header="Idempotency-Key")
    assert out.error is None, repr(out.error)
    keys = [r.headers.get("idempotency-key") for r in server.requests_to(CHAT)]
    assert len(keys) == 4 and all(keys)
    assert keys[0] == keys[1] == keys[2] != keys[3]
    assert "idempotency-key" not in server.requests_to("/models")[0].headers


@MODES
def test_no_idempotency_key_unless_asked(server: FaultServer, mode: str) -> None:
    server.script(CHAT, Reply(200, CHAT_RESULT))
    assert call(mode, server.base_url, chat()).error is None
    assert not [h for h in server.requests_to(CHAT)[0].headers if "idempotency" in h]
