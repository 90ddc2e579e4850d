"""Organization endpoints"""

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
    "list_organization_members",
    "list_organization_members_async",
    "OrganizationAPI",
    "AsyncOrganizationAPI",
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
    client: OpenRouter,
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
    client: AsyncOpenRouter,
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


class OrganizationAPI:
    """`client.organization`: the Organization operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def list_organization_members(
        self,
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
        return self._client._request(
            _LIST_ORGANIZATION_MEMBERS,
            query={"offset": offset, "limit": limit},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class AsyncOrganizationAPI:
    """`client.organization` of the async client: the Organization operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def list_organization_members(
        self,
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
        return await self._client._request(
            _LIST_ORGANIZATION_MEMBERS,
            query={"offset": offset, "limit": limit},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
