"""Guardrails endpoints"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, overload

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
    "ListGuardrailsParams",
    "list_guardrails",
    "list_guardrails_async",
    "list_guardrails_iter",
    "list_guardrails_iter_async",
    "CreateGuardrailParams",
    "create_guardrail",
    "create_guardrail_async",
    "GetGuardrailParams",
    "get_guardrail",
    "get_guardrail_async",
    "DeleteGuardrailParams",
    "delete_guardrail",
    "delete_guardrail_async",
    "UpdateGuardrailParams",
    "update_guardrail",
    "update_guardrail_async",
    "ListGuardrailKeyAssignmentsParams",
    "list_guardrail_key_assignments",
    "list_guardrail_key_assignments_async",
    "list_guardrail_key_assignments_iter",
    "list_guardrail_key_assignments_iter_async",
    "BulkAssignKeysToGuardrailParams",
    "bulk_assign_keys_to_guardrail",
    "bulk_assign_keys_to_guardrail_async",
    "BulkUnassignKeysFromGuardrailParams",
    "bulk_unassign_keys_from_guardrail",
    "bulk_unassign_keys_from_guardrail_async",
    "ListGuardrailMemberAssignmentsParams",
    "list_guardrail_member_assignments",
    "list_guardrail_member_assignments_async",
    "list_guardrail_member_assignments_iter",
    "list_guardrail_member_assignments_iter_async",
    "BulkAssignMembersToGuardrailParams",
    "bulk_assign_members_to_guardrail",
    "bulk_assign_members_to_guardrail_async",
    "BulkUnassignMembersFromGuardrailParams",
    "bulk_unassign_members_from_guardrail",
    "bulk_unassign_members_from_guardrail_async",
    "ListKeyAssignmentsParams",
    "list_key_assignments",
    "list_key_assignments_async",
    "list_key_assignments_iter",
    "list_key_assignments_iter_async",
    "ListMemberAssignmentsParams",
    "list_member_assignments",
    "list_member_assignments_async",
    "list_member_assignments_iter",
    "list_member_assignments_iter_async",
    "GuardrailsAPI",
    "AsyncGuardrailsAPI",
    "RawGuardrailsAPI",
    "AsyncRawGuardrailsAPI",
    "StreamingGuardrailsAPI",
    "AsyncStreamingGuardrailsAPI",
]

_LIST_GUARDRAILS = _Endpoint(
    "GET",
    "/guardrails",
    json=lambda m: m.ListGuardrailsResponse,
    errors="401=UnauthorizedResponse 500=InternalServerResponse",
    args=_Arguments("list_guardrails", query="offset limit"),
)

_CREATE_GUARDRAIL = _Endpoint(
    "POST",
    "/guardrails",
    json=lambda m: m.CreateGuardrailResponse,
    errors="400=BadRequestResponse 401=UnauthorizedResponse 500=InternalServerResponse",
    args=_Arguments(
        "create_guardrail",
        body="allowed_models allowed_providers description enforce_zdr ignored_providers limit_usd name reset_interval",
        required="name",
        kind="object",
    ),
)

_GET_GUARDRAIL = _Endpoint(
    "GET",
    "/guardrails/{id}",
    json=lambda m: m.GetGuardrailResponse,
    errors="401=UnauthorizedResponse 404=NotFoundResponse 500=InternalServerResponse",
    args=_Arguments("get_guardrail", path="id", required="id"),
)

_DELETE_GUARDRAIL = _Endpoint(
    "DELETE",
    "/guardrails/{id}",
    json=lambda m: m.DeleteGuardrailResponse,
    errors="401=UnauthorizedResponse 404=NotFoundResponse 500=InternalServerResponse",
    args=_Arguments("delete_guardrail", path="id", required="id"),
)

_UPDATE_GUARDRAIL = _Endpoint(
    "PATCH",
    "/guardrails/{id}",
    json=lambda m: m.UpdateGuardrailResponse,
    errors="400=BadRequestResponse 401=UnauthorizedResponse 404=NotFoundResponse 500=InternalServerResponse",
    args=_Arguments(
        "update_guardrail",
        path="id",
        body="allowed_models allowed_providers description enforce_zdr ignored_providers limit_usd name reset_interval",
        required="id",
        kind="object",
    ),
)

_LIST_GUARDRAIL_KEY_ASSIGNMENTS = _Endpoint(
    "GET",
    "/guardrails/{id}/assignments/keys",
    json=lambda m: m.ListKeyAssignmentsResponse,
    errors="401=UnauthorizedResponse 404=NotFoundResponse 500=InternalServerResponse",
    args=_Arguments(
        "list_guardrail_key_assignments", path="id", query="offset limit", required="id"
    ),
)

_BULK_ASSIGN_KEYS_TO_GUARDRAIL = _Endpoint(
    "POST",
    "/guardrails/{id}/assignments/keys",
    json=lambda m: m.BulkAssignKeysResponse,
    errors="400=BadRequestResponse 401=UnauthorizedResponse 404=NotFoundResponse 500=InternalServerResponse",
    args=_Arguments(
        "bulk_assign_keys_to_guardrail",
        path="id",
        body="key_hashes",
        required="id key_hashes",
        kind="object",
    ),
)

_BULK_UNASSIGN_KEYS_FROM_GUARDRAIL = _Endpoint(
    "POST",
    "/guardrails/{id}/assignments/keys/remove",
    json=lambda m: m.BulkUnassignKeysResponse,
    errors="400=BadRequestResponse 401=UnauthorizedResponse 404=NotFoundResponse 500=InternalServerResponse",
    args=_Arguments(
        "bulk_unassign_keys_from_guardrail",
        path="id",
        body="key_hashes",
        required="id key_hashes",
        kind="object",
    ),
)

_LIST_GUARDRAIL_MEMBER_ASSIGNMENTS = _Endpoint(
    "GET",
    "/guardrails/{id}/assignments/members",
    json=lambda m: m.ListMemberAssignmentsResponse,
    errors="401=UnauthorizedResponse 404=NotFoundResponse 500=InternalServerResponse",
    args=_Arguments(
        "list_guardrail_member_assignments", path="id", query="offset limit", required="id"
    ),
)

_BULK_ASSIGN_MEMBERS_TO_GUARDRAIL = _Endpoint(
    "POST",
    "/guardrails/{id}/assignments/members",
    json=lambda m: m.BulkAssignMembersResponse,
    errors="400=BadRequestResponse 401=UnauthorizedResponse 404=NotFoundResponse 500=InternalServerResponse",
    args=_Arguments(
        "bulk_assign_members_to_guardrail",
        path="id",
        body="member_user_ids",
        required="id member_user_ids",
        kind="object",
    ),
)

_BULK_UNASSIGN_MEMBERS_FROM_GUARDRAIL = _Endpoint(
    "POST",
    "/guardrails/{id}/assignments/members/remove",
    json=lambda m: m.BulkUnassignMembersResponse,
    errors="400=BadRequestResponse 401=UnauthorizedResponse 404=NotFoundResponse 500=InternalServerResponse",
    args=_Arguments(
        "bulk_unassign_members_from_guardrail",
        path="id",
        body="member_user_ids",
        required="id member_user_ids",
        kind="object",
    ),
)

_LIST_KEY_ASSIGNMENTS = _Endpoint(
    "GET",
    "/guardrails/assignments/keys",
    json=lambda m: m.ListKeyAssignmentsResponse,
    errors="401=UnauthorizedResponse 500=InternalServerResponse",
    args=_Arguments("list_key_assignments", query="offset limit"),
)

_LIST_MEMBER_ASSIGNMENTS = _Endpoint(
    "GET",
    "/guardrails/assignments/members",
    json=lambda m: m.ListMemberAssignmentsResponse,
    errors="401=UnauthorizedResponse 500=InternalServerResponse",
    args=_Arguments("list_member_assignments", query="offset limit"),
)


class ListGuardrailsParams(_CallOptions, total=False):
    """The keyword arguments of `list_guardrails`."""

    offset: int | None
    """Number of records to skip for pagination"""
    limit: int | None
    """Maximum number of records to return (max 100)"""


def list_guardrails(
    client: OpenRouter | GuardrailsAPI, **params: Unpack[ListGuardrailsParams]
) -> _m.ListGuardrailsResponse:
    """List guardrails

    List all guardrails for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    GET /guardrails
    """
    return client._request(_LIST_GUARDRAILS, params)


async def list_guardrails_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI, **params: Unpack[ListGuardrailsParams]
) -> _m.ListGuardrailsResponse:
    """List guardrails

    List all guardrails for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    GET /guardrails
    """
    return await client._request(_LIST_GUARDRAILS, params)


def list_guardrails_iter(
    client: OpenRouter | GuardrailsAPI, **params: Unpack[ListGuardrailsParams]
) -> Iterator[_m.Guardrail]:
    """Every item of `list_guardrails`, page after page: iterating sends a request per page."""
    return _iterate_pages(
        lambda offset: client._request(_LIST_GUARDRAILS, {**params, "offset": offset}),
        "data",
        params.get("offset") or 0,
        params.get("limit"),
    )


def list_guardrails_iter_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI, **params: Unpack[ListGuardrailsParams]
) -> AsyncIterator[_m.Guardrail]:
    """Every item of `list_guardrails`, page after page: iterating sends a request per page."""
    return _iterate_pages_async(
        lambda offset: client._request(_LIST_GUARDRAILS, {**params, "offset": offset}),
        "data",
        params.get("offset") or 0,
        params.get("limit"),
    )


class CreateGuardrailParams(_CallOptions, total=False):
    """The keyword arguments of `create_guardrail`."""

    allowed_models: Sequence[str] | None
    """Array of model identifiers (slug or canonical_slug accepted)"""
    allowed_providers: Sequence[str] | None
    """List of allowed provider IDs"""
    description: str | None
    """Description of the guardrail"""
    enforce_zdr: bool | None
    """Whether to enforce zero data retention"""
    ignored_providers: Sequence[str] | None
    """List of provider IDs to exclude from routing"""
    limit_usd: float | None
    """Spending limit in USD"""
    name: Required[str]
    """Name for the new guardrail"""
    reset_interval: _m.GuardrailInterval | str | None
    """Interval at which the limit resets (daily, weekly, monthly)"""


@overload
def create_guardrail(
    client: OpenRouter | GuardrailsAPI, **params: Unpack[CreateGuardrailParams]
) -> _m.CreateGuardrailResponse: ...


@overload
def create_guardrail(
    client: OpenRouter | GuardrailsAPI,
    *,
    body: _m.CreateGuardrailRequest | Mapping[str, Any],
    **params: Unpack[_CallOptions],
) -> _m.CreateGuardrailResponse: ...


def create_guardrail(
    client: OpenRouter | GuardrailsAPI, **params: Any
) -> _m.CreateGuardrailResponse:
    """Create a guardrail

    Create a new guardrail for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    POST /guardrails
    """
    return client._request(_CREATE_GUARDRAIL, params)


@overload
async def create_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI, **params: Unpack[CreateGuardrailParams]
) -> _m.CreateGuardrailResponse: ...


@overload
async def create_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    body: _m.CreateGuardrailRequest | Mapping[str, Any],
    **params: Unpack[_CallOptions],
) -> _m.CreateGuardrailResponse: ...


async def create_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI, **params: Any
) -> _m.CreateGuardrailResponse:
    """Create a guardrail

    Create a new guardrail for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    POST /guardrails
    """
    return await client._request(_CREATE_GUARDRAIL, params)


class GetGuardrailParams(_CallOptions, total=False):
    """The keyword arguments of `get_guardrail`."""

    id: Required[str]
    """The unique identifier of the guardrail to retrieve"""


def get_guardrail(
    client: OpenRouter | GuardrailsAPI, **params: Unpack[GetGuardrailParams]
) -> _m.GetGuardrailResponse:
    """Get a guardrail

    Get a single guardrail by ID. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    GET /guardrails/{id}
    """
    return client._request(_GET_GUARDRAIL, params)


async def get_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI, **params: Unpack[GetGuardrailParams]
) -> _m.GetGuardrailResponse:
    """Get a guardrail

    Get a single guardrail by ID. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    GET /guardrails/{id}
    """
    return await client._request(_GET_GUARDRAIL, params)


class DeleteGuardrailParams(_CallOptions, total=False):
    """The keyword arguments of `delete_guardrail`."""

    id: Required[str]
    """The unique identifier of the guardrail to delete"""


def delete_guardrail(
    client: OpenRouter | GuardrailsAPI, **params: Unpack[DeleteGuardrailParams]
) -> _m.DeleteGuardrailResponse:
    """Delete a guardrail

    Delete an existing guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    DELETE /guardrails/{id}
    """
    return client._request(_DELETE_GUARDRAIL, params)


async def delete_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI, **params: Unpack[DeleteGuardrailParams]
) -> _m.DeleteGuardrailResponse:
    """Delete a guardrail

    Delete an existing guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    DELETE /guardrails/{id}
    """
    return await client._request(_DELETE_GUARDRAIL, params)


class _UpdateGuardrailArgs(_CallOptions, total=False):
    """The parameters of `update_guardrail` that go with `body=` too."""

    id: Required[str]
    """The unique identifier of the guardrail to update"""


class UpdateGuardrailParams(_UpdateGuardrailArgs, total=False):
    """The keyword arguments of `update_guardrail`."""

    allowed_models: Sequence[str] | None
    """Array of model identifiers (slug or canonical_slug accepted)"""
    allowed_providers: Sequence[str] | None
    """New list of allowed provider IDs"""
    description: str | None
    """New description for the guardrail"""
    enforce_zdr: bool | None
    """Whether to enforce zero data retention"""
    ignored_providers: Sequence[str] | None
    """List of provider IDs to exclude from routing"""
    limit_usd: float | None
    """New spending limit in USD"""
    name: str | None
    """New name for the guardrail"""
    reset_interval: _m.GuardrailInterval | str | None
    """Interval at which the limit resets (daily, weekly, monthly)"""


@overload
def update_guardrail(
    client: OpenRouter | GuardrailsAPI, **params: Unpack[UpdateGuardrailParams]
) -> _m.UpdateGuardrailResponse: ...


@overload
def update_guardrail(
    client: OpenRouter | GuardrailsAPI,
    *,
    body: _m.UpdateGuardrailRequest | Mapping[str, Any],
    **params: Unpack[_UpdateGuardrailArgs],
) -> _m.UpdateGuardrailResponse: ...


def update_guardrail(
    client: OpenRouter | GuardrailsAPI, **params: Any
) -> _m.UpdateGuardrailResponse:
    """Update a guardrail

    Update an existing guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    PATCH /guardrails/{id}
    """
    return client._request(_UPDATE_GUARDRAIL, params)


@overload
async def update_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI, **params: Unpack[UpdateGuardrailParams]
) -> _m.UpdateGuardrailResponse: ...


@overload
async def update_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    body: _m.UpdateGuardrailRequest | Mapping[str, Any],
    **params: Unpack[_UpdateGuardrailArgs],
) -> _m.UpdateGuardrailResponse: ...


async def update_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI, **params: Any
) -> _m.UpdateGuardrailResponse:
    """Update a guardrail

    Update an existing guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    PATCH /guardrails/{id}
    """
    return await client._request(_UPDATE_GUARDRAIL, params)


class ListGuardrailKeyAssignmentsParams(_CallOptions, total=False):
    """The keyword arguments of `list_guardrail_key_assignments`."""

    id: Required[str]
    """The unique identifier of the guardrail"""
    offset: int | None
    """Number of records to skip for pagination"""
    limit: int | None
    """Maximum number of records to return (max 100)"""


def list_guardrail_key_assignments(
    client: OpenRouter | GuardrailsAPI, **params: Unpack[ListGuardrailKeyAssignmentsParams]
) -> _m.ListKeyAssignmentsResponse:
    """List key assignments for a guardrail

    List all API key assignments for a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    GET /guardrails/{id}/assignments/keys
    """
    return client._request(_LIST_GUARDRAIL_KEY_ASSIGNMENTS, params)


async def list_guardrail_key_assignments_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    **params: Unpack[ListGuardrailKeyAssignmentsParams],
) -> _m.ListKeyAssignmentsResponse:
    """List key assignments for a guardrail

    List all API key assignments for a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    GET /guardrails/{id}/assignments/keys
    """
    return await client._request(_LIST_GUARDRAIL_KEY_ASSIGNMENTS, params)


def list_guardrail_key_assignments_iter(
    client: OpenRouter | GuardrailsAPI, **params: Unpack[ListGuardrailKeyAssignmentsParams]
) -> Iterator[_m.KeyAssignment]:
    """Every item of `list_guardrail_key_assignments`, page after page: iterating sends a request per page."""
    return _iterate_pages(
        lambda offset: client._request(
            _LIST_GUARDRAIL_KEY_ASSIGNMENTS, {**params, "offset": offset}
        ),
        "data",
        params.get("offset") or 0,
        params.get("limit"),
    )


def list_guardrail_key_assignments_iter_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    **params: Unpack[ListGuardrailKeyAssignmentsParams],
) -> AsyncIterator[_m.KeyAssignment]:
    """Every item of `list_guardrail_key_assignments`, page after page: iterating sends a request per page."""
    return _iterate_pages_async(
        lambda offset: client._request(
            _LIST_GUARDRAIL_KEY_ASSIGNMENTS, {**params, "offset": offset}
        ),
        "data",
        params.get("offset") or 0,
        params.get("limit"),
    )


class _BulkAssignKeysToGuardrailArgs(_CallOptions, total=False):
    """The parameters of `bulk_assign_keys_to_guardrail` that go with `body=` too."""

    id: Required[str]
    """The unique identifier of the guardrail"""


class BulkAssignKeysToGuardrailParams(_BulkAssignKeysToGuardrailArgs, total=False):
    """The keyword arguments of `bulk_assign_keys_to_guardrail`."""

    key_hashes: Required[Sequence[_m.BulkAssignKeysRequestKeyHash]]
    """Array of API key hashes to assign to the guardrail"""


@overload
def bulk_assign_keys_to_guardrail(
    client: OpenRouter | GuardrailsAPI, **params: Unpack[BulkAssignKeysToGuardrailParams]
) -> _m.BulkAssignKeysResponse: ...


@overload
def bulk_assign_keys_to_guardrail(
    client: OpenRouter | GuardrailsAPI,
    *,
    body: _m.BulkAssignKeysRequest | Mapping[str, Any],
    **params: Unpack[_BulkAssignKeysToGuardrailArgs],
) -> _m.BulkAssignKeysResponse: ...


def bulk_assign_keys_to_guardrail(
    client: OpenRouter | GuardrailsAPI, **params: Any
) -> _m.BulkAssignKeysResponse:
    """Bulk assign keys to a guardrail

    Assign multiple API keys to a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    POST /guardrails/{id}/assignments/keys
    """
    return client._request(_BULK_ASSIGN_KEYS_TO_GUARDRAIL, params)


@overload
async def bulk_assign_keys_to_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI, **params: Unpack[BulkAssignKeysToGuardrailParams]
) -> _m.BulkAssignKeysResponse: ...


@overload
async def bulk_assign_keys_to_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    body: _m.BulkAssignKeysRequest | Mapping[str, Any],
    **params: Unpack[_BulkAssignKeysToGuardrailArgs],
) -> _m.BulkAssignKeysResponse: ...


async def bulk_assign_keys_to_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI, **params: Any
) -> _m.BulkAssignKeysResponse:
    """Bulk assign keys to a guardrail

    Assign multiple API keys to a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    POST /guardrails/{id}/assignments/keys
    """
    return await client._request(_BULK_ASSIGN_KEYS_TO_GUARDRAIL, params)


class _BulkUnassignKeysFromGuardrailArgs(_CallOptions, total=False):
    """The parameters of `bulk_unassign_keys_from_guardrail` that go with `body=` too."""

    id: Required[str]
    """The unique identifier of the guardrail"""


class BulkUnassignKeysFromGuardrailParams(_BulkUnassignKeysFromGuardrailArgs, total=False):
    """The keyword arguments of `bulk_unassign_keys_from_guardrail`."""

    key_hashes: Required[Sequence[_m.BulkUnassignKeysRequestKeyHash]]
    """Array of API key hashes to unassign from the guardrail"""


@overload
def bulk_unassign_keys_from_guardrail(
    client: OpenRouter | GuardrailsAPI, **params: Unpack[BulkUnassignKeysFromGuardrailParams]
) -> _m.BulkUnassignKeysResponse: ...


@overload
def bulk_unassign_keys_from_guardrail(
    client: OpenRouter | GuardrailsAPI,
    *,
    body: _m.BulkUnassignKeysRequest | Mapping[str, Any],
    **params: Unpack[_BulkUnassignKeysFromGuardrailArgs],
) -> _m.BulkUnassignKeysResponse: ...


def bulk_unassign_keys_from_guardrail(
    client: OpenRouter | GuardrailsAPI, **params: Any
) -> _m.BulkUnassignKeysResponse:
    """Bulk unassign keys from a guardrail

    Unassign multiple API keys from a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    POST /guardrails/{id}/assignments/keys/remove
    """
    return client._request(_BULK_UNASSIGN_KEYS_FROM_GUARDRAIL, params)


@overload
async def bulk_unassign_keys_from_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    **params: Unpack[BulkUnassignKeysFromGuardrailParams],
) -> _m.BulkUnassignKeysResponse: ...


@overload
async def bulk_unassign_keys_from_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    body: _m.BulkUnassignKeysRequest | Mapping[str, Any],
    **params: Unpack[_BulkUnassignKeysFromGuardrailArgs],
) -> _m.BulkUnassignKeysResponse: ...


async def bulk_unassign_keys_from_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI, **params: Any
) -> _m.BulkUnassignKeysResponse:
    """Bulk unassign keys from a guardrail

    Unassign multiple API keys from a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    POST /guardrails/{id}/assignments/keys/remove
    """
    return await client._request(_BULK_UNASSIGN_KEYS_FROM_GUARDRAIL, params)


class ListGuardrailMemberAssignmentsParams(_CallOptions, total=False):
    """The keyword arguments of `list_guardrail_member_assignments`."""

    id: Required[str]
    """The unique identifier of the guardrail"""
    offset: int | None
    """Number of records to skip for pagination"""
    limit: int | None
    """Maximum number of records to return (max 100)"""


def list_guardrail_member_assignments(
    client: OpenRouter | GuardrailsAPI, **params: Unpack[ListGuardrailMemberAssignmentsParams]
) -> _m.ListMemberAssignmentsResponse:
    """List member assignments for a guardrail

    List all organization member assignments for a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    GET /guardrails/{id}/assignments/members
    """
    return client._request(_LIST_GUARDRAIL_MEMBER_ASSIGNMENTS, params)


async def list_guardrail_member_assignments_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    **params: Unpack[ListGuardrailMemberAssignmentsParams],
) -> _m.ListMemberAssignmentsResponse:
    """List member assignments for a guardrail

    List all organization member assignments for a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    GET /guardrails/{id}/assignments/members
    """
    return await client._request(_LIST_GUARDRAIL_MEMBER_ASSIGNMENTS, params)


def list_guardrail_member_assignments_iter(
    client: OpenRouter | GuardrailsAPI, **params: Unpack[ListGuardrailMemberAssignmentsParams]
) -> Iterator[_m.MemberAssignment]:
    """Every item of `list_guardrail_member_assignments`, page after page: iterating sends a request per page."""
    return _iterate_pages(
        lambda offset: client._request(
            _LIST_GUARDRAIL_MEMBER_ASSIGNMENTS, {**params, "offset": offset}
        ),
        "data",
        params.get("offset") or 0,
        params.get("limit"),
    )


def list_guardrail_member_assignments_iter_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    **params: Unpack[ListGuardrailMemberAssignmentsParams],
) -> AsyncIterator[_m.MemberAssignment]:
    """Every item of `list_guardrail_member_assignments`, page after page: iterating sends a request per page."""
    return _iterate_pages_async(
        lambda offset: client._request(
            _LIST_GUARDRAIL_MEMBER_ASSIGNMENTS, {**params, "offset": offset}
        ),
        "data",
        params.get("offset") or 0,
        params.get("limit"),
    )


class _BulkAssignMembersToGuardrailArgs(_CallOptions, total=False):
    """The parameters of `bulk_assign_members_to_guardrail` that go with `body=` too."""

    id: Required[str]
    """The unique identifier of the guardrail"""


class BulkAssignMembersToGuardrailParams(_BulkAssignMembersToGuardrailArgs, total=False):
    """The keyword arguments of `bulk_assign_members_to_guardrail`."""

    member_user_ids: Required[Sequence[_m.BulkAssignMembersRequestMemberUserId]]
    """Array of member user IDs to assign to the guardrail"""


@overload
def bulk_assign_members_to_guardrail(
    client: OpenRouter | GuardrailsAPI, **params: Unpack[BulkAssignMembersToGuardrailParams]
) -> _m.BulkAssignMembersResponse: ...


@overload
def bulk_assign_members_to_guardrail(
    client: OpenRouter | GuardrailsAPI,
    *,
    body: _m.BulkAssignMembersRequest | Mapping[str, Any],
    **params: Unpack[_BulkAssignMembersToGuardrailArgs],
) -> _m.BulkAssignMembersResponse: ...


def bulk_assign_members_to_guardrail(
    client: OpenRouter | GuardrailsAPI, **params: Any
) -> _m.BulkAssignMembersResponse:
    """Bulk assign members to a guardrail

    Assign multiple organization members to a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    POST /guardrails/{id}/assignments/members
    """
    return client._request(_BULK_ASSIGN_MEMBERS_TO_GUARDRAIL, params)


@overload
async def bulk_assign_members_to_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    **params: Unpack[BulkAssignMembersToGuardrailParams],
) -> _m.BulkAssignMembersResponse: ...


@overload
async def bulk_assign_members_to_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    body: _m.BulkAssignMembersRequest | Mapping[str, Any],
    **params: Unpack[_BulkAssignMembersToGuardrailArgs],
) -> _m.BulkAssignMembersResponse: ...


async def bulk_assign_members_to_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI, **params: Any
) -> _m.BulkAssignMembersResponse:
    """Bulk assign members to a guardrail

    Assign multiple organization members to a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    POST /guardrails/{id}/assignments/members
    """
    return await client._request(_BULK_ASSIGN_MEMBERS_TO_GUARDRAIL, params)


class _BulkUnassignMembersFromGuardrailArgs(_CallOptions, total=False):
    """The parameters of `bulk_unassign_members_from_guardrail` that go with `body=` too."""

    id: Required[str]
    """The unique identifier of the guardrail"""


class BulkUnassignMembersFromGuardrailParams(_BulkUnassignMembersFromGuardrailArgs, total=False):
    """The keyword arguments of `bulk_unassign_members_from_guardrail`."""

    member_user_ids: Required[Sequence[_m.BulkUnassignMembersRequestMemberUserId]]
    """Array of member user IDs to unassign from the guardrail"""


@overload
def bulk_unassign_members_from_guardrail(
    client: OpenRouter | GuardrailsAPI, **params: Unpack[BulkUnassignMembersFromGuardrailParams]
) -> _m.BulkUnassignMembersResponse: ...


@overload
def bulk_unassign_members_from_guardrail(
    client: OpenRouter | GuardrailsAPI,
    *,
    body: _m.BulkUnassignMembersRequest | Mapping[str, Any],
    **params: Unpack[_BulkUnassignMembersFromGuardrailArgs],
) -> _m.BulkUnassignMembersResponse: ...


def bulk_unassign_members_from_guardrail(
    client: OpenRouter | GuardrailsAPI, **params: Any
) -> _m.BulkUnassignMembersResponse:
    """Bulk unassign members from a guardrail

    Unassign multiple organization members from a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    POST /guardrails/{id}/assignments/members/remove
    """
    return client._request(_BULK_UNASSIGN_MEMBERS_FROM_GUARDRAIL, params)


@overload
async def bulk_unassign_members_from_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    **params: Unpack[BulkUnassignMembersFromGuardrailParams],
) -> _m.BulkUnassignMembersResponse: ...


@overload
async def bulk_unassign_members_from_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    body: _m.BulkUnassignMembersRequest | Mapping[str, Any],
    **params: Unpack[_BulkUnassignMembersFromGuardrailArgs],
) -> _m.BulkUnassignMembersResponse: ...


async def bulk_unassign_members_from_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI, **params: Any
) -> _m.BulkUnassignMembersResponse:
    """Bulk unassign members from a guardrail

    Unassign multiple organization members from a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    POST /guardrails/{id}/assignments/members/remove
    """
    return await client._request(_BULK_UNASSIGN_MEMBERS_FROM_GUARDRAIL, params)


class ListKeyAssignmentsParams(_CallOptions, total=False):
    """The keyword arguments of `list_key_assignments`."""

    offset: int | None
    """Number of records to skip for pagination"""
    limit: int | None
    """Maximum number of records to return (max 100)"""


def list_key_assignments(
    client: OpenRouter | GuardrailsAPI, **params: Unpack[ListKeyAssignmentsParams]
) -> _m.ListKeyAssignmentsResponse:
    """List all key assignments

    List all API key guardrail assignments for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    GET /guardrails/assignments/keys
    """
    return client._request(_LIST_KEY_ASSIGNMENTS, params)


async def list_key_assignments_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI, **params: Unpack[ListKeyAssignmentsParams]
) -> _m.ListKeyAssignmentsResponse:
    """List all key assignments

    List all API key guardrail assignments for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    GET /guardrails/assignments/keys
    """
    return await client._request(_LIST_KEY_ASSIGNMENTS, params)


def list_key_assignments_iter(
    client: OpenRouter | GuardrailsAPI, **params: Unpack[ListKeyAssignmentsParams]
) -> Iterator[_m.KeyAssignment]:
    """Every item of `list_key_assignments`, page after page: iterating sends a request per page."""
    return _iterate_pages(
        lambda offset: client._request(_LIST_KEY_ASSIGNMENTS, {**params, "offset": offset}),
        "data",
        params.get("offset") or 0,
        params.get("limit"),
    )


def list_key_assignments_iter_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI, **params: Unpack[ListKeyAssignmentsParams]
) -> AsyncIterator[_m.KeyAssignment]:
    """Every item of `list_key_assignments`, page after page: iterating sends a request per page."""
    return _iterate_pages_async(
        lambda offset: client._request(_LIST_KEY_ASSIGNMENTS, {**params, "offset": offset}),
        "data",
        params.get("offset") or 0,
        params.get("limit"),
    )


class ListMemberAssignmentsParams(_CallOptions, total=False):
    """The keyword arguments of `list_member_assignments`."""

    offset: int | None
    """Number of records to skip for pagination"""
    limit: int | None
    """Maximum number of records to return (max 100)"""


def list_member_assignments(
    client: OpenRouter | GuardrailsAPI, **params: Unpack[ListMemberAssignmentsParams]
) -> _m.ListMemberAssignmentsResponse:
    """List all member assignments

    List all organization member guardrail assignments for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    GET /guardrails/assignments/members
    """
    return client._request(_LIST_MEMBER_ASSIGNMENTS, params)


async def list_member_assignments_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI, **params: Unpack[ListMemberAssignmentsParams]
) -> _m.ListMemberAssignmentsResponse:
    """List all member assignments

    List all organization member guardrail assignments for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    GET /guardrails/assignments/members
    """
    return await client._request(_LIST_MEMBER_ASSIGNMENTS, params)


def list_member_assignments_iter(
    client: OpenRouter | GuardrailsAPI, **params: Unpack[ListMemberAssignmentsParams]
) -> Iterator[_m.MemberAssignment]:
    """Every item of `list_member_assignments`, page after page: iterating sends a request per page."""
    return _iterate_pages(
        lambda offset: client._request(_LIST_MEMBER_ASSIGNMENTS, {**params, "offset": offset}),
        "data",
        params.get("offset") or 0,
        params.get("limit"),
    )


def list_member_assignments_iter_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI, **params: Unpack[ListMemberAssignmentsParams]
) -> AsyncIterator[_m.MemberAssignment]:
    """Every item of `list_member_assignments`, page after page: iterating sends a request per page."""
    return _iterate_pages_async(
        lambda offset: client._request(_LIST_MEMBER_ASSIGNMENTS, {**params, "offset": offset}),
        "data",
        params.get("offset") or 0,
        params.get("limit"),
    )


class GuardrailsAPI(_Namespace):
    """`client.guardrails`: the Guardrails operations as methods."""

    list = list_guardrails
    list_iter = list_guardrails_iter

    create = create_guardrail

    get = get_guardrail

    delete = delete_guardrail

    update = update_guardrail

    list_guardrail_key_assignments = list_guardrail_key_assignments
    list_guardrail_key_assignments_iter = list_guardrail_key_assignments_iter

    bulk_assign_keys = bulk_assign_keys_to_guardrail

    bulk_unassign_keys = bulk_unassign_keys_from_guardrail

    list_guardrail_member_assignments = list_guardrail_member_assignments
    list_guardrail_member_assignments_iter = list_guardrail_member_assignments_iter

    bulk_assign_members = bulk_assign_members_to_guardrail

    bulk_unassign_members = bulk_unassign_members_from_guardrail

    list_key_assignments = list_key_assignments
    list_key_assignments_iter = list_key_assignments_iter

    list_member_assignments = list_member_assignments
    list_member_assignments_iter = list_member_assignments_iter


class AsyncGuardrailsAPI(_Namespace):
    """`client.guardrails` of the async client: the Guardrails operations as methods."""

    list = list_guardrails_async
    list_iter = list_guardrails_iter_async

    create = create_guardrail_async

    get = get_guardrail_async

    delete = delete_guardrail_async

    update = update_guardrail_async

    list_guardrail_key_assignments = list_guardrail_key_assignments_async
    list_guardrail_key_assignments_iter = list_guardrail_key_assignments_iter_async

    bulk_assign_keys = bulk_assign_keys_to_guardrail_async

    bulk_unassign_keys = bulk_unassign_keys_from_guardrail_async

    list_guardrail_member_assignments = list_guardrail_member_assignments_async
    list_guardrail_member_assignments_iter = list_guardrail_member_assignments_iter_async

    bulk_assign_members = bulk_assign_members_to_guardrail_async

    bulk_unassign_members = bulk_unassign_members_from_guardrail_async

    list_key_assignments = list_key_assignments_async
    list_key_assignments_iter = list_key_assignments_iter_async

    list_member_assignments = list_member_assignments_async
    list_member_assignments_iter = list_member_assignments_iter_async


class RawGuardrailsAPI(_Namespace):
    """`client.with_raw_response.guardrails`: each operation's `APIResponse`."""

    def list(
        self, **params: Unpack[ListGuardrailsParams]
    ) -> APIResponse[_m.ListGuardrailsResponse]:
        """List guardrails"""
        return self._raw(_LIST_GUARDRAILS, params)

    def create(
        self, **params: Unpack[CreateGuardrailParams]
    ) -> APIResponse[_m.CreateGuardrailResponse]:
        """Create a guardrail"""
        return self._raw(_CREATE_GUARDRAIL, params)

    def get(self, **params: Unpack[GetGuardrailParams]) -> APIResponse[_m.GetGuardrailResponse]:
        """Get a guardrail"""
        return self._raw(_GET_GUARDRAIL, params)

    def delete(
        self, **params: Unpack[DeleteGuardrailParams]
    ) -> APIResponse[_m.DeleteGuardrailResponse]:
        """Delete a guardrail"""
        return self._raw(_DELETE_GUARDRAIL, params)

    def update(
        self, **params: Unpack[UpdateGuardrailParams]
    ) -> APIResponse[_m.UpdateGuardrailResponse]:
        """Update a guardrail"""
        return self._raw(_UPDATE_GUARDRAIL, params)

    def list_guardrail_key_assignments(
        self, **params: Unpack[ListGuardrailKeyAssignmentsParams]
    ) -> APIResponse[_m.ListKeyAssignmentsResponse]:
        """List key assignments for a guardrail"""
        return self._raw(_LIST_GUARDRAIL_KEY_ASSIGNMENTS, params)

    def bulk_assign_keys(
        self, **params: Unpack[BulkAssignKeysToGuardrailParams]
    ) -> APIResponse[_m.BulkAssignKeysResponse]:
        """Bulk assign keys to a guardrail"""
        return self._raw(_BULK_ASSIGN_KEYS_TO_GUARDRAIL, params)

    def bulk_unassign_keys(
        self, **params: Unpack[BulkUnassignKeysFromGuardrailParams]
    ) -> APIResponse[_m.BulkUnassignKeysResponse]:
        """Bulk unassign keys from a guardrail"""
        return self._raw(_BULK_UNASSIGN_KEYS_FROM_GUARDRAIL, params)

    def list_guardrail_member_assignments(
        self, **params: Unpack[ListGuardrailMemberAssignmentsParams]
    ) -> APIResponse[_m.ListMemberAssignmentsResponse]:
        """List member assignments for a guardrail"""
        return self._raw(_LIST_GUARDRAIL_MEMBER_ASSIGNMENTS, params)

    def bulk_assign_members(
        self, **params: Unpack[BulkAssignMembersToGuardrailParams]
    ) -> APIResponse[_m.BulkAssignMembersResponse]:
        """Bulk assign members to a guardrail"""
        return self._raw(_BULK_ASSIGN_MEMBERS_TO_GUARDRAIL, params)

    def bulk_unassign_members(
        self, **params: Unpack[BulkUnassignMembersFromGuardrailParams]
    ) -> APIResponse[_m.BulkUnassignMembersResponse]:
        """Bulk unassign members from a guardrail"""
        return self._raw(_BULK_UNASSIGN_MEMBERS_FROM_GUARDRAIL, params)

    def list_key_assignments(
        self, **params: Unpack[ListKeyAssignmentsParams]
    ) -> APIResponse[_m.ListKeyAssignmentsResponse]:
        """List all key assignments"""
        return self._raw(_LIST_KEY_ASSIGNMENTS, params)

    def list_member_assignments(
        self, **params: Unpack[ListMemberAssignmentsParams]
    ) -> APIResponse[_m.ListMemberAssignmentsResponse]:
        """List all member assignments"""
        return self._raw(_LIST_MEMBER_ASSIGNMENTS, params)


