"""The error tree against a real server on 127.0.0.1: `APIError` above every API
failure, `Literal` status codes, messages that name the attempts and the provider's
reason, and errors that pickle without the API key (wherever the scheme put it)."""

from __future__ import annotations

import pickle
import sys
import typing
from typing import Any

import httpx
import pytest

from tests.conftest import ROOT
from tests.faultserver import EventStream, FaultServer, Reply, Reset, sse
from tests.runtime_calls import CHAT, KEY, MESSAGES, call, chat, with_auth
from tests.test_faults import CHAT_RESULT, chunk

sys.path.insert(0, str(ROOT / "generated"))

from openrouter_sdk import (  # noqa: E402
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APIStreamError,
    AsyncOpenRouter,
    InternalServerError,
    OpenRouter,
    OpenRouterError,
    PaymentRequiredError,
    RateLimitError,
    _errors,
)

pytestmark = pytest.mark.sdk
MODES = pytest.mark.parametrize("mode", ["sync", "async"])
PROVIDER_ERROR = {
    "error": {
        "code": 429,
        "message": "Provider returned error",
        "metadata": {"provider_name": "DeepInfra", "raw": "rate limit for model xyz"},
    }
}


@pytest.fixture
def server():
    with FaultServer() as srv:
        yield srv


def roundtrip(error: BaseException) -> BaseException:
    data = pickle.dumps(error)
    assert KEY.encode() not in data, "the API key is in the pickle"
    copy = pickle.loads(data)
    assert type(copy) is type(error) and str(copy) == str(error)
    return copy


@MODES
def test_every_api_failure_is_an_api_error_and_pickles_without_the_key(
    server: FaultServer, mode: str
) -> None:
    server.script(CHAT, Reply(429, PROVIDER_ERROR), Reset(), Reply(200, b"{oops"))
    server.script(
        CHAT, EventStream([sse(chunk("a")), sse({"error": {"code": "server_error", "message": "boom"}})])
    )
    failures = [call(mode, server.base_url, chat()).error for _ in range(3)]
    failures.append(call(mode, server.base_url, chat(stream=True)).error)
    kinds = (RateLimitError, APIConnectionError, APIResponseValidationError, APIStreamError)
    for error, kind in zip(failures, kinds, strict=True):
        assert isinstance(error, kind) and isinstance(error, APIError), repr(error)
        assert error.request is not None and error.request.url.path == CHAT
        copy = roundtrip(error)
        assert isinstance(copy, APIError) and copy.request is not None
        assert "authorization" not in copy.request.headers
        assert copy.request.url.path == CHAT
    status = roundtrip(failures[0])
    assert isinstance(status, RateLimitError)
    assert status.status_code == 429 and status.body == PROVIDER_ERROR
    assert status.response.json() == PROVIDER_ERROR and status.code == 429


@MODES
@pytest.mark.parametrize(("kind", "name"), [("header", "X-Api-Key"), ("query", "key")])
def test_a_pickled_error_holds_no_key_wherever_the_scheme_puts_it(
    server: FaultServer, mode: str, kind: str, name: str
) -> None:
    server.script(CHAT, Reply(503, {"error": {"code": 503, "message": "busy"}}))
    out = call(mode, server.base_url, chat(), classes=with_auth(kind, name))
    assert isinstance(out.error, InternalServerError), repr(out.error)
    sent = server.requests_to(CHAT)[0]
    assert KEY in (sent.headers.get(name.lower(), "") if kind == "header" else str(out.error.request.url))
    copy = roundtrip(out.error)
    assert isinstance(copy, InternalServerError) and copy.status_code == 503
    assert copy.request is not None and name not in copy.request.url.params
    assert name.lower() not in copy.request.headers


