"""Operations tagged account."""

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
    "get_current_user",
    "get_current_user_async",
    "AccountAPI",
    "AsyncAccountAPI",
    "RawAccountAPI",
    "AsyncRawAccountAPI",
    "StreamingAccountAPI",
    "AsyncStreamingAccountAPI",
]

_GET_CURRENT_USER = _Endpoint(
    "GET", "/me", json=lambda m: m.User, errors="401=Error", args=_Arguments("get_current_user")
)


def get_current_user(client: OpenRouter | AccountAPI, **params: Unpack[_CallOptions]) -> _m.User:
    """Get the current user

    Uses the document-wide bearer token.

    GET /me
    """
    return client._request(_GET_CURRENT_USER, params)


async def get_current_user_async(
    client: AsyncOpenRouter | AsyncAccountAPI, **params: Unpack[_CallOptions]
) -> _m.User:
    """Get the current user

    Uses the document-wide bearer token.

    GET /me
    """
    return await client._request(_GET_CURRENT_USER, params)


class AccountAPI(_Namespace):
    """`client.account`: the account operations as methods."""

    get_current_user = get_current_user


class AsyncAccountAPI(_Namespace):
    """`client.account` of the async client: the account operations as methods."""

    get_current_user = get_current_user_async


class RawAccountAPI(_Namespace):
    """`client.with_raw_response.account`: each operation's `APIResponse`."""

    def get_current_user(self, **params: Unpack[_CallOptions]) -> APIResponse[_m.User]:
        """Get the current user"""
        return self._raw(_GET_CURRENT_USER, params)


class AsyncRawAccountAPI(_Namespace):
    """`client.with_raw_response.account` of the async client."""

    async def get_current_user(self, **params: Unpack[_CallOptions]) -> APIResponse[_m.User]:
        """Get the current user"""
        return await self._raw(_GET_CURRENT_USER, params)


class StreamingAccountAPI(_Namespace):
    """`client.with_streaming_response.account`: each operation's response, its body unread, in a `with` block."""

    def get_current_user(
        self, **params: Unpack[_CallOptions]
    ) -> ResponseContextManager[StreamedResponse[_m.User]]:
        """Get the current user"""
        return self._streamed(_GET_CURRENT_USER, params)


class AsyncStreamingAccountAPI(_Namespace):
    """`client.with_streaming_response.account` of the async client (`async with`)."""

    def get_current_user(
        self, **params: Unpack[_CallOptions]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.User]]:
        """Get the current user"""
        return self._streamed_async(_GET_CURRENT_USER, params)
