"""The MCP server's `dynamic` mode, driven by the `mcp` SDK's client: three tools (search,
describe, invoke) over every operation; invoke sends exactly what the SDK sends for the
same call, streams with progress, and its failures are `isError` results."""

from __future__ import annotations

import json
import sys
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator
from mcp import Client

from tests.conftest import ROOT
from tests.mcp_fake import Examples
from tests.test_mcp import run
from tests.test_tools import BASE_URL, Recorder

sys.path.insert(0, str(ROOT / "generated"))

from openrouter_sdk import OpenRouter  # noqa: E402
from openrouter_sdk.mcp import list_tools  # noqa: E402
from openrouter_sdk.tools import TOOLS  # noqa: E402

pytestmark = pytest.mark.sdk
SEARCH, DESCRIBE, INVOKE = "search_operations", "describe_operation", "invoke_operation"


def dynamic(api: Any, name: str, arguments: dict[str, Any]) -> Any:
    return run(api, lambda c: c.call_tool(name, arguments), mode="dynamic")


def test_three_tools_with_hints_and_schemas() -> None:
    tools = run(Recorder(), lambda c: c.list_tools(), mode="dynamic").tools
    assert [t.name for t in tools] == [SEARCH, DESCRIBE, INVOKE]
    for tool in tools:
        Draft202012Validator.check_schema(tool.input_schema)
        Draft202012Validator.check_schema(tool.output_schema)
    hints = {t.name: (t.annotations.read_only_hint, t.annotations.destructive_hint) for t in tools}
    assert hints == {SEARCH: (True, False), DESCRIBE: (True, False), INVOKE: (False, True)}
    assert len(json.dumps([t.model_dump(mode="json", exclude_none=True) for t in tools])) / 4 < 1_000


def test_search_finds_operations_by_their_words() -> None:
    found = dynamic(Recorder(), SEARCH, {"query": "credits"}).structured_content
    assert found["operations"][0]["name"] == "credits_get_credits"
    names = [
        op["name"]
        for op in dynamic(Recorder(), SEARCH, {"query": "delete API key"}).structured_content["operations"]
    ]
    assert names[0] == "api_keys_delete" and TOOLS[names[0]]["annotations"]["destructiveHint"]
    everything = dynamic(Recorder(), SEARCH, {"query": "", "limit": 100}).structured_content
    assert everything["total"] == len(TOOLS) == len(everything["operations"])
    assert dynamic(Recorder(), SEARCH, {"query": "zebra"}).structured_content == {
        "operations": [],
        "total": 0,
    }


def test_describe_gives_what_all_mode_lists() -> None:
    described = dynamic(Recorder(), DESCRIBE, {"name": "endpoints_list"}).structured_content
    [listed] = [t for t in list_tools("all") if t["name"] == "endpoints_list"]
    assert described == listed
    assert sorted(described["inputSchema"]["required"]) == ["author", "slug"]


def test_invoke_sends_what_the_sdk_sends_and_fits_the_output_schema() -> None:
    via_mcp, via_sdk = Examples(), Examples()
    args = {"author": "openai", "slug": "gpt-4o"}
    result = dynamic(via_mcp, INVOKE, {"name": "endpoints_list", "arguments": args})
    assert not result.is_error, result.content
    direct = OpenRouter(
        api_key="k", base_url=BASE_URL, http_client=httpx.Client(transport=httpx.MockTransport(via_sdk))
    )
    direct.endpoints.list(author="openai", slug="gpt-4o")
    assert via_mcp.seen == via_sdk.seen and len(via_sdk.seen) == 1
    Draft202012Validator(TOOLS["endpoints_list"]["output_schema"]).validate(result.structured_content)


def test_invoke_failures_are_is_error_results() -> None:
    api = Recorder()
    missing = dynamic(api, INVOKE, {"name": "nope"})
    assert missing.is_error and "search_operations" in missing.structured_content["error"]
    bad = dynamic(api, INVOKE, {"name": "models_count", "arguments": {"stream": True}})
    assert bad.is_error and "unknown argument 'stream'" in bad.structured_content["error"]
    nulls = dynamic(api, INVOKE, {"name": "models_count", "arguments": None})  # null: no arguments
    assert not nulls.is_error and nulls.structured_content == {"data": {"count": 2}}
    wrong = dynamic(api, SEARCH, {"query": 3})
    assert wrong.is_error and "'query' must be a string" in wrong.structured_content["error"]
    status = dynamic(api, INVOKE, {"name": "endpoints_list", "arguments": {"author": "a", "slug": "b"}})
    assert status.is_error and status.structured_content["status"] == 404
    not_listed = dynamic(api, "models_count", {})  # the operations' own tools are not listed here
    assert not_listed.is_error and "no such tool" in not_listed.structured_content["error"]
    assert len(api.seen) == 2  # only the models_count and the 404 calls reached the API


def test_invoke_streams_with_progress() -> None:
    seen: list[str | None] = []

    async def on_progress(progress: float, total: float | None, message: str | None) -> None:
        seen.append(message)

    async def body(client: Client) -> Any:
        args = {"model": "openai/gpt-4o", "messages": [{"role": "user", "content": "Count"}]}
        return await client.call_tool(
            INVOKE, {"name": "chat_send", "arguments": args}, progress_callback=on_progress
        )

    api = Recorder()
    result = run(api, body, mode="dynamic", connect="legacy")
    assert not result.is_error, result.content
    assert seen == ["One", "One, two", "One, two, three."]
    assert result.structured_content["content"] == "One, two, three."
    assert json.loads(api.seen[0][3])["stream"] is True
