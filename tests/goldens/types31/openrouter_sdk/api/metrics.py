"""Operations tagged metrics."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

from .._arguments import Arguments as _Arguments
from .._client import Endpoint as _Endpoint
from .._namespace import Namespace as _Namespace
from .._types import CallOptions as _CallOptions

if TYPE_CHECKING:
    import datetime as _dt

    from typing_extensions import Required, Unpack

    from .. import models as _m
    from .._client import AsyncOpenRouter, OpenRouter
    from .._response import APIResponse
    from .._streamed import (
        AsyncResponseContextManager,
        AsyncStreamedResponse,
        ResponseContextManager,
        StreamedResponse,
    )

_Any = Any
__all__ = [
    "ListMetricsParams",
    "list_metrics",
    "list_metrics_async",
    "RecordMetricParams",
    "record_metric",
    "record_metric_async",
    "get_metric_summary",
    "get_metric_summary_async",
    "MetricsAPI",
    "AsyncMetricsAPI",
    "RawMetricsAPI",
    "AsyncRawMetricsAPI",
    "StreamingMetricsAPI",
    "AsyncStreamingMetricsAPI",
]

_LIST_METRICS = _Endpoint(
    "GET",
    "/metrics",
    auth=False,
    json=lambda m: m.MetricsGetResponse,
    args=_Arguments("list_metrics", query="since max_samples"),
)

_RECORD_METRIC = _Endpoint(
    "POST",
    "/metrics",
    auth=False,
    json=lambda m: m.MetricSample,
    args=_Arguments(
        "record_metric",
        body="object schema_version name value unit count shard recorded_at expires_at day sampled score labels tags buckets",
        required="object name value unit recorded_at",
        kind="object",
    ),
)

_GET_METRIC_SUMMARY = _Endpoint(
    "GET",
    "/metrics/summary",
    auth=False,
    json=lambda m: m.MetricSummary,
    args=_Arguments("get_metric_summary"),
)


class ListMetricsParams(_CallOptions, total=False):
    """The keyword arguments of `list_metrics`."""

    since: str | None
    """Only return samples recorded at or after this instant (RFC 3339)."""
    max_samples: int | None


def list_metrics(
    client: OpenRouter | MetricsAPI, **params: Unpack[ListMetricsParams]
) -> _m.MetricsGetResponse:
    """List metrics

    Returns recorded metric samples created after the given timestamp.

    GET /metrics
    """
    return client._request(_LIST_METRICS, params)


async def list_metrics_async(
    client: AsyncOpenRouter | AsyncMetricsAPI, **params: Unpack[ListMetricsParams]
) -> _m.MetricsGetResponse:
    """List metrics

    Returns recorded metric samples created after the given timestamp.

    GET /metrics
    """
    return await client._request(_LIST_METRICS, params)


class RecordMetricParams(_CallOptions, total=False):
    """The keyword arguments of `record_metric`."""

    object: Required[Literal["metric.sample"]]
    """Discriminating constant, always "metric.sample"."""
    schema_version: Literal[2] | None
    name: Required[str]
    value: Required[float]
    unit: Required[str | None]
    """Unit of measure, or null for dimensionless values."""
    count: int | None
    shard: int | None
    recorded_at: Required[_dt.datetime | str]
    expires_at: _dt.datetime | str | None
    day: _dt.date | str | None
    sampled: bool | None
    score: float | int | None
    labels: Mapping[str, str] | None
    """Free-form string labels."""
    tags: Sequence[str] | None
    buckets: Sequence[int] | None


@overload
def record_metric(
    client: OpenRouter | MetricsAPI, **params: Unpack[RecordMetricParams]
) -> _m.MetricSample: ...


@overload
def record_metric(
    client: OpenRouter | MetricsAPI,
    *,
    body: _m.MetricSample | Mapping[str, Any],
    **params: Unpack[_CallOptions],
) -> _m.MetricSample: ...


def record_metric(client: OpenRouter | MetricsAPI, **params: Any) -> _m.MetricSample:
    """Record a metric sample

    Stores a single metric sample and returns it with server-assigned fields.

    POST /metrics
    """
    return client._request(_RECORD_METRIC, params)


@overload
async def record_metric_async(
    client: AsyncOpenRouter | AsyncMetricsAPI, **params: Unpack[RecordMetricParams]
) -> _m.MetricSample: ...


@overload
async def record_metric_async(
    client: AsyncOpenRouter | AsyncMetricsAPI,
    *,
    body: _m.MetricSample | Mapping[str, Any],
    **params: Unpack[_CallOptions],
) -> _m.MetricSample: ...


async def record_metric_async(
    client: AsyncOpenRouter | AsyncMetricsAPI, **params: Any
) -> _m.MetricSample:
    """Record a metric sample

    Stores a single metric sample and returns it with server-assigned fields.

    POST /metrics
    """
    return await client._request(_RECORD_METRIC, params)


def get_metric_summary(
    client: OpenRouter | MetricsAPI, **params: Unpack[_CallOptions]
) -> _m.MetricSummary:
    """Summarize metrics

    Aggregated counters keyed by metric name.

    GET /metrics/summary
    """
    return client._request(_GET_METRIC_SUMMARY, params)


async def get_metric_summary_async(
    client: AsyncOpenRouter | AsyncMetricsAPI, **params: Unpack[_CallOptions]
) -> _m.MetricSummary:
    """Summarize metrics

    Aggregated counters keyed by metric name.

    GET /metrics/summary
    """
    return await client._request(_GET_METRIC_SUMMARY, params)


class MetricsAPI(_Namespace):
    """`client.metrics`: the metrics operations as methods."""

    list_metrics = list_metrics

    record_metric = record_metric

    get_metric_summary = get_metric_summary


class AsyncMetricsAPI(_Namespace):
    """`client.metrics` of the async client: the metrics operations as methods."""

    list_metrics = list_metrics_async

    record_metric = record_metric_async

    get_metric_summary = get_metric_summary_async


class RawMetricsAPI(_Namespace):
    """`client.with_raw_response.metrics`: each operation's `APIResponse`."""

    def list_metrics(
        self, **params: Unpack[ListMetricsParams]
    ) -> APIResponse[_m.MetricsGetResponse]:
        """List metrics"""
        return self._raw(_LIST_METRICS, params)

    def record_metric(self, **params: Unpack[RecordMetricParams]) -> APIResponse[_m.MetricSample]:
        """Record a metric sample"""
        return self._raw(_RECORD_METRIC, params)

    def get_metric_summary(self, **params: Unpack[_CallOptions]) -> APIResponse[_m.MetricSummary]:
        """Summarize metrics"""
        return self._raw(_GET_METRIC_SUMMARY, params)


