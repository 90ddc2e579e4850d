"""Operations tagged exports."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from .._arguments import Arguments as _Arguments
from .._client import Endpoint as _Endpoint
from .._namespace import Namespace as _Namespace
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
    "GetExportParams",
    "get_export",
    "get_export_async",
    "ExportsAPI",
    "AsyncExportsAPI",
    "RawExportsAPI",
    "AsyncRawExportsAPI",
    "StreamingExportsAPI",
    "AsyncStreamingExportsAPI",
]

_GET_EXPORT = _Endpoint(
    "GET",
    "/exports/{export_id}",
    json=lambda m: m.ExportStatus,
    binary=True,
    args=_Arguments(
        "get_export", path="export_id", required="export_id", accepts="application/zip"
    ),
)


class GetExportParams(_CallOptions, total=False):
    """The keyword arguments of `get_export`."""

    export_id: Required[str]


@overload
def get_export(
    client: OpenRouter | ExportsAPI, **params: Unpack[GetExportParams]
) -> _m.ExportStatus: ...


@overload
def get_export(
    client: OpenRouter | ExportsAPI,
    *,
    accept: Literal["application/zip"],
    **params: Unpack[GetExportParams],
) -> bytes: ...


def get_export(client: OpenRouter | ExportsAPI, **params: Any) -> _m.ExportStatus | bytes:
    """An export, as JSON while it runs, as its archive once done

    GET /exports/{export_id}

    Answers JSON unless the call asks for `accept="application/zip"` (`bytes`).
    """
    return client._request(_GET_EXPORT, params)


@overload
async def get_export_async(
    client: AsyncOpenRouter | AsyncExportsAPI, **params: Unpack[GetExportParams]
) -> _m.ExportStatus: ...


@overload
async def get_export_async(
    client: AsyncOpenRouter | AsyncExportsAPI,
    *,
    accept: Literal["application/zip"],
    **params: Unpack[GetExportParams],
) -> bytes: ...


async def get_export_async(
    client: AsyncOpenRouter | AsyncExportsAPI, **params: Any
) -> _m.ExportStatus | bytes:
    """An export, as JSON while it runs, as its archive once done

    GET /exports/{export_id}

    Answers JSON unless the call asks for `accept="application/zip"` (`bytes`).
    """
    return await client._request(_GET_EXPORT, params)


class ExportsAPI(_Namespace):
    """`client.exports`: the exports operations as methods."""

    get_export = get_export


class AsyncExportsAPI(_Namespace):
    """`client.exports` of the async client: the exports operations as methods."""

    get_export = get_export_async


class RawExportsAPI(_Namespace):
    """`client.with_raw_response.exports`: each operation's `APIResponse`."""

    @overload
    def get_export(self, **params: Unpack[GetExportParams]) -> APIResponse[_m.ExportStatus]: ...
    @overload
    def get_export(
        self, *, accept: Literal["application/zip"], **params: Unpack[GetExportParams]
    ) -> APIResponse[bytes]: ...
    def get_export(self, **params: Any) -> APIResponse[Any]:
        """An export, as JSON while it runs, as its archive once done"""
        return self._raw(_GET_EXPORT, params)


class AsyncRawExportsAPI(_Namespace):
    """`client.with_raw_response.exports` of the async client."""

    @overload
    async def get_export(
        self, **params: Unpack[GetExportParams]
    ) -> APIResponse[_m.ExportStatus]: ...
    @overload
    async def get_export(
        self, *, accept: Literal["application/zip"], **params: Unpack[GetExportParams]
    ) -> APIResponse[bytes]: ...
    async def get_export(self, **params: Any) -> APIResponse[Any]:
        """An export, as JSON while it runs, as its archive once done"""
        return await self._raw(_GET_EXPORT, params)


class StreamingExportsAPI(_Namespace):
    """`client.with_streaming_response.exports`: each operation's response, its body unread, in a `with` block."""

    @overload
    def get_export(
        self, **params: Unpack[GetExportParams]
    ) -> ResponseContextManager[StreamedResponse[_m.ExportStatus]]: ...
    @overload
    def get_export(
        self, *, accept: Literal["application/zip"], **params: Unpack[GetExportParams]
    ) -> ResponseContextManager[StreamedResponse[bytes]]: ...
    def get_export(self, **params: Any) -> ResponseContextManager[StreamedResponse[Any]]:
        """An export, as JSON while it runs, as its archive once done"""
        return self._streamed(_GET_EXPORT, params)


class AsyncStreamingExportsAPI(_Namespace):
    """`client.with_streaming_response.exports` of the async client (`async with`)."""

    @overload
    def get_export(
        self, **params: Unpack[GetExportParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.ExportStatus]]: ...
    @overload
    def get_export(
        self, *, accept: Literal["application/zip"], **params: Unpack[GetExportParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[bytes]]: ...
    def get_export(self, **params: Any) -> AsyncResponseContextManager[AsyncStreamedResponse[Any]]:
        """An export, as JSON while it runs, as its archive once done"""
        return self._streamed_async(_GET_EXPORT, params)
