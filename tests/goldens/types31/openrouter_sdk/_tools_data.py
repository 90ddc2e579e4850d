"""The agent tools of the Types 3.1 Fixture API, one per operation a model can call with JSON
arguments: what `openrouter_sdk.tools` serves. Generated from the document; do not edit."""

from __future__ import annotations

from typing import Any

# The curated tools, in the order an agent sees them (`[tool.sdkgen.mcp.curated]`).
CURATED: tuple[str, ...] = (
    "metrics_list_metrics",
    "metrics_record_metric",
    "metrics_get_metric_summary",
)

TOOLS: dict[str, dict[str, Any]] = {
    "metrics_list_metrics": {
        "name": "metrics_list_metrics",
        "operation_id": "listMetrics",
        "client_method": "metrics.list_metrics",
        "description": "List metrics. Returns recorded metric samples created after the given timestamp.",
        "input_schema": {
            "type": "object",
            "properties": {
                "since": {
                    "type": "string",
                    "format": "date-time",
                    "description": "Only return samples recorded at or after this instant (RFC 3339).",
                },
                "max_samples": {"type": "integer", "minimum": 1, "format": "int32"},
            },
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "since": {
                    "type": ["string", "null"],
                    "description": "Only return samples recorded at or after this instant (RFC 3339).",
                },
                "max_samples": {"type": ["integer", "null"]},
            },
            "required": ["since", "max_samples"],
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
        "arguments": {"since": "since", "max_samples": "max_samples"},
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "metrics_record_metric": {
        "name": "metrics_record_metric",
        "operation_id": "recordMetric",
        "client_method": "metrics.record_metric",
        "description": "Record a metric sample. Stores a single metric sample and returns it with server-assigned fields.",
        "input_schema": {
            "type": "object",
            "properties": {
                "object": {
                    "const": "metric.sample",
                    "description": 'Discriminating constant, always "metric.sample".',
                },
                "schema_version": {"type": "integer", "const": 2},
                "name": {"type": "string"},
                "value": {"type": "number", "format": "double"},
                "unit": {
                    "type": ["string", "null"],
                    "description": "Unit of measure, or null for dimensionless values.",
                },
                "count": {"type": "integer", "minimum": 0, "format": "int64"},
                "shard": {"type": "integer", "format": "int32"},
                "recorded_at": {"type": "string", "format": "date-time"},
                "expires_at": {"type": ["string", "null"], "format": "date-time"},
                "day": {"type": "string", "format": "date"},
                "sampled": {"type": ["boolean", "null"]},
                "score": {"type": ["number", "integer", "null"]},
                "labels": {
                    "type": "object",
                    "description": "Free-form string labels.",
                    "properties": {},
                    "additionalProperties": {"type": "string"},
                },
                "tags": {"type": ["array", "null"], "items": {"type": "string"}},
                "buckets": {"type": "array", "items": {"type": "integer", "format": "int64"}},
            },
            "required": ["object", "name", "value", "unit", "recorded_at"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "object": {"type": "string", "description": "JSON text"},
                "schema_version": {"type": ["integer", "null"], "const": 2},
                "name": {"type": "string"},
                "value": {"type": "number"},
                "unit": {
                    "type": ["string", "null"],
                    "description": "Unit of measure, or null for dimensionless values.",
                },
                "count": {"type": ["integer", "null"]},
                "shard": {"type": ["integer", "null"]},
                "recorded_at": {"type": "string"},
                "expires_at": {"type": ["string", "null"]},
                "day": {"type": ["string", "null"]},
                "sampled": {"type": ["boolean", "null"]},
                "score": {"type": ["number", "integer", "null"]},
                "tags": {"type": ["array", "null"], "items": {"type": "string"}},
                "buckets": {"type": ["array", "null"], "items": {"type": "integer"}},
            },
            "required": [
                "object",
                "schema_version",
                "name",
                "value",
                "unit",
                "count",
                "shard",
                "recorded_at",
                "expires_at",
                "day",
                "sampled",
                "score",
                "tags",
                "buckets",
            ],
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
            "object": "object",
            "schema_version": "schema_version",
            "name": "name",
            "value": "value",
            "unit": "unit",
            "count": "count",
            "shard": "shard",
            "recorded_at": "recorded_at",
            "expires_at": "expires_at",
            "day": "day",
            "sampled": "sampled",
            "score": "score",
            "labels": "labels",
            "tags": "tags",
            "buckets": "buckets",
        },
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "metrics_get_metric_summary": {
        "name": "metrics_get_metric_summary",
        "operation_id": "getMetricSummary",
        "client_method": "metrics.get_metric_summary",
        "description": "Summarize metrics. Aggregated counters keyed by metric name.",
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
                "totals": {"type": "object"},
                "latest": {"type": "object"},
                "extra": {"type": "object"},
                "closed": {"type": "object", "properties": {"note": {"type": "string"}}},
                "generated_at": {"type": "string"},
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
}
