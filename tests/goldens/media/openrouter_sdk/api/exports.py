"""Operations tagged exports."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._client import Endpoint as _Endpoint
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
)


def get_export(
    client: OpenRouter | ExportsAPI,
    *,
    export_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ExportStatus | bytes:
    """An export, as JSON while it runs, as its archive once done

    GET /exports/{export_id}
    """
    return client._request(
        _GET_EXPORT,
        path={"export_id": export_id},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def get_export_async(
    client: AsyncOpenRouter | AsyncExportsAPI,
    *,
    export_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ExportStatus | bytes:
    """An export, as JSON while it runs, as its archive once done

    GET /exports/{export_id}
    """
    return await client._request(
        _GET_EXPORT,
        path={"export_id": export_id},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


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

    def get_export(
        self,
        *,
        export_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ExportStatus | bytes]:
        """An export, as JSON while it runs, as its archive once done"""
        return self._client._request(
            _GET_EXPORT,
            path={"export_id": export_id},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawExportsAPI:
    """`client.with_raw_response.exports` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def get_export(
        self,
        *,
        export_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ExportStatus | bytes]:
        """An export, as JSON while it runs, as its archive once done"""
        return await self._client._request(
            _GET_EXPORT,
            path={"export_id": export_id},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingExportsAPI:
    """`client.with_streaming_response.exports`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_export(
        self,
        *,
        export_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.ExportStatus | bytes]]:
        """An export, as JSON while it runs, as its archive once done"""

        def _send() -> Any:
            return self._client._request(
                _GET_EXPORT,
                path={"export_id": export_id},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingExportsAPI:
    """`client.with_streaming_response.exports` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def get_export(
        self,
        *,
        export_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.ExportStatus | bytes]]:
        """An export, as JSON while it runs, as its archive once done"""

        def _send() -> Any:
            return self._client._request(
                _GET_EXPORT,
                path={"export_id": export_id},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
