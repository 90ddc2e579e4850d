"""`OPERATIONS`: every operation of the API, keyed by operationId.

Docs, tests and agent tooling read this registry; functions are imported on first
access, so reading it imports no API module.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["OPERATIONS", "BodyInfo", "FormInfo", "OperationInfo", "ParameterInfo"]


@dataclass(frozen=True)
class ParameterInfo:
    name: str  # as the API spells it
    python_name: str  # the keyword argument
    location: Literal["path", "query", "header", "body"]
    required: bool


@dataclass(frozen=True)
class BodyInfo:
    content_type: str
    required: bool


@dataclass(frozen=True)
class FormInfo:
    """A multipart/form-data body: the operation's only one, or the one sent instead of
    JSON when `selector` (a keyword argument) is given."""

    fields: tuple[ParameterInfo, ...]
    files: tuple[str, ...]  # wire names of the file fields
    selector: str | None


@dataclass(frozen=True)
class OperationInfo:
    operation_id: str
    method: str
    path: str
    tag: str
    summary: str
    deprecated: bool
    module: str
    function_name: str
    parameters: tuple[ParameterInfo, ...]
    body: BodyInfo | None
    streaming: bool
    form: FormInfo | None = None
    # The method's dotted path under a client: `client.chat.send` is "chat.send".
    client_method: str = ""

    @property
    def function(self) -> Callable[..., Any]:
        """The sync function, e.g. `api.chat.send_chat_completion_request`."""
        return getattr(
            importlib.import_module(f"..api.{self.module}", __name__), self.function_name
        )

    @property
    def async_function(self) -> Callable[..., Any]:
        return getattr(
            importlib.import_module(f"..api.{self.module}", __name__), self.function_name + "_async"
        )


_P = ParameterInfo

OPERATIONS: dict[str, OperationInfo] = {
    "listMetrics": OperationInfo(
        operation_id="listMetrics",
        method="GET",
        path="/metrics",
        tag="metrics",
        summary="List metrics",
        deprecated=False,
        module="metrics",
        function_name="list_metrics",
        parameters=(
            _P("since", "since", "query", False),
            _P("max_samples", "max_samples", "query", False),
        ),
        body=None,
        streaming=False,
        client_method="metrics.list_metrics",
    ),
    "recordMetric": OperationInfo(
        operation_id="recordMetric",
        method="POST",
        path="/metrics",
        tag="metrics",
        summary="Record a metric sample",
        deprecated=False,
        module="metrics",
        function_name="record_metric",
        parameters=(
            _P("object", "object", "body", True),
            _P("schema_version", "schema_version", "body", False),
            _P("name", "name", "body", True),
            _P("value", "value", "body", True),
            _P("unit", "unit", "body", True),
            _P("count", "count", "body", False),
            _P("shard", "shard", "body", False),
            _P("recorded_at", "recorded_at", "body", True),
            _P("expires_at", "expires_at", "body", False),
            _P("day", "day", "body", False),
            _P("sampled", "sampled", "body", False),
            _P("score", "score", "body", False),
            _P("labels", "labels", "body", False),
            _P("tags", "tags", "body", False),
            _P("buckets", "buckets", "body", False),
        ),
        body=BodyInfo("application/json", True),
        streaming=False,
        client_method="metrics.record_metric",
    ),
    "getMetricSummary": OperationInfo(
        operation_id="getMetricSummary",
        method="GET",
        path="/metrics/summary",
        tag="metrics",
        summary="Summarize metrics",
        deprecated=False,
        module="metrics",
        function_name="get_metric_summary",
        parameters=(),
        body=None,
        streaming=False,
        client_method="metrics.get_metric_summary",
    ),
}
