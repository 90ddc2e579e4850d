"""The agent tools of the Nullable 3.0 Fixture API, one per operation a model can call with JSON
arguments: what `openrouter_sdk.tools` serves. Generated from the document; do not edit."""

from __future__ import annotations

from typing import Any

# The curated tools, in the order an agent sees them (`[tool.sdkgen.mcp.curated]`).
CURATED: tuple[str, ...] = (
    "profiles_get_profile",
    "profiles_replace_profile",
    "profiles_rate_profile",
)

TOOLS: dict[str, dict[str, Any]] = {
    "profiles_get_profile": {
        "name": "profiles_get_profile",
        "operation_id": "getProfile",
        "client_method": "profiles.get_profile",
        "description": "Get a profile. Returns a user profile in which many fields may be null.",
        "input_schema": {
            "type": "object",
            "properties": {"profile_id": {"type": "string"}},
            "required": ["profile_id"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {"profile_id": {"type": "string"}},
            "required": ["profile_id"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "display_name": {"type": "string"},
                "bio": {"type": ["string", "null"]},
                "nickname": {"type": ["string", "null"]},
                "address": {"type": ["object", "null"]},
                "visibility": {"type": ["string", "null"]},
                "pronouns": {"type": ["string", "null"]},
                "age": {"type": ["integer", "null"]},
            },
        },
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {"profile_id": "profile_id"},
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "profiles_replace_profile": {
        "name": "profiles_replace_profile",
        "operation_id": "replaceProfile",
        "client_method": "profiles.replace_profile",
        "description": "Replace a profile. Replaces the profile.",
        "input_schema": {
            "type": "object",
            "properties": {
                "profile_id": {"type": "string"},
                "id": {"type": "string"},
                "display_name": {"type": "string"},
                "bio": {
                    "type": ["string", "null"],
                    "description": 'Required but nullable; null means "no bio".',
                },
                "nickname": {"type": ["string", "null"], "description": "Optional and nullable."},
                "address": {
                    "description": "Nullable reference, expressed the 3.0 way with allOf.",
                    "anyOf": [
                        {
                            "type": "object",
                            "properties": {
                                "line1": {"type": "string"},
                                "line2": {"type": ["string", "null"]},
                                "country": {"type": "string"},
                            },
                            "required": ["line1", "country"],
                        },
                        {"type": "null"},
                    ],
                },
                "visibility": {
                    "description": "Nullable reference to an enum component.",
                    "anyOf": [
                        {"type": "string", "enum": ["public", "private", "friends"]},
                        {"type": "null"},
                    ],
                },
                "pronouns": {
                    "description": "Inline nullable enum; null is listed among the values.",
                    "anyOf": [
                        {"type": "string", "enum": ["he/him", "she/her", "they/them"]},
                        {"type": "null"},
                    ],
                },
                "age": {"type": ["integer", "null"], "minimum": 0},
            },
            "required": ["profile_id", "id", "display_name", "bio", "address"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "profile_id": {"type": "string"},
                "id": {"type": "string"},
                "display_name": {"type": "string"},
                "bio": {
                    "type": ["string", "null"],
                    "description": 'Required but nullable; null means "no bio".',
                },
                "nickname": {"type": ["string", "null"], "description": "Optional and nullable."},
                "address": {
                    "anyOf": [
                        {
                            "type": "object",
                            "properties": {
                                "line1": {"type": "string"},
                                "line2": {"type": ["string", "null"]},
                                "country": {"type": "string"},
                            },
                            "required": ["line1", "line2", "country"],
                            "additionalProperties": False,
                        },
                        {"type": "null"},
                    ],
                    "description": "Nullable reference, expressed the 3.0 way with allOf.",
                },
                "visibility": {
                    "anyOf": [
                        {"type": "string", "enum": ["public", "private", "friends"]},
                        {"type": "null"},
                    ],
                    "description": "Nullable reference to an enum component.",
                },
                "pronouns": {
                    "anyOf": [
                        {"type": "string", "enum": ["he/him", "she/her", "they/them"]},
                        {"type": "null"},
                    ],
                    "description": "Inline nullable enum; null is listed among the values.",
                },
                "age": {"type": ["integer", "null"]},
            },
            "required": [
                "profile_id",
                "id",
                "display_name",
                "bio",
                "nickname",
                "address",
                "visibility",
                "pronouns",
                "age",
            ],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "display_name": {"type": "string"},
                "bio": {"type": ["string", "null"]},
                "nickname": {"type": ["string", "null"]},
                "address": {"type": ["object", "null"]},
                "visibility": {"type": ["string", "null"]},
                "pronouns": {"type": ["string", "null"]},
                "age": {"type": ["integer", "null"]},
            },
        },
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": True,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {
            "profile_id": "profile_id",
            "id": "id",
            "display_name": "display_name",
            "bio": "bio",
            "nickname": "nickname",
            "address": "address",
            "visibility": "visibility",
            "pronouns": "pronouns",
            "age": "age",
        },
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "profiles_rate_profile": {
        "name": "profiles_rate_profile",
        "operation_id": "rateProfile",
        "client_method": "profiles.rate_profile",
        "description": "Rate a profile. Submit a score strictly greater than 0 and strictly below 5.",
        "input_schema": {
            "type": "object",
            "properties": {
                "profile_id": {"type": "string"},
                "score": {"type": "number", "description": "Score in the open interval (0, 5)."},
                "weight": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Non-negative weight; exclusiveMinimum false means 0 is allowed.",
                },
                "comment": {"type": ["string", "null"]},
            },
            "required": ["profile_id", "score"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "profile_id": {"type": "string"},
                "score": {"type": "number", "description": "Score in the open interval (0, 5)."},
                "weight": {
                    "type": ["integer", "null"],
                    "description": "Non-negative weight; exclusiveMinimum false means 0 is allowed.",
                },
                "comment": {"type": ["string", "null"]},
            },
            "required": ["profile_id", "score", "weight", "comment"],
            "additionalProperties": False,
        },
        "output_schema": {"type": "object"},
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": False,
            "idempotentHint": False,
            "openWorldHint": True,
        },
        "arguments": {
            "profile_id": "profile_id",
            "score": "score",
            "weight": "weight",
            "comment": "comment",
        },
        "extra": {},
        "curated": True,
        "stream": "",
    },
}
