"""Operations tagged feeds."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._arguments import Arguments as _Arguments
from .._client import Endpoint as _Endpoint
from .._streamed import AsyncResponseContextManager as _AsyncResponseContextManager
from .._streamed import ResponseContextManager as _ResponseContextManager
from .._types import CallOptions as _CallOptions

if TYPE_CHECKING:
    from typing_extensions import Unpack

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

_GET_FEED = _Endpoint(
    "GET", "/feed.rss", text=True, accept="application/rss+xml", args=_Arguments("get_feed")
)


def get_feed(client: OpenRouter | FeedsAPI, **params: Unpack[_CallOptions]) -> str:
    """Get the RSS feed

    Returns the public widget feed as an RSS 2.0 XML document.

    GET /feed.rss
    """
    return client._request(_GET_FEED, params)


async def get_feed_async(
    client: AsyncOpenRouter | AsyncFeedsAPI, **params: Unpack[_CallOptions]
) -> str:
    """Get the RSS feed

    Returns the public widget feed as an RSS 2.0 XML document.

    GET /feed.rss
    """
    return await client._request(_GET_FEED, params)


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

    def get_feed(self, **params: Unpack[_CallOptions]) -> APIResponse[str]:
        """Get the RSS feed"""
        return self._client._request(_GET_FEED, params, raw=True)


class AsyncRawFeedsAPI:
    """`client.with_raw_response.feeds` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def get_feed(self, **params: Unpack[_CallOptions]) -> APIResponse[str]:
        """Get the RSS feed"""
        return await self._client._request(_GET_FEED, params, raw=True)


class StreamingFeedsAPI:
    """`client.with_streaming_response.feeds`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_feed(
        self, **params: Unpack[_CallOptions]
    ) -> _ResponseContextManager[StreamedResponse[str]]:
        """Get the RSS feed"""
        return _ResponseContextManager(
            lambda: self._client._request(_GET_FEED, params, streamed=True)
        )


class AsyncStreamingFeedsAPI:
    """`client.with_streaming_response.feeds` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def get_feed(
        self, **params: Unpack[_CallOptions]
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[str]]:
        """Get the RSS feed"""
        return _AsyncResponseContextManager(
            lambda: self._client._request(_GET_FEED, params, streamed=True)
        )
