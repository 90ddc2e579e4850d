"""Provider information endpoints"""

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
    "list_providers",
    "list_providers_async",
    "ProvidersAPI",
    "AsyncProvidersAPI",
    "RawProvidersAPI",
    "AsyncRawProvidersAPI",
    "StreamingProvidersAPI",
    "AsyncStreamingProvidersAPI",
]

_LIST_PROVIDERS = _Endpoint(
    "GET",
    "/providers",
    json=lambda m: m.ProvidersGetResponse,
    errors="500=InternalServerResponse",
    args=_Arguments("list_providers"),
)


def list_providers(
    client: OpenRouter | ProvidersAPI, **params: Unpack[_CallOptions]
) -> _m.ProvidersGetResponse:
    """List all providers

    GET /providers
    """
    return client._request(_LIST_PROVIDERS, params)


async def list_providers_async(
    client: AsyncOpenRouter | AsyncProvidersAPI, **params: Unpack[_CallOptions]
) -> _m.ProvidersGetResponse:
    """List all providers

    GET /providers
    """
    return await client._request(_LIST_PROVIDERS, params)


class ProvidersAPI(_Namespace):
    """`client.providers`: the Providers operations as methods."""

    list = list_providers


class AsyncProvidersAPI(_Namespace):
    """`client.providers` of the async client: the Providers operations as methods."""

    list = list_providers_async


class RawProvidersAPI(_Namespace):
    """`client.with_raw_response.providers`: each operation's `APIResponse`."""

    def list(self, **params: Unpack[_CallOptions]) -> APIResponse[_m.ProvidersGetResponse]:
        """List all providers"""
        return self._raw(_LIST_PROVIDERS, params)


class AsyncRawProvidersAPI(_Namespace):
    """`client.with_raw_response.providers` of the async client."""

    async def list(self, **params: Unpack[_CallOptions]) -> APIResponse[_m.ProvidersGetResponse]:
        """List all providers"""
        return await self._raw(_LIST_PROVIDERS, params)


class StreamingProvidersAPI(_Namespace):
    """`client.with_streaming_response.providers`: each operation's response, its body unread, in a `with` block."""

    def list(
        self, **params: Unpack[_CallOptions]
    ) -> ResponseContextManager[StreamedResponse[_m.ProvidersGetResponse]]:
        """List all providers"""
        return self._streamed(_LIST_PROVIDERS, params)


class AsyncStreamingProvidersAPI(_Namespace):
    """`client.with_streaming_response.providers` of the async client (`async with`)."""

    def list(
        self, **params: Unpack[_CallOptions]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.ProvidersGetResponse]]:
        """List all providers"""
        return self._streamed_async(_LIST_PROVIDERS, params)
