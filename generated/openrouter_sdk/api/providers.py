"""Provider information endpoints"""

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


class ProvidersAPI:
    """`client.providers`: the Providers operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    list_providers = list_providers


class AsyncProvidersAPI:
    """`client.providers` of the async client: the Providers operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    list_providers = list_providers_async


class RawProvidersAPI:
    """`client.with_raw_response.providers`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def list_providers(
        self, **params: Unpack[_CallOptions]
    ) -> APIResponse[_m.ProvidersGetResponse]:
        """List all providers"""
        return self._client._request(_LIST_PROVIDERS, params, raw=True)


class AsyncRawProvidersAPI:
    """`client.with_raw_response.providers` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def list_providers(
        self, **params: Unpack[_CallOptions]
    ) -> APIResponse[_m.ProvidersGetResponse]:
        """List all providers"""
        return await self._client._request(_LIST_PROVIDERS, params, raw=True)


class StreamingProvidersAPI:
    """`client.with_streaming_response.providers`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def list_providers(
        self, **params: Unpack[_CallOptions]
    ) -> _ResponseContextManager[StreamedResponse[_m.ProvidersGetResponse]]:
        """List all providers"""
        return _ResponseContextManager(
            lambda: self._client._request(_LIST_PROVIDERS, params, streamed=True)
        )


class AsyncStreamingProvidersAPI:
    """`client.with_streaming_response.providers` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def list_providers(
        self, **params: Unpack[_CallOptions]
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.ProvidersGetResponse]]:
        """List all providers"""
        return _AsyncResponseContextManager(
            lambda: self._client._request(_LIST_PROVIDERS, params, streamed=True)
        )
