"""Operations tagged users."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._arguments import Arguments as _Arguments
from .._client import Endpoint as _Endpoint
from .._namespace import Namespace as _Namespace
from .._types import CallOptions as _CallOptions

if TYPE_CHECKING:
    from typing_extensions import Required, Unpack

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
    "GetUserParams",
    "get_user",
    "get_user_async",
    "UsersAPI",
    "AsyncUsersAPI",
    "RawUsersAPI",
    "AsyncRawUsersAPI",
    "StreamingUsersAPI",
    "AsyncStreamingUsersAPI",
]

_GET_USER = _Endpoint(
    "GET",
    "/users/{user_id}",
    auth=False,
    json=lambda m: m.User,
    args=_Arguments("get_user", path="user_id", required="user_id"),
)


class GetUserParams(_CallOptions, total=False):
    """The keyword arguments of `get_user`."""

    user_id: Required[int]


def get_user(client: OpenRouter | UsersAPI, **params: Unpack[GetUserParams]) -> _m.User:
    """Get a user

    A normally tagged operation for contrast.

    GET /users/{user_id}
    """
    return client._request(_GET_USER, params)


async def get_user_async(
    client: AsyncOpenRouter | AsyncUsersAPI, **params: Unpack[GetUserParams]
) -> _m.User:
    """Get a user

    A normally tagged operation for contrast.

    GET /users/{user_id}
    """
    return await client._request(_GET_USER, params)


class UsersAPI(_Namespace):
    """`client.users`: the users operations as methods."""

    get_user = get_user


class AsyncUsersAPI(_Namespace):
    """`client.users` of the async client: the users operations as methods."""

    get_user = get_user_async


class RawUsersAPI(_Namespace):
    """`client.with_raw_response.users`: each operation's `APIResponse`."""

    def get_user(self, **params: Unpack[GetUserParams]) -> APIResponse[_m.User]:
        """Get a user"""
        return self._raw(_GET_USER, params)


class AsyncRawUsersAPI(_Namespace):
    """`client.with_raw_response.users` of the async client."""

    async def get_user(self, **params: Unpack[GetUserParams]) -> APIResponse[_m.User]:
        """Get a user"""
        return await self._raw(_GET_USER, params)


class StreamingUsersAPI(_Namespace):
    """`client.with_streaming_response.users`: each operation's response, its body unread, in a `with` block."""

    def get_user(
        self, **params: Unpack[GetUserParams]
    ) -> ResponseContextManager[StreamedResponse[_m.User]]:
        """Get a user"""
        return self._streamed(_GET_USER, params)


class AsyncStreamingUsersAPI(_Namespace):
    """`client.with_streaming_response.users` of the async client (`async with`)."""

    def get_user(
        self, **params: Unpack[GetUserParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.User]]:
        """Get a user"""
        return self._streamed_async(_GET_USER, params)
