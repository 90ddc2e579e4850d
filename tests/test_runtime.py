"""The generated SDK's runtime through `httpx.MockTransport`: raw responses, page
iterators, keeping the API key secret (repr, exceptions, debug log), retry delays, and
the per-call options every operation takes."""

from __future__ import annotations

import asyncio
import copy
import email.utils
import json
import os
import re
import subprocess
import sys
import textwrap
import time
import traceback
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from tests.conftest import PINNED, ROOT

sys.path.insert(0, str(ROOT / "generated"))

import openrouter_sdk
from openrouter_sdk import (
    APIConnectionError,
    APIResponse,
    APIResponseValidationError,
    APITimeoutError,
    AsyncOpenRouter,
    AuthenticationError,
    InternalServerError,
    OpenRouter,
    RateLimitError,
)
from openrouter_sdk import _api_client as loop_module
from openrouter_sdk import _client as client_module
from openrouter_sdk import _retries as retries_module
from openrouter_sdk import models as m
from openrouter_sdk.api import api_keys, chat, guardrails

pytestmark = pytest.mark.sdk

API_KEY = "sk-or-v1-0123456789abcdef-SECRET"
BASE_URL = "https://openrouter.test/api/v1"
MESSAGES = [{"role": "user", "content": "What is the capital of France?"}]
SPEC = json.loads(PINNED.read_text(encoding="utf-8"))

Handler = Callable[[httpx.Request], httpx.Response]


def sync_client(handler: Handler, **options: Any) -> OpenRouter:
    options.setdefault("max_retries", 0)
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return OpenRouter(api_key=API_KEY, base_url=BASE_URL, http_client=http, **options)


def async_client(handler: Handler, **options: Any) -> AsyncOpenRouter:
    options.setdefault("max_retries", 0)
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return AsyncOpenRouter(api_key=API_KEY, base_url=BASE_URL, http_client=http, **options)


def chat_result() -> dict[str, Any]:
    return {
        "id": "gen-123",
        "object": "chat.completion",
        "created": 1700000000,
        "model": "openai/gpt-4o",
        "system_fingerprint": "fp_1",
        "choices": [
            {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "Paris."}}
        ],
    }


class Recorder:
    """A mock server: answers every request with `answer(request)`, keeps the requests."""

    def __init__(self, answer: Handler) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answer(request)


class FakeTime:
    """Stands in for the `time` module of the request loops (`_api_client`): sleeps are recorded."""

    def __init__(self) -> None:
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    monotonic = staticmethod(time.monotonic)
    time = staticmethod(time.time)


@pytest.fixture
def fake_time(monkeypatch: pytest.MonkeyPatch) -> FakeTime:
    fake = FakeTime()
    monkeypatch.setattr(loop_module, "time", fake)
    return fake


# -- raw access ---------------------------------------------------------------------

RAW_HEADERS = {"x-generation-id": "gen-123", "x-custom-header": "custom value"}


def test_raw_response() -> None:
    body = chat_result()
    server = Recorder(lambda request: httpx.Response(200, json=body, headers=RAW_HEADERS))
    client = sync_client(server)

    raw = client.with_raw_response.chat.send(messages=MESSAGES, model="openai/gpt-4o")

    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert raw.headers["x-generation-id"] == "gen-123"
    assert raw.headers["X-Custom-Header"] == "custom value"
    assert raw.request_id == "gen-123"
    assert json.loads(raw.text) == body
    assert json.loads(raw.content) == body
    assert raw.http_response.request is server.requests[0]
    parsed = raw.parse()
    assert isinstance(parsed, m.ChatResult)
    assert parsed.choices[0].message.content == "Paris."
    assert raw.parse() is parsed  # parsed once
    assert "200" in repr(raw) and "/chat/completions" in repr(raw)

    # the same request as the plain call
    plain = client.chat.send(messages=MESSAGES, model="openai/gpt-4o")
    assert plain == parsed
    first, second = server.requests
    assert (first.method, first.url, first.content) == (second.method, second.url, second.content)
    assert json.loads(first.content) == {"messages": MESSAGES, "model": "openai/gpt-4o"}


