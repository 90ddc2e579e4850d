"""Requests against real servers on 127.0.0.1: path parameters that would name another
resource are refused before anything is sent; the key never follows a redirect to
another origin, wherever the security scheme carries it; plain http to a remote host
warns; the stream flag comes from the call, however it was given."""

from __future__ import annotations

import logging
import sys
import warnings
from typing import Any

import httpx
import pytest

from tests.conftest import ROOT
from tests.faultserver import EventStream, FaultServer, Reply, sse
from tests.runtime_calls import CHAT, KEY, MESSAGES, call, with_auth
from tests.test_faults import CHAT_RESULT, chunk

sys.path.insert(0, str(ROOT / "generated"))

from openrouter_sdk import APIConnectionError, AsyncOpenRouter, OpenRouter  # noqa: E402
from openrouter_sdk._base_client import InsecureKeyWarning  # noqa: E402
from openrouter_sdk._secrets import leaves_origin  # noqa: E402

pytestmark = pytest.mark.sdk
MODES = pytest.mark.parametrize("mode", ["sync", "async"])
MODELS = {"data": []}


@pytest.fixture
def server():
    with FaultServer() as srv:
        yield srv


@pytest.fixture
def other():
    with FaultServer() as srv:
        yield srv


@MODES
@pytest.mark.parametrize("value", ["", ".", ".."])
@pytest.mark.parametrize("method", ["get", "delete"])
def test_path_parameters_that_name_another_resource_are_refused(
    server: FaultServer, mode: str, value: str, method: str
) -> None:
    out = call(mode, server.base_url, lambda c: getattr(c.api_keys, method)(hash=value))
    assert isinstance(out.error, ValueError) and "'hash'" in str(out.error), repr(out.error)
    assert server.requests == []


@MODES
def test_a_path_parameter_with_slashes_stays_one_segment(server: FaultServer, mode: str) -> None:
    server.script("/keys/..%2Fcredits", Reply(404, {"error": {"code": 404, "message": "no"}}))
    call(mode, server.base_url, lambda c: c.api_keys.get(hash="../credits"))
    assert [r.path for r in server.requests] == ["/keys/..%2Fcredits"]


SCHEMES = [("bearer", "Authorization"), ("header", "X-Api-Key"), ("query", "key")]


def carries_key(request: Any, kind: str, name: str, target: str) -> bool:
    if kind == "query":
        return KEY in target
    return KEY in request.headers.get(name.lower(), "")


@MODES
@pytest.mark.parametrize(("kind", "name"), SCHEMES)
def test_a_redirect_to_another_origin_drops_the_key(
    server: FaultServer, other: FaultServer, mode: str, kind: str, name: str
) -> None:
    # The location echoes the query string, as some proxies do: the key must go anyway.
    query = f"?{name}={KEY}" if kind == "query" else ""
    server.script("/models", Reply(307, b"", headers={"Location": f"{other.base_url}/models{query}"}))
    other.script("/models", Reply(200, MODELS))
    seen: list[str] = []
    hook = {"request": [lambda r: seen.append(str(r.url))]}
    http = (httpx.Client if mode == "sync" else httpx.AsyncClient)(event_hooks=_hooks(mode, hook))
    out = call(
        mode, server.base_url, lambda c: c.models.list(), classes=with_auth(kind, name), http_client=http
    )
    assert out.error is None, repr(out.error)
    first, second = server.requests_to("/models")[0], other.requests_to("/models")[0]
    assert carries_key(first, kind, name, seen[0])
    assert not carries_key(second, kind, name, seen[1])
    assert len(seen) == 2 and KEY not in seen[1]


def _hooks(mode: str, hooks: dict[str, list[Any]]) -> dict[str, list[Any]]:
    if mode == "sync":
        return hooks

    def wrap(f: Any) -> Any:
        async def hook(r: Any) -> None:
            f(r)

        return hook

    return {k: [wrap(f) for f in v] for k, v in hooks.items()}


@MODES
@pytest.mark.parametrize(("kind", "name"), SCHEMES[:2])
def test_a_redirect_on_the_same_origin_keeps_the_key(
    server: FaultServer, mode: str, kind: str, name: str
) -> None:
    server.script("/models", Reply(308, b"", headers={"Location": "/api/v1/models"}))
    server.script("/api/v1/models", Reply(200, MODELS))
    out = call(mode, server.base_url, lambda c: c.models.list(), classes=with_auth(kind, name))
    assert out.error is None, repr(out.error)
    assert KEY in server.requests_to("/api/v1/models")[0].headers[name.lower()]


@MODES
def test_a_post_redirected_with_307_keeps_its_body(server: FaultServer, mode: str) -> None:
    server.script(CHAT, Reply(307, b"", headers={"Location": "/v2/chat"}))
    server.script("/v2/chat", Reply(200, CHAT_RESULT))
    out = call(mode, server.base_url, lambda c: c.chat.send(messages=MESSAGES))
    assert out.error is None and out.value.choices[0].message.content == "hi"
    assert server.requests_to("/v2/chat")[0].json()["messages"] == MESSAGES


