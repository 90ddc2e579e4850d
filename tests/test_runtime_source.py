"""The static runtime (templates/package/*.py) tested as source, not as rendered output.

The static modules import no generated module: they are copied into a scratch package
with a small models module of their own, and the test's own client classes take the
place of the generated `_client.py` (a subclass with `ClientSettings`), so that the request loop,
retries, parsing and auth are exercised against a real server on 127.0.0.1 with
settings no OpenRouter document has (query auth, other environment variables). The
same modules pass ruff with the generator's rules, and pyright (strict for the modules
of the request path, basic for the rest: templates/pyrightconfig.json).
"""

from __future__ import annotations

import ast
import asyncio
import importlib
import json
import logging
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from types import ModuleType, SimpleNamespace
from typing import Any

import httpx
import pytest

from generator.build.format import ruff_bin
from tests.conftest import ROOT, pyright_bin
from tests.faultserver import EventStream, FaultServer, Reply, Reset, sse

pytestmark = pytest.mark.sdk

TEMPLATES = ROOT / "templates"
PACKAGE = TEMPLATES / "package"
STATIC = sorted(PACKAGE.glob("*.py"))
SCRATCH = "runtime_source_pkg"

MODELS = """
from __future__ import annotations

from ._base import SDKModel


class Thing(SDKModel):
    id: str
    size: int | None = None


class Chunk(SDKModel):
    delta: str


class Problem(SDKModel):
    code: int
    message: str


class ErrorBody(SDKModel):
    error: Problem
"""


