"""API key management endpoints"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, overload

from .._client import Endpoint as _Endpoint
from .._client import build_body as _build_body
from .._pagination import iterate_pages as _iterate_pages
from .._pagination import iterate_pages_async as _iterate_pages_async
from .._streamed import AsyncResponseContextManager as _AsyncResponseContextManager
from .._streamed import ResponseContextManager as _ResponseContextManager
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._types import RequestOptions as _RequestOptions

if TYPE_CHECKING:
    import datetime as _dt

    from .. import models as _m
    from .._client import AsyncOpenRouter, OpenRouter
    from .._response import APIResponse
    from .._streamed import AsyncStreamedResponse, StreamedResponse

_Any = Any
__all__ = [
    "get_current_key",
    "get_current_key_async",
    "list_api_keys",
    "list_api_keys_async",
    "list_api_keys_iter",
    "list_api_keys_iter_async",
    "create_keys",
    "create_keys_async",
    "get_key",
    "get_key_async",
    "delete_keys",
    "delete_keys_async",
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
    errors={"401": lambda m: m.UnauthorizedResponse, "500": lambda m: m.InternalServerResponse},
)

_LIST_API_KEYS = _Endpoint(
    "GET",
    "/keys",
    json=lambda m: m.KeysGetResponse,
    errors={
        "401": lambda m: m.UnauthorizedResponse,
        "429": lambda m: m.TooManyRequestsResponse,
        "500": lambda m: m.InternalServerResponse,
    },
)

_CREATE_KEYS = _Endpoint(
    "POST",
    "/keys",
    json=lambda m: m.KeysPostResponse,
    errors={
        "400": lambda m: m.BadRequestResponse,
        "401": lambda m: m.UnauthorizedResponse,
        "429": lambda m: m.TooManyRequestsResponse,
        "500": lambda m: m.InternalServerResponse,
    },
)

_GET_KEY = _Endpoint(
    "GET",
    "/keys/{hash}",
    json=lambda m: m.KeysHashGetResponse,
    errors={
        "401": lambda m: m.UnauthorizedResponse,
        "404": lambda m: m.NotFoundResponse,
        "429": lambda m: m.TooManyRequestsResponse,
        "500": lambda m: m.InternalServerResponse,
    },
)

_DELETE_KEYS = _Endpoint(
    "DELETE",
    "/keys/{hash}",
    json=lambda m: m.KeysHashDeleteResponse,
    errors={
        "401": lambda m: m.UnauthorizedResponse,
        "404": lambda m: m.NotFoundResponse,
        "429": lambda m: m.TooManyRequestsResponse,
        "500": lambda m: m.InternalServerResponse,
    },
)

_UPDATE_KEYS = _Endpoint(
    "PATCH",
    "/keys/{hash}",
    json=lambda m: m.KeysHashPatchResponse,
    errors={
        "400": lambda m: m.BadRequestResponse,
        "401": lambda m: m.UnauthorizedResponse,
        "404": lambda m: m.NotFoundResponse,
        "429": lambda m: m.TooManyRequestsResponse,
        "500": lambda m: m.InternalServerResponse,
    },
)


def get_current_key(
    client: OpenRouter | APIKeysAPI,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.KeyGetResponse:
    """Get current API key

    Get information on the API key associated with the current authentication session

    GET /key
    """
    return client._request(
        _GET_CURRENT_KEY,
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def get_current_key_async(
    client: AsyncOpenRouter | AsyncAPIKeysAPI,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.KeyGetResponse:
    """Get current API key

    Get information on the API key associated with the current authentication session

    GET /key
    """
    return await client._request(
        _GET_CURRENT_KEY,
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def list_api_keys(
    client: OpenRouter | APIKeysAPI,
    *,
    include_disabled: str | None = None,
    offset: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.KeysGetResponse:
    """List API keys

    List all API keys for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        include_disabled: Whether to include disabled API keys in the response
        offset: Number of API keys to skip for pagination

    GET /keys
    """
    return client._request(
        _LIST_API_KEYS,
        query={"include_disabled": include_disabled, "offset": offset},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def list_api_keys_async(
    client: AsyncOpenRouter | AsyncAPIKeysAPI,
    *,
    include_disabled: str | None = None,
    offset: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.KeysGetResponse:
    """List API keys

    List all API keys for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        include_disabled: Whether to include disabled API keys in the response
        offset: Number of API keys to skip for pagination

    GET /keys
    """
    return await client._request(
        _LIST_API_KEYS,
        query={"include_disabled": include_disabled, "offset": offset},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def list_api_keys_iter(
    client: OpenRouter | APIKeysAPI,
    *,
    include_disabled: str | None = None,
    offset: int = 0,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Iterator[_m.KeysGetResponseDatum]:
    """Every item of `list_api_keys`, page after page: iterating sends a request per page."""
    return _iterate_pages(
        lambda offset: list_api_keys(
            client,
            include_disabled=include_disabled,
            offset=offset,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        ),
        "data",
        offset,
        None,
    )


def list_api_keys_iter_async(
    client: AsyncOpenRouter | AsyncAPIKeysAPI,
    *,
    include_disabled: str | None = None,
    offset: int = 0,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> AsyncIterator[_m.KeysGetResponseDatum]:
    """Every item of `list_api_keys`, page after page: iterating sends a request per page."""
    return _iterate_pages_async(
        lambda offset: list_api_keys_async(
            client,
            include_disabled=include_disabled,
            offset=offset,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        ),
        "data",
        offset,
        None,
    )


@overload
def create_keys(
    client: OpenRouter | APIKeysAPI,
    *,
    creator_user_id: str | None | NotGiven = NOT_GIVEN,
    expires_at: _dt.datetime | str | None | NotGiven = NOT_GIVEN,
    include_byok_in_limit: bool | None | NotGiven = NOT_GIVEN,
    limit: float | None | NotGiven = NOT_GIVEN,
    limit_reset: _m.KeysPostRequestLimitReset | str | None | NotGiven = NOT_GIVEN,
    name: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.KeysPostResponse: ...


@overload
def create_keys(
    client: OpenRouter | APIKeysAPI,
    *,
    body: _m.KeysPostRequest | Mapping[str, Any],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.KeysPostResponse: ...


def create_keys(
    client: OpenRouter | APIKeysAPI,
    *,
    body: _m.KeysPostRequest | Mapping[str, Any] | None = None,
    creator_user_id: str | None | NotGiven = NOT_GIVEN,
    expires_at: _dt.datetime | str | None | NotGiven = NOT_GIVEN,
    include_byok_in_limit: bool | None | NotGiven = NOT_GIVEN,
    limit: float | None | NotGiven = NOT_GIVEN,
    limit_reset: _m.KeysPostRequestLimitReset | str | None | NotGiven = NOT_GIVEN,
    name: str | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.KeysPostResponse:
    """Create a new API key

    Create a new API key for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        creator_user_id: Optional user ID of the key creator. Only meaningful for organization-owned keys where a specific member is creating the key.
        expires_at: Optional ISO 8601 UTC timestamp when the API key should expire. Must be UTC, other timezones will be rejected
        include_byok_in_limit: Whether to include BYOK usage in the limit
        limit: Optional spending limit for the API key in USD
        limit_reset: Type of limit reset for the API key (daily, weekly, monthly, or null for no reset). Resets happen automatically at midnight UTC, and weeks are Monday through Sunday.
        name: Name for the new API key

    POST /keys
    """
    return client._request(
        _CREATE_KEYS,
        json=_build_body(
            body,
            {
                "creator_user_id": creator_user_id,
                "expires_at": expires_at,
                "include_byok_in_limit": include_byok_in_limit,
                "limit": limit,
                "limit_reset": limit_reset,
                "name": name,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def create_keys_async(
    client: AsyncOpenRouter | AsyncAPIKeysAPI,
    *,
    creator_user_id: str | None | NotGiven = NOT_GIVEN,
    expires_at: _dt.datetime | str | None | NotGiven = NOT_GIVEN,
    include_byok_in_limit: bool | None | NotGiven = NOT_GIVEN,
    limit: float | None | NotGiven = NOT_GIVEN,
    limit_reset: _m.KeysPostRequestLimitReset | str | None | NotGiven = NOT_GIVEN,
    name: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.KeysPostResponse: ...


@overload
async def create_keys_async(
    client: AsyncOpenRouter | AsyncAPIKeysAPI,
    *,
    body: _m.KeysPostRequest | Mapping[str, Any],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.KeysPostResponse: ...


async def create_keys_async(
    client: AsyncOpenRouter | AsyncAPIKeysAPI,
    *,
    body: _m.KeysPostRequest | Mapping[str, Any] | None = None,
    creator_user_id: str | None | NotGiven = NOT_GIVEN,
    expires_at: _dt.datetime | str | None | NotGiven = NOT_GIVEN,
    include_byok_in_limit: bool | None | NotGiven = NOT_GIVEN,
    limit: float | None | NotGiven = NOT_GIVEN,
    limit_reset: _m.KeysPostRequestLimitReset | str | None | NotGiven = NOT_GIVEN,
    name: str | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.KeysPostResponse:
    """Create a new API key

    Create a new API key for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        creator_user_id: Optional user ID of the key creator. Only meaningful for organization-owned keys where a specific member is creating the key.
        expires_at: Optional ISO 8601 UTC timestamp when the API key should expire. Must be UTC, other timezones will be rejected
        include_byok_in_limit: Whether to include BYOK usage in the limit
        limit: Optional spending limit for the API key in USD
        limit_reset: Type of limit reset for the API key (daily, weekly, monthly, or null for no reset). Resets happen automatically at midnight UTC, and weeks are Monday through Sunday.
        name: Name for the new API key

    POST /keys
    """
    return await client._request(
        _CREATE_KEYS,
        json=_build_body(
            body,
            {
                "creator_user_id": creator_user_id,
                "expires_at": expires_at,
                "include_byok_in_limit": include_byok_in_limit,
                "limit": limit,
                "limit_reset": limit_reset,
                "name": name,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def get_key(
    client: OpenRouter | APIKeysAPI,
    *,
    hash: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.KeysHashGetResponse:
    """Get a single API key

    Get a single API key by hash. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        hash: The hash identifier of the API key to retrieve

    GET /keys/{hash}
    """
    return client._request(
        _GET_KEY,
        path={"hash": hash},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def get_key_async(
    client: AsyncOpenRouter | AsyncAPIKeysAPI,
    *,
    hash: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.KeysHashGetResponse:
    """Get a single API key

    Get a single API key by hash. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        hash: The hash identifier of the API key to retrieve

    GET /keys/{hash}
    """
    return await client._request(
        _GET_KEY,
        path={"hash": hash},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def delete_keys(
    client: OpenRouter | APIKeysAPI,
    *,
    hash: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.KeysHashDeleteResponse:
    """Delete an API key

    Delete an existing API key. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        hash: The hash identifier of the API key to delete

    DELETE /keys/{hash}
    """
    return client._request(
        _DELETE_KEYS,
        path={"hash": hash},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def delete_keys_async(
    client: AsyncOpenRouter | AsyncAPIKeysAPI,
    *,
    hash: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.KeysHashDeleteResponse:
    """Delete an API key

    Delete an existing API key. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        hash: The hash identifier of the API key to delete

    DELETE /keys/{hash}
    """
    return await client._request(
        _DELETE_KEYS,
        path={"hash": hash},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
def update_keys(
    client: OpenRouter | APIKeysAPI,
    *,
    disabled: bool | None | NotGiven = NOT_GIVEN,
    include_byok_in_limit: bool | None | NotGiven = NOT_GIVEN,
    limit: float | None | NotGiven = NOT_GIVEN,
    limit_reset: _m.KeysHashPatchRequestLimitReset | str | None | NotGiven = NOT_GIVEN,
    name: str | None | NotGiven = NOT_GIVEN,
    hash: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.KeysHashPatchResponse: ...


@overload
def update_keys(
    client: OpenRouter | APIKeysAPI,
    *,
    body: _m.KeysHashPatchRequest | Mapping[str, Any],
    hash: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.KeysHashPatchResponse: ...


def update_keys(
    client: OpenRouter | APIKeysAPI,
    *,
    body: _m.KeysHashPatchRequest | Mapping[str, Any] | None = None,
    disabled: bool | None | NotGiven = NOT_GIVEN,
    include_byok_in_limit: bool | None | NotGiven = NOT_GIVEN,
    limit: float | None | NotGiven = NOT_GIVEN,
    limit_reset: _m.KeysHashPatchRequestLimitReset | str | None | NotGiven = NOT_GIVEN,
    name: str | None | NotGiven = NOT_GIVEN,
    hash: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.KeysHashPatchResponse:
    """Update an API key

    Update an existing API key. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        hash: The hash identifier of the API key to update
        disabled: Whether to disable the API key
        include_byok_in_limit: Whether to include BYOK usage in the limit
        limit: New spending limit for the API key in USD
        limit_reset: New limit reset type for the API key (daily, weekly, monthly, or null for no reset). Resets happen automatically at midnight UTC, and weeks are Monday through Sunday.
        name: New name for the API key

    PATCH /keys/{hash}
    """
    return client._request(
        _UPDATE_KEYS,
        path={"hash": hash},
        json=_build_body(
            body,
            {
                "disabled": disabled,
                "include_byok_in_limit": include_byok_in_limit,
                "limit": limit,
                "limit_reset": limit_reset,
                "name": name,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def update_keys_async(
    client: AsyncOpenRouter | AsyncAPIKeysAPI,
    *,
    disabled: bool | None | NotGiven = NOT_GIVEN,
    include_byok_in_limit: bool | None | NotGiven = NOT_GIVEN,
    limit: float | None | NotGiven = NOT_GIVEN,
    limit_reset: _m.KeysHashPatchRequestLimitReset | str | None | NotGiven = NOT_GIVEN,
    name: str | None | NotGiven = NOT_GIVEN,
    hash: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.KeysHashPatchResponse: ...


@overload
async def update_keys_async(
    client: AsyncOpenRouter | AsyncAPIKeysAPI,
    *,
    body: _m.KeysHashPatchRequest | Mapping[str, Any],
    hash: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.KeysHashPatchResponse: ...


async def update_keys_async(
    client: AsyncOpenRouter | AsyncAPIKeysAPI,
    *,
    body: _m.KeysHashPatchRequest | Mapping[str, Any] | None = None,
    disabled: bool | None | NotGiven = NOT_GIVEN,
    include_byok_in_limit: bool | None | NotGiven = NOT_GIVEN,
    limit: float | None | NotGiven = NOT_GIVEN,
    limit_reset: _m.KeysHashPatchRequestLimitReset | str | None | NotGiven = NOT_GIVEN,
    name: str | None | NotGiven = NOT_GIVEN,
    hash: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.KeysHashPatchResponse:
    """Update an API key

    Update an existing API key. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        hash: The hash identifier of the API key to update
        disabled: Whether to disable the API key
        include_byok_in_limit: Whether to include BYOK usage in the limit
        limit: New spending limit for the API key in USD
        limit_reset: New limit reset type for the API key (daily, weekly, monthly, or null for no reset). Resets happen automatically at midnight UTC, and weeks are Monday through Sunday.
        name: New name for the API key

    PATCH /keys/{hash}
    """
    return await client._request(
        _UPDATE_KEYS,
        path={"hash": hash},
        json=_build_body(
            body,
            {
                "disabled": disabled,
                "include_byok_in_limit": include_byok_in_limit,
                "limit": limit,
                "limit_reset": limit_reset,
                "name": name,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


class APIKeysAPI:
    """`client.api_keys`: the API Keys operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    get_current_key_metadata = get_current_key

    list = list_api_keys
    list_iter = list_api_keys_iter

    create = create_keys

    get = get_key

    delete = delete_keys

    update = update_keys


