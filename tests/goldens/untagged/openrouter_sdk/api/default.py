"""Operations tagged default."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, overload

from .._client import Endpoint as _Endpoint
from .._client import build_body as _build_body
from .._streamed import AsyncResponseContextManager as _AsyncResponseContextManager
from .._streamed import ResponseContextManager as _ResponseContextManager
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._types import RequestOptions as _RequestOptions

if TYPE_CHECKING:
    from .. import models as _m
    from .._client import AsyncOpenRouter, OpenRouter
    from .._response import APIResponse
    from .._streamed import AsyncStreamedResponse, StreamedResponse

_Any = Any
__all__ = [
    "ping",
    "ping_async",
    "get_version",
    "get_version_async",
    "echo",
    "echo_async",
    "DefaultAPI",
    "AsyncDefaultAPI",
    "RawDefaultAPI",
    "AsyncRawDefaultAPI",
    "StreamingDefaultAPI",
    "AsyncStreamingDefaultAPI",
]

_PING = _Endpoint("GET", "/ping", auth=False, json=lambda m: m.Pong)

_GET_VERSION = _Endpoint("GET", "/version", auth=False, json=lambda m: m.VersionGetResponse)

_ECHO = _Endpoint("POST", "/echo", auth=False, json=lambda m: m.Echo)


def ping(
    client: OpenRouter | DefaultAPI,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Pong:
    """Ping the server

    Untagged operation; the generator must place it under the "default" tag.

    GET /ping
    """
    return client._request(
        _PING,
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def ping_async(
    client: AsyncOpenRouter | AsyncDefaultAPI,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Pong:
    """Ping the server

    Untagged operation; the generator must place it under the "default" tag.

    GET /ping
    """
    return await client._request(
        _PING,
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def get_version(
    client: OpenRouter | DefaultAPI,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.VersionGetResponse:
    """Get server version

    Second untagged operation, grouped with `ping`.

    GET /version
    """
    return client._request(
        _GET_VERSION,
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def get_version_async(
    client: AsyncOpenRouter | AsyncDefaultAPI,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.VersionGetResponse:
    """Get server version

    Second untagged operation, grouped with `ping`.

    GET /version
    """
    return await client._request(
        _GET_VERSION,
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
def echo(
    client: OpenRouter | DefaultAPI,
    *,
    message: str,
    repeat: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Echo: ...


@overload
def echo(
    client: OpenRouter | DefaultAPI,
    *,
    body: _m.Echo | Mapping[str, Any],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Echo: ...


def echo(
    client: OpenRouter | DefaultAPI,
    *,
    body: _m.Echo | Mapping[str, Any] | None = None,
    message: str | NotGiven = NOT_GIVEN,
    repeat: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Echo:
    """Echo a message

    Explicitly tagged "default"; shares a group with the untagged operations.

    POST /echo
    """
    return client._request(
        _ECHO,
        json=_build_body(body, {"message": message, "repeat": repeat}),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def echo_async(
    client: AsyncOpenRouter | AsyncDefaultAPI,
    *,
    message: str,
    repeat: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Echo: ...


@overload
async def echo_async(
    client: AsyncOpenRouter | AsyncDefaultAPI,
    *,
    body: _m.Echo | Mapping[str, Any],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Echo: ...


async def echo_async(
    client: AsyncOpenRouter | AsyncDefaultAPI,
    *,
    body: _m.Echo | Mapping[str, Any] | None = None,
    message: str | NotGiven = NOT_GIVEN,
    repeat: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Echo:
    """Echo a message

    Explicitly tagged "default"; shares a group with the untagged operations.

    POST /echo
    """
    return await client._request(
        _ECHO,
        json=_build_body(body, {"message": message, "repeat": repeat}),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


class DefaultAPI:
    """`client.default`: the default operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    ping = ping

    get_version = get_version

    echo = echo


class AsyncDefaultAPI:
    """`client.default` of the async client: the default operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    ping = ping_async

    get_version = get_version_async

    echo = echo_async


class RawDefaultAPI:
    """`client.with_raw_response.default`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def ping(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Pong]:
        """Ping the server"""
        return self._client._request(
            _PING,
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def get_version(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.VersionGetResponse]:
        """Get server version"""
        return self._client._request(
            _GET_VERSION,
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def echo(
        self,
        *,
        body: _m.Echo | Mapping[str, Any] | None = None,
        message: str | NotGiven = NOT_GIVEN,
        repeat: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Echo]:
        """Echo a message"""
        return self._client._request(
            _ECHO,
            json=_build_body(body, {"message": message, "repeat": repeat}),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawDefaultAPI:
    """`client.with_raw_response.default` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def ping(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Pong]:
        """Ping the server"""
        return await self._client._request(
            _PING,
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def get_version(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.VersionGetResponse]:
        """Get server version"""
        return await self._client._request(
            _GET_VERSION,
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def echo(
        self,
        *,
        body: _m.Echo | Mapping[str, Any] | None = None,
        message: str | NotGiven = NOT_GIVEN,
        repeat: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Echo]:
        """Echo a message"""
        return await self._client._request(
            _ECHO,
            json=_build_body(body, {"message": message, "repeat": repeat}),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingDefaultAPI:
    """`client.with_streaming_response.default`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def ping(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.Pong]]:
        """Ping the server"""

        def _send() -> Any:
            return self._client._request(
                _PING,
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def get_version(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.VersionGetResponse]]:
        """Get server version"""

        def _send() -> Any:
            return self._client._request(
                _GET_VERSION,
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def echo(
        self,
        *,
        body: _m.Echo | Mapping[str, Any] | None = None,
        message: str | NotGiven = NOT_GIVEN,
        repeat: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.Echo]]:
        """Echo a message"""

        def _send() -> Any:
            return self._client._request(
                _ECHO,
                json=_build_body(body, {"message": message, "repeat": repeat}),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingDefaultAPI:
    """`client.with_streaming_response.default` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def ping(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.Pong]]:
        """Ping the server"""

        def _send() -> Any:
            return self._client._request(
                _PING,
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def get_version(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.VersionGetResponse]]:
        """Get server version"""

        def _send() -> Any:
            return self._client._request(
                _GET_VERSION,
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def echo(
        self,
        *,
        body: _m.Echo | Mapping[str, Any] | None = None,
        message: str | NotGiven = NOT_GIVEN,
        repeat: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.Echo]]:
        """Echo a message"""

        def _send() -> Any:
            return self._client._request(
                _ECHO,
                json=_build_body(body, {"message": message, "repeat": repeat}),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
