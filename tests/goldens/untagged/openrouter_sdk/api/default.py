"""Operations tagged default."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, overload

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
    "ping",
    "ping_async",
    "get_version",
    "get_version_async",
    "EchoParams",
    "echo",
    "echo_async",
    "DefaultAPI",
    "AsyncDefaultAPI",
    "RawDefaultAPI",
    "AsyncRawDefaultAPI",
    "StreamingDefaultAPI",
    "AsyncStreamingDefaultAPI",
]

_PING = _Endpoint("GET", "/ping", auth=False, json=lambda m: m.Pong, args=_Arguments("ping"))

_GET_VERSION = _Endpoint(
    "GET",
    "/version",
    auth=False,
    json=lambda m: m.VersionGetResponse,
    args=_Arguments("get_version"),
)

_ECHO = _Endpoint(
    "POST",
    "/echo",
    auth=False,
    json=lambda m: m.Echo,
    args=_Arguments("echo", body="message repeat", required="message", kind="object"),
)


def ping(client: OpenRouter | DefaultAPI, **params: Unpack[_CallOptions]) -> _m.Pong:
    """Ping the server

    Untagged operation; the generator must place it under the "default" tag.

    GET /ping
    """
    return client._request(_PING, params)


async def ping_async(
    client: AsyncOpenRouter | AsyncDefaultAPI, **params: Unpack[_CallOptions]
) -> _m.Pong:
    """Ping the server

    Untagged operation; the generator must place it under the "default" tag.

    GET /ping
    """
    return await client._request(_PING, params)


def get_version(
    client: OpenRouter | DefaultAPI, **params: Unpack[_CallOptions]
) -> _m.VersionGetResponse:
    """Get server version

    Second untagged operation, grouped with `ping`.

    GET /version
    """
    return client._request(_GET_VERSION, params)


async def get_version_async(
    client: AsyncOpenRouter | AsyncDefaultAPI, **params: Unpack[_CallOptions]
) -> _m.VersionGetResponse:
    """Get server version

    Second untagged operation, grouped with `ping`.

    GET /version
    """
    return await client._request(_GET_VERSION, params)


class EchoParams(_CallOptions, total=False):
    """The keyword arguments of `echo`."""

    message: Required[str]
    repeat: int


@overload
def echo(client: OpenRouter | DefaultAPI, **params: Unpack[EchoParams]) -> _m.Echo: ...


@overload
def echo(
    client: OpenRouter | DefaultAPI,
    *,
    body: _m.Echo | Mapping[str, Any],
    **params: Unpack[_CallOptions],
) -> _m.Echo: ...


def echo(client: OpenRouter | DefaultAPI, **params: Any) -> _m.Echo:
    """Echo a message

    Explicitly tagged "default"; shares a group with the untagged operations.

    POST /echo
    """
    return client._request(_ECHO, params)


@overload
async def echo_async(
    client: AsyncOpenRouter | AsyncDefaultAPI, **params: Unpack[EchoParams]
) -> _m.Echo: ...


@overload
async def echo_async(
    client: AsyncOpenRouter | AsyncDefaultAPI,
    *,
    body: _m.Echo | Mapping[str, Any],
    **params: Unpack[_CallOptions],
) -> _m.Echo: ...


async def echo_async(client: AsyncOpenRouter | AsyncDefaultAPI, **params: Any) -> _m.Echo:
    """Echo a message

    Explicitly tagged "default"; shares a group with the untagged operations.

    POST /echo
    """
    return await client._request(_ECHO, params)


class DefaultAPI(_Namespace):
    """`client.default`: the default operations as methods."""

    ping = ping

    get_version = get_version

    echo = echo


class AsyncDefaultAPI(_Namespace):
    """`client.default` of the async client: the default operations as methods."""

    ping = ping_async

    get_version = get_version_async

    echo = echo_async


class RawDefaultAPI(_Namespace):
    """`client.with_raw_response.default`: each operation's `APIResponse`."""

    def ping(self, **params: Unpack[_CallOptions]) -> APIResponse[_m.Pong]:
        """Ping the server"""
        return self._raw(_PING, params)

    def get_version(self, **params: Unpack[_CallOptions]) -> APIResponse[_m.VersionGetResponse]:
        """Get server version"""
        return self._raw(_GET_VERSION, params)

    def echo(self, **params: Unpack[EchoParams]) -> APIResponse[_m.Echo]:
        """Echo a message"""
        return self._raw(_ECHO, params)


class AsyncRawDefaultAPI(_Namespace):
    """`client.with_raw_response.default` of the async client."""

    async def ping(self, **params: Unpack[_CallOptions]) -> APIResponse[_m.Pong]:
        """Ping the server"""
        return await self._raw(_PING, params)

    async def get_version(
        self, **params: Unpack[_CallOptions]
    ) -> APIResponse[_m.VersionGetResponse]:
        """Get server version"""
        return await self._raw(_GET_VERSION, params)

    async def echo(self, **params: Unpack[EchoParams]) -> APIResponse[_m.Echo]:
        """Echo a message"""
        return await self._raw(_ECHO, params)


class StreamingDefaultAPI(_Namespace):
    """`client.with_streaming_response.default`: each operation's response, its body unread, in a `with` block."""

    def ping(
        self, **params: Unpack[_CallOptions]
    ) -> ResponseContextManager[StreamedResponse[_m.Pong]]:
        """Ping the server"""
        return self._streamed(_PING, params)

    def get_version(
        self, **params: Unpack[_CallOptions]
    ) -> ResponseContextManager[StreamedResponse[_m.VersionGetResponse]]:
        """Get server version"""
        return self._streamed(_GET_VERSION, params)

    def echo(
        self, **params: Unpack[EchoParams]
    ) -> ResponseContextManager[StreamedResponse[_m.Echo]]:
        """Echo a message"""
        return self._streamed(_ECHO, params)


class AsyncStreamingDefaultAPI(_Namespace):
    """`client.with_streaming_response.default` of the async client (`async with`)."""

    def ping(
        self, **params: Unpack[_CallOptions]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.Pong]]:
        """Ping the server"""
        return self._streamed_async(_PING, params)

    def get_version(
        self, **params: Unpack[_CallOptions]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.VersionGetResponse]]:
        """Get server version"""
        return self._streamed_async(_GET_VERSION, params)

    def echo(
        self, **params: Unpack[EchoParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.Echo]]:
        """Echo a message"""
        return self._streamed_async(_ECHO, params)