def test_raw_response_request_id_prefers_x_request_id() -> None:
    headers = {"x-request-id": "req-1", "x-generation-id": "gen-1"}
    client = sync_client(lambda request: httpx.Response(200, json=chat_result(), headers=headers))
    raw = client.with_raw_response.chat.send(messages=MESSAGES)
    assert raw.request_id == "req-1"
    bare = sync_client(lambda request: httpx.Response(200, json=chat_result()))
    assert bare.with_raw_response.chat.send(messages=MESSAGES).request_id is None


def test_raw_response_async() -> None:
    body = chat_result()

    async def run() -> None:
        client = async_client(lambda request: httpx.Response(200, json=body, headers=RAW_HEADERS))
        raw = await client.with_raw_response.chat.send(messages=MESSAGES)
        assert isinstance(raw, APIResponse)
        assert raw.status_code == 200
        assert raw.headers["x-custom-header"] == "custom value"
        assert raw.request_id == "gen-123"
        assert json.loads(raw.text) == body
        parsed = raw.parse()
        assert isinstance(parsed, m.ChatResult)
        assert parsed.id == "gen-123"
        await client.close()

    asyncio.run(run())


def test_raw_response_of_other_tags() -> None:
    example = SPEC["paths"]["/guardrails"]["get"]["responses"]["200"]["content"]["application/json"][
        "example"
    ]
    client = sync_client(lambda request: httpx.Response(200, json=example))
    raw = client.with_raw_response.guardrails.list(limit=1)
    assert raw.status_code == 200
    assert isinstance(raw.parse(), m.ListGuardrailsResponse)


ERROR_BODY = {"error": {"code": 401, "message": "No auth credentials found"}}


def test_raw_response_4xx_raises_typed_error() -> None:
    server = Recorder(lambda request: httpx.Response(401, json=ERROR_BODY, headers={"x-request-id": "r1"}))
    client = sync_client(server)
    with pytest.raises(AuthenticationError) as caught:
        client.with_raw_response.chat.send(messages=MESSAGES)
    assert caught.value.status_code == 401
    assert caught.value.body == ERROR_BODY
    assert isinstance(caught.value.error, m.UnauthorizedResponse)
    assert caught.value.request_id == "r1"


def test_raw_response_429_raises_typed_error_async() -> None:
    body = {"error": {"code": 429, "message": "Rate limit exceeded"}}

    async def run() -> None:
        client = async_client(lambda request: httpx.Response(429, json=body))
        with pytest.raises(RateLimitError) as caught:
            await client.with_raw_response.chat.send(messages=MESSAGES)
        assert caught.value.body == body
        assert isinstance(caught.value.error, m.TooManyRequestsResponse)

    asyncio.run(run())


def test_raw_response_defers_validation_errors_to_parse() -> None:
    client = sync_client(lambda request: httpx.Response(200, text="<html>oops</html>"))
    raw = client.with_raw_response.chat.send(messages=MESSAGES)
    assert raw.status_code == 200
    assert raw.text == "<html>oops</html>"
    with pytest.raises(APIResponseValidationError) as caught:
        raw.parse()
    assert caught.value.text == "<html>oops</html>"


# -- page iterators --------------------------------------------------------------------

TOTAL = 5


def key_item(index: int) -> dict[str, Any]:
    example = SPEC["paths"]["/keys"]["get"]["responses"]["200"]["content"]["application/json"]["example"]
    item = copy.deepcopy(example["data"][0])
    item.update(hash=f"hash-{index}", name=f"key {index}")
    return item


def guardrail_id(index: int) -> uuid.UUID:
    """The id of guardrail `index` (the document types guardrail ids `format: uuid`)."""
    return uuid.UUID(int=index + 1)


def guardrail_item(index: int) -> dict[str, Any]:
    example = SPEC["paths"]["/guardrails"]["get"]["responses"]["200"]["content"]["application/json"][
        "example"
    ]
    item = copy.deepcopy(example["data"][0])
    item.update(id=str(guardrail_id(index)), name=f"guardrail {index}")
    return item


