"""The agent tools' figures (not a test): the curated and full tools/list sizes (characters
/ 4 as tokens), start-up (import + list_tools, the server
with an in-process client, and a stdio subprocess to its tools/list answer; each in a fresh
interpreter, median of 5) and the
per-call overhead of the MCP server's call path over the same SDK call, in process (median
of 500, a MockTransport answering). With `--fastmcp-python`, FastMCP's `from_openapi` on the
same document beside them (fastmcp installed in that interpreter only).

    .venv/bin/python bench/mcp_tools.py [--fastmcp-python bench/.venv-fastmcp/bin/python]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"

STARTUP = """
import time
t = time.perf_counter()
from openrouter_sdk.mcp import list_tools
tools = list_tools()
print((time.perf_counter() - t) * 1000)
"""

SERVER = """
import time
t = time.perf_counter()
import anyio
from mcp import Client
from openrouter_sdk import AsyncOpenRouter
from openrouter_sdk.mcp import build_server

async def go():
    async with Client(build_server(AsyncOpenRouter(api_key="k"))) as client:
        return (await client.list_tools()).tools

tools = anyio.run(go)
print((time.perf_counter() - t) * 1000)
"""

STDIO = """
import os, sys, time
import anyio
from mcp import Client, StdioServerParameters

args = ["-m", "openrouter_sdk.mcp"]
params = StdioServerParameters(command=sys.executable, args=args, env=dict(os.environ))
async def go():
    t = time.perf_counter()  # the client's own imports are not counted, nor closing the subprocess
    async with Client(params) as client:
        await client.list_tools()
        print((time.perf_counter() - t) * 1000)
anyio.run(go)
"""

FASTMCP = """
import asyncio, json, sys, time
t = time.perf_counter()
import httpx2 as httpx
from fastmcp import FastMCP
doc = json.load(open(sys.argv[1]))
server = FastMCP.from_openapi(openapi_spec=doc, client=httpx.AsyncClient(base_url="https://openrouter.ai/api/v1"))
tools = asyncio.run(server.list_tools())
ms = (time.perf_counter() - t) * 1000
wire = [x.to_mcp_tool().model_dump(mode="json", by_alias=True, exclude_none=True) for x in tools]
hinted = sum(1 for w in wire if (w.get("annotations") or {}).get("readOnlyHint"))
print(json.dumps({"ms": ms, "tools": len(wire), "chars": len(json.dumps(wire)), "read_only": hinted}))
"""


def sizes() -> dict[str, int]:
    sys.path.insert(0, str(GENERATED))
    from openrouter_sdk.mcp import list_tools

    out = {}
    for mode in ("curated", "all", "dynamic"):
        tools = list_tools(mode)  # type: ignore[arg-type]  # tools/list's JSON, output schemas included
        out[mode] = len(json.dumps(tools))
        out[f"{mode}_output"] = len(json.dumps([t["outputSchema"] for t in tools]))
        out[f"{mode}_count"] = len(tools)
    chat = next(t for t in list_tools() if t["name"] == "chat_send")
    out["chat"] = len(json.dumps(chat))
    return out


def startup(python: str, script: str, *args: str) -> list[str]:
    env = {"PYTHONPATH": str(GENERATED), "PATH": "/usr/bin:/bin"}
    return [
        subprocess.run(
            [python, "-c", script, *args], capture_output=True, text=True, env=env, check=True
        ).stdout
        for _ in range(5)
    ]


def overhead() -> tuple[float, float]:
    import asyncio
    import time

    import httpx
    from openrouter_sdk import AsyncOpenRouter
    from openrouter_sdk.mcp import call

    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"data": {"count": 2}})

    http = httpx.AsyncClient(transport=httpx.MockTransport(reply))
    client = AsyncOpenRouter(api_key="k", base_url="https://x.test/api/v1", http_client=http)

    async def run() -> tuple[float, float]:
        direct, via = [], []
        for _ in range(500):
            t = time.perf_counter()
            await client.models.count()
            direct.append(time.perf_counter() - t)
            t = time.perf_counter()
            await call(client, "models_count", {})
            via.append(time.perf_counter() - t)
        return statistics.median(direct) * 1e3, statistics.median(via) * 1e3

    return asyncio.run(run())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fastmcp-python")
    args = parser.parse_args()
    size = sizes()
    ours = statistics.median(float(x) for x in startup(sys.executable, STARTUP))
    server = statistics.median(float(x) for x in startup(sys.executable, SERVER))
    stdio = statistics.median(float(x) for x in startup(sys.executable, STDIO))
    direct, via = overhead()
    print(
        f"tools/list, curated: {size['curated_count']} tools, "
        f"{size['curated']:,} chars = {size['curated'] / 4:,.0f} tokens"
    )
    for mode in ("all", "dynamic"):
        print(
            f"tools/list, {mode}: {size[f'{mode}_count']} tools, {size[mode]:,} chars = "
            f"{size[mode] / 4:,.0f} tokens"
        )
    print(
        f"of which output schemas: curated {size['curated_output'] / 4:,.0f} tokens, "
        f"all {size['all_output'] / 4:,.0f} tokens"
    )
    print(f"chat tool: {size['chat']:,} chars = {size['chat'] / 4:,.0f} tokens")
    print(f"start-up (import openrouter_sdk.mcp + list_tools): {ours:.0f} ms median")
    print(
        f"server start-up (import the server + build_server + tools/list through an in-process mcp client): "
        f"{server:.0f} ms median"
    )
    print(
        "stdio (the mcp client spawns python -m openrouter_sdk.mcp, initialize, tools/list): "
        f"{stdio:.0f} ms median"
    )
    print(
        f"per call: SDK {direct:.3f} ms, through the server's call path {via:.3f} ms, "
        f"overhead {via - direct:.3f} ms"
    )
    if args.fastmcp_python:
        runs = [
            json.loads(x) for x in startup(args.fastmcp_python, FASTMCP, str(ROOT / "specs" / "openapi.json"))
        ]
        ms = statistics.median(r["ms"] for r in runs)
        print(
            f"FastMCP from_openapi: {runs[0]['tools']} tools, {runs[0]['chars']:,} chars = "
            f"{runs[0]['chars'] / 4:,.0f} tokens, {runs[0]['read_only']} marked read-only; "
            f"start-up (import + from_openapi + list_tools) {ms:.0f} ms median"
        )


if __name__ == "__main__":
    main()
