"""The agent tools of the Bodies Fixture API, one per operation a model can call with JSON
arguments: what `openrouter_sdk.tools` serves. Generated from the document; do not edit."""

from __future__ import annotations

from typing import Any

# The curated tools, in the order an agent sees them (`[tool.sdkgen.mcp.curated]`).
CURATED: tuple[str, ...] = (
    "notes_create_note",
    "notes_update_note",
    "notes_share_note",
    "notes_archive_note",
)

TOOLS: dict[str, dict[str, Any]] = {
    "notes_create_note": {
        "name": "notes_create_note",
        "operation_id": "createNote",
        "client_method": "notes.create_note",
        "description": "Create a note. Creates a note from a component schema body with one required field.",
        "input_schema": {
            "type": "object",
            "properties": {
                "title": {"type": "string"},
                "body": {"type": "string"},
                "labels": {"type": "array", "items": {"type": "string"}},
                "pinned": {"type": "boolean", "default": False},
            },
            "required": ["title"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "title": {"type": "string"},
                "body": {"type": ["string", "null"]},
                "labels": {"type": ["array", "null"], "items": {"type": "string"}},
                "pinned": {"type": ["boolean", "null"]},
            },
            "required": ["title", "body", "labels", "pinned"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "title": {"type": "string"},
                "body": {"type": "string"},
                "archived": {"type": "boolean"},
                "labels": {"type": "array", "items": {"type": "string"}},
            },
        },
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": False,
            "idempotentHint": False,
            "openWorldHint": True,
        },
        "arguments": {"title": "title", "body": "body_", "labels": "labels", "pinned": "pinned"},
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "notes_update_note": {
        "name": "notes_update_note",
        "operation_id": "updateNote",
        "client_method": "notes.update_note",
        "description": "Partially update a note. Only the fields present in the body are changed; all fields are optional.",
        "input_schema": {
            "type": "object",
            "properties": {
                "note_id": {"type": "string"},
                "title": {"type": "string"},
                "body": {"type": "string"},
                "labels": {"type": "array", "items": {"type": "string"}},
                "pinned": {"type": "boolean"},
            },
            "required": ["note_id"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "note_id": {"type": "string"},
                "title": {"type": ["string", "null"]},
                "body": {"type": ["string", "null"]},
                "labels": {"type": ["array", "null"], "items": {"type": "string"}},
                "pinned": {"type": ["boolean", "null"]},
            },
            "required": ["note_id", "title", "body", "labels", "pinned"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "title": {"type": "string"},
                "body": {"type": "string"},
                "archived": {"type": "boolean"},
                "labels": {"type": "array", "items": {"type": "string"}},
            },
        },
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": True,
            "idempotentHint": False,
            "openWorldHint": True,
        },
        "arguments": {
            "note_id": "note_id",
            "title": "title",
            "body": "body_",
            "labels": "labels",
            "pinned": "pinned",
        },
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "notes_share_note": {
        "name": "notes_share_note",
        "operation_id": "shareNote",
        "client_method": "notes.share_note",
        "description": "Share a note. Shares a note with another user.",
        "input_schema": {
            "type": "object",
            "properties": {
                "note_id": {"type": "string"},
                "email": {
                    "type": "string",
                    "format": "email",
                    "description": "Address of the user to share with.",
                },
                "role": {"type": "string", "enum": ["viewer", "editor"], "default": "viewer"},
                "message": {
                    "type": "string",
                    "description": "Optional note included in the invitation email.",
                },
            },
            "required": ["note_id", "email"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "note_id": {"type": "string"},
                "email": {"type": "string", "description": "Address of the user to share with."},
                "role": {"type": ["string", "null"], "enum": ["viewer", "editor", None]},
                "message": {
                    "type": ["string", "null"],
                    "description": "Optional note included in the invitation email.",
                },
            },
            "required": ["note_id", "email", "role", "message"],
            "additionalProperties": False,
        },
        "output_schema": {"type": "object"},
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": False,
            "idempotentHint": False,
            "openWorldHint": True,
        },
        "arguments": {"note_id": "note_id", "email": "email", "role": "role", "message": "message"},
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "notes_archive_note": {
        "name": "notes_archive_note",
        "operation_id": "archiveNote",
        "client_method": "notes.archive_note",
        "description": "Archive a note. Archives a note.",
        "input_schema": {
            "type": "object",
            "properties": {
                "note_id": {"type": "string"},
                "reason": {
                    "type": "string",
                    "description": "Free-form reason stored in the audit log.",
                },
            },
            "required": ["note_id"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "note_id": {"type": "string"},
                "reason": {
                    "type": ["string", "null"],
                    "description": "Free-form reason stored in the audit log.",
                },
            },
            "required": ["note_id", "reason"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "title": {"type": "string"},
                "body": {"type": "string"},
                "archived": {"type": "boolean"},
                "labels": {"type": "array", "items": {"type": "string"}},
            },
        },
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": False,
            "idempotentHint": False,
            "openWorldHint": True,
        },
        "arguments": {"note_id": "note_id", "reason": "reason"},
        "extra": {},
        "curated": True,
        "stream": "",
    },
}
