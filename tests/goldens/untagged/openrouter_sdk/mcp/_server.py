"""The MCP server itself, on the `mcp` SDK's low-level server: tools/list from the generated
data (`list_tools`), tool calls through the SDK's async client, SKILL.md as a resource,
stdio and streamable HTTP (starlette and uvicorn imported only for HTTP)."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

try:
    from mcp import types
    from mcp.server.context import ServerRequestContext
    from mcp.server.lowlevel import Server
except ImportError as exc:  # pragma: no cover - without the extra
    raise ImportError(
        "openrouter_sdk.mcp needs the mcp extra: pip install 'openrouter-sdk[mcp]'"
    ) from exc

from .._client import AsyncOpenRouter
from .._errors import APIConnectionError, APIStatusError, OpenRouterError
from .._retries import RETRY_STATUSES
from .._skill import SKILL
from ..tools import TOOLS, ToolCallError, adispatch, bind, result_json
from . import Mode, list_tools, listed, wire
from ._dynamic import DESCRIBE, SEARCH, arguments_error, search

__all__ = ["build_server", "call", "http_app", "serve_http", "serve_stdio"]

SERVER_NAME = "openrouter-sdk"
SKILL_URI = "openrouter://SKILL.md"  # the agent skill document, as a resource


def _ok(value: dict[str, Any]) -> types.CallToolResult:
    return types.CallToolResult(
        content=[types.TextContent(text=json.dumps(value, ensure_ascii=False))],
        structured_content=value,
    )


def _error(message: str, **details: Any) -> types.CallToolResult:
    payload = {"error": message, **details}
    return types.CallToolResult(
        content=[types.TextContent(text=json.dumps(payload, ensure_ascii=False))],
        structured_content=payload,
        is_error=True,
    )


Progress = Callable[[float, str], Awaitable[None]]


def _delta_text(chunk: Any) -> str:
    """The text a stream's chunk adds: a chat delta, a Responses text delta, or an
    Anthropic content block delta; "" for any other event."""
    choices = getattr(chunk, "choices", None)
    if choices:
        return getattr(getattr(choices[0], "delta", None), "content", None) or ""
    kind = getattr(chunk, "type", None)
    if kind == "response.output_text.delta":
        return getattr(chunk, "delta", None) or ""
    if kind == "content_block_delta":
        return getattr(getattr(chunk, "delta", None), "text", None) or ""
    return ""


async def _streamed(
    client: AsyncOpenRouter, name: str, arguments: dict[str, Any] | None, progress: Progress
) -> dict[str, Any]:
    """Runs a streaming operation as a stream: each piece of text is reported as progress
    (the text so far), and the result is the whole text with the last usage seen."""
    method, kwargs = bind(client, name, arguments or {})
    kwargs[TOOLS[name]["stream"]] = True
    parts: list[str] = []
    last: dict[str, Any] = {}
    async with await method(**kwargs) as stream:
        async for chunk in stream:
            piece = _delta_text(chunk)
            if piece:
                parts.append(piece)
                await progress(len(parts), "".join(parts))
            value = json.loads(result_json(chunk))
            if isinstance(value, dict):
                last.update({k: v for k, v in value.items() if k in ("id", "model", "usage")})
                for choice in value.get("choices") or []:
                    if choice.get("finish_reason"):
                        last["finish_reason"] = choice["finish_reason"]
    return {**last, "content": "".join(parts)}


async def call(
    client: AsyncOpenRouter,
    name: str,
    arguments: dict[str, Any] | None,
    mode: Mode = "curated",
    progress: Progress | None = None,
) -> types.CallToolResult:
    """Runs one tool call through `client`: its result as JSON text and structured content,
    or a result with `is_error` saying what failed. With `progress`, an operation that can
    stream streams, and reports its text as it comes."""
    if name not in listed(mode):
        return _error(f"no such tool: {name}")
    if mode == "dynamic":
        return await _dynamic(client, name, arguments or {}, progress)
    try:
        if progress is not None and TOOLS[name]["stream"]:
            result: Any = await _streamed(client, name, arguments, progress)
        else:
            result = await adispatch(client, name, arguments or {})
    except ToolCallError as exc:
        return _error(str(exc), retryable=False)
    except APIStatusError as exc:
        return _error(str(exc), status=exc.status_code, retryable=exc.status_code in RETRY_STATUSES)
    except APIConnectionError as exc:
        return _error(str(exc), retryable=True)
    except OpenRouterError as exc:  # a body the SDK cannot read, a missing key, ...
        return _error(str(exc), retryable=False)
    text = result_json(result)
    value = json.loads(text)
    structured = value if isinstance(value, dict) else {"result": value}
    misfit = _misfit(name, structured)
    if misfit is not None:  # a client that checks outputSchema would refuse the result
        message = f"the API's answer does not fit the tool's output schema: {misfit}"
        return _error(message, retryable=False, result=value)
    return types.CallToolResult(
        content=[types.TextContent(text=text)], structured_content=structured
    )


_VALIDATORS: dict[str, Any] = {}


def _misfit(name: str, value: dict[str, Any]) -> str | None:
    """Why `value` does not validate against tool `name`'s output schema, or None. The SDK
    parses leniently, so an answer off the document's shape can reach this point."""
    validator = _VALIDATORS.get(name)
    if validator is None:
        from jsonschema import Draft202012Validator

        validator = _VALIDATORS[name] = Draft202012Validator(TOOLS[name]["output_schema"])
    error = next(iter(validator.iter_errors(value)), None)
    if error is None:
        return None
    return f"{error.message} at {'/'.join(map(str, error.absolute_path)) or 'the top'}"


