"""Operations tagged admin."""

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
    "list_admin_keys",
    "list_admin_keys_async",
    "create_admin_key",
    "create_admin_key_async",
    "AdminAPI",
    "AsyncAdminAPI",
    "RawAdminAPI",
    "AsyncRawAdminAPI",
    "StreamingAdminAPI",
    "AsyncStreamingAdminAPI",
]

_LIST_ADMIN_KEYS = _Endpoint(
    "GET",
    "/admin/keys",
    auth=("header", "X-API-Key"),
    json=lambda m: m.AdminKeysGetResponse,
    errors={"403": lambda m: m.Error},
)

_CREATE_ADMIN_KEY = _Endpoint(
    "POST", "/admin/keys", auth=("header", "X-API-Key"), json=lambda m: m.ApiKey
)


def list_admin_keys(
    client: OpenRouter | AdminAPI,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.AdminKeysGetResponse:
    """List admin keys

    Authenticated with a provisioning key sent in the `X-API-Key` header instead of a bearer token.

    GET /admin/keys
    """
    return client._request(
        _LIST_ADMIN_KEYS,
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def list_admin_keys_async(
    client: AsyncOpenRouter | AsyncAdminAPI,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.AdminKeysGetResponse:
    """List admin keys

    Authenticated with a provisioning key sent in the `X-API-Key` header instead of a bearer token.

    GET /admin/keys
    """
    return await client._request(
        _LIST_ADMIN_KEYS,
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
def create_admin_key(
    client: OpenRouter | AdminAPI,
    *,
    name: str,
    expires_in_days: int | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ApiKey: ...


@overload
def create_admin_key(
    client: OpenRouter | AdminAPI,
    *,
    body: _m.AdminKeysPostRequest | Mapping[str, Any],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ApiKey: ...


def create_admin_key(
    client: OpenRouter | AdminAPI,
    *,
    body: _m.AdminKeysPostRequest | Mapping[str, Any] | None = None,
    name: str | NotGiven = NOT_GIVEN,
    expires_in_days: int | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ApiKey:
    """Create an admin key

    Creates a key; accepts either the provisioning key or a bearer token.

    POST /admin/keys
    """
    return client._request(
        _CREATE_ADMIN_KEY,
        json=_build_body(body, {"name": name, "expires_in_days": expires_in_days}),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def create_admin_key_async(
    client: AsyncOpenRouter | AsyncAdminAPI,
    *,
    name: str,
    expires_in_days: int | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ApiKey: ...


@overload
async def create_admin_key_async(
    client: AsyncOpenRouter | AsyncAdminAPI,
    *,
    body: _m.AdminKeysPostRequest | Mapping[str, Any],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ApiKey: ...


async def create_admin_key_async(
    client: AsyncOpenRouter | AsyncAdminAPI,
    *,
    body: _m.AdminKeysPostRequest | Mapping[str, Any] | None = None,
    name: str | NotGiven = NOT_GIVEN,
    expires_in_days: int | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ApiKey:
    """Create an admin key

    Creates a key; accepts either the provisioning key or a bearer token.

    POST /admin/keys
    """
    return await client._request(
        _CREATE_ADMIN_KEY,
        json=_build_body(body, {"name": name, "expires_in_days": expires_in_days}),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


class AdminAPI:
    """`client.admin`: the admin operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    list_admin_keys = list_admin_keys

    create_admin_key = create_admin_key


class AsyncAdminAPI:
    """`client.admin` of the async client: the admin operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    list_admin_keys = list_admin_keys_async

    create_admin_key = create_admin_key_async


class RawAdminAPI:
    """`client.with_raw_response.admin`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def list_admin_keys(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.AdminKeysGetResponse]:
        """List admin keys"""
        return self._client._request(
            _LIST_ADMIN_KEYS,
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def create_admin_key(
        self,
        *,
        body: _m.AdminKeysPostRequest | Mapping[str, Any] | None = None,
        name: str | NotGiven = NOT_GIVEN,
        expires_in_days: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ApiKey]:
        """Create an admin key"""
        return self._client._request(
            _CREATE_ADMIN_KEY,
            json=_build_body(body, {"name": name, "expires_in_days": expires_in_days}),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawAdminAPI:
    """`client.with_raw_response.admin` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def list_admin_keys(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.AdminKeysGetResponse]:
        """List admin keys"""
        return await self._client._request(
            _LIST_ADMIN_KEYS,
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def create_admin_key(
        self,
        *,
        body: _m.AdminKeysPostRequest | Mapping[str, Any] | None = None,
        name: str | NotGiven = NOT_GIVEN,
        expires_in_days: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ApiKey]:
        """Create an admin key"""
        return await self._client._request(
            _CREATE_ADMIN_KEY,
            json=_build_body(body, {"name": name, "expires_in_days": expires_in_days}),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingAdminAPI:
    """`client.with_streaming_response.admin`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def list_admin_keys(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.AdminKeysGetResponse]]:
        """List admin keys"""

        def _send() -> Any:
            return self._client._request(
                _LIST_ADMIN_KEYS,
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def create_admin_key(
        self,
        *,
        body: _m.AdminKeysPostRequest | Mapping[str, Any] | None = None,
        name: str | NotGiven = NOT_GIVEN,
        expires_in_days: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.ApiKey]]:
        """Create an admin key"""

        def _send() -> Any:
            return self._client._request(
                _CREATE_ADMIN_KEY,
                json=_build_body(body, {"name": name, "expires_in_days": expires_in_days}),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingAdminAPI:
    """`client.with_streaming_response.admin` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def list_admin_keys(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.AdminKeysGetResponse]]:
        """List admin keys"""

        def _send() -> Any:
            return self._client._request(
                _LIST_ADMIN_KEYS,
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def create_admin_key(
        self,
        *,
        body: _m.AdminKeysPostRequest | Mapping[str, Any] | None = None,
        name: str | NotGiven = NOT_GIVEN,
        expires_in_days: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.ApiKey]]:
        """Create an admin key"""

        def _send() -> Any:
            return self._client._request(
                _CREATE_ADMIN_KEY,
                json=_build_body(body, {"name": name, "expires_in_days": expires_in_days}),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
