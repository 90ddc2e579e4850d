"""The agent tools of the Streaming Fixture API, one per operation a model can call with JSON
arguments: what `openrouter_sdk.tools` serves. Generated from the document; do not edit."""

from __future__ import annotations

from typing import Any

# The curated tools, in the order an agent sees them (`[tool.sdkgen.mcp.curated]`).
CURATED: tuple[str, ...] = ("chat_create_chat_completion",)

TOOLS: dict[str, dict[str, Any]] = {
    "chat_create_chat_completion": {
        "name": "chat_create_chat_completion",
        "operation_id": "createChatCompletion",
        "client_method": "chat.create_chat_completion",
        "description": "Create a chat completion. Generates a model reply for the given messages.",
        "input_schema": {
            "type": "object",
            "properties": {
                "model": {"type": "string", "description": "Model identifier, e.g."},
                "messages": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "role": {"type": "string", "enum": ["system", "user", "assistant"]},
                            "content": {"type": "string"},
                        },
                        "required": ["role", "content"],
                    },
                },
                "max_tokens": {"type": "integer", "minimum": 1},
                "temperature": {"type": "number", "minimum": 0, "maximum": 2},
            },
            "required": ["model", "messages"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "model": {"type": "string", "description": "Model identifier, e.g."},
                "messages": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "role": {"type": "string", "enum": ["system", "user", "assistant"]},
                            "content": {"type": "string"},
                        },
                        "required": ["role", "content"],
                        "additionalProperties": False,
                    },
                },
                "max_tokens": {"type": ["integer", "null"]},
                "temperature": {"type": ["number", "null"]},
            },
            "required": ["model", "messages", "max_tokens", "temperature"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "model": {"type": "string"},
                "choices": {"type": "array", "items": {"type": "object"}},
                "usage": {
                    "type": "object",
                    "properties": {
                        "prompt_tokens": {"type": "integer"},
                        "completion_tokens": {"type": "integer"},
                        "total_tokens": {"type": "integer"},
                    },
                },
                "content": {"type": "string"},
                "finish_reason": {"type": "string"},
            },
        },
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": False,
            "idempotentHint": False,
            "openWorldHint": True,
        },
        "arguments": {
            "model": "model",
            "messages": "messages",
            "max_tokens": "max_tokens",
            "temperature": "temperature",
        },
        "extra": {},
        "curated": True,
        "stream": "stream",
    },
}