class PagedServer(Recorder):
    """Serves TOTAL items by `offset` (and `limit`, else `page_size`)."""

    def __init__(self, make: Callable[[int], dict[str, Any]], *, page_size: int, total_count: bool) -> None:
        super().__init__(self.page)
        self.items = [make(i) for i in range(TOTAL)]
        self.page_size = page_size
        self.total_count = total_count

    def page(self, request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        limit = int(request.url.params.get("limit", self.page_size))
        body: dict[str, Any] = {"data": self.items[offset : offset + limit]}
        if self.total_count:
            body["total_count"] = TOTAL
        return httpx.Response(200, json=body)

    @property
    def offsets(self) -> list[int]:
        return [int(r.url.params["offset"]) for r in self.requests]

    @property
    def limits(self) -> list[str | None]:
        return [r.url.params.get("limit") for r in self.requests]


def keys_server() -> PagedServer:
    # GET /keys takes no limit and tells no total: the server's page size rules, and only
    # an empty page says the list is over
    return PagedServer(key_item, page_size=2, total_count=False)


def guardrails_server() -> PagedServer:
    return PagedServer(guardrail_item, page_size=100, total_count=True)


def test_list_api_keys_iter() -> None:
    server = keys_server()
    items = api_keys.list_api_keys_iter(sync_client(server))
    assert server.requests == []  # lazy

    result = list(items)

    assert [item.hash for item in result] == [f"hash-{i}" for i in range(TOTAL)]
    assert all(isinstance(item, m.KeysGetResponseDatum) for item in result)
    assert server.offsets == [0, 2, 4, 5]  # the last request gets the empty page
    assert all(r.url.path == "/api/v1/keys" for r in server.requests)


def test_list_api_keys_iter_forwards_arguments_to_every_page() -> None:
    server = keys_server()
    client = sync_client(server)
    result = list(
        client.api_keys.list_iter(include_disabled="true", offset=1, extra_headers={"X-Trace": "t"})
    )
    assert [item.hash for item in result] == [f"hash-{i}" for i in range(1, TOTAL)]
    assert server.offsets == [1, 3, 5]
    assert all(r.url.params["include_disabled"] == "true" for r in server.requests)
    assert all(r.headers["X-Trace"] == "t" for r in server.requests)


def test_list_guardrails_iter_with_limit() -> None:
    server = guardrails_server()
    result = list(guardrails.list_guardrails_iter(sync_client(server), limit=2))
    assert [item.id for item in result] == [guardrail_id(i) for i in range(TOTAL)]
    assert all(isinstance(item, m.Guardrail) for item in result)
    assert server.offsets == [0, 2, 4]  # the short page is the last one: no more requests
    assert server.limits == ["2", "2", "2"]


def test_list_guardrails_iter_stops_at_total_count() -> None:
    server = guardrails_server()
    server.page_size = 2  # the server's default page size, no limit sent
    assert [item.id for item in guardrails.list_guardrails_iter(sync_client(server))] == [
        guardrail_id(i) for i in range(TOTAL)
    ]
    assert server.offsets == [0, 2, 4]
    assert server.limits == [None, None, None]


def test_list_guardrails_iter_full_last_page() -> None:
    server = guardrails_server()
    server.items = server.items[:4]

    def page(request: httpx.Request) -> httpx.Response:
        response = PagedServer.page(server, request)
        return httpx.Response(200, json={**json.loads(response.content), "total_count": 4})

    server.answer = page
    assert len(list(guardrails.list_guardrails_iter(sync_client(server), limit=2))) == 4
    assert server.offsets == [0, 2]


def test_list_guardrails_iter_as_method_stops_early() -> None:
    server = guardrails_server()
    items: Iterator[m.Guardrail] = sync_client(server).guardrails.list_iter(limit=2)
    first_three = [next(items).id for _ in range(3)]
    assert first_three == [guardrail_id(0), guardrail_id(1), guardrail_id(2)]
    assert server.offsets == [0, 2]  # pages are fetched only when needed


def test_page_iterators_async() -> None:
    async def run() -> None:
        keys = keys_server()
        client = async_client(keys)
        hashes = [item.hash async for item in api_keys.list_api_keys_iter_async(client)]
        assert hashes == [f"hash-{i}" for i in range(TOTAL)]
        assert keys.offsets == [0, 2, 4, 5]

        rails = guardrails_server()
        client = async_client(rails)
        ids = [item.id async for item in guardrails.list_guardrails_iter_async(client, limit=2)]
        assert ids == [guardrail_id(i) for i in range(TOTAL)]
        assert rails.offsets == [0, 2, 4]
        assert rails.limits == ["2", "2", "2"]

        rails = guardrails_server()
        client = async_client(rails)
        ids = [item.id async for item in client.guardrails.list_iter(limit=2)]
        assert ids == [guardrail_id(i) for i in range(TOTAL)]
        assert rails.offsets == [0, 2, 4]

        keys = keys_server()
        client = async_client(keys)
        hashes = [item.hash async for item in client.api_keys.list_iter()]
        assert len(hashes) == TOTAL

    asyncio.run(run())


def test_page_iterator_raises_the_error_of_a_failing_page() -> None:
    server = guardrails_server()

    def page(request: httpx.Request) -> httpx.Response:
        if request.url.params["offset"] == "2":
            return httpx.Response(401, json=ERROR_BODY)
        return PagedServer.page(server, request)

    server.answer = page
    items = guardrails.list_guardrails_iter(sync_client(server), limit=2)
    assert [next(items).id, next(items).id] == [guardrail_id(0), guardrail_id(1)]
    with pytest.raises(AuthenticationError):
        next(items)


# -- secrets ----------------------------------------------------------------------------


def test_repr_hides_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    client = sync_client(lambda request: httpx.Response(200))
    for text in (repr(client), str(client), repr(client.with_raw_response), repr(client.chat)):
        assert API_KEY not in text
    assert "***" in repr(client)
    assert BASE_URL in repr(client)
    assert API_KEY not in repr(async_client(lambda request: httpx.Response(200)))

    monkeypatch.setenv("OPENROUTER_API_KEY", API_KEY)
    from_env = OpenRouter(base_url=BASE_URL)
    assert from_env.api_key == API_KEY
    assert API_KEY not in repr(from_env)
    assert (
        repr(OpenRouter(api_key="", base_url=BASE_URL)) == f"OpenRouter(base_url={BASE_URL!r}, api_key=None)"
    )


def raise_connect_error(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("[Errno 111] Connection refused", request=request)


def raise_timeout(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("The read operation timed out", request=request)


def unauthorized(request: httpx.Request) -> httpx.Response:
    return httpx.Response(401, json=ERROR_BODY)


def unauthorized_text(request: httpx.Request) -> httpx.Response:
    return httpx.Response(401, text="Unauthorized")


FAILURES = [
    (unauthorized, AuthenticationError),
    (unauthorized_text, AuthenticationError),
    (raise_connect_error, APIConnectionError),
    (raise_timeout, APITimeoutError),
]


def exception_texts(exc: BaseException) -> list[str]:
    texts = [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    cause = exc.__cause__
    while cause is not None:
        texts += [str(cause), repr(cause)]
        cause = cause.__cause__
    return texts


@pytest.mark.parametrize(("handler", "error"), FAILURES, ids=lambda v: getattr(v, "__name__", ""))
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_exceptions_hide_the_key(handler: Handler, error: type[Exception], mode: str) -> None:
    if mode == "sync":
        with pytest.raises(error) as caught:
            sync_client(handler).chat.send(messages=MESSAGES)
    else:

        async def run() -> None:
            await async_client(handler).chat.send(messages=MESSAGES)

        with pytest.raises(error) as caught:
            asyncio.run(run())
    assert isinstance(caught.value, openrouter_sdk.OpenRouterError)
    assert "/chat/completions" in str(caught.value)
    for text in exception_texts(caught.value):
        assert API_KEY not in text


def test_missing_key_error_names_no_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
    server = Recorder(lambda request: httpx.Response(200, json=chat_result()))
    client = OpenRouter(base_url=BASE_URL, http_client=httpx.Client(transport=httpx.MockTransport(server)))
    with pytest.raises(openrouter_sdk.OpenRouterError, match="OPENROUTER_API_KEY"):
        client.chat.send(messages=MESSAGES)
    assert server.requests == []


DEBUG_SCRIPT = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[1])
    import httpx
    from openrouter_sdk import OpenRouter, OpenRouterError

    KEY = sys.argv[2]
    CHAT = {
        "id": "gen-1", "object": "chat.completion", "created": 1, "model": "m",
        "system_fingerprint": None,
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "hi"}}],
    }

    def handler(request):
        if request.url.path.endswith("/chat/completions"):
            return httpx.Response(200, json=CHAT)
        if request.url.path.endswith("/guardrails"):
            return httpx.Response(401, json={"error": {"code": 401, "message": "no"}})
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = OpenRouter(
        api_key=KEY, base_url="https://openrouter.test/api/v1", http_client=http, max_retries=0
    )
    client.chat.send(messages=[{"role": "user", "content": KEY}])
    for call in (lambda: client.guardrails.list(offset=1, limit=2), client.credits.get_credits):
        try:
            call()
        except OpenRouterError as exc:
            print(type(exc).__name__, exc)
    """
)


def run_logged(env_value: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("OPENROUTER_LOG", "OPENROUTER_API_KEY")}
    if env_value is not None:
        env["OPENROUTER_LOG"] = env_value
    return subprocess.run(
        [sys.executable, "-c", DEBUG_SCRIPT, str(ROOT / "generated"), API_KEY],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )


def test_debug_log_shows_requests_and_not_the_key() -> None:
    proc = run_logged("debug")
    lines = proc.stderr.strip().splitlines()
    print("\n" + proc.stderr)
    pattern = r"DEBUG:openrouter_sdk:{} -> {} in \d+ ms"
    assert len(lines) == 3, lines
    assert re.fullmatch(
        pattern.format(r"POST https://openrouter\.test/api/v1/chat/completions", 200), lines[0]
    )
    assert re.fullmatch(
        pattern.format(r"GET https://openrouter\.test/api/v1/guardrails\?offset=1&limit=2", 401), lines[1]
    )
    assert re.fullmatch(pattern.format(r"GET https://openrouter\.test/api/v1/credits", "error"), lines[2])
    assert API_KEY not in proc.stderr
    assert API_KEY not in proc.stdout
    assert "AuthenticationError" in proc.stdout and "APIConnectionError" in proc.stdout


def test_no_log_without_openrouter_log() -> None:
    proc = run_logged(None)
    assert proc.stderr == ""
    assert "AuthenticationError" in proc.stdout


# -- retry delays ------------------------------------------------------------------------

retry_delay = retries_module.retry_delay


def http_date(seconds_from_now: float) -> str:
    return email.utils.formatdate(time.time() + seconds_from_now, usegmt=True)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "0"}, 0.0),
        ({"retry-after": "2.5"}, 2.5),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "1"}, 0.001),
        ({"retry-after-ms": "250", "retry-after": "30"}, 0.25),  # the finer one wins
        ({"retry-after": "60"}, 60.0),
        ({"retry-after": "61"}, 60.0),
        ({"retry-after": "3600"}, 60.0),
        ({"retry-after-ms": "120000"}, 60.0),
    ],
)
def test_retry_after_header(headers: dict[str, str], expected: float) -> None:
    for attempt in (0, 3):
        assert retry_delay(attempt, httpx.Headers(headers)) == pytest.approx(expected)


@pytest.mark.parametrize(("ahead", "low", "high"), [(10, 8.0, 10.0), (300, 60.0, 60.0), (-30, 0.0, 0.0)])
def test_retry_after_http_date(ahead: float, low: float, high: float) -> None:
    delay = retry_delay(0, httpx.Headers({"retry-after": http_date(ahead)}))
    assert low <= delay <= high


BACKOFF = [0.5, 1, 2, 4, 8, 8]


@pytest.mark.parametrize(
    "headers",
    [None, {}, {"retry-after": "-5"}, {"retry-after-ms": "soon"}, {"x-other": "1"}],
    ids=["none", "empty", "negative", "bad-ms", "unrelated"],
)
def test_backoff_without_usable_retry_after(headers: dict[str, str] | None) -> None:
    given = None if headers is None else httpx.Headers(headers)
    for attempt, base in enumerate(BACKOFF):
        delays = [retry_delay(attempt, given) for _ in range(200)]
        assert all(0.75 * base <= d <= base for d in delays), (attempt, min(delays), max(delays))
        assert max(delays) - min(delays) > 0.05 * base  # jittered, not fixed


def test_backoff_jitter_band_edges(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(retries_module.random, "random", lambda: 0.0)
    assert [retry_delay(a, None) for a in range(6)] == BACKOFF
    monkeypatch.setattr(retries_module.random, "random", lambda: 0.999999)
    assert [retry_delay(a, None) for a in range(6)] == pytest.approx([0.75 * b for b in BACKOFF], rel=1e-5)
    assert retry_delay(20, None) == pytest.approx(6.0, rel=1e-5)  # stays capped


def test_garbage_retry_after_falls_back_to_backoff() -> None:
    delay = retry_delay(0, httpx.Headers({"retry-after": "soon"}))
    assert 0.375 <= delay <= 0.5


def test_garbage_retry_after_on_a_call(fake_time: FakeTime) -> None:
    responses = iter(
        [httpx.Response(503, headers={"retry-after": "soon"}), httpx.Response(200, json=chat_result())]
    )
    server = Recorder(lambda request: next(responses))
    result = sync_client(server, max_retries=1).chat.send(messages=MESSAGES)
    assert isinstance(result, m.ChatResult)
    assert len(server.requests) == 2


def test_client_waits_as_told(fake_time: FakeTime) -> None:
    answers = iter(
        [
            httpx.Response(429, headers={"retry-after": "7"}),
            httpx.Response(503, headers={"retry-after-ms": "20"}),
            httpx.Response(502),
            httpx.Response(200, json=chat_result()),
        ]
    )
    server = Recorder(lambda request: next(answers))
    result = sync_client(server, max_retries=3).chat.send(messages=MESSAGES)
    assert isinstance(result, m.ChatResult)
    assert len(server.requests) == 4
    assert fake_time.sleeps[:2] == [7.0, 0.02]
    assert 1.5 <= fake_time.sleeps[2] <= 2.0  # no Retry-After on the third answer: backoff of attempt 2


def test_client_does_not_retry_other_statuses(fake_time: FakeTime) -> None:
    server = Recorder(lambda request: httpx.Response(400, json={"error": {"code": 400, "message": "bad"}}))
    with pytest.raises(openrouter_sdk.BadRequestError):
        sync_client(server, max_retries=3).chat.send(messages=MESSAGES)
    assert len(server.requests) == 1
    assert fake_time.sleeps == []


# -- per-call options --------------------------------------------------------------------


def ok_chat(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=chat_result())


def test_extra_headers_query_and_body_reach_the_request() -> None:
    server = Recorder(ok_chat)
    client = sync_client(server, x_title="My App")
    client.chat.send(
        messages=MESSAGES,
        model="openai/gpt-4o",
        extra_headers={"X-Custom": "1", "X-Title": "Other App"},
        extra_query={"debug": "true", "tags": ["a", "b"]},
        extra_body={"transforms": ["middle-out"], "model": "anthropic/claude-sonnet-4"},
    )
    (request,) = server.requests
    assert request.headers["X-Custom"] == "1"
    assert request.headers["X-Title"] == "Other App"  # overrides the client's
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"
    assert request.url.params.multi_items() == [("debug", "true"), ("tags", "a"), ("tags", "b")]
    assert json.loads(request.content) == {
        "messages": MESSAGES,
        "model": "anthropic/claude-sonnet-4",  # extra_body wins over the keyword field
        "transforms": ["middle-out"],
    }


def test_extra_query_adds_to_the_operation_query() -> None:
    example = SPEC["paths"]["/guardrails"]["get"]["responses"]["200"]["content"]["application/json"][
        "example"
    ]
    server = Recorder(lambda request: httpx.Response(200, json=example))
    sync_client(server).guardrails.list(limit=2, extra_query={"trace": "x"})
    assert server.requests[0].url.params.multi_items() == [("limit", "2"), ("trace", "x")]


def test_extra_options_async() -> None:
    server = Recorder(ok_chat)

    async def run() -> None:
        await async_client(server).chat.send(
            messages=MESSAGES, extra_headers={"X-A": "b"}, extra_query={"q": "1"}, extra_body={"seed": 7}
        )

    asyncio.run(run())
    (request,) = server.requests
    assert request.headers["X-A"] == "b"
    assert request.url.params["q"] == "1"
    assert json.loads(request.content) == {"messages": MESSAGES, "seed": 7}


def timeouts(value: Any) -> dict[str, float | None]:
    return httpx.Timeout(value).as_dict()


@pytest.mark.parametrize(
    ("client_timeout", "call_timeout", "expected"),
    [
        ("default", "not given", {"connect": 5.0, "read": 600.0, "write": 600.0, "pool": 600.0}),
        (10.0, "not given", timeouts(10.0)),
        ("default", 3.0, timeouts(3.0)),
        (10.0, 3.0, timeouts(3.0)),
        (10.0, httpx.Timeout(20.0, connect=1.0), timeouts(httpx.Timeout(20.0, connect=1.0))),
        (10.0, None, timeouts(None)),
    ],
)
def test_timeout_per_call(client_timeout: Any, call_timeout: Any, expected: dict[str, Any]) -> None:
    server = Recorder(ok_chat)
    options = {} if client_timeout == "default" else {"timeout": client_timeout}
    kwargs = {} if call_timeout == "not given" else {"timeout": call_timeout}
    sync_client(server, **options).chat.send(messages=MESSAGES, **kwargs)
    assert server.requests[0].extensions["timeout"] == expected


def test_timeout_per_call_async() -> None:
    server = Recorder(ok_chat)

    async def run() -> None:
        client = async_client(server)
        await client.chat.send(messages=MESSAGES, timeout=2.5)
        await client.chat.send(messages=MESSAGES)

    asyncio.run(run())
    assert [r.extensions["timeout"] for r in server.requests] == [
        timeouts(2.5),
        timeouts(client_module.DEFAULT_TIMEOUT),
    ]


def always_503(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        503, json={"error": {"code": 503, "message": "busy"}}, headers={"retry-after-ms": "1"}
    )


@pytest.mark.parametrize(
    ("client_retries", "call_retries", "attempts"),
    [(None, None, 3), (5, None, 6), (5, 1, 2), (0, 3, 4), (2, 0, 1), (0, None, 1)],
)
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_max_retries_per_call(
    client_retries: int | None, call_retries: int | None, attempts: int, mode: str
) -> None:
    server = Recorder(always_503)
    options = {} if client_retries is None else {"max_retries": client_retries}
    kwargs = {} if call_retries is None else {"max_retries": call_retries}
    if mode == "sync":
        http = httpx.Client(transport=httpx.MockTransport(server))
        client = OpenRouter(api_key=API_KEY, base_url=BASE_URL, http_client=http, **options)
        with pytest.raises(InternalServerError) as caught:
            client.chat.send(messages=MESSAGES, **kwargs)
    else:

        async def run() -> None:
            http = httpx.AsyncClient(transport=httpx.MockTransport(server))
            client = AsyncOpenRouter(api_key=API_KEY, base_url=BASE_URL, http_client=http, **options)
            await client.chat.send(messages=MESSAGES, **kwargs)

        with pytest.raises(InternalServerError) as caught:
            asyncio.run(run())
    assert caught.value.status_code == 503
    assert len(server.requests) == attempts


def test_max_retries_per_call_on_transport_errors(fake_time: FakeTime) -> None:
    server = Recorder(raise_connect_error)
    client = sync_client(server, max_retries=4)
    with pytest.raises(APIConnectionError):
        client.chat.send(messages=MESSAGES, max_retries=2)
    assert len(server.requests) == 3
    assert len(fake_time.sleeps) == 2
    assert 0.375 <= fake_time.sleeps[0] <= 0.5 and 0.75 <= fake_time.sleeps[1] <= 1.0


def test_options_through_the_function_form() -> None:
    server = Recorder(ok_chat)
    chat.send_chat_completion_request(
        sync_client(server), messages=MESSAGES, extra_headers={"X-F": "1"}, timeout=4.0, max_retries=0
    )
    assert server.requests[0].headers["X-F"] == "1"
    assert server.requests[0].extensions["timeout"] == timeouts(4.0)
