"""The generated SDK against a misbehaving server (tests/faultserver.py): retries and
their delays, resets, cut and malformed streams, timeouts, and no connection left open.

Every case runs sync and async through `run()`, which calls one operation on a fresh
client, drains a stream if it gets one, and reports what came out and how long it took.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.faultserver import EventStream, FaultServer, Reply, Reset, comment, sse

sys.path.insert(0, str(ROOT / "generated"))

from openrouter_sdk import (  # noqa: E402
    OPERATIONS,  # noqa: E402
    APIConnectionError,
    APIResponseValidationError,
    APIStreamError,
    APITimeoutError,
    AsyncOpenRouter,
    AsyncStream,
    InternalServerError,
    OpenRouter,
    RateLimitError,
    Stream,
)
from openrouter_sdk import models as m  # noqa: E402

pytestmark = pytest.mark.sdk

CHAT = "/chat/completions"
RESPONSES = "/responses"
MESSAGES = [{"role": "user", "content": "hi"}]
MODES = pytest.mark.parametrize("mode", ["sync", "async"])

CHAT_RESULT = {
    "id": "gen-1",
    "object": "chat.completion",
    "created": 1,
    "model": "m",
    "system_fingerprint": None,
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "hi"}, "finish_reason": "stop"}],
}


def chunk(content: str = "x", finish: str | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "id": "gen-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": {"content": content}, "finish_reason": finish}],
        **extra,
    }


def text_delta(seq: int, delta: str) -> dict[str, Any]:
    return {
        "type": "response.output_text.delta",
        "item_id": "msg-1",
        "output_index": 0,
        "content_index": 0,
        "delta": delta,
        "logprobs": [],
        "sequence_number": seq,
    }


@dataclass
class Outcome:
    result: Any = None  # what the call returned (the stream itself, when streaming)
    chunks: list[Any] = field(default_factory=list)
    error: BaseException | None = None
    elapsed: float = 0.0  # from the call to the end of iteration (or the error)


def chat(stream: bool = False, **kwargs: Any) -> Callable[[Any], Any]:
    if stream:
        kwargs["stream"] = True
    return lambda client: client.chat.send(messages=MESSAGES, **kwargs)


def run(
    mode: str,
    server: FaultServer,
    op: Callable[[Any], Any],
    *,
    limit: int | None = None,
    after_stream: Callable[[], None] | None = None,
    **client_kwargs: Any,
) -> Outcome:
    """Call `op(client)`; drain a stream in a `with` block (stop after `limit` chunks);
    call `after_stream` once the stream is closed and before the client is. Any
    exception is captured (an SDK bug may raise a non-SDK one); the client is closed
    before returning."""
    client_kwargs.setdefault("timeout", 5.0)  # a hang becomes a failure, not a stuck run
    out = Outcome()

    def take(item: Any) -> bool:
        out.chunks.append(item)
        return limit is not None and len(out.chunks) >= limit

    def sync() -> None:
        with OpenRouter(api_key="k", base_url=server.base_url, **client_kwargs) as client:
            started = time.monotonic()
            try:
                out.result = op(client)
                if isinstance(out.result, Stream):
                    with out.result:
                        for item in out.result:
                            if take(item):
                                break
                    if after_stream:
                        after_stream()
            except Exception as exc:
                out.error = exc
            out.elapsed = time.monotonic() - started

    async def async_() -> None:
        async with AsyncOpenRouter(api_key="k", base_url=server.base_url, **client_kwargs) as client:
            started = time.monotonic()
            try:
                out.result = await op(client)
                if isinstance(out.result, AsyncStream):
                    async with out.result:
                        async for item in out.result:
                            if take(item):
                                break
                    if after_stream:
                        after_stream()
            except Exception as exc:
                out.error = exc
            out.elapsed = time.monotonic() - started

    if mode == "sync":
        sync()
    else:
        asyncio.run(async_())
    return out


@pytest.fixture
def server():
    with FaultServer() as srv:
        yield srv


def assert_closed(server: FaultServer) -> None:
    assert server.wait_idle() == 0, f"{server.open_connections} connection(s) left open"


# 1. 429 with Retry-After


@MODES
def test_429_retry_after_is_honoured(server: FaultServer, mode: str) -> None:
    server.script(
        CHAT,
        Reply(429, {"error": {"code": 429, "message": "slow down"}}, headers={"Retry-After": "1"}),
        Reply(200, CHAT_RESULT),
    )
    out = run(mode, server, chat(), max_retries=2)
    assert out.error is None
    assert isinstance(out.result, m.ChatResult) and out.result.choices[0].message.content == "hi"
    assert 0.9 <= out.elapsed < 3.0
    assert len(server.requests_to(CHAT)) == 2
    assert_closed(server)


@MODES
def test_429_without_retries_raises_rate_limit_error(server: FaultServer, mode: str) -> None:
    body = {"error": {"code": 429, "message": "slow down"}}
    server.script(CHAT, Reply(429, body, headers={"Retry-After": "1"}))
    out = run(mode, server, chat(max_retries=0))  # per call; the client keeps its default 2
    assert isinstance(out.error, RateLimitError), out.error
    assert out.error.status_code == 429
    assert out.error.headers["retry-after"] == "1"
    assert out.error.body == body
    assert out.error.code == 429 and "slow down" in str(out.error)
    assert out.elapsed < 0.9  # no wait: nothing was retried
    assert len(server.requests_to(CHAT)) == 1
    assert_closed(server)


# 2. 503 twice, then 200


@MODES
def test_503_twice_then_success(server: FaultServer, mode: str) -> None:
    unavailable = Reply(503, {"error": {"code": 503, "message": "busy"}}, headers={"retry-after-ms": "50"})
    server.script(CHAT, unavailable, unavailable, Reply(200, CHAT_RESULT))
    out = run(mode, server, chat(), max_retries=2)
    assert out.error is None and isinstance(out.result, m.ChatResult)
    assert len(server.requests_to(CHAT)) == 3
    assert 0.09 <= out.elapsed < 1.5  # two waits of 50 ms, not the 0.5 s backoff
    assert_closed(server)


@MODES
def test_503_beyond_max_retries_raises(server: FaultServer, mode: str) -> None:
    unavailable = Reply(503, {"error": {"code": 503, "message": "busy"}}, headers={"retry-after-ms": "10"})
    server.script(CHAT, unavailable, repeat=True)
    out = run(mode, server, chat(), max_retries=1)
    assert isinstance(out.error, InternalServerError) and out.error.status_code == 503
    assert len(server.requests_to(CHAT)) == 2
    assert_closed(server)


@MODES
def test_retry_after_http_date(server: FaultServer, mode: str) -> None:
    when = email.utils.formatdate(time.time() + 2, usegmt=True)  # whole seconds: 1-2 s away
    server.script(CHAT, Reply(503, {"error": {"message": "busy"}}, headers={"Retry-After": when}))
    server.script(CHAT, Reply(200, CHAT_RESULT))
    out = run(mode, server, chat(), max_retries=1)
    assert out.error is None and isinstance(out.result, m.ChatResult)
    assert 0.9 <= out.elapsed < 3.0
    assert len(server.requests_to(CHAT)) == 2
    assert_closed(server)


@MODES
def test_unparsable_retry_after_falls_back_to_backoff(server: FaultServer, mode: str) -> None:
    """Neither seconds nor a date: the exponential backoff (an SDK once raised the
    ValueError of email.utils.parsedate_to_datetime here)."""
    server.script(CHAT, Reply(503, {"error": {"message": "busy"}}, headers={"Retry-After": "soon"}))
    server.script(CHAT, Reply(200, CHAT_RESULT))
    out = run(mode, server, chat(), max_retries=1)
    assert out.error is None, repr(out.error)
    assert isinstance(out.result, m.ChatResult)
    assert len(server.requests_to(CHAT)) == 2
    assert 0.35 <= out.elapsed < 3.0  # 0.5 s minus up to 25 % jitter
    assert_closed(server)


# 3. connection reset before any response


@MODES
def test_connection_reset_every_time(server: FaultServer, mode: str) -> None:
    server.script(CHAT, Reset(), repeat=True)
    out = run(mode, server, chat(), max_retries=1)
    assert isinstance(out.error, APIConnectionError), out.error
    assert not isinstance(out.error, APITimeoutError)
    assert len(server.requests_to(CHAT)) == 2  # 1 + max_retries
    assert 0.35 <= out.elapsed < 3.0  # one backoff of 0.5 s minus up to 25 % jitter
    assert_closed(server)


# 4. a stream cut after 10 events


@MODES
def test_stream_cut_mid_body(server: FaultServer, mode: str) -> None:
    events = [sse(chunk(str(i))) for i in range(20)]
    server.script(CHAT, EventStream(events, cut_after=10), Reply(200, CHAT_RESULT))
    out = run(mode, server, chat(stream=True), max_retries=2)
    assert [c.choices[0].delta.content for c in out.chunks] == [str(i) for i in range(10)]
    assert all(type(c) is m.ChatStreamChunk for c in out.chunks)
    assert isinstance(out.error, APIConnectionError), out.error
    assert out.result.response.is_closed
    assert len(server.requests_to(CHAT)) == 1  # no retry once events flowed
    assert out.elapsed < 2.0
    assert_closed(server)


@MODES
def test_stream_retried_before_events_flow(server: FaultServer, mode: str) -> None:
    server.script(
        CHAT,
        Reply(503, {"error": {"message": "busy"}}, headers={"retry-after-ms": "20"}),
        EventStream([sse(chunk("a")), sse("[DONE]")]),
    )
    out = run(mode, server, chat(stream=True), max_retries=1)
    assert out.error is None, out.error
    assert [c.choices[0].delta.content for c in out.chunks] == ["a"]
    assert len(server.requests_to(CHAT)) == 2
    assert server.requests_to(CHAT)[1].headers["accept"] == "text/event-stream"
    assert server.requests_to(CHAT)[1].json()["stream"] is True
    assert_closed(server)


@MODES
def test_stream_error_status(server: FaultServer, mode: str) -> None:
    server.script(CHAT, Reply(429, {"error": {"code": 429, "message": "slow down"}}))
    out = run(mode, server, chat(stream=True, max_retries=0))
    assert isinstance(out.error, RateLimitError), out.error
    assert out.error.body == {"error": {"code": 429, "message": "slow down"}}
    assert_closed(server)


@MODES
def test_stream_stalls_then_times_out(server: FaultServer, mode: str) -> None:
    server.script(CHAT, EventStream([sse(chunk("a")), sse(chunk("b"))], hold=3.0))
    out = run(mode, server, chat(stream=True), timeout=0.3, max_retries=2)
    assert [c.choices[0].delta.content for c in out.chunks] == ["a", "b"]
    assert isinstance(out.error, APITimeoutError), out.error
    assert out.elapsed < 1.5
    assert len(server.requests_to(CHAT)) == 1
    assert out.result.response.is_closed
    assert_closed(server)


# 5. malformed JSON with 200


@MODES
def test_malformed_json_body(server: FaultServer, mode: str) -> None:
    raw = b'{"id": "gen-1", "choices": [ oops'
    server.script(CHAT, Reply(200, raw))
    out = run(mode, server, chat())
    assert isinstance(out.error, APIResponseValidationError), out.error
    assert out.error.text == raw.decode()
    assert out.error.status_code == 200
    assert len(server.requests_to(CHAT)) == 1  # a 200 is not retried
    assert_closed(server)


# 6. a slow server


@MODES
@pytest.mark.parametrize("where", ["client", "call"])
def test_slow_server_times_out(server: FaultServer, mode: str, where: str) -> None:
    server.script(CHAT, Reply(200, CHAT_RESULT, delay=2.0))
    if where == "client":
        out = run(mode, server, chat(), timeout=0.3, max_retries=0)
    else:
        out = run(mode, server, chat(timeout=0.3, max_retries=0))
    assert isinstance(out.error, APITimeoutError), out.error
    assert 0.25 <= out.elapsed < 1.5
    assert len(server.requests_to(CHAT)) == 1
    assert_closed(server)  # the server notices the client hung up and stops sleeping


# 7. SSE framing and in-stream errors


@MODES
@pytest.mark.parametrize("chunked", [True, False], ids=["chunked", "close-framed"])
def test_sse_framing_then_error_event(server: FaultServer, mode: str, chunked: bool) -> None:
    split = json.dumps(chunk("b")).replace('"created"', '\n"created"')  # one JSON, two data: lines
    assert "\n" in split
    events = [
        comment(),
        sse(chunk("a"), eol="\r\n"),
        comment(eol="\r\n"),
        sse(split),
        sse(chunk("c"), event="message", eol="\r\n"),
        sse({"error": {"code": 502, "message": "provider down"}}),
        sse(chunk("never")),
        sse("[DONE]"),
    ]
    server.script(CHAT, EventStream(events, chunked=chunked))
    out = run(mode, server, chat(stream=True))
    assert [c.choices[0].delta.content for c in out.chunks] == ["a", "b", "c"]
    assert all(type(c) is m.ChatStreamChunk for c in out.chunks)
    assert isinstance(out.error, APIStreamError), out.error
    assert out.error.error["message"] == "provider down"
    assert out.error.error["code"] == 502
    assert out.result.response.is_closed
    assert_closed(server)


@MODES
def test_finish_reason_error_chunk(server: FaultServer, mode: str) -> None:
    failed = chunk("", finish="error", error={"code": 500, "message": "model crashed"})
    server.script(CHAT, EventStream([sse(chunk("a")), sse(failed), sse("[DONE]")]))
    out = run(mode, server, chat(stream=True))
    assert [c.choices[0].delta.content for c in out.chunks] == ["a"]
    assert isinstance(out.error, APIStreamError), out.error
    assert out.error.error["message"] == "model crashed"
    assert_closed(server)


@MODES
def test_sse_split_across_network_writes(server: FaultServer, mode: str) -> None:
    """Each piece is its own write, 20 ms apart: a UTF-8 character and a CRLF are cut in
    two, so the decoder must carry bytes and a pending CR across reads."""
    emoji = sse(chunk("h\u00e9 \U0001f389"), eol="\r\n")
    cut = emoji.index("\U0001f389".encode()) + 2
    split = json.dumps(chunk("b")).replace('"created"', '\n"created"')
    multi = sse(split, eol="\r\n")
    cr = multi.index(b"\r")  # the end of the first data: line
    pieces = [emoji[:cut], emoji[cut:], multi[: cr + 1], multi[cr + 1 :], sse("[DONE]")]
    server.script(CHAT, EventStream(pieces, interval=0.02))
    out = run(mode, server, chat(stream=True))
    assert out.error is None, out.error
    assert [c.choices[0].delta.content for c in out.chunks] == ["h\u00e9 \U0001f389", "b"]
    assert_closed(server)


@MODES
def test_malformed_event_json(server: FaultServer, mode: str) -> None:
    server.script(CHAT, EventStream([sse(chunk("a")), sse('{"id": "gen-1", oops'), sse("[DONE]")]))
    out = run(mode, server, chat(stream=True))
    assert [c.choices[0].delta.content for c in out.chunks] == ["a"]
    assert out.result.response.is_closed
    assert isinstance(out.error, APIResponseValidationError), repr(out.error)
    assert_closed(server)


# 8. an unknown event type on the Responses stream


@MODES
def test_unknown_responses_event_is_generic(server: FaultServer, mode: str) -> None:
    done = {**text_delta(3, ""), "type": "response.output_text.done", "text": "Hi!"}
    del done["delta"]
    events = [
        sse(text_delta(1, "Hi"), event="response.output_text.delta"),
        sse({"type": "response.brand_new_thing", "foo": 1, "sequence_number": 2}),
        sse(done),
        sse("[DONE]"),
    ]
    server.script(RESPONSES, EventStream(events))
    responses = OPERATIONS["createResponses"]  # its method follows the document's hints
    out = run(
        mode,
        server,
        lambda c: attrgetter(responses.client_method)(c)(input="hi", stream=True),
    )
    assert out.error is None, out.error
    first, unknown, last = out.chunks
    assert type(first) is m.TextDeltaEvent and first.delta == "Hi"
    assert type(last) is m.TextDoneEvent and last.text == "Hi!"
    assert unknown.type == "response.brand_new_thing"
    assert unknown.foo == 1 and (unknown.model_extra or {}).get("foo") == 1
    assert_closed(server)


# 9. [DONE] ends the stream even when the server keeps the connection open


@MODES
def test_done_ends_stream_while_server_holds_connection(server: FaultServer, mode: str) -> None:
    events = [sse(chunk("a")), sse(chunk("b")), sse("[DONE]")]
    server.script(CHAT, EventStream(events, hold=5.0))
    out = run(mode, server, chat(stream=True))
    assert out.error is None, out.error
    assert [c.choices[0].delta.content for c in out.chunks] == ["a", "b"]
    assert out.elapsed < 1.5
    assert out.result.response.is_closed
    assert_closed(server)  # well before the server's 5 s are up


# 10. leaving a stream early closes its connection


@MODES
def test_break_out_of_stream_closes_connection(server: FaultServer, mode: str) -> None:
    events = [sse(chunk(str(i))) for i in range(50)] + [sse("[DONE]")]
    server.script(CHAT, EventStream(events, interval=0.05))
    open_after_break: list[int] = []
    out = run(
        mode,
        server,
        chat(stream=True),
        limit=2,
        after_stream=lambda: open_after_break.append(server.wait_idle()),
    )
    assert out.error is None, out.error
    assert [c.choices[0].delta.content for c in out.chunks] == ["0", "1"]
    assert open_after_break == [0]  # closed by the stream, not by closing the client
    assert out.result.response.is_closed
    assert out.elapsed < 2.0
    assert_closed(server)


# the server itself


def test_faultserver_counts_and_frames() -> None:
    """The helpers the cases rely on: a cut chunked body is incomplete to httpx, a reset
    is a transport error, and the counter sees every connection close."""
    import httpx

    with FaultServer() as srv:
        srv.script("/cut", EventStream([sse("1"), sse("2")], cut_after=1))
        srv.script("/reset", Reset())
        with httpx.Client(base_url=srv.base_url) as client:
            with pytest.raises(httpx.RemoteProtocolError):
                client.get("/cut")
            with pytest.raises(httpx.ReadError) as reset:
                client.get("/reset")
            cause: BaseException | None = reset.value
            while cause is not None and not isinstance(cause, ConnectionResetError):
                cause = cause.__context__
            assert cause is not None  # an RST, not a FIN
            assert client.get("/none").status_code == 404
            assert srv.open_connections == 1  # the kept-alive one
        assert srv.wait_idle() == 0
        assert srv.accepted == 3
        assert [r.path for r in srv.requests] == ["/cut", "/reset", "/none"]
