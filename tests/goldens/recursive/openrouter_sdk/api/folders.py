"""Operations tagged folders."""

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
    "GetFolderParams",
    "get_folder",
    "get_folder_async",
    "FoldersAPI",
    "AsyncFoldersAPI",
    "RawFoldersAPI",
    "AsyncRawFoldersAPI",
    "StreamingFoldersAPI",
    "AsyncStreamingFoldersAPI",
]

_GET_FOLDER = _Endpoint(
    "GET",
    "/folders/{folder_id}",
    auth=False,
    json=lambda m: m.Folder,
    args=_Arguments("get_folder", path="folder_id", required="folder_id"),
)


class GetFolderParams(_CallOptions, total=False):
    """The keyword arguments of `get_folder`."""

    folder_id: Required[str]


def get_folder(client: OpenRouter | FoldersAPI, **params: Unpack[GetFolderParams]) -> _m.Folder:
    """Get a folder

    A folder contains documents, and each document points back to its folder.

    GET /folders/{folder_id}
    """
    return client._request(_GET_FOLDER, params)


async def get_folder_async(
    client: AsyncOpenRouter | AsyncFoldersAPI, **params: Unpack[GetFolderParams]
) -> _m.Folder:
    """Get a folder

    A folder contains documents, and each document points back to its folder.

    GET /folders/{folder_id}
    """
    return await client._request(_GET_FOLDER, params)


class FoldersAPI(_Namespace):
    """`client.folders`: the folders operations as methods."""

    get_folder = get_folder


class AsyncFoldersAPI(_Namespace):
    """`client.folders` of the async client: the folders operations as methods."""

    get_folder = get_folder_async


class RawFoldersAPI(_Namespace):
    """`client.with_raw_response.folders`: each operation's `APIResponse`."""

    def get_folder(self, **params: Unpack[GetFolderParams]) -> APIResponse[_m.Folder]:
        """Get a folder"""
        return self._raw(_GET_FOLDER, params)


class AsyncRawFoldersAPI(_Namespace):
    """`client.with_raw_response.folders` of the async client."""

    async def get_folder(self, **params: Unpack[GetFolderParams]) -> APIResponse[_m.Folder]:
        """Get a folder"""
        return await self._raw(_GET_FOLDER, params)


class StreamingFoldersAPI(_Namespace):
    """`client.with_streaming_response.folders`: each operation's response, its body unread, in a `with` block."""

    def get_folder(
        self, **params: Unpack[GetFolderParams]
    ) -> ResponseContextManager[StreamedResponse[_m.Folder]]:
        """Get a folder"""
        return self._streamed(_GET_FOLDER, params)


class AsyncStreamingFoldersAPI(_Namespace):
    """`client.with_streaming_response.folders` of the async client (`async with`)."""

    def get_folder(
        self, **params: Unpack[GetFolderParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.Folder]]:
        """Get a folder"""
        return self._streamed_async(_GET_FOLDER, params)
