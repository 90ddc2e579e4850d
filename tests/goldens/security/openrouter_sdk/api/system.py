"""Operations tagged system."""

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


class SystemAPI(_Namespace):
    """`client.system`: the system operations as methods."""

    get_health = get_health


class AsyncSystemAPI(_Namespace):
    """`client.system` of the async client: the system operations as methods."""

    get_health = get_health_async


class RawSystemAPI(_Namespace):
    """`client.with_raw_response.system`: each operation's `APIResponse`."""

    def get_health(self, **params: Unpack[_CallOptions]) -> APIResponse[_m.HealthGetResponse]:
        """Health check"""
        return self._raw(_GET_HEALTH, params)


class AsyncRawSystemAPI(_Namespace):
    """`client.with_raw_response.system` of the async client."""

    async def get_health(self, **params: Unpack[_CallOptions]) -> APIResponse[_m.HealthGetResponse]:
        """Health check"""
        return await self._raw(_GET_HEALTH, params)


class StreamingSystemAPI(_Namespace):
    """`client.with_streaming_response.system`: each operation's response, its body unread, in a `with` block."""

    def get_health(
        self, **params: Unpack[_CallOptions]
    ) -> ResponseContextManager[StreamedResponse[_m.HealthGetResponse]]:
        """Health check"""
        return self._streamed(_GET_HEALTH, params)


class AsyncStreamingSystemAPI(_Namespace):
    """`client.with_streaming_response.system` of the async client (`async with`)."""

    def get_health(
        self, **params: Unpack[_CallOptions]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.HealthGetResponse]]:
        """Health check"""
        return self._streamed_async(_GET_HEALTH, params)
