"""The generated MCP server (`openrouter_sdk.mcp`) driven by the `mcp` SDK's own client, in
process, against the fake API: what tools/list shows, that each curated tool sends what the
SDK sends, errors as `isError` results, and that the MCP side's headers never go upstream."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

import anyio
import httpx
import pytest
from jsonschema import Draft202012Validator
from mcp import Client

from tests.conftest import ROOT
from tests.httpserver import ScriptedServer
from tests.mcp_fake import Examples
from tests.test_tools import BASE_URL, CALLS, Recorder

sys.path.insert(0, str(ROOT / "generated"))

from openrouter_sdk import AsyncOpenRouter, OpenRouter  # noqa: E402
from openrouter_sdk.mcp import build_server, http_app  # noqa: E402
from openrouter_sdk.tools import CURATED, TOOLS, dispatch  # noqa: E402

pytestmark = pytest.mark.sdk


def aclient(api: Recorder) -> AsyncOpenRouter:
    http = httpx.AsyncClient(transport=httpx.MockTransport(api))
    return AsyncOpenRouter(api_key="sk-or-test", base_url=BASE_URL, http_client=http)


def run(api: Recorder, body: Callable[[Client], Any], mode: str = "curated", connect: str = "auto") -> Any:
    """`body` run with an in-process client of the server (`connect="legacy"`: over
    JSON-RPC messages, as a stdio or HTTP client talks, progress tokens included)."""

    async def go() -> Any:
        async with Client(build_server(aclient(api), mode=mode), mode=connect) as client:  # type: ignore[arg-type]
            return await body(client)

    return anyio.run(go)


def test_tools_list_is_the_curated_table_with_hints_and_schemas() -> None:
    listed = run(Recorder(), lambda c: c.list_tools())
    tools = listed.tools
    assert [t.name for t in tools] == list(CURATED)
    snapshot = {}
    for tool in tools:
        Draft202012Validator.check_schema(tool.input_schema)
        hints = tool.annotations
        assert (
            hints.read_only_hint,
            hints.destructive_hint,
            hints.idempotent_hint,
            hints.open_world_hint,
        ) == tuple(
            TOOLS[tool.name]["annotations"][k]
            for k in ("readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint")
        )
        snapshot[tool.name] = hashlib.sha256(
            json.dumps(tool.input_schema, sort_keys=True).encode()
        ).hexdigest()[:12]
    assert (
        snapshot["chat_send"]
        == hashlib.sha256(
            json.dumps(TOOLS["chat_send"]["input_schema"], sort_keys=True).encode()
        ).hexdigest()[:12]
    )
    wire = json.dumps([t.model_dump(mode="json", by_alias=True, exclude_none=True) for t in tools])
    assert len(wire) / 4 <= 4_000
    every = run(Recorder(), lambda c: c.list_tools(), mode="all").tools
    assert len(every) == len(TOOLS) > len(tools)


@pytest.mark.parametrize(("name", "arguments", "direct"), CALLS, ids=[c[0] for c in CALLS])
def test_a_tool_call_sends_what_the_sdk_sends(name: str, arguments: Any, direct: Any) -> None:
    via_mcp, via_sdk = Recorder(), Recorder()
    args = json.loads(arguments) if isinstance(arguments, str) else arguments
    result = run(via_mcp, lambda c: c.call_tool(name, args))
    expected = direct(
        OpenRouter(
            api_key="sk-or-test",
            base_url=BASE_URL,
            http_client=httpx.Client(transport=httpx.MockTransport(via_sdk)),
        )
    )
    assert not result.is_error, result
    assert via_mcp.seen == via_sdk.seen and len(via_mcp.seen) == 1
    structured = result.structured_content
    assert json.loads(result.content[0].text) == (
        structured if "result" not in structured else structured["result"]
    )
    del expected


def sample(schema: dict[str, Any]) -> Any:
    """The smallest value `schema` accepts: required properties only, one item per array."""
    if "enum" in schema:
        return schema["enum"][0]
    if "anyOf" in schema:
        return sample(schema["anyOf"][0])
    kind = schema.get("type")
    kind = next(k for k in kind if k != "null") if isinstance(kind, list) else kind
    if kind == "object":
        return {key: sample(schema["properties"][key]) for key in schema.get("required", [])}
    if kind == "array":
        return [sample(schema.get("items", {}))]
    return {"string": "x", "integer": 1, "number": 1.5, "boolean": True}.get(kind or "", "x")


def test_every_curated_tool_sends_what_dispatch_sends() -> None:
    for name in CURATED:
        args = sample(TOOLS[name]["input_schema"])
        Draft202012Validator(TOOLS[name]["input_schema"]).validate(args)
        via_mcp, via_sdk = Examples(), Examples()  # each answered with the document's example
        result = run(via_mcp, lambda c, name=name, args=args: c.call_tool(name, args))
        dispatch(
            OpenRouter(
                api_key="sk-or-test",
                base_url=BASE_URL,
                http_client=httpx.Client(transport=httpx.MockTransport(via_sdk)),
            ),
            name,
            args,
        )
        assert not result.is_error, (name, result.content)
        assert via_mcp.seen == via_sdk.seen and len(via_mcp.seen) == 1, name


def test_api_errors_are_tool_results_with_is_error() -> None:
    api = Recorder()
    result = run(api, lambda c: c.call_tool("endpoints_list", {"author": "openai", "slug": "nope"}))
    assert result.is_error
    assert result.structured_content["status"] == 404 and result.structured_content["retryable"] is False
    bad = run(api, lambda c: c.call_tool("chat_send", {"messages": [], "stream": True}))
    assert bad.is_error and "unknown argument 'stream'" in bad.structured_content["error"]
    unknown = run(api, lambda c: c.call_tool("guardrails_delete", {"id": "g"}))  # listed in `all` mode only
    assert unknown.is_error and len(api.seen) == 1


def test_upstream_requests_carry_the_sdks_key_only() -> None:
    api = Recorder()
    seen: list[httpx.Headers] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers)
        return api(request)

    http = httpx.AsyncClient(transport=httpx.MockTransport(record))
    sdk = AsyncOpenRouter(api_key="sk-or-test", base_url=BASE_URL, http_client=http)

    async def go() -> None:
        async with Client(build_server(sdk)) as client:  # type: ignore[arg-type]
            await client.call_tool("models_count", {})

    anyio.run(go)
    assert [h["authorization"] for h in seen] == ["Bearer sk-or-test"]
    assert not any(key.lower().startswith("mcp-") for h in seen for key in h)


def test_over_stdio_the_key_and_base_url_come_from_the_environment() -> None:
    """`python -m openrouter_sdk.mcp` as an MCP client starts it: a subprocess on stdio,
    calling a real HTTP server on 127.0.0.1 with the key from the environment."""
    from mcp import StdioServerParameters

    with ScriptedServer() as upstream:
        upstream.reply(
            "/api/v1/models/count",
            body=b'{"data": {"count": 7}}',
            headers={"Content-Type": "application/json"},
        )
        env = {
            "PATH": os.environ.get("PATH", ""),
            "PYTHONPATH": str(ROOT / "generated"),
            "OPENROUTER_API_KEY": "sk-or-stdio",
            "OPENROUTER_BASE_URL": upstream.url("/api/v1"),
        }
        params = StdioServerParameters(command=sys.executable, args=["-m", "openrouter_sdk.mcp"], env=env)

        async def go() -> tuple[Any, Any]:
            with anyio.fail_after(60):
                async with Client(params) as client:
                    return await client.list_tools(), await client.call_tool("models_count", {})

        listed, result = anyio.run(go)
    assert [t.name for t in listed.tools] == list(CURATED)
    assert not result.is_error and result.structured_content == {"data": {"count": 7}}
    [request] = upstream.requests
    assert request.headers["authorization"] == "Bearer sk-or-stdio"


def test_over_stdio_the_dynamic_mode_lists_its_three_tools() -> None:
    from mcp import StdioServerParameters

    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(ROOT / "generated"),
        "OPENROUTER_API_KEY": "k",
    }
    params = StdioServerParameters(
        command=sys.executable, args=["-m", "openrouter_sdk.mcp", "--mode", "dynamic"], env=env
    )

    async def go() -> Any:
        with anyio.fail_after(60):
            async with Client(params) as client:
                return await client.list_tools(), await client.call_tool(
                    "search_operations", {"query": "credits"}
                )

    listed, found = anyio.run(go)
    assert [t.name for t in listed.tools] == ["search_operations", "describe_operation", "invoke_operation"]
    assert found.structured_content["operations"][0]["name"] == "credits_get_credits"


def test_skill_md_is_a_resource() -> None:
    async def read(client: Client) -> tuple[Any, Any]:
        listed = await client.list_resources()
        return listed, await client.read_resource(listed.resources[0].uri)

    listed, read_back = run(Recorder(), read)
    assert [r.name for r in listed.resources] == ["SKILL.md"]
    assert read_back.contents[0].text == (ROOT / "generated" / "SKILL.md").read_text(encoding="utf-8")


def test_a_stream_reports_its_text_as_progress_and_returns_it_whole() -> None:
    api = Recorder()
    seen: list[tuple[float, str | None]] = []

    async def on_progress(progress: float, total: float | None, message: str | None) -> None:
        seen.append((progress, message))

    async def body(client: Client) -> Any:
        args = {"model": "openai/gpt-4o", "messages": [{"role": "user", "content": "Count"}]}
        return await client.call_tool("chat_send", args, progress_callback=on_progress)

    result = run(api, body, connect="legacy")
    assert not result.is_error, result.content
    assert seen == [(1, "One"), (2, "One, two"), (3, "One, two, three.")]
    assert result.structured_content["content"] == "One, two, three."
    assert result.structured_content["finish_reason"] == "stop"
    assert result.structured_content["usage"]["total_tokens"] == 9
    [(_, _, _, sent)] = api.seen
    assert json.loads(sent)["stream"] is True
    plain = run(
        Recorder(),
        lambda c: c.call_tool("chat_send", {"model": "m", "messages": [{"role": "user", "content": "Hi"}]}),
    )
    assert (
        plain.structured_content["choices"][0]["message"]["content"] == "Paris"
    )  # no progress asked: no stream


class HTTPServer:
    """The server's streamable HTTP app under uvicorn on 127.0.0.1, in a thread."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            assert time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.02)
        return f"http://127.0.0.1:{self.port}/mcp"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(20)


