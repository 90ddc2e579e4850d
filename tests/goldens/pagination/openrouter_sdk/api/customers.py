"""Operations tagged customers."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from .._arguments import Arguments as _Arguments
from .._client import Endpoint as _Endpoint
from .._namespace import Namespace as _Namespace
from .._pagination import iterate_pages as _iterate_pages
from .._pagination import iterate_pages_async as _iterate_pages_async
from .._types import CallOptions as _CallOptions

if TYPE_CHECKING:
    from typing_extensions import Unpack

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
    "ListCustomersParams",
    "list_customers",
    "list_customers_async",
    "list_customers_iter",
    "list_customers_iter_async",
    "CustomersAPI",
    "AsyncCustomersAPI",
    "RawCustomersAPI",
    "AsyncRawCustomersAPI",
    "StreamingCustomersAPI",
    "AsyncStreamingCustomersAPI",
]

_LIST_CUSTOMERS = _Endpoint(
    "GET",
    "/customers",
    auth=False,
    json=lambda m: m.CustomerPage,
    args=_Arguments("list_customers", query="offset limit email"),
)


class ListCustomersParams(_CallOptions, total=False):
    """The keyword arguments of `list_customers`."""

    offset: int | None
    """Number of items to skip before the first returned item. (server default: 0)"""
    limit: int | None
    """Maximum number of items to return. (server default: 20)"""
    email: str | None
    """Filter by exact email address."""


def list_customers(
    client: OpenRouter | CustomersAPI, **params: Unpack[ListCustomersParams]
) -> _m.CustomerPage:
    """List customers

    Returns one page of customers; use `offset` and `limit` to page through `total_count` results.

    GET /customers
    """
    return client._request(_LIST_CUSTOMERS, params)


async def list_customers_async(
    client: AsyncOpenRouter | AsyncCustomersAPI, **params: Unpack[ListCustomersParams]
) -> _m.CustomerPage:
    """List customers

    Returns one page of customers; use `offset` and `limit` to page through `total_count` results.

    GET /customers
    """
    return await client._request(_LIST_CUSTOMERS, params)


def list_customers_iter(
    client: OpenRouter | CustomersAPI, **params: Unpack[ListCustomersParams]
) -> Iterator[_m.Customer]:
    """Every item of `list_customers`, page after page: iterating sends a request per page."""
    return _iterate_pages(
        lambda offset: client._request(_LIST_CUSTOMERS, {**params, "offset": offset}),
        "data",
        params.get("offset") or 0,
        params.get("limit"),
    )


def list_customers_iter_async(
    client: AsyncOpenRouter | AsyncCustomersAPI, **params: Unpack[ListCustomersParams]
) -> AsyncIterator[_m.Customer]:
    """Every item of `list_customers`, page after page: iterating sends a request per page."""
    return _iterate_pages_async(
        lambda offset: client._request(_LIST_CUSTOMERS, {**params, "offset": offset}),
        "data",
        params.get("offset") or 0,
        params.get("limit"),
    )


class CustomersAPI(_Namespace):
    """`client.customers`: the customers operations as methods."""

    list_customers = list_customers
    list_customers_iter = list_customers_iter


class AsyncCustomersAPI(_Namespace):
    """`client.customers` of the async client: the customers operations as methods."""

    list_customers = list_customers_async
    list_customers_iter = list_customers_iter_async


class RawCustomersAPI(_Namespace):
    """`client.with_raw_response.customers`: each operation's `APIResponse`."""

    def list_customers(self, **params: Unpack[ListCustomersParams]) -> APIResponse[_m.CustomerPage]:
        """List customers"""
        return self._raw(_LIST_CUSTOMERS, params)


class AsyncRawCustomersAPI(_Namespace):
    """`client.with_raw_response.customers` of the async client."""

    async def list_customers(
        self, **params: Unpack[ListCustomersParams]
    ) -> APIResponse[_m.CustomerPage]:
        """List customers"""
        return await self._raw(_LIST_CUSTOMERS, params)


class StreamingCustomersAPI(_Namespace):
    """`client.with_streaming_response.customers`: each operation's response, its body unread, in a `with` block."""

    def list_customers(
        self, **params: Unpack[ListCustomersParams]
    ) -> ResponseContextManager[StreamedResponse[_m.CustomerPage]]:
        """List customers"""
        return self._streamed(_LIST_CUSTOMERS, params)


class AsyncStreamingCustomersAPI(_Namespace):
    """`client.with_streaming_response.customers` of the async client (`async with`)."""

    def list_customers(
        self, **params: Unpack[ListCustomersParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.CustomerPage]]:
        """List customers"""
        return self._streamed_async(_LIST_CUSTOMERS, params)
