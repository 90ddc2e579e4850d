"""Operations tagged files."""

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
    "get_file",
    "get_file_async",
    "download_file_content",
    "download_file_content_async",
    "FilesAPI",
    "AsyncFilesAPI",
    "RawFilesAPI",
    "AsyncRawFilesAPI",
    "StreamingFilesAPI",
    "AsyncStreamingFilesAPI",
]

_GET_FILE = _Endpoint(
    "GET", "/files/{file_id}", json=lambda m: m.FileObject, errors={"404": lambda m: m.Error}
)

_DOWNLOAD_FILE_CONTENT = _Endpoint(
    "GET",
    "/files/{file_id}/content",
    binary=True,
    accept="application/octet-stream",
    errors={"404": lambda m: m.Error},
)


def get_file(
    client: OpenRouter | FilesAPI,
    *,
    file_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.FileObject:
    """A file's metadata

    GET /files/{file_id}
    """
    return client._request(
        _GET_FILE,
        path={"file_id": file_id},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def get_file_async(
    client: AsyncOpenRouter | AsyncFilesAPI,
    *,
    file_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.FileObject:
    """A file's metadata

    GET /files/{file_id}
    """
    return await client._request(
        _GET_FILE,
        path={"file_id": file_id},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def download_file_content(
    client: OpenRouter | FilesAPI,
    *,
    file_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> bytes:
    """Download a file's content

    The raw bytes; the file name comes in Content-Disposition.

    GET /files/{file_id}/content
    """
    return client._request(
        _DOWNLOAD_FILE_CONTENT,
        path={"file_id": file_id},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def download_file_content_async(
    client: AsyncOpenRouter | AsyncFilesAPI,
    *,
    file_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> bytes:
    """Download a file's content

    The raw bytes; the file name comes in Content-Disposition.

    GET /files/{file_id}/content
    """
    return await client._request(
        _DOWNLOAD_FILE_CONTENT,
        path={"file_id": file_id},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


class FilesAPI:
    """`client.files`: the files operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    get_file = get_file

    download_file_content = download_file_content


class AsyncFilesAPI:
    """`client.files` of the async client: the files operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    get_file = get_file_async

    download_file_content = download_file_content_async


class RawFilesAPI:
    """`client.with_raw_response.files`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_file(
        self,
        *,
        file_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.FileObject]:
        """A file's metadata"""
        return self._client._request(
            _GET_FILE,
            path={"file_id": file_id},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def download_file_content(
        self,
        *,
        file_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[bytes]:
        """Download a file's content"""
        return self._client._request(
            _DOWNLOAD_FILE_CONTENT,
            path={"file_id": file_id},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawFilesAPI:
    """`client.with_raw_response.files` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def get_file(
        self,
        *,
        file_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.FileObject]:
        """A file's metadata"""
        return await self._client._request(
            _GET_FILE,
            path={"file_id": file_id},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def download_file_content(
        self,
        *,
        file_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[bytes]:
        """Download a file's content"""
        return await self._client._request(
            _DOWNLOAD_FILE_CONTENT,
            path={"file_id": file_id},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingFilesAPI:
    """`client.with_streaming_response.files`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_file(
        self,
        *,
        file_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.FileObject]]:
        """A file's metadata"""

        def _send() -> Any:
            return self._client._request(
                _GET_FILE,
                path={"file_id": file_id},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def download_file_content(
        self,
        *,
        file_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[bytes]]:
        """Download a file's content"""

        def _send() -> Any:
            return self._client._request(
                _DOWNLOAD_FILE_CONTENT,
                path={"file_id": file_id},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingFilesAPI:
    """`client.with_streaming_response.files` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def get_file(
        self,
        *,
        file_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.FileObject]]:
        """A file's metadata"""

        def _send() -> Any:
            return self._client._request(
                _GET_FILE,
                path={"file_id": file_id},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def download_file_content(
        self,
        *,
        file_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[bytes]]:
        """Download a file's content"""

        def _send() -> Any:
            return self._client._request(
                _DOWNLOAD_FILE_CONTENT,
                path={"file_id": file_id},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
