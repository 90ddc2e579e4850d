"""The agent tools of the Untagged Fixture API, one per operation a model can call with JSON
arguments: what `openrouter_sdk.tools` serves. Generated from the document; do not edit."""

from __future__ import annotations

from typing import Any

# The curated tools, in the order an agent sees them (`[tool.sdkgen.mcp.curated]`).
CURATED: tuple[str, ...] = (
    "default_ping",
    "default_get_version",
    "default_echo",
    "users_get_user",
)

TOOLS: dict[str, dict[str, Any]] = {
    "default_ping": {
        "name": "default_ping",
        "operation_id": "ping",
        "client_method": "default.ping",
        "description": 'Ping the server. Untagged operation; the generator must place it under the "default" tag.',
        "input_schema": {"type": "object", "properties": {}, "additionalProperties": False},
        "strict_schema": {
            "type": "object",
            "properties": {},
            "required": [],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {"ok": {"type": "boolean"}, "server_time": {"type": "string"}},
        },
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {},
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "default_get_version": {
        "name": "default_get_version",
        "operation_id": "getVersion",
        "client_method": "default.get_version",
        "description": "Get server version. Second untagged operation, grouped with `ping`.",
        "input_schema": {"type": "object", "properties": {}, "additionalProperties": False},
        "strict_schema": {
            "type": "object",
            "properties": {},
            "required": [],
            "additionalProperties": False,
        },
        "output_schema": {"type": "object", "properties": {"version": {"type": "string"}}},
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {},
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "default_echo": {
        "name": "default_echo",
        "operation_id": "echo",
        "client_method": "default.echo",
        "description": 'Echo a message. Explicitly tagged "default"; shares a group with the untagged operations.',
        "input_schema": {
            "type": "object",
            "properties": {
                "message": {"type": "string"},
                "repeat": {"type": "integer", "minimum": 1, "default": 1},
            },
            "required": ["message"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {"message": {"type": "string"}, "repeat": {"type": ["integer", "null"]}},
            "required": ["message", "repeat"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {"message": {"type": "string"}, "repeat": {"type": "integer"}},
        },
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": False,
            "idempotentHint": False,
            "openWorldHint": True,
        },
        "arguments": {"message": "message", "repeat": "repeat"},
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "users_get_user": {
        "name": "users_get_user",
        "operation_id": "getUser",
        "client_method": "users.get_user",
        "description": "Get a user. A normally tagged operation for contrast.",
        "input_schema": {
            "type": "object",
            "properties": {"user_id": {"type": "integer", "format": "int64"}},
            "required": ["user_id"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {"user_id": {"type": "integer"}},
            "required": ["user_id"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "id": {"type": "integer"},
                "username": {"type": "string"},
                "email": {"type": ["string", "null"]},
            },
        },
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {"user_id": "user_id"},
        "extra": {},
        "curated": True,
        "stream": "",
    },
}
