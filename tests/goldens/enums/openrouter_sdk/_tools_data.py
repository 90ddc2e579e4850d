"""The agent tools of the Enums Fixture API, one per operation a model can call with JSON
arguments: what `openrouter_sdk.tools` serves. Generated from the document; do not edit."""

from __future__ import annotations

from typing import Any

# The curated tools, in the order an agent sees them (`[tool.sdkgen.mcp.curated]`).
CURATED: tuple[str, ...] = (
    "tasks_list_tasks",
    "tasks_create_task",
)

TOOLS: dict[str, dict[str, Any]] = {
    "tasks_list_tasks": {
        "name": "tasks_list_tasks",
        "operation_id": "listTasks",
        "client_method": "tasks.list_tasks",
        "description": "List tasks. Lists tasks, optionally filtered by status and priority.",
        "input_schema": {
            "type": "object",
            "properties": {
                "status": {
                    "type": "string",
                    "enum": [
                        "todo",
                        "in-progress",
                        "done",
                        "class",
                        "with space",
                        "None",
                        "True",
                        "3d",
                        "UPPER_case",
                    ],
                    "description": "Lifecycle status; values contain dashes, spaces and Python keywords.",
                },
                "priority": {
                    "type": "integer",
                    "enum": [1, 2, 3, 4, 5],
                    "description": "Priority from 1 (lowest) to 5 (highest).",
                },
                "order": {
                    "type": "string",
                    "enum": ["asc", "desc"],
                    "default": "desc",
                    "description": "Sort direction.",
                },
            },
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "status": {
                    "type": ["string", "null"],
                    "enum": [
                        "todo",
                        "in-progress",
                        "done",
                        "class",
                        "with space",
                        "None",
                        "True",
                        "3d",
                        "UPPER_case",
                        None,
                    ],
                    "description": "Lifecycle status; values contain dashes, spaces and Python keywords.",
                },
                "priority": {
                    "type": ["integer", "null"],
                    "enum": [1, 2, 3, 4, 5, None],
                    "description": "Priority from 1 (lowest) to 5 (highest).",
                },
                "order": {
                    "type": ["string", "null"],
                    "enum": ["asc", "desc", None],
                    "description": "Sort direction.",
                },
            },
            "required": ["status", "priority", "order"],
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
        "arguments": {"status": "status", "priority": "priority", "order": "order"},
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "tasks_create_task": {
        "name": "tasks_create_task",
        "operation_id": "createTask",
        "client_method": "tasks.create_task",
        "description": "Create a task. Creates a new task.",
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "kind": {
                    "type": "string",
                    "enum": ["task"],
                    "description": "Single-value enum used as a type tag.",
                },
                "title": {"type": "string"},
                "status": {
                    "type": "string",
                    "enum": [
                        "todo",
                        "in-progress",
                        "done",
                        "class",
                        "with space",
                        "None",
                        "True",
                        "3d",
                        "UPPER_case",
                    ],
                    "description": "Lifecycle status; values contain dashes, spaces and Python keywords.",
                },
                "priority": {
                    "type": "integer",
                    "enum": [1, 2, 3, 4, 5],
                    "description": "Priority from 1 (lowest) to 5 (highest).",
                },
                "severity": {
                    "description": "Nullable enum; null is one of the allowed values.",
                    "anyOf": [
                        {"type": ["string"], "enum": ["low", "medium", "high"]},
                        {"type": "null"},
                    ],
                },
                "hint": {
                    "type": "integer",
                    "enum": [-1, 0, 200, 404],
                    "description": "Integer enum that includes zero and negative values.",
                },
                "visibility": {
                    "type": "string",
                    "enum": ["public", "private"],
                    "description": "Inline string enum.",
                },
                "mode": {
                    "type": "string",
                    "enum": ["fast", "FAST", "Fast-Mode", "fast_mode"],
                    "description": "Inline enum whose values collide after case-folding.",
                },
                "flags": {
                    "type": "array",
                    "description": "Array of inline enum values.",
                    "items": {"type": "string", "enum": ["pinned", "starred", "muted"]},
                },
            },
            "required": ["id", "kind", "title", "status"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "kind": {
                    "type": "string",
                    "enum": ["task"],
                    "description": "Single-value enum used as a type tag.",
                },
                "title": {"type": "string"},
                "status": {
                    "type": "string",
                    "enum": [
                        "todo",
                        "in-progress",
                        "done",
                        "class",
                        "with space",
                        "None",
                        "True",
                        "3d",
                        "UPPER_case",
                    ],
                    "description": "Lifecycle status; values contain dashes, spaces and Python keywords.",
                },
                "priority": {
                    "type": ["integer", "null"],
                    "enum": [1, 2, 3, 4, 5, None],
                    "description": "Priority from 1 (lowest) to 5 (highest).",
                },
                "severity": {
                    "anyOf": [
                        {"type": ["string"], "enum": ["low", "medium", "high"]},
                        {"type": "null"},
                    ],
                    "description": "Nullable enum; null is one of the allowed values.",
                },
                "hint": {
                    "type": ["integer", "null"],
                    "enum": [-1, 0, 200, 404, None],
                    "description": "Integer enum that includes zero and negative values.",
                },
                "visibility": {
                    "type": ["string", "null"],
                    "enum": ["public", "private", None],
                    "description": "Inline string enum.",
                },
                "mode": {
                    "type": ["string", "null"],
                    "enum": ["fast", "FAST", "Fast-Mode", "fast_mode", None],
                    "description": "Inline enum whose values collide after case-folding.",
                },
                "flags": {
                    "type": ["array", "null"],
                    "description": "Array of inline enum values.",
                    "items": {"type": "string", "enum": ["pinned", "starred", "muted"]},
                },
            },
            "required": [
                "id",
                "kind",
                "title",
                "status",
                "priority",
                "severity",
                "hint",
                "visibility",
                "mode",
                "flags",
            ],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "kind": {"type": "string"},
                "title": {"type": "string"},
                "status": {"type": "string"},
                "priority": {"type": "integer"},
                "severity": {"type": ["string", "null"]},
                "hint": {"type": "integer"},
                "visibility": {"type": "string"},
                "mode": {"type": "string"},
                "flags": {"type": "array"},
            },
        },
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": False,
            "idempotentHint": False,
            "openWorldHint": True,
        },
        "arguments": {
            "id": "id",
            "kind": "kind",
            "title": "title",
            "status": "status",
            "priority": "priority",
            "severity": "severity",
            "hint": "hint",
            "visibility": "visibility",
            "mode": "mode",
            "flags": "flags",
        },
        "extra": {},
        "curated": True,
        "stream": "",
    },
}
