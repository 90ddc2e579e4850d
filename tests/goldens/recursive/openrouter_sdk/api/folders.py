"""Operations tagged folders."""

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
    "get_folder",
    "get_folder_async",
    "FoldersAPI",
    "AsyncFoldersAPI",
    "RawFoldersAPI",
    "AsyncRawFoldersAPI",
    "StreamingFoldersAPI",
    "AsyncStreamingFoldersAPI",
]

_GET_FOLDER = _Endpoint("GET", "/folders/{folder_id}", auth=False, json=lambda m: m.Folder)


def get_folder(
    client: OpenRouter | FoldersAPI,
    *,
    folder_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Folder:
    """Get a folder

    A folder contains documents, and each document points back to its folder.

    GET /folders/{folder_id}
    """
    return client._request(
        _GET_FOLDER,
        path={"folder_id": folder_id},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def get_folder_async(
    client: AsyncOpenRouter | AsyncFoldersAPI,
    *,
    folder_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Folder:
    """Get a folder

    A folder contains documents, and each document points back to its folder.

    GET /folders/{folder_id}
    """
    return await client._request(
        _GET_FOLDER,
        path={"folder_id": folder_id},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


class FoldersAPI:
    """`client.folders`: the folders operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    get_folder = get_folder


class AsyncFoldersAPI:
    """`client.folders` of the async client: the folders operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    get_folder = get_folder_async


class RawFoldersAPI:
    """`client.with_raw_response.folders`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_folder(
        self,
        *,
        folder_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Folder]:
        """Get a folder"""
        return self._client._request(
            _GET_FOLDER,
            path={"folder_id": folder_id},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawFoldersAPI:
    """`client.with_raw_response.folders` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def get_folder(
        self,
        *,
        folder_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Folder]:
        """Get a folder"""
        return await self._client._request(
            _GET_FOLDER,
            path={"folder_id": folder_id},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingFoldersAPI:
    """`client.with_streaming_response.folders`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_folder(
        self,
        *,
        folder_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.Folder]]:
        """Get a folder"""

        def _send() -> Any:
            return self._client._request(
                _GET_FOLDER,
                path={"folder_id": folder_id},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingFoldersAPI:
    """`client.with_streaming_response.folders` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def get_folder(
        self,
        *,
        folder_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.Folder]]:
        """Get a folder"""

        def _send() -> Any:
            return self._client._request(
                _GET_FOLDER,
                path={"folder_id": folder_id},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
