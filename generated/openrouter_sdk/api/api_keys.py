"""API key management endpoints"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, overload

from .._arguments import Arguments as _Arguments
from .._client import Endpoint as _Endpoint
from .._namespace import Namespace as _Namespace
from .._pagination import iterate_pages as _iterate_pages
from .._pagination import iterate_pages_async as _iterate_pages_async
from .._types import CallOptions as _CallOptions

if TYPE_CHECKING:
    import datetime as _dt

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
    "get_current_key",
    "get_current_key_async",
    "ListApiKeysParams",
    "list_api_keys",
    "list_api_keys_async",
    "list_api_keys_iter",
    "list_api_keys_iter_async",
    "CreateKeysParams",
    "create_keys",
    "create_keys_async",
    "GetKeyParams",
    "get_key",
    "get_key_async",
    "DeleteKeysParams",
    "delete_keys",
    "delete_keys_async",
    "UpdateKeysParams",
    "update_keys",
    "update_keys_async",
    "APIKeysAPI",
    "AsyncAPIKeysAPI",
    "RawAPIKeysAPI",
    "AsyncRawAPIKeysAPI",
    "StreamingAPIKeysAPI",
    "AsyncStreamingAPIKeysAPI",
]

_GET_CURRENT_KEY = _Endpoint(
    "GET",
    "/key",
    json=lambda m: m.KeyGetResponse,
    errors="401=UnauthorizedResponse 500=InternalServerResponse",
    args=_Arguments("get_current_key"),
)

_LIST_API_KEYS = _Endpoint(
    "GET",
    "/keys",
    json=lambda m: m.KeysGetResponse,
    errors="401=UnauthorizedResponse 429=TooManyRequestsResponse 500=InternalServerResponse",
    args=_Arguments("list_api_keys", query="include_disabled offset"),
)

_CREATE_KEYS = _Endpoint(
    "POST",
    "/keys",
    json=lambda m: m.KeysPostResponse,
    errors="400=BadRequestResponse 401=UnauthorizedResponse 429=TooManyRequestsResponse 500=InternalServerResponse",
    args=_Arguments(
        "create_keys",
        body="creator_user_id expires_at include_byok_in_limit limit limit_reset name",
        required="name",
        kind="object",
    ),
)

_GET_KEY = _Endpoint(
    "GET",
    "/keys/{hash}",
    json=lambda m: m.KeysHashGetResponse,
    errors="401=UnauthorizedResponse 404=NotFoundResponse 429=TooManyRequestsResponse 500=InternalServerResponse",
    args=_Arguments("get_key", path="hash", required="hash"),
)

_DELETE_KEYS = _Endpoint(
    "DELETE",
    "/keys/{hash}",
    json=lambda m: m.KeysHashDeleteResponse,
    errors="401=UnauthorizedResponse 404=NotFoundResponse 429=TooManyRequestsResponse 500=InternalServerResponse",
    args=_Arguments("delete_keys", path="hash", required="hash"),
)

_UPDATE_KEYS = _Endpoint(
    "PATCH",
    "/keys/{hash}",
    json=lambda m: m.KeysHashPatchResponse,
    errors="400=BadRequestResponse 401=UnauthorizedResponse 404=NotFoundResponse 429=TooManyRequestsResponse 500=InternalServerResponse",
    args=_Arguments(
        "update_keys",
        path="hash",
        body="disabled include_byok_in_limit limit limit_reset name",
        required="hash",
        kind="object",
    ),
)


def get_current_key(
    client: OpenRouter | APIKeysAPI, **params: Unpack[_CallOptions]
) -> _m.KeyGetResponse:
    """Get current API key

    Get information on the API key associated with the current authentication session

    GET /key
    """
    return client._request(_GET_CURRENT_KEY, params)


async def get_current_key_async(
    client: AsyncOpenRouter | AsyncAPIKeysAPI, **params: Unpack[_CallOptions]
) -> _m.KeyGetResponse:
    """Get current API key

    Get information on the API key associated with the current authentication session

    GET /key
    """
    return await client._request(_GET_CURRENT_KEY, params)


class ListApiKeysParams(_CallOptions, total=False):
    """The keyword arguments of `list_api_keys`."""

    include_disabled: str | None
    """Whether to include disabled API keys in the response"""
    offset: int | None
    """Number of API keys to skip for pagination"""


def list_api_keys(
    client: OpenRouter | APIKeysAPI, **params: Unpack[ListApiKeysParams]
) -> _m.KeysGetResponse:
    """List API keys

    List all API keys for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    GET /keys
    """
    return client._request(_LIST_API_KEYS, params)


async def list_api_keys_async(
    client: AsyncOpenRouter | AsyncAPIKeysAPI, **params: Unpack[ListApiKeysParams]
) -> _m.KeysGetResponse:
    """List API keys

    List all API keys for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    GET /keys
    """
    return await client._request(_LIST_API_KEYS, params)


def list_api_keys_iter(
    client: OpenRouter | APIKeysAPI, **params: Unpack[ListApiKeysParams]
) -> Iterator[_m.KeysGetResponseDatum]:
    """Every item of `list_api_keys`, page after page: iterating sends a request per page."""
    return _iterate_pages(
        lambda offset: client._request(_LIST_API_KEYS, {**params, "offset": offset}),
        "data",
        params.get("offset") or 0,
        None,
    )


def list_api_keys_iter_async(
    client: AsyncOpenRouter | AsyncAPIKeysAPI, **params: Unpack[ListApiKeysParams]
) -> AsyncIterator[_m.KeysGetResponseDatum]:
    """Every item of `list_api_keys`, page after page: iterating sends a request per page."""
    return _iterate_pages_async(
        lambda offset: client._request(_LIST_API_KEYS, {**params, "offset": offset}),
        "data",
        params.get("offset") or 0,
        None,
    )


class CreateKeysParams(_CallOptions, total=False):
    """The keyword arguments of `create_keys`."""

    creator_user_id: str | None
    """Optional user ID of the key creator. Only meaningful for organization-owned keys where a specific member is creating the key."""
    expires_at: _dt.datetime | str | None
    """Optional ISO 8601 UTC timestamp when the API key should expire. Must be UTC, other timezones will be rejected"""
    include_byok_in_limit: bool | None
    """Whether to include BYOK usage in the limit"""
    limit: float | None
    """Optional spending limit for the API key in USD"""
    limit_reset: _m.KeysPostRequestLimitReset | str | None
    """Type of limit reset for the API key (daily, weekly, monthly, or null for no reset). Resets happen automatically at midnight UTC, and weeks are Monday through Sunday."""
    name: Required[str]
    """Name for the new API key"""


@overload
def create_keys(
    client: OpenRouter | APIKeysAPI, **params: Unpack[CreateKeysParams]
) -> _m.KeysPostResponse: ...


@overload
def create_keys(
    client: OpenRouter | APIKeysAPI,
    *,
    body: _m.KeysPostRequest | Mapping[str, Any],
    **params: Unpack[_CallOptions],
) -> _m.KeysPostResponse: ...


def create_keys(client: OpenRouter | APIKeysAPI, **params: Any) -> _m.KeysPostResponse:
    """Create a new API key

    Create a new API key for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    POST /keys
    """
    return client._request(_CREATE_KEYS, params)


@overload
async def create_keys_async(
    client: AsyncOpenRouter | AsyncAPIKeysAPI, **params: Unpack[CreateKeysParams]
) -> _m.KeysPostResponse: ...


@overload
async def create_keys_async(
    client: AsyncOpenRouter | AsyncAPIKeysAPI,
    *,
    body: _m.KeysPostRequest | Mapping[str, Any],
    **params: Unpack[_CallOptions],
) -> _m.KeysPostResponse: ...


async def create_keys_async(
    client: AsyncOpenRouter | AsyncAPIKeysAPI, **params: Any
) -> _m.KeysPostResponse:
    """Create a new API key

    Create a new API key for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    POST /keys
    """
    return await client._request(_CREATE_KEYS, params)


class GetKeyParams(_CallOptions, total=False):
    """The keyword arguments of `get_key`."""

    hash: Required[str]
    """The hash identifier of the API key to retrieve"""


def get_key(
    client: OpenRouter | APIKeysAPI, **params: Unpack[GetKeyParams]
) -> _m.KeysHashGetResponse:
    """Get a single API key

    Get a single API key by hash. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    GET /keys/{hash}
    """
    return client._request(_GET_KEY, params)


async def get_key_async(
    client: AsyncOpenRouter | AsyncAPIKeysAPI, **params: Unpack[GetKeyParams]
) -> _m.KeysHashGetResponse:
    """Get a single API key

    Get a single API key by hash. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    GET /keys/{hash}
    """
    return await client._request(_GET_KEY, params)


class DeleteKeysParams(_CallOptions, total=False):
    """The keyword arguments of `delete_keys`."""

    hash: Required[str]
    """The hash identifier of the API key to delete"""


def delete_keys(
    client: OpenRouter | APIKeysAPI, **params: Unpack[DeleteKeysParams]
) -> _m.KeysHashDeleteResponse:
    """Delete an API key

    Delete an existing API key. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    DELETE /keys/{hash}
    """
    return client._request(_DELETE_KEYS, params)


async def delete_keys_async(
    client: AsyncOpenRouter | AsyncAPIKeysAPI, **params: Unpack[DeleteKeysParams]
) -> _m.KeysHashDeleteResponse:
    """Delete an API key

    Delete an existing API key. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    DELETE /keys/{hash}
    """
    return await client._request(_DELETE_KEYS, params)


class _UpdateKeysArgs(_CallOptions, total=False):
    """The parameters of `update_keys` that go with `body=` too."""

    hash: Required[str]
    """The hash identifier of the API key to update"""


class UpdateKeysParams(_UpdateKeysArgs, total=False):
    """The keyword arguments of `update_keys`."""

    disabled: bool | None
    """Whether to disable the API key"""
    include_byok_in_limit: bool | None
    """Whether to include BYOK usage in the limit"""
    limit: float | None
    """New spending limit for the API key in USD"""
    limit_reset: _m.KeysHashPatchRequestLimitReset | str | None
    """New limit reset type for the API key (daily, weekly, monthly, or null for no reset). Resets happen automatically at midnight UTC, and weeks are Monday through Sunday."""
    name: str | None
    """New name for the API key"""


@overload
def update_keys(
    client: OpenRouter | APIKeysAPI, **params: Unpack[UpdateKeysParams]
) -> _m.KeysHashPatchResponse: ...


@overload
def update_keys(
    client: OpenRouter | APIKeysAPI,
    *,
    body: _m.KeysHashPatchRequest | Mapping[str, Any],
    **params: Unpack[_UpdateKeysArgs],
) -> _m.KeysHashPatchResponse: ...


def update_keys(client: OpenRouter | APIKeysAPI, **params: Any) -> _m.KeysHashPatchResponse:
    """Update an API key

    Update an existing API key. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    PATCH /keys/{hash}
    """
    return client._request(_UPDATE_KEYS, params)


@overload
async def update_keys_async(
    client: AsyncOpenRouter | AsyncAPIKeysAPI, **params: Unpack[UpdateKeysParams]
) -> _m.KeysHashPatchResponse: ...


@overload
async def update_keys_async(
    client: AsyncOpenRouter | AsyncAPIKeysAPI,
    *,
    body: _m.KeysHashPatchRequest | Mapping[str, Any],
    **params: Unpack[_UpdateKeysArgs],
) -> _m.KeysHashPatchResponse: ...


async def update_keys_async(
    client: AsyncOpenRouter | AsyncAPIKeysAPI, **params: Any
) -> _m.KeysHashPatchResponse:
    """Update an API key

    Update an existing API key. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    PATCH /keys/{hash}
    """
    return await client._request(_UPDATE_KEYS, params)


class APIKeysAPI(_Namespace):
    """`client.api_keys`: the API Keys operations as methods."""

    get_current_key_metadata = get_current_key

    list = list_api_keys
    list_iter = list_api_keys_iter

    create = create_keys

    get = get_key

    delete = delete_keys

    update = update_keys


class AsyncAPIKeysAPI(_Namespace):
    """`client.api_keys` of the async client: the API Keys operations as methods."""

    get_current_key_metadata = get_current_key_async

    list = list_api_keys_async
    list_iter = list_api_keys_iter_async

    create = create_keys_async

    get = get_key_async

    delete = delete_keys_async

    update = update_keys_async


class RawAPIKeysAPI(_Namespace):
    """`client.with_raw_response.api_keys`: each operation's `APIResponse`."""

    def get_current_key_metadata(
        self, **params: Unpack[_CallOptions]
    ) -> APIResponse[_m.KeyGetResponse]:
        """Get current API key"""
        return self._raw(_GET_CURRENT_KEY, params)

    def list(self, **params: Unpack[ListApiKeysParams]) -> APIResponse[_m.KeysGetResponse]:
        """List API keys"""
        return self._raw(_LIST_API_KEYS, params)

    def create(self, **params: Unpack[CreateKeysParams]) -> APIResponse[_m.KeysPostResponse]:
        """Create a new API key"""
        return self._raw(_CREATE_KEYS, params)

    def get(self, **params: Unpack[GetKeyParams]) -> APIResponse[_m.KeysHashGetResponse]:
        """Get a single API key"""
        return self._raw(_GET_KEY, params)

    def delete(self, **params: Unpack[DeleteKeysParams]) -> APIResponse[_m.KeysHashDeleteResponse]:
        """Delete an API key"""
        return self._raw(_DELETE_KEYS, params)

    def update(self, **params: Unpack[UpdateKeysParams]) -> APIResponse[_m.KeysHashPatchResponse]:
        """Update an API key"""
        return self._raw(_UPDATE_KEYS, params)