class AsyncRawGuardrailsAPI(_Namespace):
    """`client.with_raw_response.guardrails` of the async client."""

    async def list(
        self, **params: Unpack[ListGuardrailsParams]
    ) -> APIResponse[_m.ListGuardrailsResponse]:
        """List guardrails"""
        return await self._raw(_LIST_GUARDRAILS, params)

    async def create(
        self, **params: Unpack[CreateGuardrailParams]
    ) -> APIResponse[_m.CreateGuardrailResponse]:
        """Create a guardrail"""
        return await self._raw(_CREATE_GUARDRAIL, params)

    async def get(
        self, **params: Unpack[GetGuardrailParams]
    ) -> APIResponse[_m.GetGuardrailResponse]:
        """Get a guardrail"""
        return await self._raw(_GET_GUARDRAIL, params)

    async def delete(
        self, **params: Unpack[DeleteGuardrailParams]
    ) -> APIResponse[_m.DeleteGuardrailResponse]:
        """Delete a guardrail"""
        return await self._raw(_DELETE_GUARDRAIL, params)

    async def update(
        self, **params: Unpack[UpdateGuardrailParams]
    ) -> APIResponse[_m.UpdateGuardrailResponse]:
        """Update a guardrail"""
        return await self._raw(_UPDATE_GUARDRAIL, params)

    async def list_guardrail_key_assignments(
        self, **params: Unpack[ListGuardrailKeyAssignmentsParams]
    ) -> APIResponse[_m.ListKeyAssignmentsResponse]:
        """List key assignments for a guardrail"""
        return await self._raw(_LIST_GUARDRAIL_KEY_ASSIGNMENTS, params)

    async def bulk_assign_keys(
        self, **params: Unpack[BulkAssignKeysToGuardrailParams]
    ) -> APIResponse[_m.BulkAssignKeysResponse]:
        """Bulk assign keys to a guardrail"""
        return await self._raw(_BULK_ASSIGN_KEYS_TO_GUARDRAIL, params)

    async def bulk_unassign_keys(
        self, **params: Unpack[BulkUnassignKeysFromGuardrailParams]
    ) -> APIResponse[_m.BulkUnassignKeysResponse]:
        """Bulk unassign keys from a guardrail"""
        return await self._raw(_BULK_UNASSIGN_KEYS_FROM_GUARDRAIL, params)

    async def list_guardrail_member_assignments(
        self, **params: Unpack[ListGuardrailMemberAssignmentsParams]
    ) -> APIResponse[_m.ListMemberAssignmentsResponse]:
        """List member assignments for a guardrail"""
        return await self._raw(_LIST_GUARDRAIL_MEMBER_ASSIGNMENTS, params)

    async def bulk_assign_members(
        self, **params: Unpack[BulkAssignMembersToGuardrailParams]
    ) -> APIResponse[_m.BulkAssignMembersResponse]:
        """Bulk assign members to a guardrail"""
        return await self._raw(_BULK_ASSIGN_MEMBERS_TO_GUARDRAIL, params)

    async def bulk_unassign_members(
        self, **params: Unpack[BulkUnassignMembersFromGuardrailParams]
    ) -> APIResponse[_m.BulkUnassignMembersResponse]:
        """Bulk unassign members from a guardrail"""
        return await self._raw(_BULK_UNASSIGN_MEMBERS_FROM_GUARDRAIL, params)

    async def list_key_assignments(
        self, **params: Unpack[ListKeyAssignmentsParams]
    ) -> APIResponse[_m.ListKeyAssignmentsResponse]:
        """List all key assignments"""
        return await self._raw(_LIST_KEY_ASSIGNMENTS, params)

    async def list_member_assignments(
        self, **params: Unpack[ListMemberAssignmentsParams]
    ) -> APIResponse[_m.ListMemberAssignmentsResponse]:
        """List all member assignments"""
        return await self._raw(_LIST_MEMBER_ASSIGNMENTS, params)


