"""Credit management endpoints"""

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
    "get_credits",
    "get_credits_async",
    "create_coinbase_charge",
    "create_coinbase_charge_async",
    "CreditsAPI",
    "AsyncCreditsAPI",
    "RawCreditsAPI",
    "AsyncRawCreditsAPI",
    "StreamingCreditsAPI",
    "AsyncStreamingCreditsAPI",
]

_GET_CREDITS = _Endpoint(
    "GET",
    "/credits",
    json=lambda m: m.CreditsGetResponse,
    errors="401=UnauthorizedResponse 403=ForbiddenResponse 500=InternalServerResponse",
    args=_Arguments("get_credits"),
)

_CREATE_COINBASE_CHARGE = _Endpoint(
    "POST",
    "/credits/coinbase",
    auth=False,
    errors="410=GoneResponse",
    args=_Arguments("create_coinbase_charge"),
)


def get_credits(
    client: OpenRouter | CreditsAPI, **params: Unpack[_CallOptions]
) -> _m.CreditsGetResponse:
    """Get remaining credits

    Get total credits purchased and used for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    GET /credits
    """
    return client._request(_GET_CREDITS, params)


async def get_credits_async(
    client: AsyncOpenRouter | AsyncCreditsAPI, **params: Unpack[_CallOptions]
) -> _m.CreditsGetResponse:
    """Get remaining credits

    Get total credits purchased and used for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    GET /credits
    """
    return await client._request(_GET_CREDITS, params)


def create_coinbase_charge(client: OpenRouter | CreditsAPI, **params: Unpack[_CallOptions]) -> None:
    """Deprecated Coinbase Commerce charge endpoint

    Deprecated. The Coinbase APIs used by this endpoint have been deprecated, so Coinbase Commerce charges have been removed. Use the web credits purchase flow instead.

    Deprecated: the API marks this operation as deprecated.

    POST /credits/coinbase
    """
    return client._request(_CREATE_COINBASE_CHARGE, params)


async def create_coinbase_charge_async(
    client: AsyncOpenRouter | AsyncCreditsAPI, **params: Unpack[_CallOptions]
) -> None:
    """Deprecated Coinbase Commerce charge endpoint

    Deprecated. The Coinbase APIs used by this endpoint have been deprecated, so Coinbase Commerce charges have been removed. Use the web credits purchase flow instead.

    Deprecated: the API marks this operation as deprecated.

    POST /credits/coinbase
    """
    return await client._request(_CREATE_COINBASE_CHARGE, params)


class CreditsAPI(_Namespace):
    """`client.credits`: the Credits operations as methods."""

    get_credits = get_credits

    create_coinbase_charge = create_coinbase_charge


class AsyncCreditsAPI(_Namespace):
    """`client.credits` of the async client: the Credits operations as methods."""

    get_credits = get_credits_async

    create_coinbase_charge = create_coinbase_charge_async


class RawCreditsAPI(_Namespace):
    """`client.with_raw_response.credits`: each operation's `APIResponse`."""

    def get_credits(self, **params: Unpack[_CallOptions]) -> APIResponse[_m.CreditsGetResponse]:
        """Get remaining credits"""
        return self._raw(_GET_CREDITS, params)

    def create_coinbase_charge(self, **params: Unpack[_CallOptions]) -> APIResponse[None]:
        """Deprecated Coinbase Commerce charge endpoint"""
        return self._raw(_CREATE_COINBASE_CHARGE, params)


class AsyncRawCreditsAPI(_Namespace):
    """`client.with_raw_response.credits` of the async client."""

    async def get_credits(
        self, **params: Unpack[_CallOptions]
    ) -> APIResponse[_m.CreditsGetResponse]:
        """Get remaining credits"""
        return await self._raw(_GET_CREDITS, params)

    async def create_coinbase_charge(self, **params: Unpack[_CallOptions]) -> APIResponse[None]:
        """Deprecated Coinbase Commerce charge endpoint"""
        return await self._raw(_CREATE_COINBASE_CHARGE, params)


class StreamingCreditsAPI(_Namespace):
    """`client.with_streaming_response.credits`: each operation's response, its body unread, in a `with` block."""

    def get_credits(
        self, **params: Unpack[_CallOptions]
    ) -> ResponseContextManager[StreamedResponse[_m.CreditsGetResponse]]:
        """Get remaining credits"""
        return self._streamed(_GET_CREDITS, params)

    def create_coinbase_charge(
        self, **params: Unpack[_CallOptions]
    ) -> ResponseContextManager[StreamedResponse[None]]:
        """Deprecated Coinbase Commerce charge endpoint"""
        return self._streamed(_CREATE_COINBASE_CHARGE, params)


class AsyncStreamingCreditsAPI(_Namespace):
    """`client.with_streaming_response.credits` of the async client (`async with`)."""

    def get_credits(
        self, **params: Unpack[_CallOptions]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.CreditsGetResponse]]:
        """Get remaining credits"""
        return self._streamed_async(_GET_CREDITS, params)

    def create_coinbase_charge(
        self, **params: Unpack[_CallOptions]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[None]]:
        """Deprecated Coinbase Commerce charge endpoint"""
        return self._streamed_async(_CREATE_COINBASE_CHARGE, params)