class AsyncAPIKeysAPI:
    """`client.api_keys` of the async client: the API Keys operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    get_current_key_metadata = get_current_key_async

    list = list_api_keys_async
    list_iter = list_api_keys_iter_async

    create = create_keys_async

    get = get_key_async

    delete = delete_keys_async

    update = update_keys_async


class RawAPIKeysAPI:
    """`client.with_raw_response.api_keys`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_current_key_metadata(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.KeyGetResponse]:
        """Get current API key"""
        return self._client._request(
            _GET_CURRENT_KEY,
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def list(
        self,
        *,
        include_disabled: str | None = None,
        offset: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.KeysGetResponse]:
        """List API keys"""
        return self._client._request(
            _LIST_API_KEYS,
            query={"include_disabled": include_disabled, "offset": offset},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def create(
        self,
        *,
        body: _m.KeysPostRequest | Mapping[str, Any] | None = None,
        creator_user_id: str | None | NotGiven = NOT_GIVEN,
        expires_at: _dt.datetime | str | None | NotGiven = NOT_GIVEN,
        include_byok_in_limit: bool | None | NotGiven = NOT_GIVEN,
        limit: float | None | NotGiven = NOT_GIVEN,
        limit_reset: _m.KeysPostRequestLimitReset | str | None | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.KeysPostResponse]:
        """Create a new API key"""
        return self._client._request(
            _CREATE_KEYS,
            json=_build_body(
                body,
                {
                    "creator_user_id": creator_user_id,
                    "expires_at": expires_at,
                    "include_byok_in_limit": include_byok_in_limit,
                    "limit": limit,
                    "limit_reset": limit_reset,
                    "name": name,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def get(
        self,
        *,
        hash: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.KeysHashGetResponse]:
        """Get a single API key"""
        return self._client._request(
            _GET_KEY,
            path={"hash": hash},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def delete(
        self,
        *,
        hash: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.KeysHashDeleteResponse]:
        """Delete an API key"""
        return self._client._request(
            _DELETE_KEYS,
            path={"hash": hash},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def update(
        self,
        *,
        body: _m.KeysHashPatchRequest | Mapping[str, Any] | None = None,
        disabled: bool | None | NotGiven = NOT_GIVEN,
        include_byok_in_limit: bool | None | NotGiven = NOT_GIVEN,
        limit: float | None | NotGiven = NOT_GIVEN,
        limit_reset: _m.KeysHashPatchRequestLimitReset | str | None | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        hash: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.KeysHashPatchResponse]:
        """Update an API key"""
        return self._client._request(
            _UPDATE_KEYS,
            path={"hash": hash},
            json=_build_body(
                body,
                {
                    "disabled": disabled,
                    "include_byok_in_limit": include_byok_in_limit,
                    "limit": limit,
                    "limit_reset": limit_reset,
                    "name": name,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawAPIKeysAPI:
    """`client.with_raw_response.api_keys` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def get_current_key_metadata(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.KeyGetResponse]:
        """Get current API key"""
        return await self._client._request(
            _GET_CURRENT_KEY,
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def list(
        self,
        *,
        include_disabled: str | None = None,
        offset: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.KeysGetResponse]:
        """List API keys"""
        return await self._client._request(
            _LIST_API_KEYS,
            query={"include_disabled": include_disabled, "offset": offset},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def create(
        self,
        *,
        body: _m.KeysPostRequest | Mapping[str, Any] | None = None,
        creator_user_id: str | None | NotGiven = NOT_GIVEN,
        expires_at: _dt.datetime | str | None | NotGiven = NOT_GIVEN,
        include_byok_in_limit: bool | None | NotGiven = NOT_GIVEN,
        limit: float | None | NotGiven = NOT_GIVEN,
        limit_reset: _m.KeysPostRequestLimitReset | str | None | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.KeysPostResponse]:
        """Create a new API key"""
        return await self._client._request(
            _CREATE_KEYS,
            json=_build_body(
                body,
                {
                    "creator_user_id": creator_user_id,
                    "expires_at": expires_at,
                    "include_byok_in_limit": include_byok_in_limit,
                    "limit": limit,
                    "limit_reset": limit_reset,
                    "name": name,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def get(
        self,
        *,
        hash: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.KeysHashGetResponse]:
        """Get a single API key"""
        return await self._client._request(
            _GET_KEY,
            path={"hash": hash},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def delete(
        self,
        *,
        hash: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.KeysHashDeleteResponse]:
        """Delete an API key"""
        return await self._client._request(
            _DELETE_KEYS,
            path={"hash": hash},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def update(
        self,
        *,
        body: _m.KeysHashPatchRequest | Mapping[str, Any] | None = None,
        disabled: bool | None | NotGiven = NOT_GIVEN,
        include_byok_in_limit: bool | None | NotGiven = NOT_GIVEN,
        limit: float | None | NotGiven = NOT_GIVEN,
        limit_reset: _m.KeysHashPatchRequestLimitReset | str | None | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        hash: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.KeysHashPatchResponse]:
        """Update an API key"""
        return await self._client._request(
            _UPDATE_KEYS,
            path={"hash": hash},
            json=_build_body(
                body,
                {
                    "disabled": disabled,
                    "include_byok_in_limit": include_byok_in_limit,
                    "limit": limit,
                    "limit_reset": limit_reset,
                    "name": name,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingAPIKeysAPI:
    """`client.with_streaming_response.api_keys`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_current_key_metadata(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.KeyGetResponse]]:
        """Get current API key"""

        def _send() -> Any:
            return self._client._request(
                _GET_CURRENT_KEY,
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def list(
        self,
        *,
        include_disabled: str | None = None,
        offset: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.KeysGetResponse]]:
        """List API keys"""

        def _send() -> Any:
            return self._client._request(
                _LIST_API_KEYS,
                query={"include_disabled": include_disabled, "offset": offset},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def create(
        self,
        *,
        body: _m.KeysPostRequest | Mapping[str, Any] | None = None,
        creator_user_id: str | None | NotGiven = NOT_GIVEN,
        expires_at: _dt.datetime | str | None | NotGiven = NOT_GIVEN,
        include_byok_in_limit: bool | None | NotGiven = NOT_GIVEN,
        limit: float | None | NotGiven = NOT_GIVEN,
        limit_reset: _m.KeysPostRequestLimitReset | str | None | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.KeysPostResponse]]:
        """Create a new API key"""

        def _send() -> Any:
            return self._client._request(
                _CREATE_KEYS,
                json=_build_body(
                    body,
                    {
                        "creator_user_id": creator_user_id,
                        "expires_at": expires_at,
                        "include_byok_in_limit": include_byok_in_limit,
                        "limit": limit,
                        "limit_reset": limit_reset,
                        "name": name,
                    },
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def get(
        self,
        *,
        hash: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.KeysHashGetResponse]]:
        """Get a single API key"""

        def _send() -> Any:
            return self._client._request(
                _GET_KEY,
                path={"hash": hash},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def delete(
        self,
        *,
        hash: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.KeysHashDeleteResponse]]:
        """Delete an API key"""

        def _send() -> Any:
            return self._client._request(
                _DELETE_KEYS,
                path={"hash": hash},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def update(
        self,
        *,
        body: _m.KeysHashPatchRequest | Mapping[str, Any] | None = None,
        disabled: bool | None | NotGiven = NOT_GIVEN,
        include_byok_in_limit: bool | None | NotGiven = NOT_GIVEN,
        limit: float | None | NotGiven = NOT_GIVEN,
        limit_reset: _m.KeysHashPatchRequestLimitReset | str | None | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        hash: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.KeysHashPatchResponse]]:
        """Update an API key"""

        def _send() -> Any:
            return self._client._request(
                _UPDATE_KEYS,
                path={"hash": hash},
                json=_build_body(
                    body,
                    {
                        "disabled": disabled,
                        "include_byok_in_limit": include_byok_in_limit,
                        "limit": limit,
                        "limit_reset": limit_reset,
                        "name": name,
                    },
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingAPIKeysAPI:
    """`client.with_streaming_response.api_keys` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def get_current_key_metadata(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.KeyGetResponse]]:
        """Get current API key"""

        def _send() -> Any:
            return self._client._request(
                _GET_CURRENT_KEY,
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def list(
        self,
        *,
        include_disabled: str | None = None,
        offset: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.KeysGetResponse]]:
        """List API keys"""

        def _send() -> Any:
            return self._client._request(
                _LIST_API_KEYS,
                query={"include_disabled": include_disabled, "offset": offset},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def create(
        self,
        *,
        body: _m.KeysPostRequest | Mapping[str, Any] | None = None,
        creator_user_id: str | None | NotGiven = NOT_GIVEN,
        expires_at: _dt.datetime | str | None | NotGiven = NOT_GIVEN,
        include_byok_in_limit: bool | None | NotGiven = NOT_GIVEN,
        limit: float | None | NotGiven = NOT_GIVEN,
        limit_reset: _m.KeysPostRequestLimitReset | str | None | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.KeysPostResponse]]:
        """Create a new API key"""

        def _send() -> Any:
            return self._client._request(
                _CREATE_KEYS,
                json=_build_body(
                    body,
                    {
                        "creator_user_id": creator_user_id,
                        "expires_at": expires_at,
                        "include_byok_in_limit": include_byok_in_limit,
                        "limit": limit,
                        "limit_reset": limit_reset,
                        "name": name,
                    },
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def get(
        self,
        *,
        hash: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.KeysHashGetResponse]]:
        """Get a single API key"""

        def _send() -> Any:
            return self._client._request(
                _GET_KEY,
                path={"hash": hash},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def delete(
        self,
        *,
        hash: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.KeysHashDeleteResponse]]:
        """Delete an API key"""

        def _send() -> Any:
            return self._client._request(
                _DELETE_KEYS,
                path={"hash": hash},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def update(
        self,
        *,
        body: _m.KeysHashPatchRequest | Mapping[str, Any] | None = None,
        disabled: bool | None | NotGiven = NOT_GIVEN,
        include_byok_in_limit: bool | None | NotGiven = NOT_GIVEN,
        limit: float | None | NotGiven = NOT_GIVEN,
        limit_reset: _m.KeysHashPatchRequestLimitReset | str | None | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        hash: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.KeysHashPatchResponse]]:
        """Update an API key"""

        def _send() -> Any:
            return self._client._request(
                _UPDATE_KEYS,
                path={"hash": hash},
                json=_build_body(
                    body,
                    {
                        "disabled": disabled,
                        "include_byok_in_limit": include_byok_in_limit,
                        "limit": limit,
                        "limit_reset": limit_reset,
                        "name": name,
                    },
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
