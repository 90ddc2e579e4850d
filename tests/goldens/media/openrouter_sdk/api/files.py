"""Operations tagged files."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
    "GetFileParams",
    "get_file",
    "get_file_async",
    "DownloadFileContentParams",
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
    "GET",
    "/files/{file_id}",
    json=lambda m: m.FileObject,
    errors="404=Error",
    args=_Arguments("get_file", path="file_id", required="file_id"),
)

_DOWNLOAD_FILE_CONTENT = _Endpoint(
    "GET",
    "/files/{file_id}/content",
    binary=True,
    accept="application/octet-stream",
    errors="404=Error",
    args=_Arguments("download_file_content", path="file_id", required="file_id"),
)


class GetFileParams(_CallOptions, total=False):
    """The keyword arguments of `get_file`."""

    file_id: Required[str]


def get_file(client: OpenRouter | FilesAPI, **params: Unpack[GetFileParams]) -> _m.FileObject:
    """A file's metadata

    GET /files/{file_id}
    """
    return client._request(_GET_FILE, params)


async def get_file_async(
    client: AsyncOpenRouter | AsyncFilesAPI, **params: Unpack[GetFileParams]
) -> _m.FileObject:
    """A file's metadata

    GET /files/{file_id}
    """
    return await client._request(_GET_FILE, params)


class DownloadFileContentParams(_CallOptions, total=False):
    """The keyword arguments of `download_file_content`."""

    file_id: Required[str]


def download_file_content(
    client: OpenRouter | FilesAPI, **params: Unpack[DownloadFileContentParams]
) -> bytes:
    """Download a file's content

    The raw bytes; the file name comes in Content-Disposition.

    GET /files/{file_id}/content
    """
    return client._request(_DOWNLOAD_FILE_CONTENT, params)


async def download_file_content_async(
    client: AsyncOpenRouter | AsyncFilesAPI, **params: Unpack[DownloadFileContentParams]
) -> bytes:
    """Download a file's content

    The raw bytes; the file name comes in Content-Disposition.

    GET /files/{file_id}/content
    """
    return await client._request(_DOWNLOAD_FILE_CONTENT, params)


class FilesAPI(_Namespace):
    """`client.files`: the files operations as methods."""

    get_file = get_file

    download_file_content = download_file_content


class AsyncFilesAPI(_Namespace):
    """`client.files` of the async client: the files operations as methods."""

    get_file = get_file_async

    download_file_content = download_file_content_async


class RawFilesAPI(_Namespace):
    """`client.with_raw_response.files`: each operation's `APIResponse`."""

    def get_file(self, **params: Unpack[GetFileParams]) -> APIResponse[_m.FileObject]:
        """A file's metadata"""
        return self._raw(_GET_FILE, params)

    def download_file_content(
        self, **params: Unpack[DownloadFileContentParams]
    ) -> APIResponse[bytes]:
        """Download a file's content"""
        return self._raw(_DOWNLOAD_FILE_CONTENT, params)


class AsyncRawFilesAPI(_Namespace):
    """`client.with_raw_response.files` of the async client."""

    async def get_file(self, **params: Unpack[GetFileParams]) -> APIResponse[_m.FileObject]:
        """A file's metadata"""
        return await self._raw(_GET_FILE, params)

    async def download_file_content(
        self, **params: Unpack[DownloadFileContentParams]
    ) -> APIResponse[bytes]:
        """Download a file's content"""
        return await self._raw(_DOWNLOAD_FILE_CONTENT, params)


class StreamingFilesAPI(_Namespace):
    """`client.with_streaming_response.files`: each operation's response, its body unread, in a `with` block."""

    def get_file(
        self, **params: Unpack[GetFileParams]
    ) -> ResponseContextManager[StreamedResponse[_m.FileObject]]:
        """A file's metadata"""
        return self._streamed(_GET_FILE, params)

    def download_file_content(
        self, **params: Unpack[DownloadFileContentParams]
    ) -> ResponseContextManager[StreamedResponse[bytes]]:
        """Download a file's content"""
        return self._streamed(_DOWNLOAD_FILE_CONTENT, params)


class AsyncStreamingFilesAPI(_Namespace):
    """`client.with_streaming_response.files` of the async client (`async with`)."""

    def get_file(
        self, **params: Unpack[GetFileParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.FileObject]]:
        """A file's metadata"""
        return self._streamed_async(_GET_FILE, params)

    def download_file_content(
        self, **params: Unpack[DownloadFileContentParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[bytes]]:
        """Download a file's content"""
        return self._streamed_async(_DOWNLOAD_FILE_CONTENT, params)