class AsyncRawMetricsAPI(_Namespace):
    """`client.with_raw_response.metrics` of the async client."""

    async def list_metrics(
        self, **params: Unpack[ListMetricsParams]
    ) -> APIResponse[_m.MetricsGetResponse]:
        """List metrics"""
        return await self._raw(_LIST_METRICS, params)

    async def record_metric(
        self, **params: Unpack[RecordMetricParams]
    ) -> APIResponse[_m.MetricSample]:
        """Record a metric sample"""
        return await self._raw(_RECORD_METRIC, params)

    async def get_metric_summary(
        self, **params: Unpack[_CallOptions]
    ) -> APIResponse[_m.MetricSummary]:
        """Summarize metrics"""
        return await self._raw(_GET_METRIC_SUMMARY, params)


class StreamingMetricsAPI(_Namespace):
    """`client.with_streaming_response.metrics`: each operation's response, its body unread, in a `with` block."""

    def list_metrics(
        self, **params: Unpack[ListMetricsParams]
    ) -> ResponseContextManager[StreamedResponse[_m.MetricsGetResponse]]:
        """List metrics"""
        return self._streamed(_LIST_METRICS, params)

    def record_metric(
        self, **params: Unpack[RecordMetricParams]
    ) -> ResponseContextManager[StreamedResponse[_m.MetricSample]]:
        """Record a metric sample"""
        return self._streamed(_RECORD_METRIC, params)

    def get_metric_summary(
        self, **params: Unpack[_CallOptions]
    ) -> ResponseContextManager[StreamedResponse[_m.MetricSummary]]:
        """Summarize metrics"""
        return self._streamed(_GET_METRIC_SUMMARY, params)


class AsyncStreamingMetricsAPI(_Namespace):
    """`client.with_streaming_response.metrics` of the async client (`async with`)."""

    def list_metrics(
        self, **params: Unpack[ListMetricsParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.MetricsGetResponse]]:
        """List metrics"""
        return self._streamed_async(_LIST_METRICS, params)

    def record_metric(
        self, **params: Unpack[RecordMetricParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.MetricSample]]:
        """Record a metric sample"""
        return self._streamed_async(_RECORD_METRIC, params)

    def get_metric_summary(
        self, **params: Unpack[_CallOptions]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.MetricSummary]]:
        """Summarize metrics"""
        return self._streamed_async(_GET_METRIC_SUMMARY, params)
