"""Catalog items."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._client import Endpoint as _Endpoint
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
    "list_items",
    "list_items_async",
    "get_item",
    "get_item_async",
    "delete_item",
    "delete_item_async",
    "get_item_version",
    "get_item_version_async",
    "ItemsAPI",
    "AsyncItemsAPI",
    "RawItemsAPI",
    "AsyncRawItemsAPI",
    "StreamingItemsAPI",
    "AsyncStreamingItemsAPI",
]

_LIST_ITEMS = _Endpoint("GET", "/items", auth=False, json=lambda m: m.ItemsGetResponse)

_GET_ITEM = _Endpoint("GET", "/items/{item_id}", auth=False, json=lambda m: m.Item)

_DELETE_ITEM = _Endpoint("DELETE", "/items/{item_id}", auth=False)

_GET_ITEM_VERSION = _Endpoint(
    "GET", "/items/{item_id}/versions/{version}", auth=False, json=lambda m: m.Item
)


def list_items(
    client: OpenRouter | ItemsAPI,
    *,
    x_request_id: str | None = None,
    limit: int | None = None,
    status: _m.ItemsGetParametersQueryStatus | str | None = None,
    include_deleted: bool | None = None,
    tags: Sequence[str] | None = None,
    ids: Sequence[int] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ItemsGetResponse:
    """List catalog items

    Returns catalog items filtered by status, tags and ids.

    Args:
        x_request_id: Client-supplied request id echoed back in logs.
        limit: Maximum number of items to return. (server default: 20)
        status: Only return items with this status.
        include_deleted: Whether soft-deleted items are included. (server default: False)
        tags: Repeated query parameter, e.g. `?tags=a&tags=b`.
        ids: Comma-separated list of ids, e.g. `?ids=1,2,3`.

    GET /items
    """
    return client._request(
        _LIST_ITEMS,
        query={
            "limit": limit,
            "status": status,
            "include_deleted": include_deleted,
            "tags": tags,
            "ids": ids,
        },
        explode={"ids": False},
        headers={
            "X-Request-Id": x_request_id,
        },
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def list_items_async(
    client: AsyncOpenRouter | AsyncItemsAPI,
    *,
    x_request_id: str | None = None,
    limit: int | None = None,
    status: _m.ItemsGetParametersQueryStatus | str | None = None,
    include_deleted: bool | None = None,
    tags: Sequence[str] | None = None,
    ids: Sequence[int] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ItemsGetResponse:
    """List catalog items

    Returns catalog items filtered by status, tags and ids.

    Args:
        x_request_id: Client-supplied request id echoed back in logs.
        limit: Maximum number of items to return. (server default: 20)
        status: Only return items with this status.
        include_deleted: Whether soft-deleted items are included. (server default: False)
        tags: Repeated query parameter, e.g. `?tags=a&tags=b`.
        ids: Comma-separated list of ids, e.g. `?ids=1,2,3`.

    GET /items
    """
    return await client._request(
        _LIST_ITEMS,
        query={
            "limit": limit,
            "status": status,
            "include_deleted": include_deleted,
            "tags": tags,
            "ids": ids,
        },
        explode={"ids": False},
        headers={
            "X-Request-Id": x_request_id,
        },
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def get_item(
    client: OpenRouter | ItemsAPI,
    *,
    item_id: str,
    x_request_id: str | None = None,
    expand: bool | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Item:
    """Get an item

    Fetch a single item by its identifier.

    Args:
        item_id: Identifier of the item, shared by every operation on this path.
        x_request_id: Client-supplied request id echoed back in logs.
        expand: Expand nested objects in the response.

    GET /items/{item_id}
    """
    return client._request(
        _GET_ITEM,
        path={"item_id": item_id},
        query={"expand": expand},
        headers={
            "X-Request-Id": x_request_id,
        },
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def get_item_async(
    client: AsyncOpenRouter | AsyncItemsAPI,
    *,
    item_id: str,
    x_request_id: str | None = None,
    expand: bool | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Item:
    """Get an item

    Fetch a single item by its identifier.

    Args:
        item_id: Identifier of the item, shared by every operation on this path.
        x_request_id: Client-supplied request id echoed back in logs.
        expand: Expand nested objects in the response.

    GET /items/{item_id}
    """
    return await client._request(
        _GET_ITEM,
        path={"item_id": item_id},
        query={"expand": expand},
        headers={
            "X-Request-Id": x_request_id,
        },
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def delete_item(
    client: OpenRouter | ItemsAPI,
    *,
    item_id: str,
    idempotency_key: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> None:
    """Delete an item

    Permanently deletes the item. Requires an idempotency key header.

    Args:
        item_id: Identifier of the item, shared by every operation on this path.
        idempotency_key: Unique key that makes retries of this request safe.

    DELETE /items/{item_id}
    """
    return client._request(
        _DELETE_ITEM,
        path={"item_id": item_id},
        headers={
            "Idempotency-Key": idempotency_key,
        },
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def delete_item_async(
    client: AsyncOpenRouter | AsyncItemsAPI,
    *,
    item_id: str,
    idempotency_key: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> None:
    """Delete an item

    Permanently deletes the item. Requires an idempotency key header.

    Args:
        item_id: Identifier of the item, shared by every operation on this path.
        idempotency_key: Unique key that makes retries of this request safe.

    DELETE /items/{item_id}
    """
    return await client._request(
        _DELETE_ITEM,
        path={"item_id": item_id},
        headers={
            "Idempotency-Key": idempotency_key,
        },
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def get_item_version(
    client: OpenRouter | ItemsAPI,
    *,
    item_id: str,
    version: int,
    format: _m.ItemsItemIdVersionsVersionGetParametersQueryFormat | str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Item:
    """Get a specific item version

    Fetch a historical version of an item by its integer version number.

    Args:
        item_id: Identifier of the item.
        version: Version number, starting at 1.
        format: Output format for the version payload.

    GET /items/{item_id}/versions/{version}
    """
    return client._request(
        _GET_ITEM_VERSION,
        path={"item_id": item_id, "version": version},
        query={"format": format},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def get_item_version_async(
    client: AsyncOpenRouter | AsyncItemsAPI,
    *,
    item_id: str,
    version: int,
    format: _m.ItemsItemIdVersionsVersionGetParametersQueryFormat | str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Item:
    """Get a specific item version

    Fetch a historical version of an item by its integer version number.

    Args:
        item_id: Identifier of the item.
        version: Version number, starting at 1.
        format: Output format for the version payload.

    GET /items/{item_id}/versions/{version}
    """
    return await client._request(
        _GET_ITEM_VERSION,
        path={"item_id": item_id, "version": version},
        query={"format": format},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


class ItemsAPI:
    """`client.items`: the items operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    list_items = list_items

    get_item = get_item

    delete_item = delete_item

    get_item_version = get_item_version