@pytest.fixture(scope="module")
def rt(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The static modules as a package of their own (plus `models`), imported from a copy."""
    root = tmp_path_factory.mktemp("runtime-source")
    package = root / SCRATCH
    package.mkdir()
    for source in STATIC:
        shutil.copy(source, package / source.name)
    (package / "__init__.py").write_text('"""The static runtime, as source."""\n', encoding="utf-8")
    (package / "models.py").write_text(MODELS, encoding="utf-8")
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module(SCRATCH)
    finally:
        sys.path.remove(str(root))
        for name in [n for n in sys.modules if n == SCRATCH or n.startswith(SCRATCH + ".")]:
            del sys.modules[name]


def sub(name: str) -> Any:
    return importlib.import_module(f"{SCRATCH}.{name}")


def settings(**changes: Any) -> Any:
    values: dict[str, Any] = {
        "version": "9.8.7",
        "distribution": "tiny-sdk",
        "base_url": "",
        "auth": ("bearer", "Authorization"),
        "api_key_env": "TINY_SDK_KEY",
        "base_url_env": "TINY_SDK_URL",
        "logger": logging.getLogger("tiny_sdk"),
    }
    return sub("_base_client").ClientSettings(**{**values, **changes})


def client_classes(rt: ModuleType, **changes: Any) -> tuple[type, type]:
    """A sync and an async client, as the generated `_client.py` defines them."""
    api = sub("_api_client")
    config = settings(**changes)
    sync = type("Tiny", (api.SyncAPIClient,), {"_settings": config})
    async_ = type("AsyncTiny", (api.AsyncAPIClient,), {"_settings": config})
    return sync, async_


def endpoint(method: str = "GET", path: str = "/things/{id}", **options: Any) -> Any:
    """An endpoint whose keywords are `id` (path), `tags` and `on` (query), or with a
    stream, the body field `stream`."""
    options.setdefault("json", lambda m: m.Thing)
    options.setdefault("errors", {"4XX": lambda m: m.ErrorBody})
    arguments = sub("_arguments").Arguments
    if "stream" in options:
        options.setdefault("args", arguments("chat", body="stream", kind="object"))
    options.setdefault("args", arguments("get_thing", path="id", query="tags on"))
    return sub("_endpoint").Endpoint(method, path, **options)


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as running:
        yield running
        assert running.wait_idle() == 0  # every connection closed again


@pytest.fixture
def no_sleep(rt: ModuleType, monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The request loops' sleeps, recorded instead of slept."""
    slept: list[float] = []
    loop = sub("_api_client")

    async def asleep(seconds: float) -> None:
        slept.append(seconds)

    # The modules as the loops see them, not the real ones (the server's threads sleep too).
    monkeypatch.setattr(loop, "time", SimpleNamespace(sleep=slept.append, monotonic=time.monotonic))
    monkeypatch.setattr(loop, "_sleep", asleep)
    return slept


# -- the request loop against a real server ------------------------------------------------


def test_parses_the_declared_type_and_sends_the_settings(rt: ModuleType, server: FaultServer) -> None:
    sync, _ = client_classes(rt)
    server.script("/things/a%2Fb", Reply(200, {"id": "a/b", "size": 3, "extra": True}))
    with sync(api_key="k", base_url=server.base_url) as client:
        thing = client._request(endpoint(), {"id": "a/b", "tags": ["x", "y"], "on": True})
    assert type(thing).__name__ == "Thing" and thing.size == 3 and thing.model_extra == {"extra": True}
    sent = server.requests_to("/things/a%2Fb")[0]
    assert sent.headers["authorization"] == "Bearer k"
    assert sent.headers["user-agent"].startswith("tiny-sdk/9.8.7 (python ")


def test_retries_statuses_then_succeeds(rt: ModuleType, server: FaultServer, no_sleep: list[float]) -> None:
    sync, _ = client_classes(rt)
    busy = Reply(503, {"error": {"code": 503, "message": "busy"}}, headers={"Retry-After": "2"})
    server.script(
        "/things/1", busy, Reply(429, {}, headers={"retry-after-ms": "250"}), Reply(200, {"id": "1"})
    )
    with sync(api_key="k", base_url=server.base_url, max_retries=2) as client:
        assert client._request(endpoint(), {"id": 1}).id == "1"
    assert no_sleep == [2.0, 0.25]
    assert len(server.requests_to("/things/1")) == 3


def test_out_of_retries_raises_the_typed_status_error(rt: ModuleType, server: FaultServer) -> None:
    sync, _ = client_classes(rt)
    errors = sub("_errors")
    server.script("/things/1", Reply(404, {"error": {"code": 404, "message": "no such thing"}}))
    with sync(api_key="k", base_url=server.base_url) as client, pytest.raises(errors.NotFoundError) as caught:
        client._request(endpoint(), {"id": 1})
    assert str(caught.value) == "404 Not Found from GET /things/{id}: no such thing"
    assert caught.value.error.error.message == "no such thing"  # the declared 4XX body, parsed


def test_transport_failures_retry_then_raise(
    rt: ModuleType, server: FaultServer, no_sleep: list[float]
) -> None:
    sync, _ = client_classes(rt)
    errors = sub("_errors")
    server.script("/things/1", Reset(), Reply(200, {"id": "1"}))
    with sync(api_key="k", base_url=server.base_url, max_retries=1) as client:
        assert client._request(endpoint(), {"id": 1}).id == "1"
        assert len(no_sleep) == 1 and 0.375 <= no_sleep[0] <= 0.5  # the first backoff, jittered
        server.script("/things/2", Reset(), repeat=True)
        with pytest.raises(errors.APIConnectionError, match=r"^GET /things/2: "):
            client._request(endpoint(), {"id": 2})


def test_a_body_that_is_not_the_declared_type(rt: ModuleType, server: FaultServer) -> None:
    sync, _ = client_classes(rt)
    errors = sub("_errors")
    server.script("/things/1", Reply(200, b"<html>oops</html>", headers={"Content-Type": "text/html"}))
    server.script("/things/2", Reply(200, {"size": "big"}))
    with sync(api_key="k", base_url=server.base_url) as client:
        with pytest.raises(errors.APIResponseValidationError, match="not the declared type"):
            client._request(endpoint(), {"id": 1})
        lenient = client._request(endpoint(), {"id": 2})  # kept, not refused
    not_sent = sub("_lenient").FieldNotSentError
    with pytest.raises(not_sent, match="Thing.id: the server did not send"):
        _ = lenient.id  # required, not sent: never presented as its type
    with pytest.raises(not_sent, match="Thing.size: the server sent 'big'") as caught:
        _ = lenient.size  # an int in the model: never presented as one
    assert caught.value.value == "big"


def test_raw_response_and_text_and_binary(rt: ModuleType, server: FaultServer) -> None:
    sync, _ = client_classes(rt)
    server.script("/things/1", Reply(200, {"id": "1"}, headers={"x-request-id": "req-1"}))
    server.script("/text", Reply(200, b"plain", headers={"Content-Type": "text/plain"}))
    server.script("/blob", Reply(200, b"\x00\x01", headers={"Content-Type": "application/octet-stream"}))
    with sync(api_key="k", base_url=server.base_url) as client:
        raw = client._request(endpoint(), {"id": 1}, raw=True)
        text = client._request(endpoint(path="/text", json=None, text=True), {})
        blob = client._request(endpoint(path="/blob", json=None, binary=True), {})
    assert (raw.status_code, raw.request_id, raw.parse().id) == (200, "req-1", "1")
    assert (text, blob) == ("plain", b"\x00\x01")


def test_streams_when_the_body_asks(rt: ModuleType, server: FaultServer) -> None:
    sync, _ = client_classes(rt)
    chunks = [sse({"delta": "Hel"}), sse({"delta": "lo"}), sse("[DONE]")]
    server.script("/chat", EventStream(chunks))
    post = endpoint("POST", "/chat", stream=lambda m: m.Chunk)
    with sync(api_key="k", base_url=server.base_url) as client:
        stream = client._request(post, {"stream": True})
        assert [c.delta for c in stream] == ["Hel", "lo"]
    assert server.requests_to("/chat")[0].headers["accept"] == "text/event-stream"


def test_async_client_runs_the_same_loop(rt: ModuleType, server: FaultServer, no_sleep: list[float]) -> None:
    _, async_ = client_classes(rt)
    server.script("/things/1", Reply(500, {}), Reply(200, {"id": "1"}))
    server.script("/chat", EventStream([sse({"delta": "a"}), sse("[DONE]")]))

    async def run() -> tuple[Any, list[str]]:
        async with async_(api_key="k", base_url=server.base_url) as client:
            thing = await client._request(endpoint(), {"id": 1})
            post = endpoint("POST", "/chat", stream=lambda m: m.Chunk)
            stream = await client._request(post, {"stream": True})
            return thing, [c.delta async for c in stream]

    thing, deltas = asyncio.run(run())
    assert (thing.id, deltas, len(no_sleep)) == ("1", ["a"], 1)


# -- what the settings decide ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("scheme", "where"),
    [
        (("header", "X-Tiny-Key"), "header"),
        (("query", "key"), "query"),
        (("bearer", "Authorization"), "bearer"),
    ],
)
def test_the_default_auth_scheme_comes_from_the_settings(
    rt: ModuleType, server: FaultServer, scheme: tuple[str, str], where: str
) -> None:
    sync, _ = client_classes(rt, auth=scheme)
    server.script("/things/1", Reply(200, {"id": "1"}))
    urls: list[str] = []
    http = httpx.Client(event_hooks={"request": [lambda request: urls.append(str(request.url))]})
    with sync(api_key="k", base_url=server.base_url, http_client=http) as client:
        client._request(endpoint(), {"id": 1})
    http.close()
    headers = server.requests_to("/things/1")[0].headers
    assert (headers.get("x-tiny-key") == "k") == (where == "header")
    assert urls[0].endswith("?key=k") == (where == "query")
    assert (headers.get("authorization") == "Bearer k") == (where == "bearer")


