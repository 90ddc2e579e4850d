"""Operations tagged exports."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._arguments import Arguments as _Arguments
from .._client import Endpoint as _Endpoint
from .._streamed import AsyncResponseContextManager as _AsyncResponseContextManager
from .._streamed import ResponseContextManager as _ResponseContextManager
from .._types import CallOptions as _CallOptions

if TYPE_CHECKING:
    from typing_extensions import Required, Unpack

    from .. import models as _m
    from .._client import AsyncOpenRouter, OpenRouter
    from .._response import APIResponse
    from .._streamed import AsyncStreamedResponse, StreamedResponse

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
    accept="application/json, application/zip",
    args=_Arguments("get_export", path="export_id", required="export_id"),
)


class GetExportParams(_CallOptions, total=False):
    """The keyword arguments of `get_export`."""

    export_id: Required[str]


def get_export(
    client: OpenRouter | ExportsAPI, **params: Unpack[GetExportParams]
) -> _m.ExportStatus | bytes:
    """An export, as JSON while it runs, as its archive once done

    GET /exports/{export_id}
    """
    return client._request(_GET_EXPORT, params)


async def get_export_async(
    client: AsyncOpenRouter | AsyncExportsAPI, **params: Unpack[GetExportParams]
) -> _m.ExportStatus | bytes:
    """An export, as JSON while it runs, as its archive once done

    GET /exports/{export_id}
    """
    return await client._request(_GET_EXPORT, params)


class ExportsAPI:
    """`client.exports`: the exports operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    get_export = get_export


class AsyncExportsAPI:
    """`client.exports` of the async client: the exports operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    get_export = get_export_async


class RawExportsAPI:
    """`client.with_raw_response.exports`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_export(self, **params: Unpack[GetExportParams]) -> APIResponse[_m.ExportStatus | bytes]:
        """An export, as JSON while it runs, as its archive once done"""
        return self._client._request(_GET_EXPORT, params, raw=True)


class AsyncRawExportsAPI:
    """`client.with_raw_response.exports` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def get_export(
        self, **params: Unpack[GetExportParams]
    ) -> APIResponse[_m.ExportStatus | bytes]:
        """An export, as JSON while it runs, as its archive once done"""
        return await self._client._request(_GET_EXPORT, params, raw=True)


class StreamingExportsAPI:
    """`client.with_streaming_response.exports`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_export(
        self, **params: Unpack[GetExportParams]
    ) -> _ResponseContextManager[StreamedResponse[_m.ExportStatus | bytes]]:
        """An export, as JSON while it runs, as its archive once done"""
        return _ResponseContextManager(
            lambda: self._client._request(_GET_EXPORT, params, streamed=True)
        )


class AsyncStreamingExportsAPI:
    """`client.with_streaming_response.exports` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def get_export(
        self, **params: Unpack[GetExportParams]
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.ExportStatus | bytes]]:
        """An export, as JSON while it runs, as its archive once done"""
        return _AsyncResponseContextManager(
            lambda: self._client._request(_GET_EXPORT, params, streamed=True)
        )
