"""Guardrails endpoints"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, overload

from .._client import Endpoint as _Endpoint
from .._client import build_body as _build_body
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
    "list_guardrails",
    "list_guardrails_async",
    "list_guardrails_iter",
    "list_guardrails_iter_async",
    "create_guardrail",
    "create_guardrail_async",
    "get_guardrail",
    "get_guardrail_async",
    "delete_guardrail",
    "delete_guardrail_async",
    "update_guardrail",
    "update_guardrail_async",
    "list_guardrail_key_assignments",
    "list_guardrail_key_assignments_async",
    "list_guardrail_key_assignments_iter",
    "list_guardrail_key_assignments_iter_async",
    "bulk_assign_keys_to_guardrail",
    "bulk_assign_keys_to_guardrail_async",
    "bulk_unassign_keys_from_guardrail",
    "bulk_unassign_keys_from_guardrail_async",
    "list_guardrail_member_assignments",
    "list_guardrail_member_assignments_async",
    "list_guardrail_member_assignments_iter",
    "list_guardrail_member_assignments_iter_async",
    "bulk_assign_members_to_guardrail",
    "bulk_assign_members_to_guardrail_async",
    "bulk_unassign_members_from_guardrail",
    "bulk_unassign_members_from_guardrail_async",
    "list_key_assignments",
    "list_key_assignments_async",
    "list_key_assignments_iter",
    "list_key_assignments_iter_async",
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
    errors={"401": lambda m: m.UnauthorizedResponse, "500": lambda m: m.InternalServerResponse},
)

_CREATE_GUARDRAIL = _Endpoint(
    "POST",
    "/guardrails",
    json=lambda m: m.CreateGuardrailResponse,
    errors={
        "400": lambda m: m.BadRequestResponse,
        "401": lambda m: m.UnauthorizedResponse,
        "500": lambda m: m.InternalServerResponse,
    },
)

_GET_GUARDRAIL = _Endpoint(
    "GET",
    "/guardrails/{id}",
    json=lambda m: m.GetGuardrailResponse,
    errors={
        "401": lambda m: m.UnauthorizedResponse,
        "404": lambda m: m.NotFoundResponse,
        "500": lambda m: m.InternalServerResponse,
    },
)

_DELETE_GUARDRAIL = _Endpoint(
    "DELETE",
    "/guardrails/{id}",
    json=lambda m: m.DeleteGuardrailResponse,
    errors={
        "401": lambda m: m.UnauthorizedResponse,
        "404": lambda m: m.NotFoundResponse,
        "500": lambda m: m.InternalServerResponse,
    },
)

_UPDATE_GUARDRAIL = _Endpoint(
    "PATCH",
    "/guardrails/{id}",
    json=lambda m: m.UpdateGuardrailResponse,
    errors={
        "400": lambda m: m.BadRequestResponse,
        "401": lambda m: m.UnauthorizedResponse,
        "404": lambda m: m.NotFoundResponse,
        "500": lambda m: m.InternalServerResponse,
    },
)

_LIST_GUARDRAIL_KEY_ASSIGNMENTS = _Endpoint(
    "GET",
    "/guardrails/{id}/assignments/keys",
    json=lambda m: m.ListKeyAssignmentsResponse,
    errors={
        "401": lambda m: m.UnauthorizedResponse,
        "404": lambda m: m.NotFoundResponse,
        "500": lambda m: m.InternalServerResponse,
    },
)

_BULK_ASSIGN_KEYS_TO_GUARDRAIL = _Endpoint(
    "POST",
    "/guardrails/{id}/assignments/keys",
    json=lambda m: m.BulkAssignKeysResponse,
    errors={
        "400": lambda m: m.BadRequestResponse,
        "401": lambda m: m.UnauthorizedResponse,
        "404": lambda m: m.NotFoundResponse,
        "500": lambda m: m.InternalServerResponse,
    },
)

_BULK_UNASSIGN_KEYS_FROM_GUARDRAIL = _Endpoint(
    "POST",
    "/guardrails/{id}/assignments/keys/remove",
    json=lambda m: m.BulkUnassignKeysResponse,
    errors={
        "400": lambda m: m.BadRequestResponse,
        "401": lambda m: m.UnauthorizedResponse,
        "404": lambda m: m.NotFoundResponse,
        "500": lambda m: m.InternalServerResponse,
    },
)

_LIST_GUARDRAIL_MEMBER_ASSIGNMENTS = _Endpoint(
    "GET",
    "/guardrails/{id}/assignments/members",
    json=lambda m: m.ListMemberAssignmentsResponse,
    errors={
        "401": lambda m: m.UnauthorizedResponse,
        "404": lambda m: m.NotFoundResponse,
        "500": lambda m: m.InternalServerResponse,
    },
)

_BULK_ASSIGN_MEMBERS_TO_GUARDRAIL = _Endpoint(
    "POST",
    "/guardrails/{id}/assignments/members",
    json=lambda m: m.BulkAssignMembersResponse,
    errors={
        "400": lambda m: m.BadRequestResponse,
        "401": lambda m: m.UnauthorizedResponse,
        "404": lambda m: m.NotFoundResponse,
        "500": lambda m: m.InternalServerResponse,
    },
)

_BULK_UNASSIGN_MEMBERS_FROM_GUARDRAIL = _Endpoint(
    "POST",
    "/guardrails/{id}/assignments/members/remove",
    json=lambda m: m.BulkUnassignMembersResponse,
    errors={
        "400": lambda m: m.BadRequestResponse,
        "401": lambda m: m.UnauthorizedResponse,
        "404": lambda m: m.NotFoundResponse,
        "500": lambda m: m.InternalServerResponse,
    },
)

_LIST_KEY_ASSIGNMENTS = _Endpoint(
    "GET",
    "/guardrails/assignments/keys",
    json=lambda m: m.ListKeyAssignmentsResponse,
    errors={"401": lambda m: m.UnauthorizedResponse, "500": lambda m: m.InternalServerResponse},
)

_LIST_MEMBER_ASSIGNMENTS = _Endpoint(
    "GET",
    "/guardrails/assignments/members",
    json=lambda m: m.ListMemberAssignmentsResponse,
    errors={"401": lambda m: m.UnauthorizedResponse, "500": lambda m: m.InternalServerResponse},
)


def list_guardrails(
    client: OpenRouter | GuardrailsAPI,
    *,
    offset: int | None = None,
    limit: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ListGuardrailsResponse:
    """List guardrails

    List all guardrails for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        offset: Number of records to skip for pagination
        limit: Maximum number of records to return (max 100)

    GET /guardrails
    """
    return client._request(
        _LIST_GUARDRAILS,
        query={"offset": offset, "limit": limit},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def list_guardrails_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    offset: int | None = None,
    limit: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ListGuardrailsResponse:
    """List guardrails

    List all guardrails for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        offset: Number of records to skip for pagination
        limit: Maximum number of records to return (max 100)

    GET /guardrails
    """
    return await client._request(
        _LIST_GUARDRAILS,
        query={"offset": offset, "limit": limit},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def list_guardrails_iter(
    client: OpenRouter | GuardrailsAPI,
    *,
    limit: int | None = None,
    offset: int = 0,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Iterator[_m.Guardrail]:
    """Every item of `list_guardrails`, page after page: iterating sends a request per page."""
    return _iterate_pages(
        lambda offset: list_guardrails(
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


def list_guardrails_iter_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    limit: int | None = None,
    offset: int = 0,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> AsyncIterator[_m.Guardrail]:
    """Every item of `list_guardrails`, page after page: iterating sends a request per page."""
    return _iterate_pages_async(
        lambda offset: list_guardrails_async(
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


@overload
def create_guardrail(
    client: OpenRouter | GuardrailsAPI,
    *,
    allowed_models: Sequence[str] | None | NotGiven = NOT_GIVEN,
    allowed_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
    description: str | None | NotGiven = NOT_GIVEN,
    enforce_zdr: bool | None | NotGiven = NOT_GIVEN,
    ignored_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
    limit_usd: float | None | NotGiven = NOT_GIVEN,
    name: str,
    reset_interval: _m.GuardrailInterval | str | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.CreateGuardrailResponse: ...


@overload
def create_guardrail(
    client: OpenRouter | GuardrailsAPI,
    *,
    body: _m.CreateGuardrailRequest | Mapping[str, Any],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.CreateGuardrailResponse: ...


def create_guardrail(
    client: OpenRouter | GuardrailsAPI,
    *,
    body: _m.CreateGuardrailRequest | Mapping[str, Any] | None = None,
    allowed_models: Sequence[str] | None | NotGiven = NOT_GIVEN,
    allowed_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
    description: str | None | NotGiven = NOT_GIVEN,
    enforce_zdr: bool | None | NotGiven = NOT_GIVEN,
    ignored_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
    limit_usd: float | None | NotGiven = NOT_GIVEN,
    name: str | NotGiven = NOT_GIVEN,
    reset_interval: _m.GuardrailInterval | str | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.CreateGuardrailResponse:
    """Create a guardrail

    Create a new guardrail for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        allowed_models: Array of model identifiers (slug or canonical_slug accepted)
        allowed_providers: List of allowed provider IDs
        description: Description of the guardrail
        enforce_zdr: Whether to enforce zero data retention
        ignored_providers: List of provider IDs to exclude from routing
        limit_usd: Spending limit in USD
        name: Name for the new guardrail
        reset_interval: Interval at which the limit resets (daily, weekly, monthly)

    POST /guardrails
    """
    return client._request(
        _CREATE_GUARDRAIL,
        json=_build_body(
            body,
            {
                "allowed_models": allowed_models,
                "allowed_providers": allowed_providers,
                "description": description,
                "enforce_zdr": enforce_zdr,
                "ignored_providers": ignored_providers,
                "limit_usd": limit_usd,
                "name": name,
                "reset_interval": reset_interval,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def create_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    allowed_models: Sequence[str] | None | NotGiven = NOT_GIVEN,
    allowed_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
    description: str | None | NotGiven = NOT_GIVEN,
    enforce_zdr: bool | None | NotGiven = NOT_GIVEN,
    ignored_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
    limit_usd: float | None | NotGiven = NOT_GIVEN,
    name: str,
    reset_interval: _m.GuardrailInterval | str | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.CreateGuardrailResponse: ...


@overload
async def create_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    body: _m.CreateGuardrailRequest | Mapping[str, Any],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.CreateGuardrailResponse: ...


async def create_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    body: _m.CreateGuardrailRequest | Mapping[str, Any] | None = None,
    allowed_models: Sequence[str] | None | NotGiven = NOT_GIVEN,
    allowed_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
    description: str | None | NotGiven = NOT_GIVEN,
    enforce_zdr: bool | None | NotGiven = NOT_GIVEN,
    ignored_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
    limit_usd: float | None | NotGiven = NOT_GIVEN,
    name: str | NotGiven = NOT_GIVEN,
    reset_interval: _m.GuardrailInterval | str | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.CreateGuardrailResponse:
    """Create a guardrail

    Create a new guardrail for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        allowed_models: Array of model identifiers (slug or canonical_slug accepted)
        allowed_providers: List of allowed provider IDs
        description: Description of the guardrail
        enforce_zdr: Whether to enforce zero data retention
        ignored_providers: List of provider IDs to exclude from routing
        limit_usd: Spending limit in USD
        name: Name for the new guardrail
        reset_interval: Interval at which the limit resets (daily, weekly, monthly)

    POST /guardrails
    """
    return await client._request(
        _CREATE_GUARDRAIL,
        json=_build_body(
            body,
            {
                "allowed_models": allowed_models,
                "allowed_providers": allowed_providers,
                "description": description,
                "enforce_zdr": enforce_zdr,
                "ignored_providers": ignored_providers,
                "limit_usd": limit_usd,
                "name": name,
                "reset_interval": reset_interval,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def get_guardrail(
    client: OpenRouter | GuardrailsAPI,
    *,
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.GetGuardrailResponse:
    """Get a guardrail

    Get a single guardrail by ID. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id: The unique identifier of the guardrail to retrieve

    GET /guardrails/{id}
    """
    return client._request(
        _GET_GUARDRAIL,
        path={"id": id},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def get_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.GetGuardrailResponse:
    """Get a guardrail

    Get a single guardrail by ID. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id: The unique identifier of the guardrail to retrieve

    GET /guardrails/{id}
    """
    return await client._request(
        _GET_GUARDRAIL,
        path={"id": id},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def delete_guardrail(
    client: OpenRouter | GuardrailsAPI,
    *,
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.DeleteGuardrailResponse:
    """Delete a guardrail

    Delete an existing guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id: The unique identifier of the guardrail to delete

    DELETE /guardrails/{id}
    """
    return client._request(
        _DELETE_GUARDRAIL,
        path={"id": id},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def delete_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.DeleteGuardrailResponse:
    """Delete a guardrail

    Delete an existing guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id: The unique identifier of the guardrail to delete

    DELETE /guardrails/{id}
    """
    return await client._request(
        _DELETE_GUARDRAIL,
        path={"id": id},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
def update_guardrail(
    client: OpenRouter | GuardrailsAPI,
    *,
    allowed_models: Sequence[str] | None | NotGiven = NOT_GIVEN,
    allowed_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
    description: str | None | NotGiven = NOT_GIVEN,
    enforce_zdr: bool | None | NotGiven = NOT_GIVEN,
    ignored_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
    limit_usd: float | None | NotGiven = NOT_GIVEN,
    name: str | None | NotGiven = NOT_GIVEN,
    reset_interval: _m.GuardrailInterval | str | None | NotGiven = NOT_GIVEN,
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.UpdateGuardrailResponse: ...


@overload
def update_guardrail(
    client: OpenRouter | GuardrailsAPI,
    *,
    body: _m.UpdateGuardrailRequest | Mapping[str, Any],
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.UpdateGuardrailResponse: ...


def update_guardrail(
    client: OpenRouter | GuardrailsAPI,
    *,
    body: _m.UpdateGuardrailRequest | Mapping[str, Any] | None = None,
    allowed_models: Sequence[str] | None | NotGiven = NOT_GIVEN,
    allowed_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
    description: str | None | NotGiven = NOT_GIVEN,
    enforce_zdr: bool | None | NotGiven = NOT_GIVEN,
    ignored_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
    limit_usd: float | None | NotGiven = NOT_GIVEN,
    name: str | None | NotGiven = NOT_GIVEN,
    reset_interval: _m.GuardrailInterval | str | None | NotGiven = NOT_GIVEN,
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.UpdateGuardrailResponse:
    """Update a guardrail

    Update an existing guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id: The unique identifier of the guardrail to update
        allowed_models: Array of model identifiers (slug or canonical_slug accepted)
        allowed_providers: New list of allowed provider IDs
        description: New description for the guardrail
        enforce_zdr: Whether to enforce zero data retention
        ignored_providers: List of provider IDs to exclude from routing
        limit_usd: New spending limit in USD
        name: New name for the guardrail
        reset_interval: Interval at which the limit resets (daily, weekly, monthly)

    PATCH /guardrails/{id}
    """
    return client._request(
        _UPDATE_GUARDRAIL,
        path={"id": id},
        json=_build_body(
            body,
            {
                "allowed_models": allowed_models,
                "allowed_providers": allowed_providers,
                "description": description,
                "enforce_zdr": enforce_zdr,
                "ignored_providers": ignored_providers,
                "limit_usd": limit_usd,
                "name": name,
                "reset_interval": reset_interval,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def update_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    allowed_models: Sequence[str] | None | NotGiven = NOT_GIVEN,
    allowed_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
    description: str | None | NotGiven = NOT_GIVEN,
    enforce_zdr: bool | None | NotGiven = NOT_GIVEN,
    ignored_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
    limit_usd: float | None | NotGiven = NOT_GIVEN,
    name: str | None | NotGiven = NOT_GIVEN,
    reset_interval: _m.GuardrailInterval | str | None | NotGiven = NOT_GIVEN,
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.UpdateGuardrailResponse: ...


@overload
async def update_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    body: _m.UpdateGuardrailRequest | Mapping[str, Any],
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.UpdateGuardrailResponse: ...


async def update_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    body: _m.UpdateGuardrailRequest | Mapping[str, Any] | None = None,
    allowed_models: Sequence[str] | None | NotGiven = NOT_GIVEN,
    allowed_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
    description: str | None | NotGiven = NOT_GIVEN,
    enforce_zdr: bool | None | NotGiven = NOT_GIVEN,
    ignored_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
    limit_usd: float | None | NotGiven = NOT_GIVEN,
    name: str | None | NotGiven = NOT_GIVEN,
    reset_interval: _m.GuardrailInterval | str | None | NotGiven = NOT_GIVEN,
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.UpdateGuardrailResponse:
    """Update a guardrail

    Update an existing guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id: The unique identifier of the guardrail to update
        allowed_models: Array of model identifiers (slug or canonical_slug accepted)
        allowed_providers: New list of allowed provider IDs
        description: New description for the guardrail
        enforce_zdr: Whether to enforce zero data retention
        ignored_providers: List of provider IDs to exclude from routing
        limit_usd: New spending limit in USD
        name: New name for the guardrail
        reset_interval: Interval at which the limit resets (daily, weekly, monthly)

    PATCH /guardrails/{id}
    """
    return await client._request(
        _UPDATE_GUARDRAIL,
        path={"id": id},
        json=_build_body(
            body,
            {
                "allowed_models": allowed_models,
                "allowed_providers": allowed_providers,
                "description": description,
                "enforce_zdr": enforce_zdr,
                "ignored_providers": ignored_providers,
                "limit_usd": limit_usd,
                "name": name,
                "reset_interval": reset_interval,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def list_guardrail_key_assignments(
    client: OpenRouter | GuardrailsAPI,
    *,
    id: str,
    offset: int | None = None,
    limit: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ListKeyAssignmentsResponse:
    """List key assignments for a guardrail

    List all API key assignments for a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id: The unique identifier of the guardrail
        offset: Number of records to skip for pagination
        limit: Maximum number of records to return (max 100)

    GET /guardrails/{id}/assignments/keys
    """
    return client._request(
        _LIST_GUARDRAIL_KEY_ASSIGNMENTS,
        path={"id": id},
        query={"offset": offset, "limit": limit},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def list_guardrail_key_assignments_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    id: str,
    offset: int | None = None,
    limit: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ListKeyAssignmentsResponse:
    """List key assignments for a guardrail

    List all API key assignments for a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id: The unique identifier of the guardrail
        offset: Number of records to skip for pagination
        limit: Maximum number of records to return (max 100)

    GET /guardrails/{id}/assignments/keys
    """
    return await client._request(
        _LIST_GUARDRAIL_KEY_ASSIGNMENTS,
        path={"id": id},
        query={"offset": offset, "limit": limit},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def list_guardrail_key_assignments_iter(
    client: OpenRouter | GuardrailsAPI,
    *,
    id: str,
    limit: int | None = None,
    offset: int = 0,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Iterator[_m.KeyAssignment]:
    """Every item of `list_guardrail_key_assignments`, page after page: iterating sends a request per page."""
    return _iterate_pages(
        lambda offset: list_guardrail_key_assignments(
            client,
            id=id,
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


def list_guardrail_key_assignments_iter_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    id: str,
    limit: int | None = None,
    offset: int = 0,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> AsyncIterator[_m.KeyAssignment]:
    """Every item of `list_guardrail_key_assignments`, page after page: iterating sends a request per page."""
    return _iterate_pages_async(
        lambda offset: list_guardrail_key_assignments_async(
            client,
            id=id,
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


@overload
def bulk_assign_keys_to_guardrail(
    client: OpenRouter | GuardrailsAPI,
    *,
    key_hashes: Sequence[_m.BulkAssignKeysRequestKeyHash],
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.BulkAssignKeysResponse: ...


@overload
def bulk_assign_keys_to_guardrail(
    client: OpenRouter | GuardrailsAPI,
    *,
    body: _m.BulkAssignKeysRequest | Mapping[str, Any],
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.BulkAssignKeysResponse: ...


def bulk_assign_keys_to_guardrail(
    client: OpenRouter | GuardrailsAPI,
    *,
    body: _m.BulkAssignKeysRequest | Mapping[str, Any] | None = None,
    key_hashes: Sequence[_m.BulkAssignKeysRequestKeyHash] | NotGiven = NOT_GIVEN,
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.BulkAssignKeysResponse:
    """Bulk assign keys to a guardrail

    Assign multiple API keys to a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id: The unique identifier of the guardrail
        key_hashes: Array of API key hashes to assign to the guardrail

    POST /guardrails/{id}/assignments/keys
    """
    return client._request(
        _BULK_ASSIGN_KEYS_TO_GUARDRAIL,
        path={"id": id},
        json=_build_body(body, {"key_hashes": key_hashes}),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def bulk_assign_keys_to_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    key_hashes: Sequence[_m.BulkAssignKeysRequestKeyHash],
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.BulkAssignKeysResponse: ...


@overload
async def bulk_assign_keys_to_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    body: _m.BulkAssignKeysRequest | Mapping[str, Any],
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.BulkAssignKeysResponse: ...


async def bulk_assign_keys_to_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    body: _m.BulkAssignKeysRequest | Mapping[str, Any] | None = None,
    key_hashes: Sequence[_m.BulkAssignKeysRequestKeyHash] | NotGiven = NOT_GIVEN,
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.BulkAssignKeysResponse:
    """Bulk assign keys to a guardrail

    Assign multiple API keys to a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id: The unique identifier of the guardrail
        key_hashes: Array of API key hashes to assign to the guardrail

    POST /guardrails/{id}/assignments/keys
    """
    return await client._request(
        _BULK_ASSIGN_KEYS_TO_GUARDRAIL,
        path={"id": id},
        json=_build_body(body, {"key_hashes": key_hashes}),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
def bulk_unassign_keys_from_guardrail(
    client: OpenRouter | GuardrailsAPI,
    *,
    key_hashes: Sequence[_m.BulkUnassignKeysRequestKeyHash],
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.BulkUnassignKeysResponse: ...


@overload
def bulk_unassign_keys_from_guardrail(
    client: OpenRouter | GuardrailsAPI,
    *,
    body: _m.BulkUnassignKeysRequest | Mapping[str, Any],
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.BulkUnassignKeysResponse: ...


def bulk_unassign_keys_from_guardrail(
    client: OpenRouter | GuardrailsAPI,
    *,
    body: _m.BulkUnassignKeysRequest | Mapping[str, Any] | None = None,
    key_hashes: Sequence[_m.BulkUnassignKeysRequestKeyHash] | NotGiven = NOT_GIVEN,
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.BulkUnassignKeysResponse:
    """Bulk unassign keys from a guardrail

    Unassign multiple API keys from a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id: The unique identifier of the guardrail
        key_hashes: Array of API key hashes to unassign from the guardrail

    POST /guardrails/{id}/assignments/keys/remove
    """
    return client._request(
        _BULK_UNASSIGN_KEYS_FROM_GUARDRAIL,
        path={"id": id},
        json=_build_body(body, {"key_hashes": key_hashes}),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def bulk_unassign_keys_from_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    key_hashes: Sequence[_m.BulkUnassignKeysRequestKeyHash],
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.BulkUnassignKeysResponse: ...


@overload
async def bulk_unassign_keys_from_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    body: _m.BulkUnassignKeysRequest | Mapping[str, Any],
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.BulkUnassignKeysResponse: ...


async def bulk_unassign_keys_from_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    body: _m.BulkUnassignKeysRequest | Mapping[str, Any] | None = None,
    key_hashes: Sequence[_m.BulkUnassignKeysRequestKeyHash] | NotGiven = NOT_GIVEN,
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.BulkUnassignKeysResponse:
    """Bulk unassign keys from a guardrail

    Unassign multiple API keys from a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id: The unique identifier of the guardrail
        key_hashes: Array of API key hashes to unassign from the guardrail

    POST /guardrails/{id}/assignments/keys/remove
    """
    return await client._request(
        _BULK_UNASSIGN_KEYS_FROM_GUARDRAIL,
        path={"id": id},
        json=_build_body(body, {"key_hashes": key_hashes}),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def list_guardrail_member_assignments(
    client: OpenRouter | GuardrailsAPI,
    *,
    id: str,
    offset: int | None = None,
    limit: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ListMemberAssignmentsResponse:
    """List member assignments for a guardrail

    List all organization member assignments for a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id: The unique identifier of the guardrail
        offset: Number of records to skip for pagination
        limit: Maximum number of records to return (max 100)

    GET /guardrails/{id}/assignments/members
    """
    return client._request(
        _LIST_GUARDRAIL_MEMBER_ASSIGNMENTS,
        path={"id": id},
        query={"offset": offset, "limit": limit},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def list_guardrail_member_assignments_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    id: str,
    offset: int | None = None,
    limit: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ListMemberAssignmentsResponse:
    """List member assignments for a guardrail

    List all organization member assignments for a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id: The unique identifier of the guardrail
        offset: Number of records to skip for pagination
        limit: Maximum number of records to return (max 100)

    GET /guardrails/{id}/assignments/members
    """
    return await client._request(
        _LIST_GUARDRAIL_MEMBER_ASSIGNMENTS,
        path={"id": id},
        query={"offset": offset, "limit": limit},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def list_guardrail_member_assignments_iter(
    client: OpenRouter | GuardrailsAPI,
    *,
    id: str,
    limit: int | None = None,
    offset: int = 0,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Iterator[_m.MemberAssignment]:
    """Every item of `list_guardrail_member_assignments`, page after page: iterating sends a request per page."""
    return _iterate_pages(
        lambda offset: list_guardrail_member_assignments(
            client,
            id=id,
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


def list_guardrail_member_assignments_iter_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    id: str,
    limit: int | None = None,
    offset: int = 0,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> AsyncIterator[_m.MemberAssignment]:
    """Every item of `list_guardrail_member_assignments`, page after page: iterating sends a request per page."""
    return _iterate_pages_async(
        lambda offset: list_guardrail_member_assignments_async(
            client,
            id=id,
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


@overload
def bulk_assign_members_to_guardrail(
    client: OpenRouter | GuardrailsAPI,
    *,
    member_user_ids: Sequence[_m.BulkAssignMembersRequestMemberUserId],
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.BulkAssignMembersResponse: ...


@overload
def bulk_assign_members_to_guardrail(
    client: OpenRouter | GuardrailsAPI,
    *,
    body: _m.BulkAssignMembersRequest | Mapping[str, Any],
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.BulkAssignMembersResponse: ...


def bulk_assign_members_to_guardrail(
    client: OpenRouter | GuardrailsAPI,
    *,
    body: _m.BulkAssignMembersRequest | Mapping[str, Any] | None = None,
    member_user_ids: Sequence[_m.BulkAssignMembersRequestMemberUserId] | NotGiven = NOT_GIVEN,
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.BulkAssignMembersResponse:
    """Bulk assign members to a guardrail

    Assign multiple organization members to a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id: The unique identifier of the guardrail
        member_user_ids: Array of member user IDs to assign to the guardrail

    POST /guardrails/{id}/assignments/members
    """
    return client._request(
        _BULK_ASSIGN_MEMBERS_TO_GUARDRAIL,
        path={"id": id},
        json=_build_body(body, {"member_user_ids": member_user_ids}),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def bulk_assign_members_to_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    member_user_ids: Sequence[_m.BulkAssignMembersRequestMemberUserId],
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.BulkAssignMembersResponse: ...


@overload
async def bulk_assign_members_to_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    body: _m.BulkAssignMembersRequest | Mapping[str, Any],
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.BulkAssignMembersResponse: ...


async def bulk_assign_members_to_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    body: _m.BulkAssignMembersRequest | Mapping[str, Any] | None = None,
    member_user_ids: Sequence[_m.BulkAssignMembersRequestMemberUserId] | NotGiven = NOT_GIVEN,
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.BulkAssignMembersResponse:
    """Bulk assign members to a guardrail

    Assign multiple organization members to a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id: The unique identifier of the guardrail
        member_user_ids: Array of member user IDs to assign to the guardrail

    POST /guardrails/{id}/assignments/members
    """
    return await client._request(
        _BULK_ASSIGN_MEMBERS_TO_GUARDRAIL,
        path={"id": id},
        json=_build_body(body, {"member_user_ids": member_user_ids}),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
def bulk_unassign_members_from_guardrail(
    client: OpenRouter | GuardrailsAPI,
    *,
    member_user_ids: Sequence[_m.BulkUnassignMembersRequestMemberUserId],
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.BulkUnassignMembersResponse: ...


@overload
def bulk_unassign_members_from_guardrail(
    client: OpenRouter | GuardrailsAPI,
    *,
    body: _m.BulkUnassignMembersRequest | Mapping[str, Any],
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.BulkUnassignMembersResponse: ...


def bulk_unassign_members_from_guardrail(
    client: OpenRouter | GuardrailsAPI,
    *,
    body: _m.BulkUnassignMembersRequest | Mapping[str, Any] | None = None,
    member_user_ids: Sequence[_m.BulkUnassignMembersRequestMemberUserId] | NotGiven = NOT_GIVEN,
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.BulkUnassignMembersResponse:
    """Bulk unassign members from a guardrail

    Unassign multiple organization members from a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id: The unique identifier of the guardrail
        member_user_ids: Array of member user IDs to unassign from the guardrail

    POST /guardrails/{id}/assignments/members/remove
    """
    return client._request(
        _BULK_UNASSIGN_MEMBERS_FROM_GUARDRAIL,
        path={"id": id},
        json=_build_body(body, {"member_user_ids": member_user_ids}),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def bulk_unassign_members_from_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    member_user_ids: Sequence[_m.BulkUnassignMembersRequestMemberUserId],
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.BulkUnassignMembersResponse: ...


@overload
async def bulk_unassign_members_from_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    body: _m.BulkUnassignMembersRequest | Mapping[str, Any],
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.BulkUnassignMembersResponse: ...


async def bulk_unassign_members_from_guardrail_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    body: _m.BulkUnassignMembersRequest | Mapping[str, Any] | None = None,
    member_user_ids: Sequence[_m.BulkUnassignMembersRequestMemberUserId] | NotGiven = NOT_GIVEN,
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.BulkUnassignMembersResponse:
    """Bulk unassign members from a guardrail

    Unassign multiple organization members from a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id: The unique identifier of the guardrail
        member_user_ids: Array of member user IDs to unassign from the guardrail

    POST /guardrails/{id}/assignments/members/remove
    """
    return await client._request(
        _BULK_UNASSIGN_MEMBERS_FROM_GUARDRAIL,
        path={"id": id},
        json=_build_body(body, {"member_user_ids": member_user_ids}),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def list_key_assignments(
    client: OpenRouter | GuardrailsAPI,
    *,
    offset: int | None = None,
    limit: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ListKeyAssignmentsResponse:
    """List all key assignments

    List all API key guardrail assignments for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        offset: Number of records to skip for pagination
        limit: Maximum number of records to return (max 100)

    GET /guardrails/assignments/keys
    """
    return client._request(
        _LIST_KEY_ASSIGNMENTS,
        query={"offset": offset, "limit": limit},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def list_key_assignments_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    offset: int | None = None,
    limit: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ListKeyAssignmentsResponse:
    """List all key assignments

    List all API key guardrail assignments for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        offset: Number of records to skip for pagination
        limit: Maximum number of records to return (max 100)

    GET /guardrails/assignments/keys
    """
    return await client._request(
        _LIST_KEY_ASSIGNMENTS,
        query={"offset": offset, "limit": limit},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def list_key_assignments_iter(
    client: OpenRouter | GuardrailsAPI,
    *,
    limit: int | None = None,
    offset: int = 0,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Iterator[_m.KeyAssignment]:
    """Every item of `list_key_assignments`, page after page: iterating sends a request per page."""
    return _iterate_pages(
        lambda offset: list_key_assignments(
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


def list_key_assignments_iter_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    limit: int | None = None,
    offset: int = 0,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> AsyncIterator[_m.KeyAssignment]:
    """Every item of `list_key_assignments`, page after page: iterating sends a request per page."""
    return _iterate_pages_async(
        lambda offset: list_key_assignments_async(
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


def list_member_assignments(
    client: OpenRouter | GuardrailsAPI,
    *,
    offset: int | None = None,
    limit: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ListMemberAssignmentsResponse:
    """List all member assignments

    List all organization member guardrail assignments for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        offset: Number of records to skip for pagination
        limit: Maximum number of records to return (max 100)

    GET /guardrails/assignments/members
    """
    return client._request(
        _LIST_MEMBER_ASSIGNMENTS,
        query={"offset": offset, "limit": limit},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def list_member_assignments_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    offset: int | None = None,
    limit: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ListMemberAssignmentsResponse:
    """List all member assignments

    List all organization member guardrail assignments for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        offset: Number of records to skip for pagination
        limit: Maximum number of records to return (max 100)

    GET /guardrails/assignments/members
    """
    return await client._request(
        _LIST_MEMBER_ASSIGNMENTS,
        query={"offset": offset, "limit": limit},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def list_member_assignments_iter(
    client: OpenRouter | GuardrailsAPI,
    *,
    limit: int | None = None,
    offset: int = 0,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Iterator[_m.MemberAssignment]:
    """Every item of `list_member_assignments`, page after page: iterating sends a request per page."""
    return _iterate_pages(
        lambda offset: list_member_assignments(
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


def list_member_assignments_iter_async(
    client: AsyncOpenRouter | AsyncGuardrailsAPI,
    *,
    limit: int | None = None,
    offset: int = 0,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> AsyncIterator[_m.MemberAssignment]:
    """Every item of `list_member_assignments`, page after page: iterating sends a request per page."""
    return _iterate_pages_async(
        lambda offset: list_member_assignments_async(
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


class GuardrailsAPI:
    """`client.guardrails`: the Guardrails operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

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