def test_environment_variables_come_from_the_settings(
    rt: ModuleType, server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    sync, _ = client_classes(rt)
    errors = sub("_errors")
    monkeypatch.delenv("TINY_SDK_KEY", raising=False)
    monkeypatch.setenv("TINY_SDK_URL", server.base_url + "/")
    with sync() as client:
        assert client.base_url == server.base_url
        with pytest.raises(errors.OpenRouterError, match="set the TINY_SDK_KEY environment variable"):
            client._request(endpoint(), {"id": 1})
    monkeypatch.setenv("TINY_SDK_KEY", "from-env")
    with sync() as client:
        assert client.api_key == "from-env" and "from-env" not in repr(client)
    monkeypatch.delenv("TINY_SDK_URL")
    with pytest.raises(errors.OpenRouterError, match="no base_url"):
        sync(api_key="k")  # the settings name no server


def test_a_default_base_url_and_per_call_options(rt: ModuleType, server: FaultServer) -> None:
    sync, _ = client_classes(rt, base_url=server.base_url)
    server.script("/things/1", Reply(200, {"id": "1"}))
    options = {"extra_headers": {"X-Extra": "1"}, "extra_query": {"trace": "on"}, "timeout": 3.0}
    urls: list[httpx.URL] = []
    timeouts: list[Any] = []

    def record(request: httpx.Request) -> None:
        urls.append(request.url)
        timeouts.append(request.extensions["timeout"])

    http = httpx.Client(event_hooks={"request": [record]})
    with sync(api_key="k", http_client=http, default_headers={"X-Default": "d"}) as client:
        client._request(endpoint(), {"id": 1, **options})
    http.close()
    sent = server.requests_to("/things/1")[0].headers
    assert (sent["x-extra"], sent["x-default"], urls[0].params["trace"]) == ("1", "d", "on")
    assert timeouts[0]["read"] == 3.0


def test_app_headers_are_given_ones_under_the_defaults(rt: ModuleType) -> None:
    app_headers = sub("_base_client").app_headers
    given = {"HTTP-Referer": "https://app.test", "X-Title": None}
    assert app_headers(given, None) == {"HTTP-Referer": "https://app.test"}
    assert app_headers(given, {"HTTP-Referer": "mine"}) == {"HTTP-Referer": "mine"}


def test_debug_logger_follows_its_environment_variable(
    rt: ModuleType, server: FaultServer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("TINY_SDK_LOG", "debug")
    logger = sub("_base_client").debug_logger("tiny_sdk.debug", "TINY_SDK_LOG")
    assert logger.level == logging.DEBUG
    sync, _ = client_classes(rt, logger=logger)
    server.script("/things/1", Reply(200, {"id": "1"}))
    with (
        caplog.at_level(logging.DEBUG, logger="tiny_sdk.debug"),
        sync(api_key="k", base_url=server.base_url) as c,
    ):
        c._request(endpoint(), {"id": 1})
    assert any(record.getMessage().startswith("GET http://127.0.0.1:") for record in caplog.records)


# -- the source itself -----------------------------------------------------------------------


def test_static_modules_import_only_static_modules() -> None:
    """No import of a generated module (the models load through importlib, on first use)."""
    static = {p.stem for p in STATIC}
    for source in STATIC:
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                names = [node.module] if node.module else [a.name for a in node.names]
                assert set(names) <= static, (source.name, names)


def test_static_modules_pass_ruff() -> None:
    """The generator's rules at the generated project's line length (templates/ruff.toml)."""
    for args in (["check"], ["format", "--check"]):
        proc = subprocess.run(
            [ruff_bin(), *args, "--no-cache", "templates"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr


def test_static_modules_pass_pyright() -> None:
    config = TEMPLATES / "pyrightconfig.json"
    strict = set(json.loads(config.read_text(encoding="utf-8"))["strict"])
    # Every module of the request path is checked strictly.
    request_path = [
        "_api_client",
        "_arguments",
        "_base_client",
        "_endpoint",
        "_parsing",
        "_request",
        "_retries",
    ]
    assert {f"package/{name}.py" for name in request_path} <= strict
    proc = subprocess.run(
        [pyright_bin(), "--outputjson", "--pythonpath", sys.executable, "-p", str(config), str(PACKAGE)],
        capture_output=True,
        check=False,
        text=True,
    )
    report = json.loads(proc.stdout)
    errors = [d for d in report["generalDiagnostics"] if d["severity"] == "error"]
    shown = "\n".join(f"{d['file']}:{d['range']['start']['line'] + 1}: {d['message']}" for d in errors[:20])
    assert not errors and report["summary"]["errorCount"] == 0, shown
    assert report["summary"]["filesAnalyzed"] >= len(STATIC)
