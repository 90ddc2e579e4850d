"""Operations tagged trees."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, overload

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
    "GetTreeParams",
    "get_tree",
    "get_tree_async",
    "ReplaceTreeParams",
    "replace_tree",
    "replace_tree_async",
    "TreesAPI",
    "AsyncTreesAPI",
    "RawTreesAPI",
    "AsyncRawTreesAPI",
    "StreamingTreesAPI",
    "AsyncStreamingTreesAPI",
]

_GET_TREE = _Endpoint(
    "GET",
    "/trees/{tree_id}",
    auth=False,
    json=lambda m: m.TreeNode,
    args=_Arguments("get_tree", path="tree_id", query="depth", required="tree_id"),
)

_REPLACE_TREE = _Endpoint(
    "PUT",
    "/trees/{tree_id}",
    auth=False,
    json=lambda m: m.TreeNode,
    args=_Arguments(
        "replace_tree",
        path="tree_id",
        body="id label parent children attributes",
        required="tree_id id label children",
        kind="object",
    ),
)


class GetTreeParams(_CallOptions, total=False):
    """The keyword arguments of `get_tree`."""

    tree_id: Required[str]
    depth: int | None
    """Maximum depth to expand; deeper children are omitted."""


def get_tree(client: OpenRouter | TreesAPI, **params: Unpack[GetTreeParams]) -> _m.TreeNode:
    """Get a tree

    Returns the full tree rooted at the given node, children nested recursively.

    GET /trees/{tree_id}
    """
    return client._request(_GET_TREE, params)


async def get_tree_async(
    client: AsyncOpenRouter | AsyncTreesAPI, **params: Unpack[GetTreeParams]
) -> _m.TreeNode:
    """Get a tree

    Returns the full tree rooted at the given node, children nested recursively.

    GET /trees/{tree_id}
    """
    return await client._request(_GET_TREE, params)


class _ReplaceTreeArgs(_CallOptions, total=False):
    """The parameters of `replace_tree` that go with `body=` too."""

    tree_id: Required[str]


class ReplaceTreeParams(_ReplaceTreeArgs, total=False):
    """The keyword arguments of `replace_tree`."""

    id: Required[str]
    label: Required[str]
    parent: _m.TreeNode | Mapping[str, Any] | None
    """The parent node, if expanded."""
    children: Required[Sequence[_m.TreeNode | Mapping[str, Any]]]
    attributes: Mapping[str, _m.TreeNode | Mapping[str, Any]] | None


@overload
def replace_tree(
    client: OpenRouter | TreesAPI, **params: Unpack[ReplaceTreeParams]
) -> _m.TreeNode: ...


@overload
def replace_tree(
    client: OpenRouter | TreesAPI,
    *,
    body: _m.TreeNode | Mapping[str, Any],
    **params: Unpack[_ReplaceTreeArgs],
) -> _m.TreeNode: ...


def replace_tree(client: OpenRouter | TreesAPI, **params: Any) -> _m.TreeNode:
    """Replace a tree

    Replaces the whole tree with the given nested structure.

    PUT /trees/{tree_id}
    """
    return client._request(_REPLACE_TREE, params)


@overload
async def replace_tree_async(
    client: AsyncOpenRouter | AsyncTreesAPI, **params: Unpack[ReplaceTreeParams]
) -> _m.TreeNode: ...


@overload
async def replace_tree_async(
    client: AsyncOpenRouter | AsyncTreesAPI,
    *,
    body: _m.TreeNode | Mapping[str, Any],
    **params: Unpack[_ReplaceTreeArgs],
) -> _m.TreeNode: ...


async def replace_tree_async(client: AsyncOpenRouter | AsyncTreesAPI, **params: Any) -> _m.TreeNode:
    """Replace a tree

    Replaces the whole tree with the given nested structure.

    PUT /trees/{tree_id}
    """
    return await client._request(_REPLACE_TREE, params)


class TreesAPI(_Namespace):
    """`client.trees`: the trees operations as methods."""

    get_tree = get_tree

    replace_tree = replace_tree


class AsyncTreesAPI(_Namespace):
    """`client.trees` of the async client: the trees operations as methods."""

    get_tree = get_tree_async

    replace_tree = replace_tree_async


class RawTreesAPI(_Namespace):
    """`client.with_raw_response.trees`: each operation's `APIResponse`."""

    def get_tree(self, **params: Unpack[GetTreeParams]) -> APIResponse[_m.TreeNode]:
        """Get a tree"""
        return self._raw(_GET_TREE, params)

    def replace_tree(self, **params: Unpack[ReplaceTreeParams]) -> APIResponse[_m.TreeNode]:
        """Replace a tree"""
        return self._raw(_REPLACE_TREE, params)


class AsyncRawTreesAPI(_Namespace):
    """`client.with_raw_response.trees` of the async client."""

    async def get_tree(self, **params: Unpack[GetTreeParams]) -> APIResponse[_m.TreeNode]:
        """Get a tree"""
        return await self._raw(_GET_TREE, params)

    async def replace_tree(self, **params: Unpack[ReplaceTreeParams]) -> APIResponse[_m.TreeNode]:
        """Replace a tree"""
        return await self._raw(_REPLACE_TREE, params)


class StreamingTreesAPI(_Namespace):
    """`client.with_streaming_response.trees`: each operation's response, its body unread, in a `with` block."""

    def get_tree(
        self, **params: Unpack[GetTreeParams]
    ) -> ResponseContextManager[StreamedResponse[_m.TreeNode]]:
        """Get a tree"""
        return self._streamed(_GET_TREE, params)

    def replace_tree(
        self, **params: Unpack[ReplaceTreeParams]
    ) -> ResponseContextManager[StreamedResponse[_m.TreeNode]]:
        """Replace a tree"""
        return self._streamed(_REPLACE_TREE, params)


class AsyncStreamingTreesAPI(_Namespace):
    """`client.with_streaming_response.trees` of the async client (`async with`)."""

    def get_tree(
        self, **params: Unpack[GetTreeParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.TreeNode]]:
        """Get a tree"""
        return self._streamed_async(_GET_TREE, params)

    def replace_tree(
        self, **params: Unpack[ReplaceTreeParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.TreeNode]]:
        """Replace a tree"""
        return self._streamed_async(_REPLACE_TREE, params)