class StreamingGuardrailsAPI(_Namespace):
    """`client.with_streaming_response.guardrails`: each operation's response, its body unread, in a `with` block."""

    def list(
        self, **params: Unpack[ListGuardrailsParams]
    ) -> ResponseContextManager[StreamedResponse[_m.ListGuardrailsResponse]]:
        """List guardrails"""
        return self._streamed(_LIST_GUARDRAILS, params)

    def create(
        self, **params: Unpack[CreateGuardrailParams]
    ) -> ResponseContextManager[StreamedResponse[_m.CreateGuardrailResponse]]:
        """Create a guardrail"""
        return self._streamed(_CREATE_GUARDRAIL, params)

    def get(
        self, **params: Unpack[GetGuardrailParams]
    ) -> ResponseContextManager[StreamedResponse[_m.GetGuardrailResponse]]:
        """Get a guardrail"""
        return self._streamed(_GET_GUARDRAIL, params)

    def delete(
        self, **params: Unpack[DeleteGuardrailParams]
    ) -> ResponseContextManager[StreamedResponse[_m.DeleteGuardrailResponse]]:
        """Delete a guardrail"""
        return self._streamed(_DELETE_GUARDRAIL, params)

    def update(
        self, **params: Unpack[UpdateGuardrailParams]
    ) -> ResponseContextManager[StreamedResponse[_m.UpdateGuardrailResponse]]:
        """Update a guardrail"""
        return self._streamed(_UPDATE_GUARDRAIL, params)

    def list_guardrail_key_assignments(
        self, **params: Unpack[ListGuardrailKeyAssignmentsParams]
    ) -> ResponseContextManager[StreamedResponse[_m.ListKeyAssignmentsResponse]]:
        """List key assignments for a guardrail"""
        return self._streamed(_LIST_GUARDRAIL_KEY_ASSIGNMENTS, params)

    def bulk_assign_keys(
        self, **params: Unpack[BulkAssignKeysToGuardrailParams]
    ) -> ResponseContextManager[StreamedResponse[_m.BulkAssignKeysResponse]]:
        """Bulk assign keys to a guardrail"""
        return self._streamed(_BULK_ASSIGN_KEYS_TO_GUARDRAIL, params)

    def bulk_unassign_keys(
        self, **params: Unpack[BulkUnassignKeysFromGuardrailParams]
    ) -> ResponseContextManager[StreamedResponse[_m.BulkUnassignKeysResponse]]:
        """Bulk unassign keys from a guardrail"""
        return self._streamed(_BULK_UNASSIGN_KEYS_FROM_GUARDRAIL, params)

    def list_guardrail_member_assignments(
        self, **params: Unpack[ListGuardrailMemberAssignmentsParams]
    ) -> ResponseContextManager[StreamedResponse[_m.ListMemberAssignmentsResponse]]:
        """List member assignments for a guardrail"""
        return self._streamed(_LIST_GUARDRAIL_MEMBER_ASSIGNMENTS, params)

    def bulk_assign_members(
        self, **params: Unpack[BulkAssignMembersToGuardrailParams]
    ) -> ResponseContextManager[StreamedResponse[_m.BulkAssignMembersResponse]]:
        """Bulk assign members to a guardrail"""
        return self._streamed(_BULK_ASSIGN_MEMBERS_TO_GUARDRAIL, params)

    def bulk_unassign_members(
        self, **params: Unpack[BulkUnassignMembersFromGuardrailParams]
    ) -> ResponseContextManager[StreamedResponse[_m.BulkUnassignMembersResponse]]:
        """Bulk unassign members from a guardrail"""
        return self._streamed(_BULK_UNASSIGN_MEMBERS_FROM_GUARDRAIL, params)

    def list_key_assignments(
        self, **params: Unpack[ListKeyAssignmentsParams]
    ) -> ResponseContextManager[StreamedResponse[_m.ListKeyAssignmentsResponse]]:
        """List all key assignments"""
        return self._streamed(_LIST_KEY_ASSIGNMENTS, params)

    def list_member_assignments(
        self, **params: Unpack[ListMemberAssignmentsParams]
    ) -> ResponseContextManager[StreamedResponse[_m.ListMemberAssignmentsResponse]]:
        """List all member assignments"""
        return self._streamed(_LIST_MEMBER_ASSIGNMENTS, params)


