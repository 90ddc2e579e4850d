"""Operations tagged feeds."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._client import Endpoint as _Endpoint
from .._streamed import AsyncResponseContextManager as _AsyncResponseContextManager
from .._streamed import ResponseContextManager as _ResponseContextManager
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._types import RequestOptions as _RequestOptions

if TYPE_CHECKING:
    from .._client import AsyncOpenRouter, OpenRouter
    from .._response import APIResponse
    from .._streamed import AsyncStreamedResponse, StreamedResponse

_Any = Any
__all__ = [
    "get_feed",
    "get_feed_async",
    "FeedsAPI",
    "AsyncFeedsAPI",
    "RawFeedsAPI",
    "AsyncRawFeedsAPI",
    "StreamingFeedsAPI",
    "AsyncStreamingFeedsAPI",
]

_GET_FEED = _Endpoint("GET", "/feed.rss", text=True, accept="application/rss+xml")


def get_feed(
    client: OpenRouter | FeedsAPI,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> str:
    """Get the RSS feed

    Returns the public widget feed as an RSS 2.0 XML document.

    GET /feed.rss
    """
    return client._request(
        _GET_FEED,
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def get_feed_async(
    client: AsyncOpenRouter | AsyncFeedsAPI,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> str:
    """Get the RSS feed

    Returns the public widget feed as an RSS 2.0 XML document.

    GET /feed.rss
    """
    return await client._request(
        _GET_FEED,
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


class FeedsAPI:
    """`client.feeds`: the feeds operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    get_feed = get_feed


class AsyncFeedsAPI:
    """`client.feeds` of the async client: the feeds operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    get_feed = get_feed_async


class RawFeedsAPI:
    """`client.with_raw_response.feeds`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_feed(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[str]:
        """Get the RSS feed"""
        return self._client._request(
            _GET_FEED,
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawFeedsAPI:
    """`client.with_raw_response.feeds` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def get_feed(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[str]:
        """Get the RSS feed"""
        return await self._client._request(
            _GET_FEED,
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingFeedsAPI:
    """`client.with_streaming_response.feeds`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_feed(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[str]]:
        """Get the RSS feed"""

        def _send() -> Any:
            return self._client._request(
                _GET_FEED,
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingFeedsAPI:
    """`client.with_streaming_response.feeds` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def get_feed(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[str]]:
        """Get the RSS feed"""

        def _send() -> Any:
            return self._client._request(
                _GET_FEED,
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
