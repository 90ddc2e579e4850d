"""Operations tagged system."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._arguments import Arguments as _Arguments
from .._client import Endpoint as _Endpoint
from .._streamed import AsyncResponseContextManager as _AsyncResponseContextManager
from .._streamed import ResponseContextManager as _ResponseContextManager
from .._types import CallOptions as _CallOptions

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .. import models as _m
    from .._client import AsyncOpenRouter, OpenRouter
    from .._response import APIResponse
    from .._streamed import AsyncStreamedResponse, StreamedResponse

_Any = Any
__all__ = [
    "get_health",
    "get_health_async",
    "SystemAPI",
    "AsyncSystemAPI",
    "RawSystemAPI",
    "AsyncRawSystemAPI",
    "StreamingSystemAPI",
    "AsyncStreamingSystemAPI",
]

_GET_HEALTH = _Endpoint(
    "GET", "/health", auth=False, json=lambda m: m.HealthGetResponse, args=_Arguments("get_health")
)


def get_health(
    client: OpenRouter | SystemAPI, **params: Unpack[_CallOptions]
) -> _m.HealthGetResponse:
    """Health check

    Public liveness probe; overrides global security with an empty list so no token is sent.

    GET /health
    """
    return client._request(_GET_HEALTH, params)


async def get_health_async(
    client: AsyncOpenRouter | AsyncSystemAPI, **params: Unpack[_CallOptions]
) -> _m.HealthGetResponse:
    """Health check

    Public liveness probe; overrides global security with an empty list so no token is sent.

    GET /health
    """
    return await client._request(_GET_HEALTH, params)


class SystemAPI:
    """`client.system`: the system operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    get_health = get_health


class AsyncSystemAPI:
    """`client.system` of the async client: the system operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    get_health = get_health_async


class RawSystemAPI:
    """`client.with_raw_response.system`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_health(self, **params: Unpack[_CallOptions]) -> APIResponse[_m.HealthGetResponse]:
        """Health check"""
        return self._client._request(_GET_HEALTH, params, raw=True)


class AsyncRawSystemAPI:
    """`client.with_raw_response.system` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def get_health(self, **params: Unpack[_CallOptions]) -> APIResponse[_m.HealthGetResponse]:
        """Health check"""
        return await self._client._request(_GET_HEALTH, params, raw=True)


class StreamingSystemAPI:
    """`client.with_streaming_response.system`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_health(
        self, **params: Unpack[_CallOptions]
    ) -> _ResponseContextManager[StreamedResponse[_m.HealthGetResponse]]:
        """Health check"""
        return _ResponseContextManager(
            lambda: self._client._request(_GET_HEALTH, params, streamed=True)
        )


class AsyncStreamingSystemAPI:
    """`client.with_streaming_response.system` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def get_health(
        self, **params: Unpack[_CallOptions]
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.HealthGetResponse]]:
        """Health check"""
        return _AsyncResponseContextManager(
            lambda: self._client._request(_GET_HEALTH, params, streamed=True)
        )
