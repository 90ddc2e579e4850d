"""An MCP server for the Pagination Fixture API, on the `mcp` SDK's low-level server (extra
`mcp`: `pip install 'openrouter-sdk[mcp]'`; run `openrouter-mcp` or
`python -m openrouter_sdk.mcp`). Its tools are `openrouter_sdk.tools`' (the curated
ones by default, `--mode all` for one per operation), with their schemas and hints as
generated; every call goes through the SDK's async client (retries, typed errors, lenient
parsing). An API failure is a tool result with `isError` (status, message, whether a
retry may help), never a protocol error. Over stdio the key and base URL come from
`$OPENROUTER_API_KEY` and `$OPENROUTER_BASE_URL`.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Literal

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
from ..tools import CURATED, TOOLS, ToolCallError, adispatch, bind, result_json

__all__ = ["Mode", "build_server", "http_app", "list_tools", "main", "serve_http", "serve_stdio"]

Mode = Literal["curated", "all"]
SERVER_NAME = "openrouter-sdk"
SKILL_URI = "openrouter://SKILL.md"  # the agent skill document, as a resource


def list_tools(mode: Mode = "curated") -> list[types.Tool]:
    """The tools the server lists: their names, descriptions, input schemas and hints."""
    names = CURATED if mode == "curated" else tuple(TOOLS)
    return [
        types.Tool(
            name=name,
            description=TOOLS[name]["description"],
            input_schema=TOOLS[name]["input_schema"],
            annotations=types.ToolAnnotations(
                read_only_hint=TOOLS[name]["annotations"]["readOnlyHint"],
                destructive_hint=TOOLS[name]["annotations"]["destructiveHint"],
                idempotent_hint=TOOLS[name]["annotations"]["idempotentHint"],
                open_world_hint=TOOLS[name]["annotations"]["openWorldHint"],
            ),
        )
        for name in names
    ]


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
    if name not in (CURATED if mode == "curated" else TOOLS):
        return _error(f"no such tool: {name}")
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
    return types.CallToolResult(
        content=[types.TextContent(text=text)],
        structured_content=value if isinstance(value, dict) else {"result": value},
    )


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
    tools = list_tools(mode)

    async def on_list_tools(
        ctx: ServerRequestContext[Any], params: types.PaginatedRequestParams | None
    ) -> types.ListToolsResult:
        return types.ListToolsResult(tools=tools)

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
            description="How to use the Pagination Fixture API: auth, endpoints by resource, common questions",
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="openrouter-mcp",
        description="An MCP server for the Pagination Fixture API (stdio or streamable HTTP).",
    )
    parser.add_argument(
        "--mode",
        choices=("curated", "all"),
        default="curated",
        help="the curated tools (default) or one per operation",
    )
    parser.add_argument("--transport", choices=("stdio", "http"), default="stdio")
    parser.add_argument("--host", default="127.0.0.1", help="HTTP only")
    parser.add_argument("--port", type=int, default=8000, help="HTTP only")
    parser.add_argument(
        "--per-request-key",
        action="store_true",
        help="HTTP only: each request's bearer key is the API key",
    )
    args = parser.parse_args(argv)
    import anyio

    if args.transport == "http":
        anyio.run(serve_http, args.host, args.port, args.mode, args.per_request_key)
    else:
        anyio.run(serve_stdio, args.mode)
    return 0
