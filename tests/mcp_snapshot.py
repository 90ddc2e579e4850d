"""The committed tools/list snapshot (tests/tools_list.json): per mode, each tool's name,
hints and the hashes of its input and output schemas, as the `mcp` client receives them.
`tests/test_mcp_snapshot.py` compares; only `python -m tests.update_tools_list` writes it."""

from __future__ import annotations

import hashlib
import json
import sys
from typing import Any

import anyio
import httpx

from tests.conftest import ROOT

SNAPSHOT = ROOT / "tests" / "tools_list.json"
MODES = ("curated", "all", "dynamic")
HINTS = ("readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint")


def digest(schema: Any) -> str:
    return hashlib.sha256(json.dumps(schema, sort_keys=True).encode()).hexdigest()[:16]


def current() -> dict[str, Any]:
    """The snapshot of what the generated server lists now, through the mcp client."""
    sys.path.insert(0, str(ROOT / "generated"))
    from mcp import Client
    from openrouter_sdk import AsyncOpenRouter
    from openrouter_sdk.mcp import build_server

    def offline(request: httpx.Request) -> httpx.Response:
        return httpx.Response(500)  # tools/list sends nothing upstream

    async def listed(mode: str) -> list[dict[str, Any]]:
        sdk = AsyncOpenRouter(
            api_key="k", http_client=httpx.AsyncClient(transport=httpx.MockTransport(offline))
        )
        async with Client(build_server(sdk, mode=mode)) as client:  # type: ignore[arg-type]
            tools = (await client.list_tools()).tools
        wire = [t.model_dump(mode="json", by_alias=True, exclude_none=True) for t in tools]
        return [
            {
                "name": t["name"],
                "hints": {h: t["annotations"][h] for h in HINTS},
                "input": digest(t["inputSchema"]),
                "output": digest(t.get("outputSchema")),
                "tokens": round(len(json.dumps(t)) / 4),
            }
            for t in wire
        ]

    return {mode: anyio.run(listed, mode) for mode in MODES}


def update() -> None:
    modes = current()
    lines = ",\n".join(
        f"  {json.dumps(mode)}: [\n" + ",\n".join(f"    {json.dumps(tool)}" for tool in tools) + "\n  ]"
        for mode, tools in modes.items()
    )
    SNAPSHOT.write_text("{\n" + lines + "\n}\n", encoding="utf-8")  # one line per tool: a readable diff
    print(f"wrote {SNAPSHOT.relative_to(ROOT)}")
