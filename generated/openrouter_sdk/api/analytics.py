"""Analytics and usage endpoints"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._arguments import Arguments as _Arguments
from .._client import Endpoint as _Endpoint
from .._namespace import Namespace as _Namespace
from .._types import CallOptions as _CallOptions

if TYPE_CHECKING:
    from typing_extensions import Unpack

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
    "GetUserActivityParams",
    "get_user_activity",
    "get_user_activity_async",
    "AnalyticsAPI",
    "AsyncAnalyticsAPI",
    "RawAnalyticsAPI",
    "AsyncRawAnalyticsAPI",
    "StreamingAnalyticsAPI",
    "AsyncStreamingAnalyticsAPI",
]

_GET_USER_ACTIVITY = _Endpoint(
    "GET",
    "/activity",
    json=lambda m: m.ActivityResponse,
    errors="400=BadRequestResponse 401=UnauthorizedResponse 403=ForbiddenResponse 404=NotFoundResponse 500=InternalServerResponse",
    args=_Arguments("get_user_activity", query="date api_key_hash user_id"),
)


class GetUserActivityParams(_CallOptions, total=False):
    """The keyword arguments of `get_user_activity`."""

    date: str | None
    """Filter by a single UTC date in the last 30 days (YYYY-MM-DD format)."""
    api_key_hash: str | None
    """Filter by API key hash (SHA-256 hex string, as returned by the keys API)."""
    user_id: str | None
    """Filter by org member user ID. Only applicable for organization accounts."""


def get_user_activity(
    client: OpenRouter | AnalyticsAPI, **params: Unpack[GetUserActivityParams]
) -> _m.ActivityResponse:
    """Get user activity grouped by endpoint

    Returns user activity data grouped by endpoint for the last 30 (completed) UTC days. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    GET /activity
    """
    return client._request(_GET_USER_ACTIVITY, params)


async def get_user_activity_async(
    client: AsyncOpenRouter | AsyncAnalyticsAPI, **params: Unpack[GetUserActivityParams]
) -> _m.ActivityResponse:
    """Get user activity grouped by endpoint

    Returns user activity data grouped by endpoint for the last 30 (completed) UTC days. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    GET /activity
    """
    return await client._request(_GET_USER_ACTIVITY, params)


class AnalyticsAPI(_Namespace):
    """`client.analytics`: the Analytics operations as methods."""

    get_user_activity = get_user_activity


class AsyncAnalyticsAPI(_Namespace):
    """`client.analytics` of the async client: the Analytics operations as methods."""

    get_user_activity = get_user_activity_async


class RawAnalyticsAPI(_Namespace):
    """`client.with_raw_response.analytics`: each operation's `APIResponse`."""

    def get_user_activity(
        self, **params: Unpack[GetUserActivityParams]
    ) -> APIResponse[_m.ActivityResponse]:
        """Get user activity grouped by endpoint"""
        return self._raw(_GET_USER_ACTIVITY, params)


class AsyncRawAnalyticsAPI(_Namespace):
    """`client.with_raw_response.analytics` of the async client."""

    async def get_user_activity(
        self, **params: Unpack[GetUserActivityParams]
    ) -> APIResponse[_m.ActivityResponse]:
        """Get user activity grouped by endpoint"""
        return await self._raw(_GET_USER_ACTIVITY, params)


class StreamingAnalyticsAPI(_Namespace):
    """`client.with_streaming_response.analytics`: each operation's response, its body unread, in a `with` block."""

    def get_user_activity(
        self, **params: Unpack[GetUserActivityParams]
    ) -> ResponseContextManager[StreamedResponse[_m.ActivityResponse]]:
        """Get user activity grouped by endpoint"""
        return self._streamed(_GET_USER_ACTIVITY, params)


class AsyncStreamingAnalyticsAPI(_Namespace):
    """`client.with_streaming_response.analytics` of the async client (`async with`)."""

    def get_user_activity(
        self, **params: Unpack[GetUserActivityParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.ActivityResponse]]:
        """Get user activity grouped by endpoint"""
        return self._streamed_async(_GET_USER_ACTIVITY, params)
