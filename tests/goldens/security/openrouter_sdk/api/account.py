"""Operations tagged account."""

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


class AccountAPI:
    """`client.account`: the account operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    get_current_user = get_current_user


class AsyncAccountAPI:
    """`client.account` of the async client: the account operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    get_current_user = get_current_user_async


class RawAccountAPI:
    """`client.with_raw_response.account`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_current_user(self, **params: Unpack[_CallOptions]) -> APIResponse[_m.User]:
        """Get the current user"""
        return self._client._request(_GET_CURRENT_USER, params, raw=True)


class AsyncRawAccountAPI:
    """`client.with_raw_response.account` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def get_current_user(self, **params: Unpack[_CallOptions]) -> APIResponse[_m.User]:
        """Get the current user"""
        return await self._client._request(_GET_CURRENT_USER, params, raw=True)


class StreamingAccountAPI:
    """`client.with_streaming_response.account`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_current_user(
        self, **params: Unpack[_CallOptions]
    ) -> _ResponseContextManager[StreamedResponse[_m.User]]:
        """Get the current user"""
        return _ResponseContextManager(
            lambda: self._client._request(_GET_CURRENT_USER, params, streamed=True)
        )


class AsyncStreamingAccountAPI:
    """`client.with_streaming_response.account` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def get_current_user(
        self, **params: Unpack[_CallOptions]
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.User]]:
        """Get the current user"""
        return _AsyncResponseContextManager(
            lambda: self._client._request(_GET_CURRENT_USER, params, streamed=True)
        )