class AsyncRawAPIKeysAPI(_Namespace):
    """`client.with_raw_response.api_keys` of the async client."""

    async def get_current_key_metadata(
        self, **params: Unpack[_CallOptions]
    ) -> APIResponse[_m.KeyGetResponse]:
        """Get current API key"""
        return await self._raw(_GET_CURRENT_KEY, params)

    async def list(self, **params: Unpack[ListApiKeysParams]) -> APIResponse[_m.KeysGetResponse]:
        """List API keys"""
        return await self._raw(_LIST_API_KEYS, params)

    async def create(self, **params: Unpack[CreateKeysParams]) -> APIResponse[_m.KeysPostResponse]:
        """Create a new API key"""
        return await self._raw(_CREATE_KEYS, params)

    async def get(self, **params: Unpack[GetKeyParams]) -> APIResponse[_m.KeysHashGetResponse]:
        """Get a single API key"""
        return await self._raw(_GET_KEY, params)

    async def delete(
        self, **params: Unpack[DeleteKeysParams]
    ) -> APIResponse[_m.KeysHashDeleteResponse]:
        """Delete an API key"""
        return await self._raw(_DELETE_KEYS, params)

    async def update(
        self, **params: Unpack[UpdateKeysParams]
    ) -> APIResponse[_m.KeysHashPatchResponse]:
        """Update an API key"""
        return await self._raw(_UPDATE_KEYS, params)