async def _dynamic(
    client: AsyncOpenRouter, name: str, arguments: dict[str, Any], progress: Progress | None
) -> types.CallToolResult:
    """The dynamic mode's tools; `invoke_operation` runs as the operation's own tool does."""
    problem = arguments_error(name, arguments)
    if problem is not None:
        return _error(problem, retryable=False)
    if name == SEARCH:
        return _ok(search(arguments["query"], arguments.get("limit") or 10))
    if arguments["name"] not in TOOLS:
        return _error(
            f"no such operation: {arguments['name']} (search_operations finds them)",
            retryable=False,
        )
    if name == DESCRIBE:
        return _ok(wire(TOOLS[arguments["name"]]))
    return await call(
        client, arguments["name"], arguments.get("arguments"), "all", progress
    )  # invoke


def _bearer(ctx: ServerRequestContext[Any]) -> str | None:
    """The bearer key of the HTTP request that carried this MCP request, if any."""
    headers = getattr(ctx.request, "headers", None)
    value = headers.get("authorization", "") if headers is not None else ""
    scheme, _, key = value.partition(" ")
    if scheme.lower() != "bearer":
        return None
    return key.strip() or None


def build_server(
    client: AsyncOpenRouter | None = None, *, mode: Mode = "curated", per_request_key: bool = False
) -> Server[Any]:
    """The server, its tools calling through `client` (default: one from the environment).
    With `per_request_key` (HTTP only), each call uses the bearer key of its own HTTP
    request instead of the client's; otherwise the MCP side's headers are never read, so
    no credential of the MCP transport goes upstream."""
    sdk = client if client is not None else AsyncOpenRouter()
    tools = types.ListToolsResult.model_validate({"tools": list_tools(mode)})

    async def on_list_tools(
        ctx: ServerRequestContext[Any], params: types.PaginatedRequestParams | None
    ) -> types.ListToolsResult:
        return tools

    async def on_call_tool(
        ctx: ServerRequestContext[Any], params: types.CallToolRequestParams
    ) -> types.CallToolResult:
        async def progress(done: float, text: str) -> None:
            await ctx.session.report_progress(done, None, text)

        wanted = bool(ctx.meta and ctx.meta.get("progress_token") is not None)
        target = sdk
        if per_request_key:
            key = _bearer(ctx)
            if key is None:
                return _error(
                    "this server takes the API key per request: send Authorization: Bearer <key>"
                )
            target = AsyncOpenRouter(api_key=key, base_url=sdk.base_url, http_client=sdk._client)
        return await call(target, params.name, params.arguments, mode, progress if wanted else None)

    async def on_list_resources(
        ctx: ServerRequestContext[Any], params: types.PaginatedRequestParams | None
    ) -> types.ListResourcesResult:
        skill = types.Resource(
            uri=SKILL_URI,
            name="SKILL.md",
            description="How to use the Untagged Fixture API: auth, endpoints by resource, common questions",
            mime_type="text/markdown",
        )
        return types.ListResourcesResult(resources=[skill])

    async def on_read_resource(
        ctx: ServerRequestContext[Any], params: types.ReadResourceRequestParams
    ) -> types.ReadResourceResult:
        if params.uri != SKILL_URI:
            raise ValueError(f"no such resource: {params.uri}")
        return types.ReadResourceResult(
            contents=[
                types.TextResourceContents(uri=SKILL_URI, mime_type="text/markdown", text=SKILL)
            ]
        )

    return Server(
        SERVER_NAME,
        on_list_tools=on_list_tools,
        on_call_tool=on_call_tool,
        on_list_resources=on_list_resources,
        on_read_resource=on_read_resource,
    )


async def serve_stdio(mode: Mode = "curated") -> None:
    """Serves over stdin and stdout until the client closes them."""
    from mcp.server.stdio import stdio_server

    async with AsyncOpenRouter() as client:
        server = build_server(client, mode=mode)
        async with stdio_server() as (read_stream, write_stream):
            await server.run(read_stream, write_stream, server.create_initialization_options())


def http_app(
    client: AsyncOpenRouter | None = None,
    *,
    mode: Mode = "curated",
    per_request_key: bool = False,
    host: str = "127.0.0.1",
) -> Any:
    """The server as a Starlette app speaking streamable HTTP at `/mcp`."""
    server = build_server(client, mode=mode, per_request_key=per_request_key)
    return server.streamable_http_app(host=host)


async def serve_http(
    host: str = "127.0.0.1", port: int = 8000, mode: Mode = "curated", per_request_key: bool = False
) -> None:
    """Serves streamable HTTP on `host`:`port` (uvicorn) until stopped."""
    import uvicorn

    async with AsyncOpenRouter() as client:
        app = http_app(client, mode=mode, per_request_key=per_request_key, host=host)
        await uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning")).serve()