@pytest.mark.unit
def test_which_redirects_leave_the_origin() -> None:
    u = httpx.URL
    assert leaves_origin(u("https://openrouter.ai/api"), u("http://openrouter.ai/api"))
    assert leaves_origin(u("https://openrouter.ai/"), u("https://evil.example/"))
    assert leaves_origin(u("https://openrouter.ai/"), u("https://openrouter.ai:8443/"))
    assert not leaves_origin(u("https://openrouter.ai/a"), u("https://openrouter.ai/b"))
    assert not leaves_origin(u("http://openrouter.ai/a"), u("https://openrouter.ai/a"))


def _mock(mode: str) -> Any:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=MODELS)

    transport = httpx.MockTransport(answer)
    return httpx.Client(transport=transport) if mode == "sync" else httpx.AsyncClient(transport=transport)


@MODES
def test_a_key_over_plain_http_to_a_remote_host_warns_once(mode: str) -> None:
    with pytest.warns(InsecureKeyWarning, match="plain http to api.example.test") as caught:
        out = call(mode, "http://api.example.test/v1", _twice, http_client=_mock(mode))
    assert out.error is None, repr(out.error)
    assert len([w for w in caught if w.category is InsecureKeyWarning]) == 1


def _twice(client: Any) -> Any:
    if isinstance(client, AsyncOpenRouter):

        async def both() -> Any:
            await client.models.list()
            return await client.models.list()

        return both()
    client.models.list()
    return client.models.list()


@MODES
@pytest.mark.parametrize(
    "base", ["https://api.example.test/v1", "http://127.0.0.1:9/v1", "http://localhost/v1"]
)
def test_no_warning_over_https_or_to_loopback(mode: str, base: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", InsecureKeyWarning)
        out = call(mode, base, lambda c: c.models.list(), http_client=_mock(mode))
    assert out.error is None, repr(out.error)


@MODES
@pytest.mark.parametrize(
    "kwargs",
    [
        {"body": {"messages": MESSAGES, "stream": True}},
        {"messages": MESSAGES, "extra_body": {"stream": True}},
    ],
    ids=["body", "extra_body"],
)
def test_the_stream_flag_is_read_from_the_call(
    server: FaultServer, mode: str, kwargs: dict[str, Any]
) -> None:
    server.script(CHAT, EventStream([sse(chunk("a")), sse("[DONE]")]))
    out = call(mode, server.base_url, lambda c: c.chat.send(**kwargs))
    assert out.error is None, repr(out.error)
    assert [c.choices[0].delta.content for c in out.chunks] == ["a"]
    assert server.requests_to(CHAT)[0].headers["accept"] == "text/event-stream"


def test_clients_build_without_network() -> None:
    assert OpenRouter(api_key=KEY, base_url="http://127.0.0.1:1").base_url.endswith(":1")


@MODES
@pytest.mark.parametrize(
    "kwargs",
    [{"body": {"messages": MESSAGES, "stream": True}}, {"messages": MESSAGES, "stream": True}],
    ids=["body", "keyword"],
)
def test_the_raw_path_does_not_stream_as_its_type_says(
    server: FaultServer, mode: str, kwargs: dict[str, Any]
) -> None:
    """`with_raw_response` methods are typed `APIResponse[<result>]`: a stream there would
    be an object of another type."""
    out = call(mode, server.base_url, lambda c: c.with_raw_response.chat.send(**kwargs))
    assert isinstance(out.error, TypeError) and "does not stream" in str(out.error), repr(out.error)
    assert server.requests == []


@MODES
def test_the_debug_log_hides_a_query_key(
    server: FaultServer, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    server.script("/models", Reply(200, MODELS))
    caplog.set_level(logging.DEBUG, logger="openrouter_sdk")
    out = call(mode, server.base_url, lambda c: c.models.list(), classes=with_auth("query", "key"))
    assert out.error is None, repr(out.error)
    lines = [r.getMessage() for r in caplog.records if r.name == "openrouter_sdk"]
    assert any("GET" in line and "/models" in line for line in lines), lines
    assert not any(KEY in line for line in lines)


@MODES
def test_a_redirect_loop_ends_in_a_connection_error(server: FaultServer, mode: str) -> None:
    server.script("/models", Reply(307, b"", headers={"Location": "/models"}), repeat=True)
    out = call(mode, server.base_url, lambda c: c.models.list())
    assert isinstance(out.error, APIConnectionError) and "redirects" in str(out.error), repr(out.error)
    assert len(server.requests_to("/models")) == 21


@MODES
def test_a_raw_response_repr_hides_a_query_key(server: FaultServer, mode: str) -> None:
    server.script("/models", Reply(200, MODELS))
    out = call(
        mode, server.base_url, lambda c: c.with_raw_response.models.list(), classes=with_auth("query", "key")
    )
    assert out.error is None, repr(out.error)
    assert KEY in str(out.value.http_response.request.url)  # it was sent
    assert "/models" in repr(out.value) and KEY not in repr(out.value)
