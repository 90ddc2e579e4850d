"""Every operation in `OPERATIONS` through `client.with_streaming_response`, sync and
async, over `httpx.MockTransport` (the cases of tests/test_operations.py): the request on
the wire is the plain call's, the body arrives unread and reads back as sent, and
`parse()` gives what the plain call returns."""

from __future__ import annotations

import asyncio
from operator import attrgetter
from typing import Any

import httpx
import pytest

from tests.samples import Sampler
from tests.test_operations import (
    API_KEY,
    BASE_URL,
    OPERATIONS,
    AsyncOpenRouter,
    OpenRouter,
    build_case,
    call,
    cases,
    doc,
    sampler,
    wire,
)

pytestmark = pytest.mark.sdk

__all__ = ["doc", "sampler"]  # the fixtures, shared with tests/test_operations.py


def stream_call(case: Any, mode: str) -> tuple[bytes, Any, bool]:
    """(the body as iter_bytes gave it, parse() of a second call, whether the first
    response was closed when its block was left)."""
    transport = httpx.MockTransport(case.handler)
    op = case.op

    def method(client: Any) -> Any:
        return attrgetter(op.client_method)(client.with_streaming_response)

    if mode == "sync":
        with httpx.Client(transport=transport) as http:
            client = OpenRouter(api_key=API_KEY, base_url=BASE_URL, http_client=http, max_retries=0)
            with method(client)(**case.kwargs) as response:
                body = b"".join(response.iter_bytes())
            with method(client)(**case.kwargs) as second:
                parsed = second.parse()
            return body, parsed, response.http_response.is_closed

    async def run() -> tuple[bytes, Any, bool]:
        async with httpx.AsyncClient(transport=transport) as http:
            client = AsyncOpenRouter(api_key=API_KEY, base_url=BASE_URL, http_client=http, max_retries=0)
            async with method(client)(**case.kwargs) as response:
                body = b"".join([chunk async for chunk in response.iter_bytes()])
            async with method(client)(**case.kwargs) as second:
                parsed = await second.parse()
            return body, parsed, response.http_response.is_closed

    return asyncio.run(run())


@pytest.mark.parametrize(("operation_id", "mode"), cases())
def test_streaming_response(operation_id: str, mode: str, doc: dict[str, Any], sampler: Sampler) -> None:
    case = build_case(doc, sampler, OPERATIONS[operation_id])
    plain = call(case.op, mode, case.handler, case.kwargs)
    body, parsed, closed = stream_call(case, mode)
    first, streamed, _ = case.requests
    assert wire(streamed) == wire(first)
    assert body == case.handler(first).content
    assert parsed == plain
    assert type(parsed) is type(plain)
    assert closed
