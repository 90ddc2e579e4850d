"""Operations tagged trees."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, overload

from .._client import Endpoint as _Endpoint
from .._client import build_body as _build_body
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
    "get_tree",
    "get_tree_async",
    "replace_tree",
    "replace_tree_async",
    "TreesAPI",
    "AsyncTreesAPI",
    "RawTreesAPI",
    "AsyncRawTreesAPI",
    "StreamingTreesAPI",
    "AsyncStreamingTreesAPI",
]

_GET_TREE = _Endpoint("GET", "/trees/{tree_id}", auth=False, json=lambda m: m.TreeNode)

_REPLACE_TREE = _Endpoint("PUT", "/trees/{tree_id}", auth=False, json=lambda m: m.TreeNode)


def get_tree(
    client: OpenRouter | TreesAPI,
    *,
    tree_id: str,
    depth: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.TreeNode:
    """Get a tree

    Returns the full tree rooted at the given node, children nested recursively.

    Args:
        depth: Maximum depth to expand; deeper children are omitted.

    GET /trees/{tree_id}
    """
    return client._request(
        _GET_TREE,
        path={"tree_id": tree_id},
        query={"depth": depth},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def get_tree_async(
    client: AsyncOpenRouter | AsyncTreesAPI,
    *,
    tree_id: str,
    depth: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.TreeNode:
    """Get a tree

    Returns the full tree rooted at the given node, children nested recursively.

    Args:
        depth: Maximum depth to expand; deeper children are omitted.

    GET /trees/{tree_id}
    """
    return await client._request(
        _GET_TREE,
        path={"tree_id": tree_id},
        query={"depth": depth},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
def replace_tree(
    client: OpenRouter | TreesAPI,
    *,
    id: str,
    label: str,
    parent: _m.TreeNode | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    children: Sequence[_m.TreeNode | Mapping[str, Any]],
    attributes: Mapping[str, _m.TreeNode | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
    tree_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.TreeNode: ...


@overload
def replace_tree(
    client: OpenRouter | TreesAPI,
    *,
    body: _m.TreeNode | Mapping[str, Any],
    tree_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.TreeNode: ...


def replace_tree(
    client: OpenRouter | TreesAPI,
    *,
    body: _m.TreeNode | Mapping[str, Any] | None = None,
    id: str | NotGiven = NOT_GIVEN,
    label: str | NotGiven = NOT_GIVEN,
    parent: _m.TreeNode | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    children: Sequence[_m.TreeNode | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
    attributes: Mapping[str, _m.TreeNode | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
    tree_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.TreeNode:
    """Replace a tree

    Replaces the whole tree with the given nested structure.

    Args:
        parent: The parent node, if expanded.

    PUT /trees/{tree_id}
    """
    return client._request(
        _REPLACE_TREE,
        path={"tree_id": tree_id},
        json=_build_body(
            body,
            {
                "id": id,
                "label": label,
                "parent": parent,
                "children": children,
                "attributes": attributes,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def replace_tree_async(
    client: AsyncOpenRouter | AsyncTreesAPI,
    *,
    id: str,
    label: str,
    parent: _m.TreeNode | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    children: Sequence[_m.TreeNode | Mapping[str, Any]],
    attributes: Mapping[str, _m.TreeNode | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
    tree_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.TreeNode: ...


@overload
async def replace_tree_async(
    client: AsyncOpenRouter | AsyncTreesAPI,
    *,
    body: _m.TreeNode | Mapping[str, Any],
    tree_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.TreeNode: ...


async def replace_tree_async(
    client: AsyncOpenRouter | AsyncTreesAPI,
    *,
    body: _m.TreeNode | Mapping[str, Any] | None = None,
    id: str | NotGiven = NOT_GIVEN,
    label: str | NotGiven = NOT_GIVEN,
    parent: _m.TreeNode | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    children: Sequence[_m.TreeNode | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
    attributes: Mapping[str, _m.TreeNode | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
    tree_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.TreeNode:
    """Replace a tree

    Replaces the whole tree with the given nested structure.

    Args:
        parent: The parent node, if expanded.

    PUT /trees/{tree_id}
    """
    return await client._request(
        _REPLACE_TREE,
        path={"tree_id": tree_id},
        json=_build_body(
            body,
            {
                "id": id,
                "label": label,
                "parent": parent,
                "children": children,
                "attributes": attributes,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


class TreesAPI:
    """`client.trees`: the trees operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    get_tree = get_tree

    replace_tree = replace_tree