class StreamingAPIKeysAPI(_Namespace):
    """`client.with_streaming_response.api_keys`: each operation's response, its body unread, in a `with` block."""

    def get_current_key_metadata(
        self, **params: Unpack[_CallOptions]
    ) -> ResponseContextManager[StreamedResponse[_m.KeyGetResponse]]:
        """Get current API key"""
        return self._streamed(_GET_CURRENT_KEY, params)

    def list(
        self, **params: Unpack[ListApiKeysParams]
    ) -> ResponseContextManager[StreamedResponse[_m.KeysGetResponse]]:
        """List API keys"""
        return self._streamed(_LIST_API_KEYS, params)

    def create(
        self, **params: Unpack[CreateKeysParams]
    ) -> ResponseContextManager[StreamedResponse[_m.KeysPostResponse]]:
        """Create a new API key"""
        return self._streamed(_CREATE_KEYS, params)

    def get(
        self, **params: Unpack[GetKeyParams]
    ) -> ResponseContextManager[StreamedResponse[_m.KeysHashGetResponse]]:
        """Get a single API key"""
        return self._streamed(_GET_KEY, params)

    def delete(
        self, **params: Unpack[DeleteKeysParams]
    ) -> ResponseContextManager[StreamedResponse[_m.KeysHashDeleteResponse]]:
        """Delete an API key"""
        return self._streamed(_DELETE_KEYS, params)

    def update(
        self, **params: Unpack[UpdateKeysParams]
    ) -> ResponseContextManager[StreamedResponse[_m.KeysHashPatchResponse]]:
        """Update an API key"""
        return self._streamed(_UPDATE_KEYS, params)


