"""Streams against a real server on 127.0.0.1: decoding is linear in its input, an event
past the configured size raises APIResponseValidationError, and leaving a stream by
`break` or by dropping it closes the connection at once, with the cyclic garbage
collector off (a real model would go on generating, and billing)."""

from __future__ import annotations

import asyncio
import gc
import sys
import time
from collections.abc import Iterator
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.faultserver import EventStream, FaultServer, sse
from tests.runtime_calls import CHAT, KEY, MESSAGES, call, chat
from tests.test_faults import chunk

sys.path.insert(0, str(ROOT / "generated"))

from openrouter_sdk import APIResponseValidationError, AsyncOpenRouter, OpenRouter  # noqa: E402
from openrouter_sdk._streaming import SSEDecoder  # noqa: E402

pytestmark = pytest.mark.sdk
MODES = pytest.mark.parametrize("mode", ["sync", "async"])


@pytest.fixture
def server():
    with FaultServer() as srv:
        yield srv


@pytest.fixture
def no_gc() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _decode_seconds(size: int) -> float:
    body = b"data: " + b"x" * size + b"\n\n"
    pieces = [body[i : i + 4096] for i in range(0, len(body), 4096)]
    best = float("inf")
    for _ in range(3):
        decoder = SSEDecoder(max_event_size=size * 2)
        started = time.perf_counter()
        events = [e for piece in pieces for e in decoder.feed(piece)]
        best = min(best, time.perf_counter() - started)
        assert len(events) == 1 and len(events[0].data) == size
    return best


@pytest.mark.slow
def test_a_long_line_decodes_in_linear_time() -> None:
    four, eight = _decode_seconds(4 << 20), _decode_seconds(8 << 20)
    assert eight < 1.0, f"8 MB in {eight:.2f} s"
    assert eight <= 3 * four + 0.02, f"4 MB {four:.3f} s, 8 MB {eight:.3f} s"


@MODES
@pytest.mark.parametrize("shape", ["one line", "many data lines"])
def test_an_event_past_the_maximum_size_is_a_validation_error(
    server: FaultServer, mode: str, shape: str
) -> None:
    big = "y" * 3000 if shape == "one line" else "\n".join(["y" * 50] * 60)
    server.script(CHAT, EventStream([sse(chunk("a")), sse(big), sse(chunk("never"))], hold=3.0))
    started = time.monotonic()
    out = call(mode, server.base_url, chat(stream=True), max_event_size=2000)
    assert [c.choices[0].delta.content for c in out.chunks] == ["a"]
    assert isinstance(out.error, APIResponseValidationError), repr(out.error)
    assert "larger than 2000 bytes" in str(out.error)
    assert out.value.response.is_closed
    assert server.wait_idle() == 0 and time.monotonic() - started < 2.0


@MODES
def test_the_default_maximum_takes_a_large_event(server: FaultServer, mode: str) -> None:
    server.script(CHAT, EventStream([sse(chunk("z" * (2 << 20))), sse("[DONE]")]))
    out = call(mode, server.base_url, chat(stream=True))
    assert out.error is None and len(out.chunks[0].choices[0].delta.content) == 2 << 20


FRAMES = [sse(chunk(str(i))) for i in range(305)] + [sse("[DONE]")]


def _sent_before_close(server: FaultServer, started: float) -> float:
    assert server.wait_idle(timeout=1.0) == 0, "the connection is still open"
    return time.monotonic() - started


@pytest.mark.usefixtures("no_gc")
@pytest.mark.parametrize("how", ["break", "drop"])
def test_leaving_a_stream_without_with_closes_it_sync(server: FaultServer, how: str) -> None:
    server.script(CHAT, EventStream(FRAMES, interval=0.01))
    with OpenRouter(api_key=KEY, base_url=server.base_url) as client:
        started = time.monotonic()
        stream = client.chat.send(messages=MESSAGES, stream=True)
        if how == "break":  # the stream is still referenced: the loop closes it
            for item in stream:
                assert item.choices[0].delta.content == "0"
                break
        else:
            assert next(stream).choices[0].delta.content == "0"
            del stream
        assert _sent_before_close(server, started) < 1.0  # all 305 frames take 3 s


@pytest.mark.usefixtures("no_gc")
@pytest.mark.parametrize("how", ["break", "drop"])
def test_leaving_a_stream_without_with_closes_it_async(server: FaultServer, how: str) -> None:
    server.script(CHAT, EventStream(FRAMES, interval=0.01))

    async def main() -> float:
        async with AsyncOpenRouter(api_key=KEY, base_url=server.base_url) as client:
            started = time.monotonic()
            stream: Any = await client.chat.send(messages=MESSAGES, stream=True)
            if how == "break":
                async for item in stream:
                    assert item.choices[0].delta.content == "0"
                    break
            else:
                assert (await stream.__anext__()).choices[0].delta.content == "0"
                del stream
            while server.open_connections and time.monotonic() - started < 2.0:
                await asyncio.sleep(0.01)  # the loop runs the stream's close
            assert server.open_connections == 0, "the connection is still open"
            return time.monotonic() - started

    assert asyncio.run(main()) < 1.0