def over_http(
    app: Any, headers: dict[str, str], name: str, args: dict[str, Any], progress: Any = None
) -> Any:
    import httpx2
    from mcp.client.streamable_http import streamable_http_client

    with HTTPServer(app) as url:

        async def go() -> Any:
            with anyio.fail_after(30):
                async with httpx2.AsyncClient(headers=headers) as http:
                    async with Client(streamable_http_client(url, http_client=http)) as client:
                        return await client.call_tool(name, args, progress_callback=progress)

        return anyio.run(go)


def test_over_http_a_stream_reports_progress() -> None:
    seen: list[str | None] = []

    async def on_progress(progress: float, total: float | None, message: str | None) -> None:
        seen.append(message)

    args = {"model": "openai/gpt-4o", "messages": [{"role": "user", "content": "Count"}]}
    result = over_http(http_app(aclient(Recorder())), {}, "chat_send", args, on_progress)
    assert not result.is_error, result.content
    assert seen == ["One", "One, two", "One, two, three."]
    assert result.structured_content["content"] == "One, two, three."


def test_over_http_the_mcp_clients_credentials_never_go_upstream() -> None:
    api = Recorder()
    headers: list[httpx.Headers] = []

    def record(request: httpx.Request) -> httpx.Response:
        headers.append(request.headers)
        return api(request)

    sdk = AsyncOpenRouter(
        api_key="sk-or-test",
        base_url=BASE_URL,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(record)),
    )
    sent = {"Authorization": "Bearer mcp-transport-token", "X-Client-Secret": "mcp-secret"}
    result = over_http(http_app(sdk), sent, "models_count", {})
    assert not result.is_error and result.structured_content == {"data": {"count": 2}}
    [(method, url, _, _)] = api.seen
    assert (method, url) == ("GET", f"{BASE_URL}/models/count")
    [upstream] = headers
    assert upstream["authorization"] == "Bearer sk-or-test"
    assert "x-client-secret" not in upstream
    assert not any("mcp-" in value for value in upstream.values())


def test_over_http_a_per_request_key_only_when_enabled() -> None:
    seen: list[str] = []
    api = Recorder()

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return api(request)

    sdk = AsyncOpenRouter(
        api_key="sk-or-server",
        base_url=BASE_URL,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(record)),
    )
    result = over_http(
        http_app(sdk, per_request_key=True), {"Authorization": "Bearer sk-or-user"}, "models_count", {}
    )
    assert not result.is_error
    refused = over_http(http_app(sdk, per_request_key=True), {}, "models_count", {})
    assert refused.is_error and "per request" in refused.structured_content["error"]
    plain = over_http(http_app(sdk), {"Authorization": "Bearer sk-or-user"}, "models_count", {})
    assert not plain.is_error
    assert seen == ["Bearer sk-or-user", "Bearer sk-or-server"]
