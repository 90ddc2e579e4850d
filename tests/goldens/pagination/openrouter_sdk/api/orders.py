"""Operations tagged orders."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .._client import Endpoint as _Endpoint
from .._pagination import iterate_pages as _iterate_pages
from .._pagination import iterate_pages_async as _iterate_pages_async
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
)


def list_customer_orders(
    client: OpenRouter | OrdersAPI,
    *,
    customer_id: str,
    offset: int | None = None,
    limit: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.CustomersCustomerIdOrdersGetResponse:
    """List a customer's orders

    Returns one page of orders for a customer, newest first.

    Args:
        offset: Number of items to skip. (server default: 0)
        limit: Page size. (server default: 100)

    GET /customers/{customer_id}/orders
    """
    return client._request(
        _LIST_CUSTOMER_ORDERS,
        path={"customer_id": customer_id},
        query={"offset": offset, "limit": limit},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def list_customer_orders_async(
    client: AsyncOpenRouter | AsyncOrdersAPI,
    *,
    customer_id: str,
    offset: int | None = None,
    limit: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.CustomersCustomerIdOrdersGetResponse:
    """List a customer's orders

    Returns one page of orders for a customer, newest first.

    Args:
        offset: Number of items to skip. (server default: 0)
        limit: Page size. (server default: 100)

    GET /customers/{customer_id}/orders
    """
    return await client._request(
        _LIST_CUSTOMER_ORDERS,
        path={"customer_id": customer_id},
        query={"offset": offset, "limit": limit},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def list_customer_orders_iter(
    client: OpenRouter | OrdersAPI,
    *,
    customer_id: str,
    limit: int | None = None,
    offset: int = 0,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Iterator[_m.Order]:
    """Every item of `list_customer_orders`, page after page: iterating sends a request per page."""
    return _iterate_pages(
        lambda offset: list_customer_orders(
            client,
            customer_id=customer_id,
            limit=limit,
            offset=offset,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        ),
        "data",
        offset,
        limit,
    )


def list_customer_orders_iter_async(
    client: AsyncOpenRouter | AsyncOrdersAPI,
    *,
    customer_id: str,
    limit: int | None = None,
    offset: int = 0,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> AsyncIterator[_m.Order]:
    """Every item of `list_customer_orders`, page after page: iterating sends a request per page."""
    return _iterate_pages_async(
        lambda offset: list_customer_orders_async(
            client,
            customer_id=customer_id,
            limit=limit,
            offset=offset,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        ),
        "data",
        offset,
        limit,
    )


class OrdersAPI:
    """`client.orders`: the orders operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    list_customer_orders = list_customer_orders
    list_customer_orders_iter = list_customer_orders_iter


class AsyncOrdersAPI:
    """`client.orders` of the async client: the orders operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    list_customer_orders = list_customer_orders_async
    list_customer_orders_iter = list_customer_orders_iter_async


class RawOrdersAPI:
    """`client.with_raw_response.orders`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def list_customer_orders(
        self,
        *,
        customer_id: str,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.CustomersCustomerIdOrdersGetResponse]:
        """List a customer's orders"""
        return self._client._request(
            _LIST_CUSTOMER_ORDERS,
            path={"customer_id": customer_id},
            query={"offset": offset, "limit": limit},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawOrdersAPI:
    """`client.with_raw_response.orders` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def list_customer_orders(
        self,
        *,
        customer_id: str,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.CustomersCustomerIdOrdersGetResponse]:
        """List a customer's orders"""
        return await self._client._request(
            _LIST_CUSTOMER_ORDERS,
            path={"customer_id": customer_id},
            query={"offset": offset, "limit": limit},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingOrdersAPI:
    """`client.with_streaming_response.orders`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def list_customer_orders(
        self,
        *,
        customer_id: str,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.CustomersCustomerIdOrdersGetResponse]]:
        """List a customer's orders"""

        def _send() -> Any:
            return self._client._request(
                _LIST_CUSTOMER_ORDERS,
                path={"customer_id": customer_id},
                query={"offset": offset, "limit": limit},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingOrdersAPI:
    """`client.with_streaming_response.orders` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def list_customer_orders(
        self,
        *,
        customer_id: str,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[
        AsyncStreamedResponse[_m.CustomersCustomerIdOrdersGetResponse]
    ]:
        """List a customer's orders"""

        def _send() -> Any:
            return self._client._request(
                _LIST_CUSTOMER_ORDERS,
                path={"customer_id": customer_id},
                query={"offset": offset, "limit": limit},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
