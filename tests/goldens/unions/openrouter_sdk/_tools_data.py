"""The agent tools of the Unions Fixture API, one per operation a model can call with JSON
arguments: what `openrouter_sdk.tools` serves. Generated from the document; do not edit."""

from __future__ import annotations

from typing import Any

# The curated tools, in the order an agent sees them (`[tool.sdkgen.mcp.curated]`).
CURATED: tuple[str, ...] = (
    "events_list_events",
    "events_get_event",
    "settings_put_setting",
)

TOOLS: dict[str, dict[str, Any]] = {
    "events_list_events": {
        "name": "events_list_events",
        "operation_id": "listEvents",
        "client_method": "events.list_events",
        "description": "List events. Returns a heterogeneous list of events; each item is a discriminated union.",
        "input_schema": {"type": "object", "properties": {}, "additionalProperties": False},
        "strict_schema": {
            "type": "object",
            "properties": {},
            "required": [],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {"result": {"type": "array", "items": {"type": "object"}}},
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
    "events_get_event": {
        "name": "events_get_event",
        "operation_id": "getEvent",
        "client_method": "events.get_event",
        "description": "Get an event. Returns one event; the `type` field selects the concrete variant.",
        "input_schema": {
            "type": "object",
            "properties": {"event_id": {"type": "string"}},
            "required": ["event_id"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {"event_id": {"type": "string"}},
            "required": ["event_id"],
            "additionalProperties": False,
        },
        "output_schema": {"type": "object"},
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {"event_id": "event_id"},
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "settings_put_setting": {
        "name": "settings_put_setting",
        "operation_id": "putSetting",
        "client_method": "settings.put_setting",
        "description": "Set a setting value. A setting value may be a string, a number or a boolean.",
        "input_schema": {
            "type": "object",
            "properties": {
                "key": {"type": "string"},
                "value": {
                    "description": "A primitive setting value.",
                    "anyOf": [{"type": "string"}, {"type": "number"}, {"type": "boolean"}],
                },
            },
            "required": ["key", "value"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "key": {"type": "string"},
                "value": {
                    "anyOf": [{"type": "string"}, {"type": "number"}, {"type": "boolean"}],
                    "description": "A primitive setting value.",
                },
            },
            "required": ["key", "value"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {"result": {"type": ["string", "number", "boolean"]}},
        },
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": True,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {"key": "key", "value": "value"},
        "extra": {},
        "curated": True,
        "stream": "",
    },
}