class AsyncTreesAPI:
    """`client.trees` of the async client: the trees operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    get_tree = get_tree_async

    replace_tree = replace_tree_async


class RawTreesAPI:
    """`client.with_raw_response.trees`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_tree(
        self,
        *,
        tree_id: str,
        depth: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.TreeNode]:
        """Get a tree"""
        return self._client._request(
            _GET_TREE,
            path={"tree_id": tree_id},
            query={"depth": depth},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def replace_tree(
        self,
        *,
        body: _m.TreeNode | Mapping[str, Any] | None = None,
        id: str | NotGiven = NOT_GIVEN,
        label: str | NotGiven = NOT_GIVEN,
        parent: _m.TreeNode | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        children: Sequence[_m.TreeNode | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        attributes: Mapping[str, _m.TreeNode | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
        tree_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.TreeNode]:
        """Replace a tree"""
        return self._client._request(
            _REPLACE_TREE,
            path={"tree_id": tree_id},
            json=_build_body(
                body,
                {
                    "id": id,
                    "label": label,
                    "parent": parent,
                    "children": children,
                    "attributes": attributes,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawTreesAPI:
    """`client.with_raw_response.trees` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def get_tree(
        self,
        *,
        tree_id: str,
        depth: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.TreeNode]:
        """Get a tree"""
        return await self._client._request(
            _GET_TREE,
            path={"tree_id": tree_id},
            query={"depth": depth},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def replace_tree(
        self,
        *,
        body: _m.TreeNode | Mapping[str, Any] | None = None,
        id: str | NotGiven = NOT_GIVEN,
        label: str | NotGiven = NOT_GIVEN,
        parent: _m.TreeNode | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        children: Sequence[_m.TreeNode | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        attributes: Mapping[str, _m.TreeNode | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
        tree_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.TreeNode]:
        """Replace a tree"""
        return await self._client._request(
            _REPLACE_TREE,
            path={"tree_id": tree_id},
            json=_build_body(
                body,
                {
                    "id": id,
                    "label": label,
                    "parent": parent,
                    "children": children,
                    "attributes": attributes,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingTreesAPI:
    """`client.with_streaming_response.trees`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_tree(
        self,
        *,
        tree_id: str,
        depth: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.TreeNode]]:
        """Get a tree"""

        def _send() -> Any:
            return self._client._request(
                _GET_TREE,
                path={"tree_id": tree_id},
                query={"depth": depth},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def replace_tree(
        self,
        *,
        body: _m.TreeNode | Mapping[str, Any] | None = None,
        id: str | NotGiven = NOT_GIVEN,
        label: str | NotGiven = NOT_GIVEN,
        parent: _m.TreeNode | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        children: Sequence[_m.TreeNode | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        attributes: Mapping[str, _m.TreeNode | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
        tree_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.TreeNode]]:
        """Replace a tree"""

        def _send() -> Any:
            return self._client._request(
                _REPLACE_TREE,
                path={"tree_id": tree_id},
                json=_build_body(
                    body,
                    {
                        "id": id,
                        "label": label,
                        "parent": parent,
                        "children": children,
                        "attributes": attributes,
                    },
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingTreesAPI:
    """`client.with_streaming_response.trees` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def get_tree(
        self,
        *,
        tree_id: str,
        depth: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.TreeNode]]:
        """Get a tree"""

        def _send() -> Any:
            return self._client._request(
                _GET_TREE,
                path={"tree_id": tree_id},
                query={"depth": depth},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def replace_tree(
        self,
        *,
        body: _m.TreeNode | Mapping[str, Any] | None = None,
        id: str | NotGiven = NOT_GIVEN,
        label: str | NotGiven = NOT_GIVEN,
        parent: _m.TreeNode | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        children: Sequence[_m.TreeNode | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        attributes: Mapping[str, _m.TreeNode | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
        tree_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.TreeNode]]:
        """Replace a tree"""

        def _send() -> Any:
            return self._client._request(
                _REPLACE_TREE,
                path={"tree_id": tree_id},
                json=_build_body(
                    body,
                    {
                        "id": id,
                        "label": label,
                        "parent": parent,
                        "children": children,
                        "attributes": attributes,
                    },
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