class AsyncStreamingAPIKeysAPI(_Namespace):
    """`client.with_streaming_response.api_keys` of the async client (`async with`)."""

    def get_current_key_metadata(
        self, **params: Unpack[_CallOptions]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.KeyGetResponse]]:
        """Get current API key"""
        return self._streamed_async(_GET_CURRENT_KEY, params)

    def list(
        self, **params: Unpack[ListApiKeysParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.KeysGetResponse]]:
        """List API keys"""
        return self._streamed_async(_LIST_API_KEYS, params)

    def create(
        self, **params: Unpack[CreateKeysParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.KeysPostResponse]]:
        """Create a new API key"""
        return self._streamed_async(_CREATE_KEYS, params)

    def get(
        self, **params: Unpack[GetKeyParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.KeysHashGetResponse]]:
        """Get a single API key"""
        return self._streamed_async(_GET_KEY, params)

    def delete(
        self, **params: Unpack[DeleteKeysParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.KeysHashDeleteResponse]]:
        """Delete an API key"""
        return self._streamed_async(_DELETE_KEYS, params)

    def update(
        self, **params: Unpack[UpdateKeysParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.KeysHashPatchResponse]]:
        """Update an API key"""
        return self._streamed_async(_UPDATE_KEYS, params)
