"""An MCP server for the Multipart Fixture API, on the `mcp` SDK's low-level server (extra
`mcp`: `pip install 'openrouter-sdk[mcp]'`; run `openrouter-mcp` or
`python -m openrouter_sdk.mcp`). Its tools are `openrouter_sdk.tools`' (the curated
ones by default, `--mode all` for one per operation, `--mode dynamic` for three that find,
describe and invoke any operation), with their schemas, output schemas and hints as
generated; every call goes through the SDK's async client (retries, typed errors, lenient
parsing). An API failure is a tool result with `isError` (status, message, whether a
retry may help), never a protocol error. Over stdio the key and base URL come from
`$OPENROUTER_API_KEY` and `$OPENROUTER_BASE_URL`.

This module imports nothing of the `mcp` SDK: `list_tools` reads the generated tool data,
and the server (`build_server`, `http_app`, ...) is loaded from `._server` when first named.
"""

from __future__ import annotations

import argparse
import copy
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from ..tools import CURATED, TOOLS
from ._dynamic import DYNAMIC

if TYPE_CHECKING:
    from ._server import build_server, call, http_app, serve_http, serve_stdio

__all__ = [
    "Mode",
    "build_server",
    "call",
    "http_app",
    "list_tools",
    "main",
    "serve_http",
    "serve_stdio",
]

Mode = Literal["curated", "all", "dynamic"]
MODES: tuple[Mode, ...] = ("curated", "all", "dynamic")
_SERVER = ("build_server", "call", "http_app", "serve_http", "serve_stdio")


def listed(mode: Mode) -> dict[str, dict[str, Any]]:
    """The tool data of the tools `mode` lists, by name, in order."""
    if mode == "dynamic":
        return DYNAMIC
    return {name: TOOLS[name] for name in (CURATED if mode == "curated" else TOOLS)}


def wire(tool: dict[str, Any]) -> dict[str, Any]:
    """One tool as tools/list carries it (MCP's JSON names)."""
    return copy.deepcopy(
        {
            "name": tool["name"],
            "description": tool["description"],
            "inputSchema": tool["input_schema"],
            "outputSchema": tool["output_schema"],
            "annotations": tool["annotations"],
        }
    )


def list_tools(mode: Mode = "curated") -> list[dict[str, Any]]:
    """The tools the server lists, as tools/list's JSON: names, descriptions, input and
    output schemas (JSON Schema 2020-12) and hints."""
    return [wire(tool) for tool in listed(mode).values()]


def __getattr__(name: str) -> Any:
    if name in _SERVER:  # the server needs the mcp SDK: loaded when first asked for
        from . import _server

        return getattr(_server, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="openrouter-mcp",
        description="An MCP server for the Multipart Fixture API (stdio or streamable HTTP).",
    )
    parser.add_argument(
        "--mode",
        choices=MODES,
        default="curated",
        help="the curated tools (default), one per operation, or search/describe/invoke over all of them",
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

    from . import _server

    if args.transport == "http":
        anyio.run(_server.serve_http, args.host, args.port, args.mode, args.per_request_key)
    else:
        anyio.run(_server.serve_stdio, args.mode)
    return 0