@MODES
def test_a_missing_key_is_not_an_api_error(
    server: FaultServer, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
    out = call(mode, server.base_url, chat(), api_key=None)
    assert isinstance(out.error, OpenRouterError) and not isinstance(out.error, APIError)
    assert "no API key" in str(out.error)
    assert server.requests == []


def test_status_classes_narrow_their_status_code() -> None:
    names = {"httpx": httpx}
    for code, cls in _errors.STATUS_ERRORS.items():
        assert typing.get_type_hints(cls, localns=names)["status_code"] == typing.Literal[code]
        assert issubclass(cls, APIStatusError) and cls.status_code == code
    assert typing.get_type_hints(InternalServerError, localns=names)["status_code"] is int


@MODES
def test_messages_name_the_attempts_and_the_providers_reason(server: FaultServer, mode: str) -> None:
    server.script(CHAT, Reply(429, PROVIDER_ERROR, headers={"retry-after-ms": "1"}), repeat=True)
    out = call(mode, server.base_url, chat(), max_retries=2)
    assert isinstance(out.error, RateLimitError)
    assert "after 3 attempts" in str(out.error)
    assert "DeepInfra" in str(out.error) and "rate limit for model xyz" in str(out.error)
    assert out.error.retry_after == 0.001
    server.script("/models", Reset(), repeat=True)
    out = call(mode, server.base_url, lambda c: c.models.list(), max_retries=1)
    assert isinstance(out.error, APIConnectionError) and "after 2 attempts" in str(out.error)
    with FaultServer() as fresh:
        fresh.script("/models", Reply(503, {"error": {"code": 503, "message": "busy"}}))
        out = call(mode, fresh.base_url, lambda c: c.models.list())
    assert isinstance(out.error, InternalServerError) and "attempts" not in str(out.error)


def test_the_client_repr_and_constructors_stay_keyless() -> None:
    assert KEY not in repr(OpenRouter(api_key=KEY, base_url="http://127.0.0.1:1"))
    assert KEY not in repr(AsyncOpenRouter(api_key=KEY, base_url="http://127.0.0.1:1"))
    assert CHAT_RESULT["object"] == "chat.completion"


# Errors in 2xx bodies: the status class `error.code` names, for JSON and streams alike.


@MODES
def test_a_200_that_is_only_an_error_raises_the_status_class(server: FaultServer, mode: str) -> None:
    server.script(CHAT, Reply(200, {**PROVIDER_ERROR, "user_id": "u1"}))
    out = call(mode, server.base_url, chat())
    assert isinstance(out.error, RateLimitError), repr(out.error)
    assert out.error.status_code == 429 and out.error.response.status_code == 200
    assert "DeepInfra" in str(out.error) and out.error.body["user_id"] == "u1"
    assert isinstance(roundtrip(out.error), RateLimitError)
    server.script("/models", Reply(200, {"error": {"code": "402", "message": "no credits"}}))
    out = call(mode, server.base_url, lambda c: c.models.list())
    assert isinstance(out.error, PaymentRequiredError) and "no credits" in str(out.error)
    server.script("/models", Reply(200, {"error": {"code": "server_error", "message": "?"}}))
    out = call(mode, server.base_url, lambda c: c.models.list())
    assert type(out.error) is APIStatusError and out.error.status_code == 200


@MODES
def test_a_result_that_carries_an_error_member_is_still_a_result(server: FaultServer, mode: str) -> None:
    server.script(CHAT, Reply(200, {**CHAT_RESULT, "error": {"code": 429, "message": "partial"}}))
    out = call(mode, server.base_url, chat())
    assert out.error is None and out.value.choices[0].message.content == "hi"


@MODES
def test_the_raw_path_raises_the_same_class(server: FaultServer, mode: str) -> None:
    server.script(CHAT, Reply(200, PROVIDER_ERROR))

    def raw(client: Any) -> Any:
        response = client.with_raw_response.chat.send(messages=MESSAGES)
        if isinstance(client, AsyncOpenRouter):

            async def parse() -> Any:
                return (await response).parse()

            return parse()
        return response.parse()

    out = call(mode, server.base_url, raw)
    assert isinstance(out.error, RateLimitError), repr(out.error)


@MODES
def test_an_error_event_with_a_status_code_raises_the_status_class(server: FaultServer, mode: str) -> None:
    events = [sse(chunk("a")), sse(PROVIDER_ERROR), sse(chunk("never")), sse("[DONE]")]
    server.script(CHAT, EventStream(events))
    out = call(mode, server.base_url, chat(stream=True))
    assert [c.choices[0].delta.content for c in out.chunks] == ["a"]
    assert isinstance(out.error, RateLimitError) and isinstance(out.error, APIStreamError)
    assert out.error.status_code == 429 and out.error.event == PROVIDER_ERROR
    assert out.error.error == PROVIDER_ERROR["error"] and "DeepInfra" in str(out.error)
    copy = roundtrip(out.error)
    assert isinstance(copy, RateLimitError) and isinstance(copy, APIStreamError)
    assert copy.status_code == 429


@MODES
def test_a_stream_answered_by_a_json_error_raises_the_status_class(server: FaultServer, mode: str) -> None:
    server.script(CHAT, Reply(200, {"error": {"code": 503, "message": "no provider"}}))
    out = call(mode, server.base_url, chat(stream=True))
    assert isinstance(out.error, InternalServerError) and out.error.status_code == 503
    assert "no provider" in str(out.error)
