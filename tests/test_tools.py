"""The generated agent tools (`openrouter_sdk.tools`): schemas that OpenAI's strict mode,
Anthropic and JSON Schema 2020-12 accept, within their token budgets, and `dispatch`, which
sends exactly the request the SDK sends for the same call."""

from __future__ import annotations

import json
import re
import sys
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator
from pydantic import TypeAdapter

from tests.conftest import ROOT
from tests.fake_openrouter import default_routes

sys.path.insert(0, str(ROOT / "generated"))

from openrouter_sdk import NotFoundError, OpenRouter  # noqa: E402
from openrouter_sdk.models import ChatFunctionTool, ChatFunctionToolObject  # noqa: E402
from openrouter_sdk.tools import (  # noqa: E402
    CURATED,
    TOOLS,
    ToolCallError,
    anthropic_tools,
    dispatch,
    openai_tools,
    result_json,
)

pytestmark = pytest.mark.sdk

BASE_URL = "https://openrouter.test/api/v1"
NAME = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")


def tokens(value: Any) -> float:
    return len(json.dumps(value)) / 4


def nodes(schema: Any) -> list[dict[str, Any]]:
    """Every schema object inside `schema` (itself included)."""
    found = []
    if isinstance(schema, dict):
        found.append(schema)
        for key in ("items", "additionalProperties"):
            found += nodes(schema.get(key))
        for sub in schema.get("properties", {}).values():
            found += nodes(sub)
        for sub in schema.get("anyOf", []):
            found += nodes(sub)
    return found


def mcp_list(names: tuple[str, ...]) -> list[dict[str, Any]]:
    """What MCP's tools/list carries per tool."""
    return [
        {
            "name": n,
            "description": TOOLS[n]["description"],
            "inputSchema": TOOLS[n]["input_schema"],
            "outputSchema": TOOLS[n]["output_schema"],
            "annotations": TOOLS[n]["annotations"],
        }
        for n in names
    ]


@pytest.mark.parametrize("name", sorted(TOOLS))
def test_every_schema_is_2020_12_with_no_ref_and_typed_arrays(name: str) -> None:
    tool = TOOLS[name]
    assert NAME.match(name)
    for schema in (tool["input_schema"], tool["strict_schema"]):
        Draft202012Validator.check_schema(schema)
        assert "$ref" not in json.dumps(schema)
        assert schema["type"] == "object" and "anyOf" not in schema and "oneOf" not in schema
        for node in nodes(schema):
            kinds = node.get("type") if isinstance(node.get("type"), list) else [node.get("type")]
            if "array" in kinds:
                assert "items" in node, node
    assert set(tool["annotations"]) == {"readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint"}


@pytest.mark.parametrize("name", sorted(TOOLS))
def test_strict_schemas_close_every_object_and_require_every_property(name: str) -> None:
    for node in nodes(TOOLS[name]["strict_schema"]):
        if "properties" in node:
            assert node["additionalProperties"] is False
            assert sorted(node["required"]) == sorted(node["properties"])
        assert "type" in node or "anyOf" in node or "enum" in node or "const" in node, node


def test_budgets_of_the_curated_tools() -> None:
    assert 1 <= len(CURATED) <= 15
    assert tokens(mcp_list(CURATED)) <= 4_000
    assert tokens(openai_tools()) <= 4_000
    chat = CURATED.index("chat_send")
    assert tokens(mcp_list(CURATED)[chat]) <= 1_500
    assert tokens(openai_tools()[chat]) <= 1_500
    assert tokens(anthropic_tools()[chat]) <= 1_500


def test_hints_follow_the_http_method() -> None:
    assert TOOLS["models_list"]["annotations"] == {
        "readOnlyHint": True, "destructiveHint": False, "idempotentHint": True, "openWorldHint": True
    }  # fmt: skip
    assert TOOLS["api_keys_delete"]["annotations"]["destructiveHint"] is True
    assert TOOLS["api_keys_delete"]["annotations"]["idempotentHint"] is True
    assert TOOLS["chat_send"]["annotations"]["readOnlyHint"] is False
    assert TOOLS["chat_send"]["annotations"]["idempotentHint"] is False


