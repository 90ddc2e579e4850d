"""Organization endpoints"""

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
    "list_organization_members",
    "list_organization_members_async",
    "list_organization_members_iter",
    "list_organization_members_iter_async",
    "OrganizationAPI",
    "AsyncOrganizationAPI",
    "RawOrganizationAPI",
    "AsyncRawOrganizationAPI",
    "StreamingOrganizationAPI",
    "AsyncStreamingOrganizationAPI",
]

_LIST_ORGANIZATION_MEMBERS = _Endpoint(
    "GET",
    "/organization/members",
    json=lambda m: m.OrganizationMembersGetResponse,
    errors={
        "401": lambda m: m.UnauthorizedResponse,
        "404": lambda m: m.NotFoundResponse,
        "500": lambda m: m.InternalServerResponse,
    },
)


def list_organization_members(
    client: OpenRouter | OrganizationAPI,
    *,
    offset: int | None = None,
    limit: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.OrganizationMembersGetResponse:
    """List organization members

    List all members of the organization associated with the authenticated management key. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        offset: Number of records to skip for pagination
        limit: Maximum number of records to return (max 100)

    GET /organization/members
    """
    return client._request(
        _LIST_ORGANIZATION_MEMBERS,
        query={"offset": offset, "limit": limit},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def list_organization_members_async(
    client: AsyncOpenRouter | AsyncOrganizationAPI,
    *,
    offset: int | None = None,
    limit: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.OrganizationMembersGetResponse:
    """List organization members

    List all members of the organization associated with the authenticated management key. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        offset: Number of records to skip for pagination
        limit: Maximum number of records to return (max 100)

    GET /organization/members
    """
    return await client._request(
        _LIST_ORGANIZATION_MEMBERS,
        query={"offset": offset, "limit": limit},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def list_organization_members_iter(
    client: OpenRouter | OrganizationAPI,
    *,
    limit: int | None = None,
    offset: int = 0,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Iterator[_m.OrganizationMembersGetResponseDatum]:
    """Every item of `list_organization_members`, page after page: iterating sends a request per page."""
    return _iterate_pages(
        lambda offset: list_organization_members(
            client,
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


def list_organization_members_iter_async(
    client: AsyncOpenRouter | AsyncOrganizationAPI,
    *,
    limit: int | None = None,
    offset: int = 0,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> AsyncIterator[_m.OrganizationMembersGetResponseDatum]:
    """Every item of `list_organization_members`, page after page: iterating sends a request per page."""
    return _iterate_pages_async(
        lambda offset: list_organization_members_async(
            client,
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


class OrganizationAPI:
    """`client.organization`: the Organization operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    list_members = list_organization_members
    list_members_iter = list_organization_members_iter


class AsyncOrganizationAPI:
    """`client.organization` of the async client: the Organization operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    list_members = list_organization_members_async
    list_members_iter = list_organization_members_iter_async


class RawOrganizationAPI:
    """`client.with_raw_response.organization`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def list_members(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.OrganizationMembersGetResponse]:
        """List organization members"""
        return self._client._request(
            _LIST_ORGANIZATION_MEMBERS,
            query={"offset": offset, "limit": limit},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawOrganizationAPI:
    """`client.with_raw_response.organization` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def list_members(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.OrganizationMembersGetResponse]:
        """List organization members"""
        return await self._client._request(
            _LIST_ORGANIZATION_MEMBERS,
            query={"offset": offset, "limit": limit},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingOrganizationAPI:
    """`client.with_streaming_response.organization`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def list_members(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.OrganizationMembersGetResponse]]:
        """List organization members"""

        def _send() -> Any:
            return self._client._request(
                _LIST_ORGANIZATION_MEMBERS,
                query={"offset": offset, "limit": limit},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingOrganizationAPI:
    """`client.with_streaming_response.organization` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def list_members(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.OrganizationMembersGetResponse]]:
        """List organization members"""

        def _send() -> Any:
            return self._client._request(
                _LIST_ORGANIZATION_MEMBERS,
                query={"offset": offset, "limit": limit},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
