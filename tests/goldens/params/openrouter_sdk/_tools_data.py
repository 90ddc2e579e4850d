"""The agent tools of the Params Fixture API, one per operation a model can call with JSON
arguments: what `openrouter_sdk.tools` serves. Generated from the document; do not edit."""

from __future__ import annotations

from typing import Any

# The curated tools, in the order an agent sees them (`[tool.sdkgen.mcp.curated]`).
CURATED: tuple[str, ...] = (
    "items_list_items",
    "items_get_item",
    "items_delete_item",
    "items_get_item_version",
)

TOOLS: dict[str, dict[str, Any]] = {
    "items_list_items": {
        "name": "items_list_items",
        "operation_id": "listItems",
        "client_method": "items.list_items",
        "description": "List catalog items. Returns catalog items filtered by status, tags and ids.",
        "input_schema": {
            "type": "object",
            "properties": {
                "limit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 100,
                    "default": 20,
                    "description": "Maximum number of items to return.",
                },
                "status": {
                    "type": "string",
                    "enum": ["active", "archived", "draft"],
                    "description": "Only return items with this status.",
                },
                "include_deleted": {
                    "type": "boolean",
                    "default": False,
                    "description": "Whether soft-deleted items are included.",
                },
                "tags": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Repeated query parameter, e.g.",
                },
                "ids": {
                    "type": "array",
                    "items": {"type": "integer"},
                    "description": "Comma-separated list of ids, e.g.",
                },
            },
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "limit": {
                    "type": ["integer", "null"],
                    "description": "Maximum number of items to return.",
                },
                "status": {
                    "type": ["string", "null"],
                    "enum": ["active", "archived", "draft", None],
                    "description": "Only return items with this status.",
                },
                "include_deleted": {
                    "type": ["boolean", "null"],
                    "description": "Whether soft-deleted items are included.",
                },
                "tags": {
                    "type": ["array", "null"],
                    "description": "Repeated query parameter, e.g.",
                    "items": {"type": "string"},
                },
                "ids": {
                    "type": ["array", "null"],
                    "description": "Comma-separated list of ids, e.g.",
                    "items": {"type": "integer"},
                },
            },
            "required": ["limit", "status", "include_deleted", "tags", "ids"],
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
                            "status": {"type": "string"},
                            "tags": {"type": "array", "items": {"type": "string"}},
                            "price_cents": {"type": "integer"},
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
        "arguments": {
            "limit": "limit",
            "status": "status",
            "include_deleted": "include_deleted",
            "tags": "tags",
            "ids": "ids",
        },
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "items_get_item": {
        "name": "items_get_item",
        "operation_id": "getItem",
        "client_method": "items.get_item",
        "description": "Get an item. Fetch a single item by its identifier.",
        "input_schema": {
            "type": "object",
            "properties": {
                "item_id": {
                    "type": "string",
                    "description": "Identifier of the item, shared by every operation on this path.",
                },
                "expand": {
                    "type": "boolean",
                    "description": "Expand nested objects in the response.",
                },
            },
            "required": ["item_id"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "item_id": {
                    "type": "string",
                    "description": "Identifier of the item, shared by every operation on this path.",
                },
                "expand": {
                    "type": ["boolean", "null"],
                    "description": "Expand nested objects in the response.",
                },
            },
            "required": ["item_id", "expand"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "name": {"type": "string"},
                "status": {"type": "string"},
                "tags": {"type": "array", "items": {"type": "string"}},
                "price_cents": {"type": "integer"},
            },
        },
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {"item_id": "item_id", "expand": "expand"},
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "items_delete_item": {
        "name": "items_delete_item",
        "operation_id": "deleteItem",
        "client_method": "items.delete_item",
        "description": "Delete an item. Permanently deletes the item.",
        "input_schema": {
            "type": "object",
            "properties": {
                "item_id": {
                    "type": "string",
                    "description": "Identifier of the item, shared by every operation on this path.",
                }
            },
            "required": ["item_id"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "item_id": {
                    "type": "string",
                    "description": "Identifier of the item, shared by every operation on this path.",
                }
            },
            "required": ["item_id"],
            "additionalProperties": False,
        },
        "output_schema": {"type": "object"},
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": True,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {"item_id": "item_id"},
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "items_get_item_version": {
        "name": "items_get_item_version",
        "operation_id": "getItemVersion",
        "client_method": "items.get_item_version",
        "description": "Get a specific item version. Fetch a historical version of an item by its integer version number.",
        "input_schema": {
            "type": "object",
            "properties": {
                "item_id": {"type": "string", "description": "Identifier of the item."},
                "version": {
                    "type": "integer",
                    "minimum": 1,
                    "description": "Version number, starting at 1.",
                },
                "format": {
                    "type": "string",
                    "enum": ["full", "summary"],
                    "description": "Output format for the version payload.",
                },
            },
            "required": ["item_id", "version", "format"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "item_id": {"type": "string", "description": "Identifier of the item."},
                "version": {"type": "integer", "description": "Version number, starting at 1."},
                "format": {
                    "type": "string",
                    "enum": ["full", "summary"],
                    "description": "Output format for the version payload.",
                },
            },
            "required": ["item_id", "version", "format"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "name": {"type": "string"},
                "status": {"type": "string"},
                "tags": {"type": "array", "items": {"type": "string"}},
                "price_cents": {"type": "integer"},
            },
        },
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {"item_id": "item_id", "version": "version", "format": "format"},
        "extra": {},
        "curated": True,
        "stream": "",
    },
}
