"""The agent tools of the Security Fixture API, one per operation a model can call with JSON
arguments: what `openrouter_sdk.tools` serves. Generated from the document; do not edit."""

from __future__ import annotations

from typing import Any

# The curated tools, in the order an agent sees them (`[tool.sdkgen.mcp.curated]`).
CURATED: tuple[str, ...] = (
    "account_get_current_user",
    "system_get_health",
    "admin_list_admin_keys",
    "admin_create_admin_key",
)

TOOLS: dict[str, dict[str, Any]] = {
    "account_get_current_user": {
        "name": "account_get_current_user",
        "operation_id": "getCurrentUser",
        "client_method": "account.get_current_user",
        "description": "Get the current user. Uses the document-wide bearer token.",
        "input_schema": {"type": "object", "properties": {}, "additionalProperties": False},
        "strict_schema": {
            "type": "object",
            "properties": {},
            "required": [],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "email": {"type": "string"},
                "name": {"type": ["string", "null"]},
            },
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
    "system_get_health": {
        "name": "system_get_health",
        "operation_id": "getHealth",
        "client_method": "system.get_health",
        "description": "Health check. Public liveness probe; overrides global security with an empty list so no token is sent.",
        "input_schema": {"type": "object", "properties": {}, "additionalProperties": False},
        "strict_schema": {
            "type": "object",
            "properties": {},
            "required": [],
            "additionalProperties": False,
        },
        "output_schema": {"type": "object", "properties": {"status": {"type": "string"}}},
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
    "admin_list_admin_keys": {
        "name": "admin_list_admin_keys",
        "operation_id": "listAdminKeys",
        "client_method": "admin.list_admin_keys",
        "description": "List admin keys. Authenticated with a provisioning key sent in the `X-API-Key` header instead of a bearer token.",
        "input_schema": {"type": "object", "properties": {}, "additionalProperties": False},
        "strict_schema": {
            "type": "object",
            "properties": {},
            "required": [],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "result": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "id": {"type": "string"},
                            "name": {"type": "string"},
                            "secret": {"type": "string"},
                            "created_at": {"type": "string"},
                        },
                    },
                }
            },
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
    "admin_create_admin_key": {
        "name": "admin_create_admin_key",
        "operation_id": "createAdminKey",
        "client_method": "admin.create_admin_key",
        "description": "Create an admin key. Creates a key; accepts either the provisioning key or a bearer token.",
        "input_schema": {
            "type": "object",
            "properties": {
                "name": {"type": "string"},
                "expires_in_days": {"type": "integer", "minimum": 1},
            },
            "required": ["name"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "name": {"type": "string"},
                "expires_in_days": {"type": ["integer", "null"]},
            },
            "required": ["name", "expires_in_days"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "name": {"type": "string"},
                "secret": {"type": "string"},
                "created_at": {"type": "string"},
            },
        },
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": False,
            "idempotentHint": False,
            "openWorldHint": True,
        },
        "arguments": {"name": "name", "expires_in_days": "expires_in_days"},
        "extra": {},
        "curated": True,
        "stream": "",
    },
}
