"""Operations tagged customers."""

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

_LIST_CUSTOMERS = _Endpoint("GET", "/customers", auth=False, json=lambda m: m.CustomerPage)


def list_customers(
    client: OpenRouter | CustomersAPI,
    *,
    offset: int | None = None,
    limit: int | None = None,
    email: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.CustomerPage:
    """List customers

    Returns one page of customers; use `offset` and `limit` to page through `total_count` results.

    Args:
        offset: Number of items to skip before the first returned item. (server default: 0)
        limit: Maximum number of items to return. (server default: 20)
        email: Filter by exact email address.

    GET /customers
    """
    return client._request(
        _LIST_CUSTOMERS,
        query={"offset": offset, "limit": limit, "email": email},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def list_customers_async(
    client: AsyncOpenRouter | AsyncCustomersAPI,
    *,
    offset: int | None = None,
    limit: int | None = None,
    email: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.CustomerPage:
    """List customers

    Returns one page of customers; use `offset` and `limit` to page through `total_count` results.

    Args:
        offset: Number of items to skip before the first returned item. (server default: 0)
        limit: Maximum number of items to return. (server default: 20)
        email: Filter by exact email address.

    GET /customers
    """
    return await client._request(
        _LIST_CUSTOMERS,
        query={"offset": offset, "limit": limit, "email": email},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def list_customers_iter(
    client: OpenRouter | CustomersAPI,
    *,
    limit: int | None = None,
    email: str | None = None,
    offset: int = 0,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Iterator[_m.Customer]:
    """Every item of `list_customers`, page after page: iterating sends a request per page."""
    return _iterate_pages(
        lambda offset: list_customers(
            client,
            limit=limit,
            email=email,
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


def list_customers_iter_async(
    client: AsyncOpenRouter | AsyncCustomersAPI,
    *,
    limit: int | None = None,
    email: str | None = None,
    offset: int = 0,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> AsyncIterator[_m.Customer]:
    """Every item of `list_customers`, page after page: iterating sends a request per page."""
    return _iterate_pages_async(
        lambda offset: list_customers_async(
            client,
            limit=limit,
            email=email,
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


class CustomersAPI:
    """`client.customers`: the customers operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    list_customers = list_customers
    list_customers_iter = list_customers_iter


class AsyncCustomersAPI:
    """`client.customers` of the async client: the customers operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    list_customers = list_customers_async
    list_customers_iter = list_customers_iter_async


class RawCustomersAPI:
    """`client.with_raw_response.customers`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def list_customers(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        email: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.CustomerPage]:
        """List customers"""
        return self._client._request(
            _LIST_CUSTOMERS,
            query={"offset": offset, "limit": limit, "email": email},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawCustomersAPI:
    """`client.with_raw_response.customers` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def list_customers(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        email: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.CustomerPage]:
        """List customers"""
        return await self._client._request(
            _LIST_CUSTOMERS,
            query={"offset": offset, "limit": limit, "email": email},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingCustomersAPI:
    """`client.with_streaming_response.customers`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def list_customers(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        email: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.CustomerPage]]:
        """List customers"""

        def _send() -> Any:
            return self._client._request(
                _LIST_CUSTOMERS,
                query={"offset": offset, "limit": limit, "email": email},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingCustomersAPI:
    """`client.with_streaming_response.customers` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def list_customers(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        email: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.CustomerPage]]:
        """List customers"""

        def _send() -> Any:
            return self._client._request(
                _LIST_CUSTOMERS,
                query={"offset": offset, "limit": limit, "email": email},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
