"""Operations tagged customers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._client import Endpoint as _Endpoint
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._types import RequestOptions as _RequestOptions

if TYPE_CHECKING:
    from .. import models as _m
    from .._client import AsyncOpenRouter, OpenRouter

_Any = Any
__all__ = [
    "list_customers",
    "list_customers_async",
    "CustomersAPI",
    "AsyncCustomersAPI",
]

_LIST_CUSTOMERS = _Endpoint("GET", "/customers", auth=False, json=lambda m: m.CustomerPage)


def list_customers(
    client: OpenRouter,
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
    client: AsyncOpenRouter,
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


class CustomersAPI:
    """`client.customers`: the customers operations as methods."""

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
    ) -> _m.CustomerPage:
        """List customers

        Returns one page of customers; use `offset` and `limit` to page through `total_count` results.

        Args:
            offset: Number of items to skip before the first returned item. (server default: 0)
            limit: Maximum number of items to return. (server default: 20)
            email: Filter by exact email address.

        GET /customers
        """
        return self._client._request(
            _LIST_CUSTOMERS,
            query={"offset": offset, "limit": limit, "email": email},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class AsyncCustomersAPI:
    """`client.customers` of the async client: the customers operations as methods."""

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
    ) -> _m.CustomerPage:
        """List customers

        Returns one page of customers; use `offset` and `limit` to page through `total_count` results.

        Args:
            offset: Number of items to skip before the first returned item. (server default: 0)
            limit: Maximum number of items to return. (server default: 20)
            email: Filter by exact email address.

        GET /customers
        """
        return await self._client._request(
            _LIST_CUSTOMERS,
            query={"offset": offset, "limit": limit, "email": email},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
