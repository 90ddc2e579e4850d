"""Organization endpoints"""

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
    "ListOrganizationMembersParams",
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
    errors="401=UnauthorizedResponse 404=NotFoundResponse 500=InternalServerResponse",
    args=_Arguments("list_organization_members", query="offset limit"),
)


class ListOrganizationMembersParams(_CallOptions, total=False):
    """The keyword arguments of `list_organization_members`."""

    offset: int | None
    """Number of records to skip for pagination"""
    limit: int | None
    """Maximum number of records to return (max 100)"""


def list_organization_members(
    client: OpenRouter | OrganizationAPI, **params: Unpack[ListOrganizationMembersParams]
) -> _m.OrganizationMembersGetResponse:
    """List organization members

    List all members of the organization associated with the authenticated management key. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    GET /organization/members
    """
    return client._request(_LIST_ORGANIZATION_MEMBERS, params)


async def list_organization_members_async(
    client: AsyncOpenRouter | AsyncOrganizationAPI, **params: Unpack[ListOrganizationMembersParams]
) -> _m.OrganizationMembersGetResponse:
    """List organization members

    List all members of the organization associated with the authenticated management key. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    GET /organization/members
    """
    return await client._request(_LIST_ORGANIZATION_MEMBERS, params)


def list_organization_members_iter(
    client: OpenRouter | OrganizationAPI, **params: Unpack[ListOrganizationMembersParams]
) -> Iterator[_m.OrganizationMembersGetResponseDatum]:
    """Every item of `list_organization_members`, page after page: iterating sends a request per page."""
    return _iterate_pages(
        lambda offset: client._request(_LIST_ORGANIZATION_MEMBERS, {**params, "offset": offset}),
        "data",
        params.get("offset") or 0,
        params.get("limit"),
    )


def list_organization_members_iter_async(
    client: AsyncOpenRouter | AsyncOrganizationAPI, **params: Unpack[ListOrganizationMembersParams]
) -> AsyncIterator[_m.OrganizationMembersGetResponseDatum]:
    """Every item of `list_organization_members`, page after page: iterating sends a request per page."""
    return _iterate_pages_async(
        lambda offset: client._request(_LIST_ORGANIZATION_MEMBERS, {**params, "offset": offset}),
        "data",
        params.get("offset") or 0,
        params.get("limit"),
    )


class OrganizationAPI(_Namespace):
    """`client.organization`: the Organization operations as methods."""

    list_members = list_organization_members
    list_members_iter = list_organization_members_iter


class AsyncOrganizationAPI(_Namespace):
    """`client.organization` of the async client: the Organization operations as methods."""

    list_members = list_organization_members_async
    list_members_iter = list_organization_members_iter_async


class RawOrganizationAPI(_Namespace):
    """`client.with_raw_response.organization`: each operation's `APIResponse`."""

    def list_members(
        self, **params: Unpack[ListOrganizationMembersParams]
    ) -> APIResponse[_m.OrganizationMembersGetResponse]:
        """List organization members"""
        return self._raw(_LIST_ORGANIZATION_MEMBERS, params)


class AsyncRawOrganizationAPI(_Namespace):
    """`client.with_raw_response.organization` of the async client."""

    async def list_members(
        self, **params: Unpack[ListOrganizationMembersParams]
    ) -> APIResponse[_m.OrganizationMembersGetResponse]:
        """List organization members"""
        return await self._raw(_LIST_ORGANIZATION_MEMBERS, params)


class StreamingOrganizationAPI(_Namespace):
    """`client.with_streaming_response.organization`: each operation's response, its body unread, in a `with` block."""

    def list_members(
        self, **params: Unpack[ListOrganizationMembersParams]
    ) -> ResponseContextManager[StreamedResponse[_m.OrganizationMembersGetResponse]]:
        """List organization members"""
        return self._streamed(_LIST_ORGANIZATION_MEMBERS, params)


class AsyncStreamingOrganizationAPI(_Namespace):
    """`client.with_streaming_response.organization` of the async client (`async with`)."""

    def list_members(
        self, **params: Unpack[ListOrganizationMembersParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.OrganizationMembersGetResponse]]:
        """List organization members"""
        return self._streamed_async(_LIST_ORGANIZATION_MEMBERS, params)
