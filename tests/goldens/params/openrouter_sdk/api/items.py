"""Catalog items."""

from __future__ import annotations

from collections.abc import Sequence
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
    "ListItemsParams",
    "list_items",
    "list_items_async",
    "GetItemParams",
    "get_item",
    "get_item_async",
    "DeleteItemParams",
    "delete_item",
    "delete_item_async",
    "GetItemVersionParams",
    "get_item_version",
    "get_item_version_async",
    "ItemsAPI",
    "AsyncItemsAPI",
    "RawItemsAPI",
    "AsyncRawItemsAPI",
    "StreamingItemsAPI",
    "AsyncStreamingItemsAPI",
]

_LIST_ITEMS = _Endpoint(
    "GET",
    "/items",
    auth=False,
    json=lambda m: m.ItemsGetResponse,
    args=_Arguments(
        "list_items",
        query="limit status include_deleted tags ids",
        header="x_request_id=X-Request-Id",
        explode_off="ids",
    ),
)

_GET_ITEM = _Endpoint(
    "GET",
    "/items/{item_id}",
    auth=False,
    json=lambda m: m.Item,
    args=_Arguments(
        "get_item",
        path="item_id",
        query="expand",
        header="x_request_id=X-Request-Id",
        required="item_id",
    ),
)

_DELETE_ITEM = _Endpoint(
    "DELETE",
    "/items/{item_id}",
    auth=False,
    args=_Arguments(
        "delete_item",
        path="item_id",
        header="idempotency_key=Idempotency-Key",
        required="item_id idempotency_key",
    ),
)

_GET_ITEM_VERSION = _Endpoint(
    "GET",
    "/items/{item_id}/versions/{version}",
    auth=False,
    json=lambda m: m.Item,
    args=_Arguments(
        "get_item_version",
        path="item_id version",
        query="format",
        required="item_id version format",
    ),
)


class ListItemsParams(_CallOptions, total=False):
    """The keyword arguments of `list_items`."""

    x_request_id: str | None
    """Client-supplied request id echoed back in logs."""
    limit: int | None
    """Maximum number of items to return. (server default: 20)"""
    status: _m.ItemsGetParametersQueryStatus | str | None
    """Only return items with this status."""
    include_deleted: bool | None
    """Whether soft-deleted items are included. (server default: False)"""
    tags: Sequence[str] | None
    """Repeated query parameter, e.g. `?tags=a&tags=b`."""
    ids: Sequence[int] | None
    """Comma-separated list of ids, e.g. `?ids=1,2,3`."""


def list_items(
    client: OpenRouter | ItemsAPI, **params: Unpack[ListItemsParams]
) -> _m.ItemsGetResponse:
    """List catalog items

    Returns catalog items filtered by status, tags and ids.

    GET /items
    """
    return client._request(_LIST_ITEMS, params)


async def list_items_async(
    client: AsyncOpenRouter | AsyncItemsAPI, **params: Unpack[ListItemsParams]
) -> _m.ItemsGetResponse:
    """List catalog items

    Returns catalog items filtered by status, tags and ids.

    GET /items
    """
    return await client._request(_LIST_ITEMS, params)


class GetItemParams(_CallOptions, total=False):
    """The keyword arguments of `get_item`."""

    item_id: Required[str]
    """Identifier of the item, shared by every operation on this path."""
    x_request_id: str | None
    """Client-supplied request id echoed back in logs."""
    expand: bool | None
    """Expand nested objects in the response."""


def get_item(client: OpenRouter | ItemsAPI, **params: Unpack[GetItemParams]) -> _m.Item:
    """Get an item

    Fetch a single item by its identifier.

    GET /items/{item_id}
    """
    return client._request(_GET_ITEM, params)


async def get_item_async(
    client: AsyncOpenRouter | AsyncItemsAPI, **params: Unpack[GetItemParams]
) -> _m.Item:
    """Get an item

    Fetch a single item by its identifier.

    GET /items/{item_id}
    """
    return await client._request(_GET_ITEM, params)


class DeleteItemParams(_CallOptions, total=False):
    """The keyword arguments of `delete_item`."""

    item_id: Required[str]
    """Identifier of the item, shared by every operation on this path."""
    idempotency_key: Required[str]
    """Unique key that makes retries of this request safe."""


def delete_item(client: OpenRouter | ItemsAPI, **params: Unpack[DeleteItemParams]) -> None:
    """Delete an item

    Permanently deletes the item. Requires an idempotency key header.

    DELETE /items/{item_id}
    """
    return client._request(_DELETE_ITEM, params)


async def delete_item_async(
    client: AsyncOpenRouter | AsyncItemsAPI, **params: Unpack[DeleteItemParams]
) -> None:
    """Delete an item

    Permanently deletes the item. Requires an idempotency key header.

    DELETE /items/{item_id}
    """
    return await client._request(_DELETE_ITEM, params)