class AsyncItemsAPI:
    """`client.items` of the async client: the items operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    list_items = list_items_async

    get_item = get_item_async

    delete_item = delete_item_async

    get_item_version = get_item_version_async


class RawItemsAPI:
    """`client.with_raw_response.items`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def list_items(
        self,
        *,
        x_request_id: str | None = None,
        limit: int | None = None,
        status: _m.ItemsGetParametersQueryStatus | str | None = None,
        include_deleted: bool | None = None,
        tags: Sequence[str] | None = None,
        ids: Sequence[int] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ItemsGetResponse]:
        """List catalog items"""
        return self._client._request(
            _LIST_ITEMS,
            query={
                "limit": limit,
                "status": status,
                "include_deleted": include_deleted,
                "tags": tags,
                "ids": ids,
            },
            explode={"ids": False},
            headers={
                "X-Request-Id": x_request_id,
            },
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def get_item(
        self,
        *,
        item_id: str,
        x_request_id: str | None = None,
        expand: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Item]:
        """Get an item"""
        return self._client._request(
            _GET_ITEM,
            path={"item_id": item_id},
            query={"expand": expand},
            headers={
                "X-Request-Id": x_request_id,
            },
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def delete_item(
        self,
        *,
        item_id: str,
        idempotency_key: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[None]:
        """Delete an item"""
        return self._client._request(
            _DELETE_ITEM,
            path={"item_id": item_id},
            headers={
                "Idempotency-Key": idempotency_key,
            },
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def get_item_version(
        self,
        *,
        item_id: str,
        version: int,
        format: _m.ItemsItemIdVersionsVersionGetParametersQueryFormat | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Item]:
        """Get a specific item version"""
        return self._client._request(
            _GET_ITEM_VERSION,
            path={"item_id": item_id, "version": version},
            query={"format": format},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawItemsAPI:
    """`client.with_raw_response.items` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def list_items(
        self,
        *,
        x_request_id: str | None = None,
        limit: int | None = None,
        status: _m.ItemsGetParametersQueryStatus | str | None = None,
        include_deleted: bool | None = None,
        tags: Sequence[str] | None = None,
        ids: Sequence[int] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ItemsGetResponse]:
        """List catalog items"""
        return await self._client._request(
            _LIST_ITEMS,
            query={
                "limit": limit,
                "status": status,
                "include_deleted": include_deleted,
                "tags": tags,
                "ids": ids,
            },
            explode={"ids": False},
            headers={
                "X-Request-Id": x_request_id,
            },
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def get_item(
        self,
        *,
        item_id: str,
        x_request_id: str | None = None,
        expand: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Item]:
        """Get an item"""
        return await self._client._request(
            _GET_ITEM,
            path={"item_id": item_id},
            query={"expand": expand},
            headers={
                "X-Request-Id": x_request_id,
            },
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def delete_item(
        self,
        *,
        item_id: str,
        idempotency_key: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[None]:
        """Delete an item"""
        return await self._client._request(
            _DELETE_ITEM,
            path={"item_id": item_id},
            headers={
                "Idempotency-Key": idempotency_key,
            },
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def get_item_version(
        self,
        *,
        item_id: str,
        version: int,
        format: _m.ItemsItemIdVersionsVersionGetParametersQueryFormat | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Item]:
        """Get a specific item version"""
        return await self._client._request(
            _GET_ITEM_VERSION,
            path={"item_id": item_id, "version": version},
            query={"format": format},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingItemsAPI:
    """`client.with_streaming_response.items`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def list_items(
        self,
        *,
        x_request_id: str | None = None,
        limit: int | None = None,
        status: _m.ItemsGetParametersQueryStatus | str | None = None,
        include_deleted: bool | None = None,
        tags: Sequence[str] | None = None,
        ids: Sequence[int] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.ItemsGetResponse]]:
        """List catalog items"""

        def _send() -> Any:
            return self._client._request(
                _LIST_ITEMS,
                query={
                    "limit": limit,
                    "status": status,
                    "include_deleted": include_deleted,
                    "tags": tags,
                    "ids": ids,
                },
                explode={"ids": False},
                headers={
                    "X-Request-Id": x_request_id,
                },
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def get_item(
        self,
        *,
        item_id: str,
        x_request_id: str | None = None,
        expand: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.Item]]:
        """Get an item"""

        def _send() -> Any:
            return self._client._request(
                _GET_ITEM,
                path={"item_id": item_id},
                query={"expand": expand},
                headers={
                    "X-Request-Id": x_request_id,
                },
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def delete_item(
        self,
        *,
        item_id: str,
        idempotency_key: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[None]]:
        """Delete an item"""

        def _send() -> Any:
            return self._client._request(
                _DELETE_ITEM,
                path={"item_id": item_id},
                headers={
                    "Idempotency-Key": idempotency_key,
                },
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def get_item_version(
        self,
        *,
        item_id: str,
        version: int,
        format: _m.ItemsItemIdVersionsVersionGetParametersQueryFormat | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.Item]]:
        """Get a specific item version"""

        def _send() -> Any:
            return self._client._request(
                _GET_ITEM_VERSION,
                path={"item_id": item_id, "version": version},
                query={"format": format},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingItemsAPI:
    """`client.with_streaming_response.items` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def list_items(
        self,
        *,
        x_request_id: str | None = None,
        limit: int | None = None,
        status: _m.ItemsGetParametersQueryStatus | str | None = None,
        include_deleted: bool | None = None,
        tags: Sequence[str] | None = None,
        ids: Sequence[int] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.ItemsGetResponse]]:
        """List catalog items"""

        def _send() -> Any:
            return self._client._request(
                _LIST_ITEMS,
                query={
                    "limit": limit,
                    "status": status,
                    "include_deleted": include_deleted,
                    "tags": tags,
                    "ids": ids,
                },
                explode={"ids": False},
                headers={
                    "X-Request-Id": x_request_id,
                },
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def get_item(
        self,
        *,
        item_id: str,
        x_request_id: str | None = None,
        expand: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.Item]]:
        """Get an item"""

        def _send() -> Any:
            return self._client._request(
                _GET_ITEM,
                path={"item_id": item_id},
                query={"expand": expand},
                headers={
                    "X-Request-Id": x_request_id,
                },
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def delete_item(
        self,
        *,
        item_id: str,
        idempotency_key: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[None]]:
        """Delete an item"""

        def _send() -> Any:
            return self._client._request(
                _DELETE_ITEM,
                path={"item_id": item_id},
                headers={
                    "Idempotency-Key": idempotency_key,
                },
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def get_item_version(
        self,
        *,
        item_id: str,
        version: int,
        format: _m.ItemsItemIdVersionsVersionGetParametersQueryFormat | str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.Item]]:
        """Get a specific item version"""

        def _send() -> Any:
            return self._client._request(
                _GET_ITEM_VERSION,
                path={"item_id": item_id, "version": version},
                query={"format": format},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
