"""The agent tools of the Recursive Fixture API, one per operation a model can call with JSON
arguments: what `openrouter_sdk.tools` serves. Generated from the document; do not edit."""

from __future__ import annotations

from typing import Any

# The curated tools, in the order an agent sees them (`[tool.sdkgen.mcp.curated]`).
CURATED: tuple[str, ...] = (
    "trees_get_tree",
    "trees_replace_tree",
    "folders_get_folder",
)

TOOLS: dict[str, dict[str, Any]] = {
    "trees_get_tree": {
        "name": "trees_get_tree",
        "operation_id": "getTree",
        "client_method": "trees.get_tree",
        "description": "Get a tree. Returns the full tree rooted at the given node, children nested recursively.",
        "input_schema": {
            "type": "object",
            "properties": {
                "tree_id": {"type": "string"},
                "depth": {
                    "type": "integer",
                    "minimum": 1,
                    "description": "Maximum depth to expand; deeper children are omitted.",
                },
            },
            "required": ["tree_id"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "tree_id": {"type": "string"},
                "depth": {
                    "type": ["integer", "null"],
                    "description": "Maximum depth to expand; deeper children are omitted.",
                },
            },
            "required": ["tree_id", "depth"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "label": {"type": "string"},
                "parent": {},
                "children": {"type": "array"},
                "attributes": {"type": "object"},
            },
        },
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {"tree_id": "tree_id", "depth": "depth"},
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "trees_replace_tree": {
        "name": "trees_replace_tree",
        "operation_id": "replaceTree",
        "client_method": "trees.replace_tree",
        "description": "Replace a tree. Replaces the whole tree with the given nested structure.",
        "input_schema": {
            "type": "object",
            "properties": {
                "tree_id": {"type": "string"},
                "id": {"type": "string"},
                "label": {"type": "string"},
                "parent": {"type": "null", "description": "The parent node, if expanded."},
                "children": {"type": "array", "items": {}},
                "attributes": {"type": "object", "properties": {}, "additionalProperties": {}},
            },
            "required": ["tree_id", "id", "label", "children"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "tree_id": {"type": "string"},
                "id": {"type": "string"},
                "label": {"type": "string"},
                "parent": {"type": "null", "description": "The parent node, if expanded."},
                "children": {"type": "string", "description": "JSON text"},
                "attributes": {
                    "type": ["object", "null"],
                    "properties": {},
                    "required": [],
                    "additionalProperties": False,
                },
            },
            "required": ["tree_id", "id", "label", "parent", "children", "attributes"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "label": {"type": "string"},
                "parent": {},
                "children": {"type": "array"},
                "attributes": {"type": "object"},
            },
        },
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": True,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {
            "tree_id": "tree_id",
            "id": "id",
            "label": "label",
            "parent": "parent",
            "children": "children",
            "attributes": "attributes",
        },
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "folders_get_folder": {
        "name": "folders_get_folder",
        "operation_id": "getFolder",
        "client_method": "folders.get_folder",
        "description": "Get a folder. A folder contains documents, and each document points back to its folder.",
        "input_schema": {
            "type": "object",
            "properties": {"folder_id": {"type": "string"}},
            "required": ["folder_id"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {"folder_id": {"type": "string"}},
            "required": ["folder_id"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "name": {"type": "string"},
                "documents": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "id": {"type": "string"},
                            "title": {"type": "string"},
                            "folder": {},
                            "related": {"type": "array"},
                        },
                    },
                },
            },
        },
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {"folder_id": "folder_id"},
        "extra": {},
        "curated": True,
        "stream": "",
    },
}