class GetItemVersionParams(_CallOptions, total=False):
    """The keyword arguments of `get_item_version`."""

    item_id: Required[str]
    """Identifier of the item."""
    version: Required[int]
    """Version number, starting at 1."""
    format: Required[_m.ItemsItemIdVersionsVersionGetParametersQueryFormat | str]
    """Output format for the version payload."""


def get_item_version(
    client: OpenRouter | ItemsAPI, **params: Unpack[GetItemVersionParams]
) -> _m.Item:
    """Get a specific item version

    Fetch a historical version of an item by its integer version number.

    GET /items/{item_id}/versions/{version}
    """
    return client._request(_GET_ITEM_VERSION, params)


async def get_item_version_async(
    client: AsyncOpenRouter | AsyncItemsAPI, **params: Unpack[GetItemVersionParams]
) -> _m.Item:
    """Get a specific item version

    Fetch a historical version of an item by its integer version number.

    GET /items/{item_id}/versions/{version}
    """
    return await client._request(_GET_ITEM_VERSION, params)


class ItemsAPI(_Namespace):
    """`client.items`: the items operations as methods."""

    list_items = list_items

    get_item = get_item

    delete_item = delete_item

    get_item_version = get_item_version


class AsyncItemsAPI(_Namespace):
    """`client.items` of the async client: the items operations as methods."""

    list_items = list_items_async

    get_item = get_item_async

    delete_item = delete_item_async

    get_item_version = get_item_version_async


class RawItemsAPI(_Namespace):
    """`client.with_raw_response.items`: each operation's `APIResponse`."""

    def list_items(self, **params: Unpack[ListItemsParams]) -> APIResponse[_m.ItemsGetResponse]:
        """List catalog items"""
        return self._raw(_LIST_ITEMS, params)

    def get_item(self, **params: Unpack[GetItemParams]) -> APIResponse[_m.Item]:
        """Get an item"""
        return self._raw(_GET_ITEM, params)

    def delete_item(self, **params: Unpack[DeleteItemParams]) -> APIResponse[None]:
        """Delete an item"""
        return self._raw(_DELETE_ITEM, params)

    def get_item_version(self, **params: Unpack[GetItemVersionParams]) -> APIResponse[_m.Item]:
        """Get a specific item version"""
        return self._raw(_GET_ITEM_VERSION, params)


class AsyncRawItemsAPI(_Namespace):
    """`client.with_raw_response.items` of the async client."""

    async def list_items(
        self, **params: Unpack[ListItemsParams]
    ) -> APIResponse[_m.ItemsGetResponse]:
        """List catalog items"""
        return await self._raw(_LIST_ITEMS, params)

    async def get_item(self, **params: Unpack[GetItemParams]) -> APIResponse[_m.Item]:
        """Get an item"""
        return await self._raw(_GET_ITEM, params)

    async def delete_item(self, **params: Unpack[DeleteItemParams]) -> APIResponse[None]:
        """Delete an item"""
        return await self._raw(_DELETE_ITEM, params)

    async def get_item_version(
        self, **params: Unpack[GetItemVersionParams]
    ) -> APIResponse[_m.Item]:
        """Get a specific item version"""
        return await self._raw(_GET_ITEM_VERSION, params)


class StreamingItemsAPI(_Namespace):
    """`client.with_streaming_response.items`: each operation's response, its body unread, in a `with` block."""

    def list_items(
        self, **params: Unpack[ListItemsParams]
    ) -> ResponseContextManager[StreamedResponse[_m.ItemsGetResponse]]:
        """List catalog items"""
        return self._streamed(_LIST_ITEMS, params)

    def get_item(
        self, **params: Unpack[GetItemParams]
    ) -> ResponseContextManager[StreamedResponse[_m.Item]]:
        """Get an item"""
        return self._streamed(_GET_ITEM, params)

    def delete_item(
        self, **params: Unpack[DeleteItemParams]
    ) -> ResponseContextManager[StreamedResponse[None]]:
        """Delete an item"""
        return self._streamed(_DELETE_ITEM, params)

    def get_item_version(
        self, **params: Unpack[GetItemVersionParams]
    ) -> ResponseContextManager[StreamedResponse[_m.Item]]:
        """Get a specific item version"""
        return self._streamed(_GET_ITEM_VERSION, params)


class AsyncStreamingItemsAPI(_Namespace):
    """`client.with_streaming_response.items` of the async client (`async with`)."""

    def list_items(
        self, **params: Unpack[ListItemsParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.ItemsGetResponse]]:
        """List catalog items"""
        return self._streamed_async(_LIST_ITEMS, params)

    def get_item(
        self, **params: Unpack[GetItemParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.Item]]:
        """Get an item"""
        return self._streamed_async(_GET_ITEM, params)

    def delete_item(
        self, **params: Unpack[DeleteItemParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[None]]:
        """Delete an item"""
        return self._streamed_async(_DELETE_ITEM, params)

    def get_item_version(
        self, **params: Unpack[GetItemVersionParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.Item]]:
        """Get a specific item version"""
        return self._streamed_async(_GET_ITEM_VERSION, params)
