"""Operations tagged metrics."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

from .._client import Endpoint as _Endpoint
from .._client import build_body as _build_body
from .._streamed import AsyncResponseContextManager as _AsyncResponseContextManager
from .._streamed import ResponseContextManager as _ResponseContextManager
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._types import RequestOptions as _RequestOptions

if TYPE_CHECKING:
    import datetime as _dt

    from .. import models as _m
    from .._client import AsyncOpenRouter, OpenRouter
    from .._response import APIResponse
    from .._streamed import AsyncStreamedResponse, StreamedResponse

_Any = Any
__all__ = [
    "list_metrics",
    "list_metrics_async",
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

_LIST_METRICS = _Endpoint("GET", "/metrics", auth=False, json=lambda m: m.MetricsGetResponse)

_RECORD_METRIC = _Endpoint("POST", "/metrics", auth=False, json=lambda m: m.MetricSample)

_GET_METRIC_SUMMARY = _Endpoint(
    "GET", "/metrics/summary", auth=False, json=lambda m: m.MetricSummary
)


def list_metrics(
    client: OpenRouter | MetricsAPI,
    *,
    since: str | None = None,
    max_samples: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.MetricsGetResponse:
    """List metrics

    Returns recorded metric samples created after the given timestamp.

    Args:
        since: Only return samples recorded at or after this instant (RFC 3339).

    GET /metrics
    """
    return client._request(
        _LIST_METRICS,
        query={"since": since, "max_samples": max_samples},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def list_metrics_async(
    client: AsyncOpenRouter | AsyncMetricsAPI,
    *,
    since: str | None = None,
    max_samples: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.MetricsGetResponse:
    """List metrics

    Returns recorded metric samples created after the given timestamp.

    Args:
        since: Only return samples recorded at or after this instant (RFC 3339).

    GET /metrics
    """
    return await client._request(
        _LIST_METRICS,
        query={"since": since, "max_samples": max_samples},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
def record_metric(
    client: OpenRouter | MetricsAPI,
    *,
    object: Literal["metric.sample"],
    schema_version: Literal[2] | None | NotGiven = NOT_GIVEN,
    name: str,
    value: float,
    unit: str | None,
    count: int | None | NotGiven = NOT_GIVEN,
    shard: int | None | NotGiven = NOT_GIVEN,
    recorded_at: _dt.datetime | str,
    expires_at: _dt.datetime | str | None | NotGiven = NOT_GIVEN,
    day: _dt.date | str | None | NotGiven = NOT_GIVEN,
    sampled: bool | None | NotGiven = NOT_GIVEN,
    score: float | int | None | NotGiven = NOT_GIVEN,
    labels: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
    tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
    buckets: Sequence[int] | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.MetricSample: ...


@overload
def record_metric(
    client: OpenRouter | MetricsAPI,
    *,
    body: _m.MetricSample | Mapping[str, Any],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.MetricSample: ...


def record_metric(
    client: OpenRouter | MetricsAPI,
    *,
    body: _m.MetricSample | Mapping[str, Any] | None = None,
    object: Literal["metric.sample"] | NotGiven = NOT_GIVEN,
    schema_version: Literal[2] | None | NotGiven = NOT_GIVEN,
    name: str | NotGiven = NOT_GIVEN,
    value: float | NotGiven = NOT_GIVEN,
    unit: str | None | NotGiven = NOT_GIVEN,
    count: int | None | NotGiven = NOT_GIVEN,
    shard: int | None | NotGiven = NOT_GIVEN,
    recorded_at: _dt.datetime | str | NotGiven = NOT_GIVEN,
    expires_at: _dt.datetime | str | None | NotGiven = NOT_GIVEN,
    day: _dt.date | str | None | NotGiven = NOT_GIVEN,
    sampled: bool | None | NotGiven = NOT_GIVEN,
    score: float | int | None | NotGiven = NOT_GIVEN,
    labels: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
    tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
    buckets: Sequence[int] | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.MetricSample:
    """Record a metric sample

    Stores a single metric sample and returns it with server-assigned fields.

    Args:
        object: Discriminating constant, always "metric.sample".
        unit: Unit of measure, or null for dimensionless values.
        labels: Free-form string labels.

    POST /metrics
    """
    return client._request(
        _RECORD_METRIC,
        json=_build_body(
            body,
            {
                "object": object,
                "schema_version": schema_version,
                "name": name,
                "value": value,
                "unit": unit,
                "count": count,
                "shard": shard,
                "recorded_at": recorded_at,
                "expires_at": expires_at,
                "day": day,
                "sampled": sampled,
                "score": score,
                "labels": labels,
                "tags": tags,
                "buckets": buckets,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def record_metric_async(
    client: AsyncOpenRouter | AsyncMetricsAPI,
    *,
    object: Literal["metric.sample"],
    schema_version: Literal[2] | None | NotGiven = NOT_GIVEN,
    name: str,
    value: float,
    unit: str | None,
    count: int | None | NotGiven = NOT_GIVEN,
    shard: int | None | NotGiven = NOT_GIVEN,
    recorded_at: _dt.datetime | str,
    expires_at: _dt.datetime | str | None | NotGiven = NOT_GIVEN,
    day: _dt.date | str | None | NotGiven = NOT_GIVEN,
    sampled: bool | None | NotGiven = NOT_GIVEN,
    score: float | int | None | NotGiven = NOT_GIVEN,
    labels: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
    tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
    buckets: Sequence[int] | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.MetricSample: ...


@overload
async def record_metric_async(
    client: AsyncOpenRouter | AsyncMetricsAPI,
    *,
    body: _m.MetricSample | Mapping[str, Any],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.MetricSample: ...


async def record_metric_async(
    client: AsyncOpenRouter | AsyncMetricsAPI,
    *,
    body: _m.MetricSample | Mapping[str, Any] | None = None,
    object: Literal["metric.sample"] | NotGiven = NOT_GIVEN,
    schema_version: Literal[2] | None | NotGiven = NOT_GIVEN,
    name: str | NotGiven = NOT_GIVEN,
    value: float | NotGiven = NOT_GIVEN,
    unit: str | None | NotGiven = NOT_GIVEN,
    count: int | None | NotGiven = NOT_GIVEN,
    shard: int | None | NotGiven = NOT_GIVEN,
    recorded_at: _dt.datetime | str | NotGiven = NOT_GIVEN,
    expires_at: _dt.datetime | str | None | NotGiven = NOT_GIVEN,
    day: _dt.date | str | None | NotGiven = NOT_GIVEN,
    sampled: bool | None | NotGiven = NOT_GIVEN,
    score: float | int | None | NotGiven = NOT_GIVEN,
    labels: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
    tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
    buckets: Sequence[int] | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.MetricSample:
    """Record a metric sample

    Stores a single metric sample and returns it with server-assigned fields.

    Args:
        object: Discriminating constant, always "metric.sample".
        unit: Unit of measure, or null for dimensionless values.
        labels: Free-form string labels.

    POST /metrics
    """
    return await client._request(
        _RECORD_METRIC,
        json=_build_body(
            body,
            {
                "object": object,
                "schema_version": schema_version,
                "name": name,
                "value": value,
                "unit": unit,
                "count": count,
                "shard": shard,
                "recorded_at": recorded_at,
                "expires_at": expires_at,
                "day": day,
                "sampled": sampled,
                "score": score,
                "labels": labels,
                "tags": tags,
                "buckets": buckets,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def get_metric_summary(
    client: OpenRouter | MetricsAPI,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.MetricSummary:
    """Summarize metrics

    Aggregated counters keyed by metric name.

    GET /metrics/summary
    """
    return client._request(
        _GET_METRIC_SUMMARY,
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def get_metric_summary_async(
    client: AsyncOpenRouter | AsyncMetricsAPI,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.MetricSummary:
    """Summarize metrics

    Aggregated counters keyed by metric name.

    GET /metrics/summary
    """
    return await client._request(
        _GET_METRIC_SUMMARY,
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


class MetricsAPI:
    """`client.metrics`: the metrics operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    list_metrics = list_metrics

    record_metric = record_metric

    get_metric_summary = get_metric_summary


