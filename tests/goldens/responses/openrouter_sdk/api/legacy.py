"""Operations tagged legacy."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._arguments import Arguments as _Arguments
from .._client import Endpoint as _Endpoint
from .._namespace import Namespace as _Namespace
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
    "list_legacy_widgets",
    "list_legacy_widgets_async",
    "legacy_export",
    "legacy_export_async",
    "LegacyAPI",
    "AsyncLegacyAPI",
    "RawLegacyAPI",
    "AsyncRawLegacyAPI",
    "StreamingLegacyAPI",
    "AsyncStreamingLegacyAPI",
]

_LIST_LEGACY_WIDGETS = _Endpoint(
    "GET",
    "/legacy/widgets",
    json=lambda m: m.LegacyWidgetsGetResponse,
    args=_Arguments("list_legacy_widgets"),
)

_LEGACY_EXPORT = _Endpoint(
    "GET", "/legacy/export", auth=False, errors="410=Error", args=_Arguments("legacy_export")
)


def list_legacy_widgets(
    client: OpenRouter | LegacyAPI, **params: Unpack[_CallOptions]
) -> _m.LegacyWidgetsGetResponse:
    """List widgets (legacy)

    Deprecated; use the v2 listing instead. Still returns data.

    Deprecated: the API marks this operation as deprecated.

    GET /legacy/widgets
    """
    return client._request(_LIST_LEGACY_WIDGETS, params)


async def list_legacy_widgets_async(
    client: AsyncOpenRouter | AsyncLegacyAPI, **params: Unpack[_CallOptions]
) -> _m.LegacyWidgetsGetResponse:
    """List widgets (legacy)

    Deprecated; use the v2 listing instead. Still returns data.

    Deprecated: the API marks this operation as deprecated.

    GET /legacy/widgets
    """
    return await client._request(_LIST_LEGACY_WIDGETS, params)


def legacy_export(client: OpenRouter | LegacyAPI, **params: Unpack[_CallOptions]) -> None:
    """Export widgets (removed)

    This endpoint has been removed and always answers 410 Gone. No authentication is required.

    Deprecated: the API marks this operation as deprecated.

    GET /legacy/export
    """
    return client._request(_LEGACY_EXPORT, params)


async def legacy_export_async(
    client: AsyncOpenRouter | AsyncLegacyAPI, **params: Unpack[_CallOptions]
) -> None:
    """Export widgets (removed)

    This endpoint has been removed and always answers 410 Gone. No authentication is required.

    Deprecated: the API marks this operation as deprecated.

    GET /legacy/export
    """
    return await client._request(_LEGACY_EXPORT, params)


class LegacyAPI(_Namespace):
    """`client.legacy`: the legacy operations as methods."""

    list_legacy_widgets = list_legacy_widgets

    legacy_export = legacy_export


class AsyncLegacyAPI(_Namespace):
    """`client.legacy` of the async client: the legacy operations as methods."""

    list_legacy_widgets = list_legacy_widgets_async

    legacy_export = legacy_export_async


class RawLegacyAPI(_Namespace):
    """`client.with_raw_response.legacy`: each operation's `APIResponse`."""

    def list_legacy_widgets(
        self, **params: Unpack[_CallOptions]
    ) -> APIResponse[_m.LegacyWidgetsGetResponse]:
        """List widgets (legacy)"""
        return self._raw(_LIST_LEGACY_WIDGETS, params)

    def legacy_export(self, **params: Unpack[_CallOptions]) -> APIResponse[None]:
        """Export widgets (removed)"""
        return self._raw(_LEGACY_EXPORT, params)


class AsyncRawLegacyAPI(_Namespace):
    """`client.with_raw_response.legacy` of the async client."""

    async def list_legacy_widgets(
        self, **params: Unpack[_CallOptions]
    ) -> APIResponse[_m.LegacyWidgetsGetResponse]:
        """List widgets (legacy)"""
        return await self._raw(_LIST_LEGACY_WIDGETS, params)

    async def legacy_export(self, **params: Unpack[_CallOptions]) -> APIResponse[None]:
        """Export widgets (removed)"""
        return await self._raw(_LEGACY_EXPORT, params)


class StreamingLegacyAPI(_Namespace):
    """`client.with_streaming_response.legacy`: each operation's response, its body unread, in a `with` block."""

    def list_legacy_widgets(
        self, **params: Unpack[_CallOptions]
    ) -> ResponseContextManager[StreamedResponse[_m.LegacyWidgetsGetResponse]]:
        """List widgets (legacy)"""
        return self._streamed(_LIST_LEGACY_WIDGETS, params)

    def legacy_export(
        self, **params: Unpack[_CallOptions]
    ) -> ResponseContextManager[StreamedResponse[None]]:
        """Export widgets (removed)"""
        return self._streamed(_LEGACY_EXPORT, params)


class AsyncStreamingLegacyAPI(_Namespace):
    """`client.with_streaming_response.legacy` of the async client (`async with`)."""

    def list_legacy_widgets(
        self, **params: Unpack[_CallOptions]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.LegacyWidgetsGetResponse]]:
        """List widgets (legacy)"""
        return self._streamed_async(_LIST_LEGACY_WIDGETS, params)

    def legacy_export(
        self, **params: Unpack[_CallOptions]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[None]]:
        """Export widgets (removed)"""
        return self._streamed_async(_LEGACY_EXPORT, params)
