"""Operations tagged feeds."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._arguments import Arguments as _Arguments
from .._client import Endpoint as _Endpoint
from .._namespace import Namespace as _Namespace
from .._types import CallOptions as _CallOptions

if TYPE_CHECKING:
    from typing_extensions import Unpack

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


class FeedsAPI(_Namespace):
    """`client.feeds`: the feeds operations as methods."""

    get_feed = get_feed


class AsyncFeedsAPI(_Namespace):
    """`client.feeds` of the async client: the feeds operations as methods."""

    get_feed = get_feed_async


class RawFeedsAPI(_Namespace):
    """`client.with_raw_response.feeds`: each operation's `APIResponse`."""

    def get_feed(self, **params: Unpack[_CallOptions]) -> APIResponse[str]:
        """Get the RSS feed"""
        return self._raw(_GET_FEED, params)


class AsyncRawFeedsAPI(_Namespace):
    """`client.with_raw_response.feeds` of the async client."""

    async def get_feed(self, **params: Unpack[_CallOptions]) -> APIResponse[str]:
        """Get the RSS feed"""
        return await self._raw(_GET_FEED, params)


class StreamingFeedsAPI(_Namespace):
    """`client.with_streaming_response.feeds`: each operation's response, its body unread, in a `with` block."""

    def get_feed(
        self, **params: Unpack[_CallOptions]
    ) -> ResponseContextManager[StreamedResponse[str]]:
        """Get the RSS feed"""
        return self._streamed(_GET_FEED, params)


class AsyncStreamingFeedsAPI(_Namespace):
    """`client.with_streaming_response.feeds` of the async client (`async with`)."""

    def get_feed(
        self, **params: Unpack[_CallOptions]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[str]]:
        """Get the RSS feed"""
        return self._streamed_async(_GET_FEED, params)