class AsyncMetricsAPI:
    """`client.metrics` of the async client: the metrics operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    list_metrics = list_metrics_async

    record_metric = record_metric_async

    get_metric_summary = get_metric_summary_async


class RawMetricsAPI:
    """`client.with_raw_response.metrics`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def list_metrics(
        self,
        *,
        since: str | None = None,
        max_samples: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.MetricsGetResponse]:
        """List metrics"""
        return self._client._request(
            _LIST_METRICS,
            query={"since": since, "max_samples": max_samples},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def record_metric(
        self,
        *,
        body: _m.MetricSample | Mapping[str, Any] | None = None,
        object: Literal["metric.sample"] | NotGiven = NOT_GIVEN,
        schema_version: Literal[2] | None | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        value: float | NotGiven = NOT_GIVEN,
        unit: str | None | NotGiven = NOT_GIVEN,
        count: int | None | NotGiven = NOT_GIVEN,
        shard: int | None | NotGiven = NOT_GIVEN,
        recorded_at: _dt.datetime | str | NotGiven = NOT_GIVEN,
        expires_at: _dt.datetime | str | None | NotGiven = NOT_GIVEN,
        day: _dt.date | str | None | NotGiven = NOT_GIVEN,
        sampled: bool | None | NotGiven = NOT_GIVEN,
        score: float | int | None | NotGiven = NOT_GIVEN,
        labels: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        buckets: Sequence[int] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.MetricSample]:
        """Record a metric sample"""
        return self._client._request(
            _RECORD_METRIC,
            json=_build_body(
                body,
                {
                    "object": object,
                    "schema_version": schema_version,
                    "name": name,
                    "value": value,
                    "unit": unit,
                    "count": count,
                    "shard": shard,
                    "recorded_at": recorded_at,
                    "expires_at": expires_at,
                    "day": day,
                    "sampled": sampled,
                    "score": score,
                    "labels": labels,
                    "tags": tags,
                    "buckets": buckets,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def get_metric_summary(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.MetricSummary]:
        """Summarize metrics"""
        return self._client._request(
            _GET_METRIC_SUMMARY,
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawMetricsAPI:
    """`client.with_raw_response.metrics` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def list_metrics(
        self,
        *,
        since: str | None = None,
        max_samples: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.MetricsGetResponse]:
        """List metrics"""
        return await self._client._request(
            _LIST_METRICS,
            query={"since": since, "max_samples": max_samples},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def record_metric(
        self,
        *,
        body: _m.MetricSample | Mapping[str, Any] | None = None,
        object: Literal["metric.sample"] | NotGiven = NOT_GIVEN,
        schema_version: Literal[2] | None | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        value: float | NotGiven = NOT_GIVEN,
        unit: str | None | NotGiven = NOT_GIVEN,
        count: int | None | NotGiven = NOT_GIVEN,
        shard: int | None | NotGiven = NOT_GIVEN,
        recorded_at: _dt.datetime | str | NotGiven = NOT_GIVEN,
        expires_at: _dt.datetime | str | None | NotGiven = NOT_GIVEN,
        day: _dt.date | str | None | NotGiven = NOT_GIVEN,
        sampled: bool | None | NotGiven = NOT_GIVEN,
        score: float | int | None | NotGiven = NOT_GIVEN,
        labels: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        buckets: Sequence[int] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.MetricSample]:
        """Record a metric sample"""
        return await self._client._request(
            _RECORD_METRIC,
            json=_build_body(
                body,
                {
                    "object": object,
                    "schema_version": schema_version,
                    "name": name,
                    "value": value,
                    "unit": unit,
                    "count": count,
                    "shard": shard,
                    "recorded_at": recorded_at,
                    "expires_at": expires_at,
                    "day": day,
                    "sampled": sampled,
                    "score": score,
                    "labels": labels,
                    "tags": tags,
                    "buckets": buckets,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def get_metric_summary(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.MetricSummary]:
        """Summarize metrics"""
        return await self._client._request(
            _GET_METRIC_SUMMARY,
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingMetricsAPI:
    """`client.with_streaming_response.metrics`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def list_metrics(
        self,
        *,
        since: str | None = None,
        max_samples: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.MetricsGetResponse]]:
        """List metrics"""

        def _send() -> Any:
            return self._client._request(
                _LIST_METRICS,
                query={"since": since, "max_samples": max_samples},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def record_metric(
        self,
        *,
        body: _m.MetricSample | Mapping[str, Any] | None = None,
        object: Literal["metric.sample"] | NotGiven = NOT_GIVEN,
        schema_version: Literal[2] | None | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        value: float | NotGiven = NOT_GIVEN,
        unit: str | None | NotGiven = NOT_GIVEN,
        count: int | None | NotGiven = NOT_GIVEN,
        shard: int | None | NotGiven = NOT_GIVEN,
        recorded_at: _dt.datetime | str | NotGiven = NOT_GIVEN,
        expires_at: _dt.datetime | str | None | NotGiven = NOT_GIVEN,
        day: _dt.date | str | None | NotGiven = NOT_GIVEN,
        sampled: bool | None | NotGiven = NOT_GIVEN,
        score: float | int | None | NotGiven = NOT_GIVEN,
        labels: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        buckets: Sequence[int] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.MetricSample]]:
        """Record a metric sample"""

        def _send() -> Any:
            return self._client._request(
                _RECORD_METRIC,
                json=_build_body(
                    body,
                    {
                        "object": object,
                        "schema_version": schema_version,
                        "name": name,
                        "value": value,
                        "unit": unit,
                        "count": count,
                        "shard": shard,
                        "recorded_at": recorded_at,
                        "expires_at": expires_at,
                        "day": day,
                        "sampled": sampled,
                        "score": score,
                        "labels": labels,
                        "tags": tags,
                        "buckets": buckets,
                    },
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def get_metric_summary(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.MetricSummary]]:
        """Summarize metrics"""

        def _send() -> Any:
            return self._client._request(
                _GET_METRIC_SUMMARY,
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingMetricsAPI:
    """`client.with_streaming_response.metrics` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def list_metrics(
        self,
        *,
        since: str | None = None,
        max_samples: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.MetricsGetResponse]]:
        """List metrics"""

        def _send() -> Any:
            return self._client._request(
                _LIST_METRICS,
                query={"since": since, "max_samples": max_samples},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def record_metric(
        self,
        *,
        body: _m.MetricSample | Mapping[str, Any] | None = None,
        object: Literal["metric.sample"] | NotGiven = NOT_GIVEN,
        schema_version: Literal[2] | None | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        value: float | NotGiven = NOT_GIVEN,
        unit: str | None | NotGiven = NOT_GIVEN,
        count: int | None | NotGiven = NOT_GIVEN,
        shard: int | None | NotGiven = NOT_GIVEN,
        recorded_at: _dt.datetime | str | NotGiven = NOT_GIVEN,
        expires_at: _dt.datetime | str | None | NotGiven = NOT_GIVEN,
        day: _dt.date | str | None | NotGiven = NOT_GIVEN,
        sampled: bool | None | NotGiven = NOT_GIVEN,
        score: float | int | None | NotGiven = NOT_GIVEN,
        labels: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        buckets: Sequence[int] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.MetricSample]]:
        """Record a metric sample"""

        def _send() -> Any:
            return self._client._request(
                _RECORD_METRIC,
                json=_build_body(
                    body,
                    {
                        "object": object,
                        "schema_version": schema_version,
                        "name": name,
                        "value": value,
                        "unit": unit,
                        "count": count,
                        "shard": shard,
                        "recorded_at": recorded_at,
                        "expires_at": expires_at,
                        "day": day,
                        "sampled": sampled,
                        "score": score,
                        "labels": labels,
                        "tags": tags,
                        "buckets": buckets,
                    },
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def get_metric_summary(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.MetricSummary]]:
        """Summarize metrics"""

        def _send() -> Any:
            return self._client._request(
                _GET_METRIC_SUMMARY,
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
