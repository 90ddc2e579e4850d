"""The agent tools of the Media Fixture API, one per operation a model can call with JSON
arguments: what `openrouter_sdk.tools` serves. Generated from the document; do not edit."""

from __future__ import annotations

from typing import Any

# The curated tools, in the order an agent sees them (`[tool.sdkgen.mcp.curated]`).
CURATED: tuple[str, ...] = (
    "files_get_file",
    "files_download_file_content",
    "audio_create_speech",
    "exports_get_export",
)

TOOLS: dict[str, dict[str, Any]] = {
    "files_get_file": {
        "name": "files_get_file",
        "operation_id": "getFile",
        "client_method": "files.get_file",
        "description": "A file's metadata",
        "input_schema": {
            "type": "object",
            "properties": {"file_id": {"type": "string"}},
            "required": ["file_id"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {"file_id": {"type": "string"}},
            "required": ["file_id"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "filename": {"type": "string"},
                "bytes": {"type": "integer"},
            },
        },
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {"file_id": "file_id"},
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "files_download_file_content": {
        "name": "files_download_file_content",
        "operation_id": "downloadFileContent",
        "client_method": "files.download_file_content",
        "description": "Download a file's content. The raw bytes; the file name comes in Content-Disposition.",
        "input_schema": {
            "type": "object",
            "properties": {"file_id": {"type": "string"}},
            "required": ["file_id"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {"file_id": {"type": "string"}},
            "required": ["file_id"],
            "additionalProperties": False,
        },
        "output_schema": {"type": "object"},
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {"file_id": "file_id"},
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "audio_create_speech": {
        "name": "audio_create_speech",
        "operation_id": "createSpeech",
        "client_method": "audio.create_speech",
        "description": "Text to speech",
        "input_schema": {
            "type": "object",
            "properties": {
                "input": {"type": "string"},
                "voice": {"type": "string"},
                "response_format": {"type": "string", "enum": ["mp3", "pcm"]},
            },
            "required": ["input", "voice"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "input": {"type": "string"},
                "voice": {"type": "string"},
                "response_format": {"type": ["string", "null"], "enum": ["mp3", "pcm", None]},
            },
            "required": ["input", "voice", "response_format"],
            "additionalProperties": False,
        },
        "output_schema": {"type": "object"},
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": False,
            "idempotentHint": False,
            "openWorldHint": True,
        },
        "arguments": {"input": "input", "voice": "voice", "response_format": "response_format"},
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "exports_get_export": {
        "name": "exports_get_export",
        "operation_id": "getExport",
        "client_method": "exports.get_export",
        "description": "An export, as JSON while it runs, as its archive once done",
        "input_schema": {
            "type": "object",
            "properties": {"export_id": {"type": "string"}},
            "required": ["export_id"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {"export_id": {"type": "string"}},
            "required": ["export_id"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {"id": {"type": "string"}, "status": {"type": "string"}},
        },
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {"export_id": "export_id"},
        "extra": {},
        "curated": True,
        "stream": "",
    },
}
