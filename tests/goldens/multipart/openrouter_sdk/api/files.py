"""Operations tagged files."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._client import Endpoint as _Endpoint
from .._client import multipart as _multipart
from .._streamed import AsyncResponseContextManager as _AsyncResponseContextManager
from .._streamed import ResponseContextManager as _ResponseContextManager
from .._types import NOT_GIVEN, FileTypes, NotGiven, Timeout
from .._types import RequestOptions as _RequestOptions

if TYPE_CHECKING:
    from .. import models as _m
    from .._client import AsyncOpenRouter, OpenRouter
    from .._response import APIResponse
    from .._streamed import AsyncStreamedResponse, StreamedResponse

_Any = Any
__all__ = [
    "upload_file",
    "upload_file_async",
    "FilesAPI",
    "AsyncFilesAPI",
    "RawFilesAPI",
    "AsyncRawFilesAPI",
    "StreamingFilesAPI",
    "AsyncStreamingFilesAPI",
]

_UPLOAD_FILE = _Endpoint("POST", "/files", json=lambda m: m.StoredFile)


def upload_file(
    client: OpenRouter | FilesAPI,
    *,
    file: FileTypes,
    thumbnail: FileTypes | NotGiven = NOT_GIVEN,
    purpose: _m.FilesPostRequestPurpose | str,
    tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
    metadata: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
    note: str | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.StoredFile:
    """Upload a file

    A multipart form with a required binary file, an optional image, text, array and object fields.

    Args:
        file: The file to upload.

    POST /files

    File fields take `FileTypes`: bytes, a binary file object, a `pathlib.Path`, `(filename, content)` or `(filename, content, content_type)`.
    """
    return client._request(
        _UPLOAD_FILE,
        form=_multipart(
            {
                "file": file,
                "thumbnail": thumbnail,
                "purpose": purpose,
                "tags": tags,
                "metadata": metadata,
                "note": note,
            },
            (
                "file",
                "thumbnail",
            ),
            {"thumbnail": "image/png", "note": "text/markdown"},
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def upload_file_async(
    client: AsyncOpenRouter | AsyncFilesAPI,
    *,
    file: FileTypes,
    thumbnail: FileTypes | NotGiven = NOT_GIVEN,
    purpose: _m.FilesPostRequestPurpose | str,
    tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
    metadata: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
    note: str | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.StoredFile:
    """Upload a file

    A multipart form with a required binary file, an optional image, text, array and object fields.

    Args:
        file: The file to upload.

    POST /files

    File fields take `FileTypes`: bytes, a binary file object, a `pathlib.Path`, `(filename, content)` or `(filename, content, content_type)`.
    """
    return await client._request(
        _UPLOAD_FILE,
        form=_multipart(
            {
                "file": file,
                "thumbnail": thumbnail,
                "purpose": purpose,
                "tags": tags,
                "metadata": metadata,
                "note": note,
            },
            (
                "file",
                "thumbnail",
            ),
            {"thumbnail": "image/png", "note": "text/markdown"},
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


class FilesAPI:
    """`client.files`: the files operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    upload_file = upload_file


class AsyncFilesAPI:
    """`client.files` of the async client: the files operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    upload_file = upload_file_async


class RawFilesAPI:
    """`client.with_raw_response.files`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def upload_file(
        self,
        *,
        file: FileTypes,
        thumbnail: FileTypes | NotGiven = NOT_GIVEN,
        purpose: _m.FilesPostRequestPurpose | str,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        note: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.StoredFile]:
        """Upload a file"""
        return self._client._request(
            _UPLOAD_FILE,
            form=_multipart(
                {
                    "file": file,
                    "thumbnail": thumbnail,
                    "purpose": purpose,
                    "tags": tags,
                    "metadata": metadata,
                    "note": note,
                },
                (
                    "file",
                    "thumbnail",
                ),
                {"thumbnail": "image/png", "note": "text/markdown"},
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawFilesAPI:
    """`client.with_raw_response.files` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def upload_file(
        self,
        *,
        file: FileTypes,
        thumbnail: FileTypes | NotGiven = NOT_GIVEN,
        purpose: _m.FilesPostRequestPurpose | str,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        note: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.StoredFile]:
        """Upload a file"""
        return await self._client._request(
            _UPLOAD_FILE,
            form=_multipart(
                {
                    "file": file,
                    "thumbnail": thumbnail,
                    "purpose": purpose,
                    "tags": tags,
                    "metadata": metadata,
                    "note": note,
                },
                (
                    "file",
                    "thumbnail",
                ),
                {"thumbnail": "image/png", "note": "text/markdown"},
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingFilesAPI:
    """`client.with_streaming_response.files`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def upload_file(
        self,
        *,
        file: FileTypes,
        thumbnail: FileTypes | NotGiven = NOT_GIVEN,
        purpose: _m.FilesPostRequestPurpose | str,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        note: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.StoredFile]]:
        """Upload a file"""

        def _send() -> Any:
            return self._client._request(
                _UPLOAD_FILE,
                form=_multipart(
                    {
                        "file": file,
                        "thumbnail": thumbnail,
                        "purpose": purpose,
                        "tags": tags,
                        "metadata": metadata,
                        "note": note,
                    },
                    (
                        "file",
                        "thumbnail",
                    ),
                    {"thumbnail": "image/png", "note": "text/markdown"},
                ),
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

    def upload_file(
        self,
        *,
        file: FileTypes,
        thumbnail: FileTypes | NotGiven = NOT_GIVEN,
        purpose: _m.FilesPostRequestPurpose | str,
        tags: Sequence[str] | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        note: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.StoredFile]]:
        """Upload a file"""

        def _send() -> Any:
            return self._client._request(
                _UPLOAD_FILE,
                form=_multipart(
                    {
                        "file": file,
                        "thumbnail": thumbnail,
                        "purpose": purpose,
                        "tags": tags,
                        "metadata": metadata,
                        "note": note,
                    },
                    (
                        "file",
                        "thumbnail",
                    ),
                    {"thumbnail": "image/png", "note": "text/markdown"},
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
