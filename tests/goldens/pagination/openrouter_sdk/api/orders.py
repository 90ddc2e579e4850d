"""Operations tagged orders."""

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
    "ListCustomerOrdersParams",
    "list_customer_orders",
    "list_customer_orders_async",
    "list_customer_orders_iter",
    "list_customer_orders_iter_async",
    "OrdersAPI",
    "AsyncOrdersAPI",
    "RawOrdersAPI",
    "AsyncRawOrdersAPI",
    "StreamingOrdersAPI",
    "AsyncStreamingOrdersAPI",
]

_LIST_CUSTOMER_ORDERS = _Endpoint(
    "GET",
    "/customers/{customer_id}/orders",
    auth=False,
    json=lambda m: m.CustomersCustomerIdOrdersGetResponse,
    args=_Arguments(
        "list_customer_orders", path="customer_id", query="offset limit", required="customer_id"
    ),
)


class ListCustomerOrdersParams(_CallOptions, total=False):
    """The keyword arguments of `list_customer_orders`."""

    customer_id: Required[str]
    offset: int | None
    """Number of items to skip. (server default: 0)"""
    limit: int | None
    """Page size. (server default: 100)"""


def list_customer_orders(
    client: OpenRouter | OrdersAPI, **params: Unpack[ListCustomerOrdersParams]
) -> _m.CustomersCustomerIdOrdersGetResponse:
    """List a customer's orders

    Returns one page of orders for a customer, newest first.

    GET /customers/{customer_id}/orders
    """
    return client._request(_LIST_CUSTOMER_ORDERS, params)


async def list_customer_orders_async(
    client: AsyncOpenRouter | AsyncOrdersAPI, **params: Unpack[ListCustomerOrdersParams]
) -> _m.CustomersCustomerIdOrdersGetResponse:
    """List a customer's orders

    Returns one page of orders for a customer, newest first.

    GET /customers/{customer_id}/orders
    """
    return await client._request(_LIST_CUSTOMER_ORDERS, params)


def list_customer_orders_iter(
    client: OpenRouter | OrdersAPI, **params: Unpack[ListCustomerOrdersParams]
) -> Iterator[_m.Order]:
    """Every item of `list_customer_orders`, page after page: iterating sends a request per page."""
    return _iterate_pages(
        lambda offset: client._request(_LIST_CUSTOMER_ORDERS, {**params, "offset": offset}),
        "data",
        params.get("offset") or 0,
        params.get("limit"),
    )


def list_customer_orders_iter_async(
    client: AsyncOpenRouter | AsyncOrdersAPI, **params: Unpack[ListCustomerOrdersParams]
) -> AsyncIterator[_m.Order]:
    """Every item of `list_customer_orders`, page after page: iterating sends a request per page."""
    return _iterate_pages_async(
        lambda offset: client._request(_LIST_CUSTOMER_ORDERS, {**params, "offset": offset}),
        "data",
        params.get("offset") or 0,
        params.get("limit"),
    )


class OrdersAPI(_Namespace):
    """`client.orders`: the orders operations as methods."""

    list_customer_orders = list_customer_orders
    list_customer_orders_iter = list_customer_orders_iter


class AsyncOrdersAPI(_Namespace):
    """`client.orders` of the async client: the orders operations as methods."""

    list_customer_orders = list_customer_orders_async
    list_customer_orders_iter = list_customer_orders_iter_async


class RawOrdersAPI(_Namespace):
    """`client.with_raw_response.orders`: each operation's `APIResponse`."""

    def list_customer_orders(
        self, **params: Unpack[ListCustomerOrdersParams]
    ) -> APIResponse[_m.CustomersCustomerIdOrdersGetResponse]:
        """List a customer's orders"""
        return self._raw(_LIST_CUSTOMER_ORDERS, params)


class AsyncRawOrdersAPI(_Namespace):
    """`client.with_raw_response.orders` of the async client."""

    async def list_customer_orders(
        self, **params: Unpack[ListCustomerOrdersParams]
    ) -> APIResponse[_m.CustomersCustomerIdOrdersGetResponse]:
        """List a customer's orders"""
        return await self._raw(_LIST_CUSTOMER_ORDERS, params)


class StreamingOrdersAPI(_Namespace):
    """`client.with_streaming_response.orders`: each operation's response, its body unread, in a `with` block."""

    def list_customer_orders(
        self, **params: Unpack[ListCustomerOrdersParams]
    ) -> ResponseContextManager[StreamedResponse[_m.CustomersCustomerIdOrdersGetResponse]]:
        """List a customer's orders"""
        return self._streamed(_LIST_CUSTOMER_ORDERS, params)


class AsyncStreamingOrdersAPI(_Namespace):
    """`client.with_streaming_response.orders` of the async client (`async with`)."""

    def list_customer_orders(
        self, **params: Unpack[ListCustomerOrdersParams]
    ) -> AsyncResponseContextManager[
        AsyncStreamedResponse[_m.CustomersCustomerIdOrdersGetResponse]
    ]:
        """List a customer's orders"""
        return self._streamed_async(_LIST_CUSTOMER_ORDERS, params)
