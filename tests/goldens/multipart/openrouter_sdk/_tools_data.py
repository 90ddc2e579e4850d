"""The agent tools of the Multipart Fixture API, one per operation a model can call with JSON
arguments: what `openrouter_sdk.tools` serves. Generated from the document; do not edit."""

from __future__ import annotations

from typing import Any

# The curated tools, in the order an agent sees them (`[tool.sdkgen.mcp.curated]`).
CURATED: tuple[str, ...] = ("audio_create_transcription",)

TOOLS: dict[str, dict[str, Any]] = {
    "audio_create_transcription": {
        "name": "audio_create_transcription",
        "operation_id": "createTranscription",
        "client_method": "audio.create_transcription",
        "description": "Transcribe audio. Audio as base64 JSON, or as a file in a multipart form.",
        "input_schema": {
            "type": "object",
            "properties": {
                "model": {"type": "string"},
                "input_audio": {
                    "type": "object",
                    "properties": {
                        "data": {"type": "string", "description": "Base64-encoded audio."},
                        "format": {"type": "string"},
                    },
                    "required": ["data", "format"],
                },
                "language": {"type": "string"},
                "timestamp_granularities": {
                    "type": "array",
                    "items": {"type": "string", "enum": ["word", "segment"]},
                },
            },
            "required": ["model", "input_audio"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "model": {"type": "string"},
                "input_audio": {
                    "type": "object",
                    "properties": {
                        "data": {"type": "string", "description": "Base64-encoded audio."},
                        "format": {"type": "string"},
                    },
                    "required": ["data", "format"],
                    "additionalProperties": False,
                },
                "language": {"type": ["string", "null"]},
                "timestamp_granularities": {
                    "type": ["array", "null"],
                    "items": {"type": "string", "enum": ["word", "segment"]},
                },
            },
            "required": ["model", "input_audio", "language", "timestamp_granularities"],
            "additionalProperties": False,
        },
        "output_schema": {"type": "object", "properties": {"text": {"type": "string"}}},
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": False,
            "idempotentHint": False,
            "openWorldHint": True,
        },
        "arguments": {
            "model": "model",
            "input_audio": "input_audio",
            "language": "language",
            "timestamp_granularities": "timestamp_granularities",
        },
        "extra": {},
        "curated": True,
        "stream": "",
    },
}
