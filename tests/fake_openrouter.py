"""A small fake of the OpenRouter API for httpx.MockTransport: enough of chat (plain,
streamed, tool calls, structured output), Responses, models and keys to run the user
programs in tests/user_programs, recording every request it answers. Replies follow the
API's documented shapes, including fields the pinned document lacks (usage.cost,
provider)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

Reply = Callable[[httpx.Request], httpx.Response]


def completion(message: dict[str, Any], finish_reason: str = "stop") -> dict[str, Any]:
    return {
        "id": "gen-1",
        "object": "chat.completion",
        "created": 1_750_000_000,
        "model": "openai/gpt-4o",
        "provider": "OpenAI",
        "system_fingerprint": None,
        "choices": [
            {
                "index": 0,
                "finish_reason": finish_reason,
                "native_finish_reason": finish_reason,
                "message": message,
            }
        ],
        "usage": {"prompt_tokens": 12, "completion_tokens": 3, "total_tokens": 15, "cost": 0.00042},
    }


def chunk(content: str | None, finish_reason: str | None = None, usage: bool = False) -> dict[str, Any]:
    return {
        "id": "gen-2",
        "object": "chat.completion.chunk",
        "created": 1_750_000_000,
        "model": "openai/gpt-4o",
        "choices": [
            {"index": 0, "finish_reason": finish_reason, "delta": {"role": "assistant", "content": content}}
        ],
        **({"usage": {"prompt_tokens": 5, "completion_tokens": 4, "total_tokens": 9}} if usage else {}),
    }


def sse(events: list[dict[str, Any]]) -> httpx.Response:
    text = "".join(f"data: {json.dumps(e)}\n\n" for e in events) + "data: [DONE]\n\n"
    return httpx.Response(200, content=text.encode(), headers={"content-type": "text/event-stream"})


def error(status: int, message: str, **headers: str) -> httpx.Response:
    return httpx.Response(
        status,
        json={"error": {"code": status, "message": message}},
        headers={"x-request-id": "req-9", **headers},
    )


def chat(request: httpx.Request) -> httpx.Response:
    body = json.loads(request.content)
    if body.get("stream"):
        words = ["One", ", two", ", three."]
        events = [chunk(w) for w in words] + [chunk(None, "stop", usage=True)]
        return sse(events)
    roles = [m["role"] for m in body["messages"]]
    if body.get("tools") and "tool" not in roles:
        call = {
            "id": "call-1",
            "type": "function",
            "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'},
        }
        return httpx.Response(
            200, json=completion({"role": "assistant", "content": None, "tool_calls": [call]}, "tool_calls")
        )
    if "tool" in roles:
        tool = next(m for m in body["messages"] if m["role"] == "tool")
        return httpx.Response(
            200, json=completion({"role": "assistant", "content": f"It is {tool['content']}."})
        )
    if body.get("response_format", {}).get("type") == "json_schema":
        content = json.dumps({"name": "Tokyo", "population": 37_000_000})
        return httpx.Response(200, json=completion({"role": "assistant", "content": content}))
    return httpx.Response(200, json=completion({"role": "assistant", "content": "Paris"}))


def responses(request: httpx.Request) -> httpx.Response:
    body = json.loads(request.content)
    said = body["input"][0]["content"]
    message = {
        "type": "message",
        "id": "msg-1",
        "role": "assistant",
        "status": "completed",
        "content": [{"type": "output_text", "text": f"Hi! (you said: {said})", "annotations": []}],
    }
    return httpx.Response(
        200,
        json={
            "id": "resp-1",
            "object": "response",
            "created_at": 1_750_000_000,
            "model": "openai/gpt-4o",
            "status": "completed",
            "output": [message],
            "error": None,
            "incomplete_details": None,
            "instructions": None,
            "metadata": None,
            "parallel_tool_calls": True,
            "temperature": None,
            "tool_choice": "auto",
            "tools": [],
            "top_p": None,
        },
    )


def model(model_id: str, parameters: list[str]) -> dict[str, Any]:
    return {
        "id": model_id,
        "canonical_slug": model_id,
        "name": model_id,
        "created": 1_700_000_000,
        "description": "",
        "context_length": 128_000,
        "architecture": {
            "modality": "text->text",
            "input_modalities": ["text"],
            "output_modalities": ["text"],
            "instruct_type": None,
            "tokenizer": "GPT",
        },
        "pricing": {"prompt": "0.000001", "completion": "0.000002"},
        "top_provider": {"context_length": 128_000, "max_completion_tokens": 4096, "is_moderated": True},
        "per_request_limits": None,
        "supported_parameters": parameters,
        "default_parameters": None,
        "hugging_face_id": None,
        "links": {"details": f"/api/v1/models/{model_id}/endpoints"},
    }


def key(name: str, key_hash: str, **changes: Any) -> dict[str, Any]:
    return {
        "hash": key_hash,
        "name": name,
        "label": f"sk-or-v1-{key_hash[:3]}...",
        "disabled": False,
        "limit": 10.0,
        "limit_remaining": 10.0,
        "limit_reset": None,
        "include_byok_in_limit": False,
        "usage": 0.0,
        "usage_daily": 0.0,
        "usage_weekly": 0.0,
        "usage_monthly": 0.0,
        "byok_usage": 0.0,
        "byok_usage_daily": 0.0,
        "byok_usage_weekly": 0.0,
        "byok_usage_monthly": 0.0,
        "created_at": "2026-12-01T10:00:00Z",
        "updated_at": None,
        "expires_at": None,
        "creator_user_id": None,
        **changes,
    }


def default_routes() -> dict[tuple[str, str], Reply]:
    created = key("ci runner", "abc123")
    return {
        ("POST", "/chat/completions"): chat,
        ("POST", "/responses"): responses,
        ("GET", "/models"): lambda r: httpx.Response(
            200,
            json={
                "data": [
                    model("openai/gpt-4o", ["tools", "temperature"]),
                    model("some/base", ["temperature"]),
                ]
            },
        ),
        ("GET", "/models/count"): lambda r: httpx.Response(200, json={"data": {"count": 2}}),
        ("POST", "/keys"): lambda r: httpx.Response(201, json={"data": created, "key": "sk-or-v1-secret"}),
        ("GET", "/keys"): lambda r: httpx.Response(200, json={"data": [key("laptop", "def456"), created]}),
        ("PATCH", "/keys/abc123"): lambda r: httpx.Response(
            200, json={"data": key("ci runner", "abc123", **json.loads(r.content))}
        ),
        ("DELETE", "/keys/abc123"): lambda r: httpx.Response(200, json={"deleted": True}),
    }


class FakeOpenRouter:
    """Answers by (method, path under /api/v1); records (method, path, JSON body)."""

    PREFIX = "/api/v1"

    def __init__(self, routes: dict[tuple[str, str], Reply] | None = None) -> None:
        self.routes = default_routes() if routes is None else routes
        self.requests: list[tuple[str, str, Any]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix(self.PREFIX)
        body = json.loads(request.content) if request.content else None
        self.requests.append((request.method, path, body))
        reply = self.routes.get((request.method, path))
        if reply is None:
            return error(404, f"no route {request.method} {path}")
        return reply(request)
