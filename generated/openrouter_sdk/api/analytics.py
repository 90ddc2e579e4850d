"""Analytics and usage endpoints"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._client import Endpoint as _Endpoint
from .._streamed import AsyncResponseContextManager as _AsyncResponseContextManager
from .._streamed import ResponseContextManager as _ResponseContextManager
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._types import RequestOptions as _RequestOptions

if TYPE_CHECKING:
    from .. import models as _m
    from .._client import AsyncOpenRouter, OpenRouter
    from .._response import APIResponse
    from .._streamed import AsyncStreamedResponse, StreamedResponse

_Any = Any
__all__ = [
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
    errors={
        "400": lambda m: m.BadRequestResponse,
        "401": lambda m: m.UnauthorizedResponse,
        "403": lambda m: m.ForbiddenResponse,
        "404": lambda m: m.NotFoundResponse,
        "500": lambda m: m.InternalServerResponse,
    },
)


def get_user_activity(
    client: OpenRouter | AnalyticsAPI,
    *,
    date: str | None = None,
    api_key_hash: str | None = None,
    user_id: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ActivityResponse:
    """Get user activity grouped by endpoint

    Returns user activity data grouped by endpoint for the last 30 (completed) UTC days. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        date: Filter by a single UTC date in the last 30 days (YYYY-MM-DD format).
        api_key_hash: Filter by API key hash (SHA-256 hex string, as returned by the keys API).
        user_id: Filter by org member user ID. Only applicable for organization accounts.

    GET /activity
    """
    return client._request(
        _GET_USER_ACTIVITY,
        query={"date": date, "api_key_hash": api_key_hash, "user_id": user_id},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def get_user_activity_async(
    client: AsyncOpenRouter | AsyncAnalyticsAPI,
    *,
    date: str | None = None,
    api_key_hash: str | None = None,
    user_id: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ActivityResponse:
    """Get user activity grouped by endpoint

    Returns user activity data grouped by endpoint for the last 30 (completed) UTC days. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        date: Filter by a single UTC date in the last 30 days (YYYY-MM-DD format).
        api_key_hash: Filter by API key hash (SHA-256 hex string, as returned by the keys API).
        user_id: Filter by org member user ID. Only applicable for organization accounts.

    GET /activity
    """
    return await client._request(
        _GET_USER_ACTIVITY,
        query={"date": date, "api_key_hash": api_key_hash, "user_id": user_id},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


class AnalyticsAPI:
    """`client.analytics`: the Analytics operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    get_user_activity = get_user_activity


class AsyncAnalyticsAPI:
    """`client.analytics` of the async client: the Analytics operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    get_user_activity = get_user_activity_async


class RawAnalyticsAPI:
    """`client.with_raw_response.analytics`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_user_activity(
        self,
        *,
        date: str | None = None,
        api_key_hash: str | None = None,
        user_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ActivityResponse]:
        """Get user activity grouped by endpoint"""
        return self._client._request(
            _GET_USER_ACTIVITY,
            query={"date": date, "api_key_hash": api_key_hash, "user_id": user_id},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawAnalyticsAPI:
    """`client.with_raw_response.analytics` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def get_user_activity(
        self,
        *,
        date: str | None = None,
        api_key_hash: str | None = None,
        user_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ActivityResponse]:
        """Get user activity grouped by endpoint"""
        return await self._client._request(
            _GET_USER_ACTIVITY,
            query={"date": date, "api_key_hash": api_key_hash, "user_id": user_id},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingAnalyticsAPI:
    """`client.with_streaming_response.analytics`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_user_activity(
        self,
        *,
        date: str | None = None,
        api_key_hash: str | None = None,
        user_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.ActivityResponse]]:
        """Get user activity grouped by endpoint"""

        def _send() -> Any:
            return self._client._request(
                _GET_USER_ACTIVITY,
                query={"date": date, "api_key_hash": api_key_hash, "user_id": user_id},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingAnalyticsAPI:
    """`client.with_streaming_response.analytics` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def get_user_activity(
        self,
        *,
        date: str | None = None,
        api_key_hash: str | None = None,
        user_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.ActivityResponse]]:
        """Get user activity grouped by endpoint"""

        def _send() -> Any:
            return self._client._request(
                _GET_USER_ACTIVITY,
                query={"date": date, "api_key_hash": api_key_hash, "user_id": user_id},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
