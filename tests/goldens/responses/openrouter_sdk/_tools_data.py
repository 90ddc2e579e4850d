"""The agent tools of the Responses Fixture API, one per operation a model can call with JSON
arguments: what `openrouter_sdk.tools` serves. Generated from the document; do not edit."""

from __future__ import annotations

from typing import Any

# The curated tools, in the order an agent sees them (`[tool.sdkgen.mcp.curated]`).
CURATED: tuple[str, ...] = (
    "widgets_create_widget",
    "widgets_get_widget",
    "widgets_delete_widget",
    "widgets_refresh_widget",
    "feeds_get_feed",
    "legacy_list_legacy_widgets",
    "legacy_legacy_export",
)

TOOLS: dict[str, dict[str, Any]] = {
    "widgets_create_widget": {
        "name": "widgets_create_widget",
        "operation_id": "createWidget",
        "client_method": "widgets.create_widget",
        "description": "Create a widget. Creates a widget and returns it with status 201 Created.",
        "input_schema": {
            "type": "object",
            "properties": {"name": {"type": "string"}, "color": {"type": "string"}},
            "required": ["name"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {"name": {"type": "string"}, "color": {"type": ["string", "null"]}},
            "required": ["name", "color"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "name": {"type": "string"},
                "color": {"type": "string"},
            },
        },
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": False,
            "idempotentHint": False,
            "openWorldHint": True,
        },
        "arguments": {"name": "name", "color": "color"},
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "widgets_get_widget": {
        "name": "widgets_get_widget",
        "operation_id": "getWidget",
        "client_method": "widgets.get_widget",
        "description": "Get a widget. Returns the widget as JSON, or as a plain-text rendering if `Accept` is text/plain.",
        "input_schema": {
            "type": "object",
            "properties": {"widget_id": {"type": "string"}},
            "required": ["widget_id"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {"widget_id": {"type": "string"}},
            "required": ["widget_id"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "name": {"type": "string"},
                "color": {"type": "string"},
            },
        },
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {"widget_id": "widget_id"},
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "widgets_delete_widget": {
        "name": "widgets_delete_widget",
        "operation_id": "deleteWidget",
        "client_method": "widgets.delete_widget",
        "description": "Delete a widget. Deletes the widget.",
        "input_schema": {
            "type": "object",
            "properties": {"widget_id": {"type": "string"}},
            "required": ["widget_id"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {"widget_id": {"type": "string"}},
            "required": ["widget_id"],
            "additionalProperties": False,
        },
        "output_schema": {"type": "object"},
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": True,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {"widget_id": "widget_id"},
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "widgets_refresh_widget": {
        "name": "widgets_refresh_widget",
        "operation_id": "refreshWidget",
        "client_method": "widgets.refresh_widget",
        "description": "Refresh a widget. Triggers a refresh.",
        "input_schema": {
            "type": "object",
            "properties": {"widget_id": {"type": "string"}},
            "required": ["widget_id"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {"widget_id": {"type": "string"}},
            "required": ["widget_id"],
            "additionalProperties": False,
        },
        "output_schema": {"type": "object"},
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": False,
            "idempotentHint": False,
            "openWorldHint": True,
        },
        "arguments": {"widget_id": "widget_id"},
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "feeds_get_feed": {
        "name": "feeds_get_feed",
        "operation_id": "getFeed",
        "client_method": "feeds.get_feed",
        "description": "Get the RSS feed. Returns the public widget feed as an RSS 2.0 XML document.",
        "input_schema": {"type": "object", "properties": {}, "additionalProperties": False},
        "strict_schema": {
            "type": "object",
            "properties": {},
            "required": [],
            "additionalProperties": False,
        },
        "output_schema": {"type": "object", "properties": {"result": {"type": "string"}}},
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
    "legacy_list_legacy_widgets": {
        "name": "legacy_list_legacy_widgets",
        "operation_id": "listLegacyWidgets",
        "client_method": "legacy.list_legacy_widgets",
        "description": "List widgets (legacy). Deprecated; use the v2 listing instead.",
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
                            "color": {"type": "string"},
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
    "legacy_legacy_export": {
        "name": "legacy_legacy_export",
        "operation_id": "legacyExport",
        "client_method": "legacy.legacy_export",
        "description": "Export widgets (removed). This endpoint has been removed and always answers 410 Gone.",
        "input_schema": {"type": "object", "properties": {}, "additionalProperties": False},
        "strict_schema": {
            "type": "object",
            "properties": {},
            "required": [],
            "additionalProperties": False,
        },
        "output_schema": {"type": "object"},
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
}
