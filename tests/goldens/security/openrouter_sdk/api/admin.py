"""Operations tagged admin."""

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
    "list_admin_keys",
    "list_admin_keys_async",
    "CreateAdminKeyParams",
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
    errors="403=Error",
    args=_Arguments("list_admin_keys"),
)

_CREATE_ADMIN_KEY = _Endpoint(
    "POST",
    "/admin/keys",
    auth=("header", "X-API-Key"),
    json=lambda m: m.ApiKey,
    args=_Arguments(
        "create_admin_key", body="name expires_in_days", required="name", kind="object"
    ),
)


def list_admin_keys(
    client: OpenRouter | AdminAPI, **params: Unpack[_CallOptions]
) -> _m.AdminKeysGetResponse:
    """List admin keys

    Authenticated with a provisioning key sent in the `X-API-Key` header instead of a bearer token.

    GET /admin/keys
    """
    return client._request(_LIST_ADMIN_KEYS, params)


async def list_admin_keys_async(
    client: AsyncOpenRouter | AsyncAdminAPI, **params: Unpack[_CallOptions]
) -> _m.AdminKeysGetResponse:
    """List admin keys

    Authenticated with a provisioning key sent in the `X-API-Key` header instead of a bearer token.

    GET /admin/keys
    """
    return await client._request(_LIST_ADMIN_KEYS, params)


class CreateAdminKeyParams(_CallOptions, total=False):
    """The keyword arguments of `create_admin_key`."""

    name: Required[str]
    expires_in_days: int | None


@overload
def create_admin_key(
    client: OpenRouter | AdminAPI, **params: Unpack[CreateAdminKeyParams]
) -> _m.ApiKey: ...


@overload
def create_admin_key(
    client: OpenRouter | AdminAPI,
    *,
    body: _m.AdminKeysPostRequest | Mapping[str, Any],
    **params: Unpack[_CallOptions],
) -> _m.ApiKey: ...


def create_admin_key(client: OpenRouter | AdminAPI, **params: Any) -> _m.ApiKey:
    """Create an admin key

    Creates a key; accepts either the provisioning key or a bearer token.

    POST /admin/keys
    """
    return client._request(_CREATE_ADMIN_KEY, params)


@overload
async def create_admin_key_async(
    client: AsyncOpenRouter | AsyncAdminAPI, **params: Unpack[CreateAdminKeyParams]
) -> _m.ApiKey: ...


@overload
async def create_admin_key_async(
    client: AsyncOpenRouter | AsyncAdminAPI,
    *,
    body: _m.AdminKeysPostRequest | Mapping[str, Any],
    **params: Unpack[_CallOptions],
) -> _m.ApiKey: ...


async def create_admin_key_async(
    client: AsyncOpenRouter | AsyncAdminAPI, **params: Any
) -> _m.ApiKey:
    """Create an admin key

    Creates a key; accepts either the provisioning key or a bearer token.

    POST /admin/keys
    """
    return await client._request(_CREATE_ADMIN_KEY, params)


class AdminAPI(_Namespace):
    """`client.admin`: the admin operations as methods."""

    list_admin_keys = list_admin_keys

    create_admin_key = create_admin_key


class AsyncAdminAPI(_Namespace):
    """`client.admin` of the async client: the admin operations as methods."""

    list_admin_keys = list_admin_keys_async

    create_admin_key = create_admin_key_async


class RawAdminAPI(_Namespace):
    """`client.with_raw_response.admin`: each operation's `APIResponse`."""

    def list_admin_keys(
        self, **params: Unpack[_CallOptions]
    ) -> APIResponse[_m.AdminKeysGetResponse]:
        """List admin keys"""
        return self._raw(_LIST_ADMIN_KEYS, params)

    def create_admin_key(self, **params: Unpack[CreateAdminKeyParams]) -> APIResponse[_m.ApiKey]:
        """Create an admin key"""
        return self._raw(_CREATE_ADMIN_KEY, params)


class AsyncRawAdminAPI(_Namespace):
    """`client.with_raw_response.admin` of the async client."""

    async def list_admin_keys(
        self, **params: Unpack[_CallOptions]
    ) -> APIResponse[_m.AdminKeysGetResponse]:
        """List admin keys"""
        return await self._raw(_LIST_ADMIN_KEYS, params)

    async def create_admin_key(
        self, **params: Unpack[CreateAdminKeyParams]
    ) -> APIResponse[_m.ApiKey]:
        """Create an admin key"""
        return await self._raw(_CREATE_ADMIN_KEY, params)


class StreamingAdminAPI(_Namespace):
    """`client.with_streaming_response.admin`: each operation's response, its body unread, in a `with` block."""

    def list_admin_keys(
        self, **params: Unpack[_CallOptions]
    ) -> ResponseContextManager[StreamedResponse[_m.AdminKeysGetResponse]]:
        """List admin keys"""
        return self._streamed(_LIST_ADMIN_KEYS, params)

    def create_admin_key(
        self, **params: Unpack[CreateAdminKeyParams]
    ) -> ResponseContextManager[StreamedResponse[_m.ApiKey]]:
        """Create an admin key"""
        return self._streamed(_CREATE_ADMIN_KEY, params)


class AsyncStreamingAdminAPI(_Namespace):
    """`client.with_streaming_response.admin` of the async client (`async with`)."""

    def list_admin_keys(
        self, **params: Unpack[_CallOptions]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.AdminKeysGetResponse]]:
        """List admin keys"""
        return self._streamed_async(_LIST_ADMIN_KEYS, params)

    def create_admin_key(
        self, **params: Unpack[CreateAdminKeyParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.ApiKey]]:
        """Create an admin key"""
        return self._streamed_async(_CREATE_ADMIN_KEY, params)
