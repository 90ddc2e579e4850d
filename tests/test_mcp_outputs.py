"""Output schemas of the MCP server's tools: each is JSON Schema 2020-12 with no `$ref`, an
object at the top, and each curated tool's structured content, answered by the fake API
with the document's own examples, validates against it (the `mcp` client checks it too);
an answer off the schema is an `isError` result that still carries the data."""

from __future__ import annotations

import json
import sys
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from mcp import Client

from tests.conftest import ROOT
from tests.mcp_fake import Examples
from tests.test_mcp import run, sample
from tests.test_tools import nodes

sys.path.insert(0, str(ROOT / "generated"))

from openrouter_sdk.mcp import list_tools  # noqa: E402
from openrouter_sdk.tools import CURATED, TOOLS  # noqa: E402

pytestmark = pytest.mark.sdk


@pytest.mark.parametrize("mode", ["curated", "all", "dynamic"])
def test_every_output_schema_is_a_2020_12_object_with_no_ref(mode: str) -> None:
    for tool in list_tools(mode):  # type: ignore[arg-type]
        schema = tool["outputSchema"]
        Draft202012Validator.check_schema(schema)
        assert schema["type"] == "object" and "$ref" not in json.dumps(schema), tool["name"]
        assert all("required" not in node for node in nodes(schema)), tool["name"]


def test_every_curated_tools_structured_content_fits_its_output_schema() -> None:
    listed = {t.name: t for t in run(Examples(), lambda c: c.list_tools()).tools}
    assert list(listed) == list(CURATED)
    checked = []
    for name in CURATED:
        api = Examples()
        args = sample(TOOLS[name]["input_schema"])
        result = run(api, lambda c, name=name, args=args: c.call_tool(name, args))
        assert not result.is_error, (name, result.content)
        assert len(api.seen) == 1, name
        schema = listed[name].output_schema
        assert schema == TOOLS[name]["output_schema"]
        Draft202012Validator(schema).validate(result.structured_content)
        described = [key for key in schema.get("properties", {}) if key in result.structured_content]
        assert described or schema == {"type": "object"}, name  # the outline names what came back
        checked.append(name)
    assert checked == list(CURATED)


def test_in_all_mode_every_tool_answered_with_the_documents_example_fits() -> None:
    """Every operation the document gives a success example for, called in `all` mode."""
    answered = []
    for name in TOOLS:
        api = Examples()
        args = sample(TOOLS[name]["input_schema"])
        result = run(api, lambda c, name=name, args=args: c.call_tool(name, args), mode="all")
        if result.is_error and result.structured_content.get("status") == 404:
            continue  # no example in the document for this operation
        assert not result.is_error, (name, result.content)
        Draft202012Validator(TOOLS[name]["output_schema"]).validate(result.structured_content)
        answered.append(name)
    assert len(answered) >= len(TOOLS) - 5, sorted(set(TOOLS) - set(answered))


def test_an_off_type_answer_is_left_out_of_the_result_not_presented_as_its_type() -> None:
    # The SDK reads `{"data": []}` (an object is declared) leniently: the field is not sent
    # as its type, so it is left out of the dump and the result still fits its schema.
    api = Examples(override={"/models/openai/gpt-4o/endpoints": {"data": []}})
    result = run(api, lambda c: c.call_tool("endpoints_list", {"author": "openai", "slug": "gpt-4o"}))
    assert not result.is_error, result.content
    assert "data" not in result.structured_content
    Draft202012Validator(TOOLS["endpoints_list"]["output_schema"]).validate(result.structured_content)


def test_a_result_off_the_output_schema_is_named_with_where() -> None:
    # The server's last check before it hands a result back (an error result then).
    from openrouter_sdk.mcp._server import _misfit

    assert _misfit("endpoints_list", {"data": []}) == "[] is not of type 'object' at data"
    assert _misfit("endpoints_list", {"data": {}}) is None


def test_a_streamed_result_fits_the_output_schema() -> None:
    from tests.test_tools import Recorder

    seen: list[Any] = []

    async def body(client: Client) -> Any:
        args = {"model": "openai/gpt-4o", "messages": [{"role": "user", "content": "Count"}]}
        return await client.call_tool("chat_send", args, progress_callback=lambda p, t, m: _append(seen, m))

    result = run(Recorder(), body, connect="legacy")
    assert not result.is_error and seen
    Draft202012Validator(TOOLS["chat_send"]["output_schema"]).validate(result.structured_content)
    assert result.structured_content["content"] == seen[-1]


async def _append(seen: list[Any], message: Any) -> None:
    seen.append(message)


def test_the_output_schemas_count_in_the_curated_budget() -> None:
    """tools/list as a client receives it (output schemas included) within 4,000 tokens."""

    async def listed(client: Client) -> Any:
        return await client.list_tools()

    tools = run(Examples(), listed).tools
    wire = json.dumps([t.model_dump(mode="json", by_alias=True, exclude_none=True) for t in tools])
    assert all(t.output_schema for t in tools)
    assert len(wire) / 4 <= 4_000