def test_openai_definitions_are_what_the_sdks_chat_request_accepts() -> None:
    definitions = openai_tools()
    parsed = TypeAdapter(list[ChatFunctionTool]).validate_python(definitions)
    for tool, model in zip(definitions, parsed, strict=True):
        assert isinstance(model, ChatFunctionToolObject)
        assert model.model_extra == {} and model.function.model_extra == {}
        assert model.function.name == tool["function"]["name"] and model.function.strict is True
    assert [t["name"] for t in anthropic_tools()] == list(CURATED)
    assert all(t["input_schema"]["type"] == "object" for t in anthropic_tools(TOOLS))


class Recorder:
    """A fake API that records every request: (method, URL, content type, body bytes)."""

    def __init__(self) -> None:
        self.routes = default_routes()
        self.seen: list[tuple[str, str, str | None, bytes]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        content_type = request.headers.get("content-type")
        self.seen.append((request.method, str(request.url), content_type, request.content))
        reply = self.routes.get((request.method, request.url.path.removeprefix("/api/v1")))
        if reply is None:
            return httpx.Response(404, json={"error": {"code": 404, "message": "no such thing"}})
        return reply(request)


def client(api: Recorder) -> OpenRouter:
    http = httpx.Client(transport=httpx.MockTransport(api))
    return OpenRouter(api_key="sk-or-test", base_url=BASE_URL, http_client=http)


MESSAGES = [{"role": "user", "content": "What is the capital of France?"}]
CALLS = [
    # (tool, arguments as a model sends them in strict mode, the same call on the client)
    (
        "chat_send",
        json.dumps({
            "model": "openai/gpt-4o", "messages": [{**MESSAGES[0], "name": None}], "temperature": None,
            "max_tokens": 20,
            "extra": json.dumps({"reasoning": {"effort": "low"}, "not_in_the_document": 1}),
        }),
        lambda c: c.chat.send(
            model="openai/gpt-4o", messages=MESSAGES, max_tokens=20, reasoning={"effort": "low"},
            extra_body={"not_in_the_document": 1},
        ),
    ),
    ("models_list", {"category": "programming"}, lambda c: c.models.list(category="programming")),
    ("models_count", {}, lambda c: c.models.count()),
    ("api_keys_list", {"offset": 5}, lambda c: c.api_keys.list(offset=5)),
]  # fmt: skip


@pytest.mark.parametrize(("name", "arguments", "direct"), CALLS, ids=[c[0] for c in CALLS])
def test_dispatch_sends_what_the_sdk_sends(name: str, arguments: Any, direct: Any) -> None:
    via_tool, via_sdk = Recorder(), Recorder()
    args = json.loads(arguments) if isinstance(arguments, str) else arguments
    strict = TOOLS[name]["strict_schema"]  # a strict model sends every property
    schema = strict if set(args) == set(strict["properties"]) else TOOLS[name]["input_schema"]
    Draft202012Validator(schema).validate(args)
    result = dispatch(client(via_tool), name, arguments)
    expected = direct(client(via_sdk))
    assert via_tool.seen == via_sdk.seen and len(via_tool.seen) == 1
    assert json.loads(result_json(result)) == json.loads(result_json(expected))


def test_dispatch_errors() -> None:
    api = Recorder()
    with pytest.raises(ToolCallError, match="no such tool"):
        dispatch(client(api), "nope", {})
    with pytest.raises(ToolCallError, match="unknown argument 'stream'"):
        dispatch(client(api), "chat_send", {"model": "m", "messages": MESSAGES, "stream": True})
    with pytest.raises(ToolCallError, match="not JSON"):
        dispatch(client(api), "chat_send", "{model")
    assert api.seen == []
    with pytest.raises(NotFoundError):  # API errors raise as the client's do
        dispatch(client(api), "endpoints_list", {"author": "openai", "slug": "nope"})
    assert [(m, u) for m, u, _, _ in api.seen] == [("GET", f"{BASE_URL}/models/openai/nope/endpoints")]
