"""Operations tagged files."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._arguments import Arguments as _Arguments
from .._client import Endpoint as _Endpoint
from .._namespace import Namespace as _Namespace
from .._types import CallOptions as _CallOptions
from .._types import FileTypes

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
    "UploadFileParams",
    "upload_file",
    "upload_file_async",
    "FilesAPI",
    "AsyncFilesAPI",
    "RawFilesAPI",
    "AsyncRawFilesAPI",
    "StreamingFilesAPI",
    "AsyncStreamingFilesAPI",
]

_UPLOAD_FILE = _Endpoint(
    "POST",
    "/files",
    json=lambda m: m.StoredFile,
    args=_Arguments(
        "upload_file",
        form="file thumbnail purpose tags metadata note",
        form_required="file purpose",
        files="file thumbnail",
        encoding={"thumbnail": "image/png", "note": "text/markdown"},
        kind="form",
    ),
)


class UploadFileParams(_CallOptions, total=False):
    """The keyword arguments of `upload_file`."""

    file: Required[FileTypes]
    """The file to upload."""
    thumbnail: FileTypes
    purpose: Required[_m.FilesPostRequestPurpose | str]
    tags: Sequence[str] | None
    metadata: Mapping[str, str] | None
    note: str | None


def upload_file(client: OpenRouter | FilesAPI, **params: Unpack[UploadFileParams]) -> _m.StoredFile:
    """Upload a file

    A multipart form with a required binary file, an optional image, text, array and object fields.

    POST /files

    File fields take `FileTypes`: bytes, a binary file object, a `pathlib.Path`, `(filename, content)` or `(filename, content, content_type)`.
    """
    return client._request(_UPLOAD_FILE, params)


async def upload_file_async(
    client: AsyncOpenRouter | AsyncFilesAPI, **params: Unpack[UploadFileParams]
) -> _m.StoredFile:
    """Upload a file

    A multipart form with a required binary file, an optional image, text, array and object fields.

    POST /files

    File fields take `FileTypes`: bytes, a binary file object, a `pathlib.Path`, `(filename, content)` or `(filename, content, content_type)`.
    """
    return await client._request(_UPLOAD_FILE, params)


class FilesAPI(_Namespace):
    """`client.files`: the files operations as methods."""

    upload_file = upload_file


class AsyncFilesAPI(_Namespace):
    """`client.files` of the async client: the files operations as methods."""

    upload_file = upload_file_async


class RawFilesAPI(_Namespace):
    """`client.with_raw_response.files`: each operation's `APIResponse`."""

    def upload_file(self, **params: Unpack[UploadFileParams]) -> APIResponse[_m.StoredFile]:
        """Upload a file"""
        return self._raw(_UPLOAD_FILE, params)


class AsyncRawFilesAPI(_Namespace):
    """`client.with_raw_response.files` of the async client."""

    async def upload_file(self, **params: Unpack[UploadFileParams]) -> APIResponse[_m.StoredFile]:
        """Upload a file"""
        return await self._raw(_UPLOAD_FILE, params)


class StreamingFilesAPI(_Namespace):
    """`client.with_streaming_response.files`: each operation's response, its body unread, in a `with` block."""

    def upload_file(
        self, **params: Unpack[UploadFileParams]
    ) -> ResponseContextManager[StreamedResponse[_m.StoredFile]]:
        """Upload a file"""
        return self._streamed(_UPLOAD_FILE, params)


class AsyncStreamingFilesAPI(_Namespace):
    """`client.with_streaming_response.files` of the async client (`async with`)."""

    def upload_file(
        self, **params: Unpack[UploadFileParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.StoredFile]]:
        """Upload a file"""
        return self._streamed_async(_UPLOAD_FILE, params)