class AsyncStreamingGuardrailsAPI(_Namespace):
    """`client.with_streaming_response.guardrails` of the async client (`async with`)."""

    def list(
        self, **params: Unpack[ListGuardrailsParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.ListGuardrailsResponse]]:
        """List guardrails"""
        return self._streamed_async(_LIST_GUARDRAILS, params)

    def create(
        self, **params: Unpack[CreateGuardrailParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.CreateGuardrailResponse]]:
        """Create a guardrail"""
        return self._streamed_async(_CREATE_GUARDRAIL, params)

    def get(
        self, **params: Unpack[GetGuardrailParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.GetGuardrailResponse]]:
        """Get a guardrail"""
        return self._streamed_async(_GET_GUARDRAIL, params)

    def delete(
        self, **params: Unpack[DeleteGuardrailParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.DeleteGuardrailResponse]]:
        """Delete a guardrail"""
        return self._streamed_async(_DELETE_GUARDRAIL, params)

    def update(
        self, **params: Unpack[UpdateGuardrailParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.UpdateGuardrailResponse]]:
        """Update a guardrail"""
        return self._streamed_async(_UPDATE_GUARDRAIL, params)

    def list_guardrail_key_assignments(
        self, **params: Unpack[ListGuardrailKeyAssignmentsParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.ListKeyAssignmentsResponse]]:
        """List key assignments for a guardrail"""
        return self._streamed_async(_LIST_GUARDRAIL_KEY_ASSIGNMENTS, params)

    def bulk_assign_keys(
        self, **params: Unpack[BulkAssignKeysToGuardrailParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.BulkAssignKeysResponse]]:
        """Bulk assign keys to a guardrail"""
        return self._streamed_async(_BULK_ASSIGN_KEYS_TO_GUARDRAIL, params)

    def bulk_unassign_keys(
        self, **params: Unpack[BulkUnassignKeysFromGuardrailParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.BulkUnassignKeysResponse]]:
        """Bulk unassign keys from a guardrail"""
        return self._streamed_async(_BULK_UNASSIGN_KEYS_FROM_GUARDRAIL, params)

    def list_guardrail_member_assignments(
        self, **params: Unpack[ListGuardrailMemberAssignmentsParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.ListMemberAssignmentsResponse]]:
        """List member assignments for a guardrail"""
        return self._streamed_async(_LIST_GUARDRAIL_MEMBER_ASSIGNMENTS, params)

    def bulk_assign_members(
        self, **params: Unpack[BulkAssignMembersToGuardrailParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.BulkAssignMembersResponse]]:
        """Bulk assign members to a guardrail"""
        return self._streamed_async(_BULK_ASSIGN_MEMBERS_TO_GUARDRAIL, params)

    def bulk_unassign_members(
        self, **params: Unpack[BulkUnassignMembersFromGuardrailParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.BulkUnassignMembersResponse]]:
        """Bulk unassign members from a guardrail"""
        return self._streamed_async(_BULK_UNASSIGN_MEMBERS_FROM_GUARDRAIL, params)

    def list_key_assignments(
        self, **params: Unpack[ListKeyAssignmentsParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.ListKeyAssignmentsResponse]]:
        """List all key assignments"""
        return self._streamed_async(_LIST_KEY_ASSIGNMENTS, params)

    def list_member_assignments(
        self, **params: Unpack[ListMemberAssignmentsParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.ListMemberAssignmentsResponse]]:
        """List all member assignments"""
        return self._streamed_async(_LIST_MEMBER_ASSIGNMENTS, params)