class AsyncGuardrailsAPI:
    """`client.guardrails` of the async client: the Guardrails operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

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


class RawGuardrailsAPI:
    """`client.with_raw_response.guardrails`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ListGuardrailsResponse]:
        """List guardrails"""
        return self._client._request(
            _LIST_GUARDRAILS,
            query={"offset": offset, "limit": limit},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def create(
        self,
        *,
        body: _m.CreateGuardrailRequest | Mapping[str, Any] | None = None,
        allowed_models: Sequence[str] | None | NotGiven = NOT_GIVEN,
        allowed_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        enforce_zdr: bool | None | NotGiven = NOT_GIVEN,
        ignored_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
        limit_usd: float | None | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        reset_interval: _m.GuardrailInterval | str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.CreateGuardrailResponse]:
        """Create a guardrail"""
        return self._client._request(
            _CREATE_GUARDRAIL,
            json=_build_body(
                body,
                {
                    "allowed_models": allowed_models,
                    "allowed_providers": allowed_providers,
                    "description": description,
                    "enforce_zdr": enforce_zdr,
                    "ignored_providers": ignored_providers,
                    "limit_usd": limit_usd,
                    "name": name,
                    "reset_interval": reset_interval,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def get(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.GetGuardrailResponse]:
        """Get a guardrail"""
        return self._client._request(
            _GET_GUARDRAIL,
            path={"id": id},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def delete(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.DeleteGuardrailResponse]:
        """Delete a guardrail"""
        return self._client._request(
            _DELETE_GUARDRAIL,
            path={"id": id},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def update(
        self,
        *,
        body: _m.UpdateGuardrailRequest | Mapping[str, Any] | None = None,
        allowed_models: Sequence[str] | None | NotGiven = NOT_GIVEN,
        allowed_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        enforce_zdr: bool | None | NotGiven = NOT_GIVEN,
        ignored_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
        limit_usd: float | None | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        reset_interval: _m.GuardrailInterval | str | None | NotGiven = NOT_GIVEN,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.UpdateGuardrailResponse]:
        """Update a guardrail"""
        return self._client._request(
            _UPDATE_GUARDRAIL,
            path={"id": id},
            json=_build_body(
                body,
                {
                    "allowed_models": allowed_models,
                    "allowed_providers": allowed_providers,
                    "description": description,
                    "enforce_zdr": enforce_zdr,
                    "ignored_providers": ignored_providers,
                    "limit_usd": limit_usd,
                    "name": name,
                    "reset_interval": reset_interval,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def list_guardrail_key_assignments(
        self,
        *,
        id: str,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ListKeyAssignmentsResponse]:
        """List key assignments for a guardrail"""
        return self._client._request(
            _LIST_GUARDRAIL_KEY_ASSIGNMENTS,
            path={"id": id},
            query={"offset": offset, "limit": limit},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def bulk_assign_keys(
        self,
        *,
        body: _m.BulkAssignKeysRequest | Mapping[str, Any] | None = None,
        key_hashes: Sequence[_m.BulkAssignKeysRequestKeyHash] | NotGiven = NOT_GIVEN,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.BulkAssignKeysResponse]:
        """Bulk assign keys to a guardrail"""
        return self._client._request(
            _BULK_ASSIGN_KEYS_TO_GUARDRAIL,
            path={"id": id},
            json=_build_body(body, {"key_hashes": key_hashes}),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def bulk_unassign_keys(
        self,
        *,
        body: _m.BulkUnassignKeysRequest | Mapping[str, Any] | None = None,
        key_hashes: Sequence[_m.BulkUnassignKeysRequestKeyHash] | NotGiven = NOT_GIVEN,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.BulkUnassignKeysResponse]:
        """Bulk unassign keys from a guardrail"""
        return self._client._request(
            _BULK_UNASSIGN_KEYS_FROM_GUARDRAIL,
            path={"id": id},
            json=_build_body(body, {"key_hashes": key_hashes}),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def list_guardrail_member_assignments(
        self,
        *,
        id: str,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ListMemberAssignmentsResponse]:
        """List member assignments for a guardrail"""
        return self._client._request(
            _LIST_GUARDRAIL_MEMBER_ASSIGNMENTS,
            path={"id": id},
            query={"offset": offset, "limit": limit},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def bulk_assign_members(
        self,
        *,
        body: _m.BulkAssignMembersRequest | Mapping[str, Any] | None = None,
        member_user_ids: Sequence[_m.BulkAssignMembersRequestMemberUserId] | NotGiven = NOT_GIVEN,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.BulkAssignMembersResponse]:
        """Bulk assign members to a guardrail"""
        return self._client._request(
            _BULK_ASSIGN_MEMBERS_TO_GUARDRAIL,
            path={"id": id},
            json=_build_body(body, {"member_user_ids": member_user_ids}),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def bulk_unassign_members(
        self,
        *,
        body: _m.BulkUnassignMembersRequest | Mapping[str, Any] | None = None,
        member_user_ids: Sequence[_m.BulkUnassignMembersRequestMemberUserId] | NotGiven = NOT_GIVEN,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.BulkUnassignMembersResponse]:
        """Bulk unassign members from a guardrail"""
        return self._client._request(
            _BULK_UNASSIGN_MEMBERS_FROM_GUARDRAIL,
            path={"id": id},
            json=_build_body(body, {"member_user_ids": member_user_ids}),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def list_key_assignments(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ListKeyAssignmentsResponse]:
        """List all key assignments"""
        return self._client._request(
            _LIST_KEY_ASSIGNMENTS,
            query={"offset": offset, "limit": limit},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def list_member_assignments(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ListMemberAssignmentsResponse]:
        """List all member assignments"""
        return self._client._request(
            _LIST_MEMBER_ASSIGNMENTS,
            query={"offset": offset, "limit": limit},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawGuardrailsAPI:
    """`client.with_raw_response.guardrails` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ListGuardrailsResponse]:
        """List guardrails"""
        return await self._client._request(
            _LIST_GUARDRAILS,
            query={"offset": offset, "limit": limit},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def create(
        self,
        *,
        body: _m.CreateGuardrailRequest | Mapping[str, Any] | None = None,
        allowed_models: Sequence[str] | None | NotGiven = NOT_GIVEN,
        allowed_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        enforce_zdr: bool | None | NotGiven = NOT_GIVEN,
        ignored_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
        limit_usd: float | None | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        reset_interval: _m.GuardrailInterval | str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.CreateGuardrailResponse]:
        """Create a guardrail"""
        return await self._client._request(
            _CREATE_GUARDRAIL,
            json=_build_body(
                body,
                {
                    "allowed_models": allowed_models,
                    "allowed_providers": allowed_providers,
                    "description": description,
                    "enforce_zdr": enforce_zdr,
                    "ignored_providers": ignored_providers,
                    "limit_usd": limit_usd,
                    "name": name,
                    "reset_interval": reset_interval,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def get(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.GetGuardrailResponse]:
        """Get a guardrail"""
        return await self._client._request(
            _GET_GUARDRAIL,
            path={"id": id},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def delete(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.DeleteGuardrailResponse]:
        """Delete a guardrail"""
        return await self._client._request(
            _DELETE_GUARDRAIL,
            path={"id": id},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def update(
        self,
        *,
        body: _m.UpdateGuardrailRequest | Mapping[str, Any] | None = None,
        allowed_models: Sequence[str] | None | NotGiven = NOT_GIVEN,
        allowed_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        enforce_zdr: bool | None | NotGiven = NOT_GIVEN,
        ignored_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
        limit_usd: float | None | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        reset_interval: _m.GuardrailInterval | str | None | NotGiven = NOT_GIVEN,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.UpdateGuardrailResponse]:
        """Update a guardrail"""
        return await self._client._request(
            _UPDATE_GUARDRAIL,
            path={"id": id},
            json=_build_body(
                body,
                {
                    "allowed_models": allowed_models,
                    "allowed_providers": allowed_providers,
                    "description": description,
                    "enforce_zdr": enforce_zdr,
                    "ignored_providers": ignored_providers,
                    "limit_usd": limit_usd,
                    "name": name,
                    "reset_interval": reset_interval,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def list_guardrail_key_assignments(
        self,
        *,
        id: str,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ListKeyAssignmentsResponse]:
        """List key assignments for a guardrail"""
        return await self._client._request(
            _LIST_GUARDRAIL_KEY_ASSIGNMENTS,
            path={"id": id},
            query={"offset": offset, "limit": limit},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def bulk_assign_keys(
        self,
        *,
        body: _m.BulkAssignKeysRequest | Mapping[str, Any] | None = None,
        key_hashes: Sequence[_m.BulkAssignKeysRequestKeyHash] | NotGiven = NOT_GIVEN,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.BulkAssignKeysResponse]:
        """Bulk assign keys to a guardrail"""
        return await self._client._request(
            _BULK_ASSIGN_KEYS_TO_GUARDRAIL,
            path={"id": id},
            json=_build_body(body, {"key_hashes": key_hashes}),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def bulk_unassign_keys(
        self,
        *,
        body: _m.BulkUnassignKeysRequest | Mapping[str, Any] | None = None,
        key_hashes: Sequence[_m.BulkUnassignKeysRequestKeyHash] | NotGiven = NOT_GIVEN,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.BulkUnassignKeysResponse]:
        """Bulk unassign keys from a guardrail"""
        return await self._client._request(
            _BULK_UNASSIGN_KEYS_FROM_GUARDRAIL,
            path={"id": id},
            json=_build_body(body, {"key_hashes": key_hashes}),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def list_guardrail_member_assignments(
        self,
        *,
        id: str,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ListMemberAssignmentsResponse]:
        """List member assignments for a guardrail"""
        return await self._client._request(
            _LIST_GUARDRAIL_MEMBER_ASSIGNMENTS,
            path={"id": id},
            query={"offset": offset, "limit": limit},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def bulk_assign_members(
        self,
        *,
        body: _m.BulkAssignMembersRequest | Mapping[str, Any] | None = None,
        member_user_ids: Sequence[_m.BulkAssignMembersRequestMemberUserId] | NotGiven = NOT_GIVEN,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.BulkAssignMembersResponse]:
        """Bulk assign members to a guardrail"""
        return await self._client._request(
            _BULK_ASSIGN_MEMBERS_TO_GUARDRAIL,
            path={"id": id},
            json=_build_body(body, {"member_user_ids": member_user_ids}),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def bulk_unassign_members(
        self,
        *,
        body: _m.BulkUnassignMembersRequest | Mapping[str, Any] | None = None,
        member_user_ids: Sequence[_m.BulkUnassignMembersRequestMemberUserId] | NotGiven = NOT_GIVEN,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.BulkUnassignMembersResponse]:
        """Bulk unassign members from a guardrail"""
        return await self._client._request(
            _BULK_UNASSIGN_MEMBERS_FROM_GUARDRAIL,
            path={"id": id},
            json=_build_body(body, {"member_user_ids": member_user_ids}),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def list_key_assignments(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ListKeyAssignmentsResponse]:
        """List all key assignments"""
        return await self._client._request(
            _LIST_KEY_ASSIGNMENTS,
            query={"offset": offset, "limit": limit},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def list_member_assignments(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ListMemberAssignmentsResponse]:
        """List all member assignments"""
        return await self._client._request(
            _LIST_MEMBER_ASSIGNMENTS,
            query={"offset": offset, "limit": limit},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingGuardrailsAPI:
    """`client.with_streaming_response.guardrails`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.ListGuardrailsResponse]]:
        """List guardrails"""

        def _send() -> Any:
            return self._client._request(
                _LIST_GUARDRAILS,
                query={"offset": offset, "limit": limit},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def create(
        self,
        *,
        body: _m.CreateGuardrailRequest | Mapping[str, Any] | None = None,
        allowed_models: Sequence[str] | None | NotGiven = NOT_GIVEN,
        allowed_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        enforce_zdr: bool | None | NotGiven = NOT_GIVEN,
        ignored_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
        limit_usd: float | None | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        reset_interval: _m.GuardrailInterval | str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.CreateGuardrailResponse]]:
        """Create a guardrail"""

        def _send() -> Any:
            return self._client._request(
                _CREATE_GUARDRAIL,
                json=_build_body(
                    body,
                    {
                        "allowed_models": allowed_models,
                        "allowed_providers": allowed_providers,
                        "description": description,
                        "enforce_zdr": enforce_zdr,
                        "ignored_providers": ignored_providers,
                        "limit_usd": limit_usd,
                        "name": name,
                        "reset_interval": reset_interval,
                    },
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def get(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.GetGuardrailResponse]]:
        """Get a guardrail"""

        def _send() -> Any:
            return self._client._request(
                _GET_GUARDRAIL,
                path={"id": id},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def delete(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.DeleteGuardrailResponse]]:
        """Delete a guardrail"""

        def _send() -> Any:
            return self._client._request(
                _DELETE_GUARDRAIL,
                path={"id": id},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def update(
        self,
        *,
        body: _m.UpdateGuardrailRequest | Mapping[str, Any] | None = None,
        allowed_models: Sequence[str] | None | NotGiven = NOT_GIVEN,
        allowed_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        enforce_zdr: bool | None | NotGiven = NOT_GIVEN,
        ignored_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
        limit_usd: float | None | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        reset_interval: _m.GuardrailInterval | str | None | NotGiven = NOT_GIVEN,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.UpdateGuardrailResponse]]:
        """Update a guardrail"""

        def _send() -> Any:
            return self._client._request(
                _UPDATE_GUARDRAIL,
                path={"id": id},
                json=_build_body(
                    body,
                    {
                        "allowed_models": allowed_models,
                        "allowed_providers": allowed_providers,
                        "description": description,
                        "enforce_zdr": enforce_zdr,
                        "ignored_providers": ignored_providers,
                        "limit_usd": limit_usd,
                        "name": name,
                        "reset_interval": reset_interval,
                    },
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def list_guardrail_key_assignments(
        self,
        *,
        id: str,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.ListKeyAssignmentsResponse]]:
        """List key assignments for a guardrail"""

        def _send() -> Any:
            return self._client._request(
                _LIST_GUARDRAIL_KEY_ASSIGNMENTS,
                path={"id": id},
                query={"offset": offset, "limit": limit},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def bulk_assign_keys(
        self,
        *,
        body: _m.BulkAssignKeysRequest | Mapping[str, Any] | None = None,
        key_hashes: Sequence[_m.BulkAssignKeysRequestKeyHash] | NotGiven = NOT_GIVEN,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.BulkAssignKeysResponse]]:
        """Bulk assign keys to a guardrail"""

        def _send() -> Any:
            return self._client._request(
                _BULK_ASSIGN_KEYS_TO_GUARDRAIL,
                path={"id": id},
                json=_build_body(body, {"key_hashes": key_hashes}),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def bulk_unassign_keys(
        self,
        *,
        body: _m.BulkUnassignKeysRequest | Mapping[str, Any] | None = None,
        key_hashes: Sequence[_m.BulkUnassignKeysRequestKeyHash] | NotGiven = NOT_GIVEN,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.BulkUnassignKeysResponse]]:
        """Bulk unassign keys from a guardrail"""

        def _send() -> Any:
            return self._client._request(
                _BULK_UNASSIGN_KEYS_FROM_GUARDRAIL,
                path={"id": id},
                json=_build_body(body, {"key_hashes": key_hashes}),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def list_guardrail_member_assignments(
        self,
        *,
        id: str,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.ListMemberAssignmentsResponse]]:
        """List member assignments for a guardrail"""

        def _send() -> Any:
            return self._client._request(
                _LIST_GUARDRAIL_MEMBER_ASSIGNMENTS,
                path={"id": id},
                query={"offset": offset, "limit": limit},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def bulk_assign_members(
        self,
        *,
        body: _m.BulkAssignMembersRequest | Mapping[str, Any] | None = None,
        member_user_ids: Sequence[_m.BulkAssignMembersRequestMemberUserId] | NotGiven = NOT_GIVEN,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.BulkAssignMembersResponse]]:
        """Bulk assign members to a guardrail"""

        def _send() -> Any:
            return self._client._request(
                _BULK_ASSIGN_MEMBERS_TO_GUARDRAIL,
                path={"id": id},
                json=_build_body(body, {"member_user_ids": member_user_ids}),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def bulk_unassign_members(
        self,
        *,
        body: _m.BulkUnassignMembersRequest | Mapping[str, Any] | None = None,
        member_user_ids: Sequence[_m.BulkUnassignMembersRequestMemberUserId] | NotGiven = NOT_GIVEN,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.BulkUnassignMembersResponse]]:
        """Bulk unassign members from a guardrail"""

        def _send() -> Any:
            return self._client._request(
                _BULK_UNASSIGN_MEMBERS_FROM_GUARDRAIL,
                path={"id": id},
                json=_build_body(body, {"member_user_ids": member_user_ids}),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def list_key_assignments(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.ListKeyAssignmentsResponse]]:
        """List all key assignments"""

        def _send() -> Any:
            return self._client._request(
                _LIST_KEY_ASSIGNMENTS,
                query={"offset": offset, "limit": limit},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def list_member_assignments(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.ListMemberAssignmentsResponse]]:
        """List all member assignments"""

        def _send() -> Any:
            return self._client._request(
                _LIST_MEMBER_ASSIGNMENTS,
                query={"offset": offset, "limit": limit},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingGuardrailsAPI:
    """`client.with_streaming_response.guardrails` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.ListGuardrailsResponse]]:
        """List guardrails"""

        def _send() -> Any:
            return self._client._request(
                _LIST_GUARDRAILS,
                query={"offset": offset, "limit": limit},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def create(
        self,
        *,
        body: _m.CreateGuardrailRequest | Mapping[str, Any] | None = None,
        allowed_models: Sequence[str] | None | NotGiven = NOT_GIVEN,
        allowed_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        enforce_zdr: bool | None | NotGiven = NOT_GIVEN,
        ignored_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
        limit_usd: float | None | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        reset_interval: _m.GuardrailInterval | str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.CreateGuardrailResponse]]:
        """Create a guardrail"""

        def _send() -> Any:
            return self._client._request(
                _CREATE_GUARDRAIL,
                json=_build_body(
                    body,
                    {
                        "allowed_models": allowed_models,
                        "allowed_providers": allowed_providers,
                        "description": description,
                        "enforce_zdr": enforce_zdr,
                        "ignored_providers": ignored_providers,
                        "limit_usd": limit_usd,
                        "name": name,
                        "reset_interval": reset_interval,
                    },
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def get(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.GetGuardrailResponse]]:
        """Get a guardrail"""

        def _send() -> Any:
            return self._client._request(
                _GET_GUARDRAIL,
                path={"id": id},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def delete(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.DeleteGuardrailResponse]]:
        """Delete a guardrail"""

        def _send() -> Any:
            return self._client._request(
                _DELETE_GUARDRAIL,
                path={"id": id},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def update(
        self,
        *,
        body: _m.UpdateGuardrailRequest | Mapping[str, Any] | None = None,
        allowed_models: Sequence[str] | None | NotGiven = NOT_GIVEN,
        allowed_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        enforce_zdr: bool | None | NotGiven = NOT_GIVEN,
        ignored_providers: Sequence[str] | None | NotGiven = NOT_GIVEN,
        limit_usd: float | None | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        reset_interval: _m.GuardrailInterval | str | None | NotGiven = NOT_GIVEN,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.UpdateGuardrailResponse]]:
        """Update a guardrail"""

        def _send() -> Any:
            return self._client._request(
                _UPDATE_GUARDRAIL,
                path={"id": id},
                json=_build_body(
                    body,
                    {
                        "allowed_models": allowed_models,
                        "allowed_providers": allowed_providers,
                        "description": description,
                        "enforce_zdr": enforce_zdr,
                        "ignored_providers": ignored_providers,
                        "limit_usd": limit_usd,
                        "name": name,
                        "reset_interval": reset_interval,
                    },
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def list_guardrail_key_assignments(
        self,
        *,
        id: str,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.ListKeyAssignmentsResponse]]:
        """List key assignments for a guardrail"""

        def _send() -> Any:
            return self._client._request(
                _LIST_GUARDRAIL_KEY_ASSIGNMENTS,
                path={"id": id},
                query={"offset": offset, "limit": limit},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def bulk_assign_keys(
        self,
        *,
        body: _m.BulkAssignKeysRequest | Mapping[str, Any] | None = None,
        key_hashes: Sequence[_m.BulkAssignKeysRequestKeyHash] | NotGiven = NOT_GIVEN,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.BulkAssignKeysResponse]]:
        """Bulk assign keys to a guardrail"""

        def _send() -> Any:
            return self._client._request(
                _BULK_ASSIGN_KEYS_TO_GUARDRAIL,
                path={"id": id},
                json=_build_body(body, {"key_hashes": key_hashes}),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def bulk_unassign_keys(
        self,
        *,
        body: _m.BulkUnassignKeysRequest | Mapping[str, Any] | None = None,
        key_hashes: Sequence[_m.BulkUnassignKeysRequestKeyHash] | NotGiven = NOT_GIVEN,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.BulkUnassignKeysResponse]]:
        """Bulk unassign keys from a guardrail"""

        def _send() -> Any:
            return self._client._request(
                _BULK_UNASSIGN_KEYS_FROM_GUARDRAIL,
                path={"id": id},
                json=_build_body(body, {"key_hashes": key_hashes}),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def list_guardrail_member_assignments(
        self,
        *,
        id: str,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.ListMemberAssignmentsResponse]]:
        """List member assignments for a guardrail"""

        def _send() -> Any:
            return self._client._request(
                _LIST_GUARDRAIL_MEMBER_ASSIGNMENTS,
                path={"id": id},
                query={"offset": offset, "limit": limit},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def bulk_assign_members(
        self,
        *,
        body: _m.BulkAssignMembersRequest | Mapping[str, Any] | None = None,
        member_user_ids: Sequence[_m.BulkAssignMembersRequestMemberUserId] | NotGiven = NOT_GIVEN,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.BulkAssignMembersResponse]]:
        """Bulk assign members to a guardrail"""

        def _send() -> Any:
            return self._client._request(
                _BULK_ASSIGN_MEMBERS_TO_GUARDRAIL,
                path={"id": id},
                json=_build_body(body, {"member_user_ids": member_user_ids}),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def bulk_unassign_members(
        self,
        *,
        body: _m.BulkUnassignMembersRequest | Mapping[str, Any] | None = None,
        member_user_ids: Sequence[_m.BulkUnassignMembersRequestMemberUserId] | NotGiven = NOT_GIVEN,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.BulkUnassignMembersResponse]]:
        """Bulk unassign members from a guardrail"""

        def _send() -> Any:
            return self._client._request(
                _BULK_UNASSIGN_MEMBERS_FROM_GUARDRAIL,
                path={"id": id},
                json=_build_body(body, {"member_user_ids": member_user_ids}),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def list_key_assignments(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.ListKeyAssignmentsResponse]]:
        """List all key assignments"""

        def _send() -> Any:
            return self._client._request(
                _LIST_KEY_ASSIGNMENTS,
                query={"offset": offset, "limit": limit},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def list_member_assignments(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.ListMemberAssignmentsResponse]]:
        """List all member assignments"""

        def _send() -> Any:
            return self._client._request(
                _LIST_MEMBER_ASSIGNMENTS,
                query={"offset": offset, "limit": limit},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
