"""Operations tagged API Keys."""

from __future__ import annotations

from collections.abc import Mapping
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
    "ListApiKeysParams",
    "list_api_keys",
    "list_api_keys_async",
    "ImportApiKeysParams",
    "import_api_keys",
    "import_api_keys_async",
    "APIKeysAPI",
    "AsyncAPIKeysAPI",
    "RawAPIKeysAPI",
    "AsyncRawAPIKeysAPI",
    "StreamingAPIKeysAPI",
    "AsyncStreamingAPIKeysAPI",
]

_LIST_API_KEYS = _Endpoint(
    "GET",
    "/keys",
    auth=False,
    json=lambda m: m.List,
    args=_Arguments(
        "list_api_keys", query="from_=from type class_=class page_size=page-size n_2fa=2fa"
    ),
)

_IMPORT_API_KEYS = _Endpoint(
    "POST",
    "/keys/import",
    auth=False,
    json=lambda m: m.Model,
    args=_Arguments(
        "import_api_keys",
        query="body_=body timeout_=timeout extra_headers_=extra_headers",
        header="client_=client",
        body="id id_1=ID from_=from global_=global model_config_=model_config model_dump_=model_dump foo_bar=fooBar foo_bar_1=foo_bar type",
        required="id id_1",
        kind="object",
    ),
)


class ListApiKeysParams(_CallOptions, total=False):
    """The keyword arguments of `list_api_keys`."""

    from_: str | None
    """Only keys created at or after this date."""
    type: _m.Type | str | None
    class_: str | None
    page_size: int | None
    n_2fa: bool | None
    """Only keys whose owner has two-factor auth enabled."""


def list_api_keys(client: OpenRouter | APIKeysAPI, **params: Unpack[ListApiKeysParams]) -> _m.List:
    """List API keys

    Lists API keys. Parameter names shadow Python keywords and builtins.

    GET /keys
    """
    return client._request(_LIST_API_KEYS, params)


async def list_api_keys_async(
    client: AsyncOpenRouter | AsyncAPIKeysAPI, **params: Unpack[ListApiKeysParams]
) -> _m.List:
    """List API keys

    Lists API keys. Parameter names shadow Python keywords and builtins.

    GET /keys
    """
    return await client._request(_LIST_API_KEYS, params)


class _ImportApiKeysArgs(_CallOptions, total=False):
    """The parameters of `import_api_keys` that go with `body=` too."""

    body_: str | None
    timeout_: int | None
    extra_headers_: str | None
    client_: str | None


class ImportApiKeysParams(_ImportApiKeysArgs, total=False):
    """The keyword arguments of `import_api_keys`."""

    id: Required[str]
    """Lower-case id."""
    id_1: Required[str]
    """Upper-case ID, distinct on the wire from `id`."""
    from_: str | None
    global_: bool | None
    model_config_: Mapping[str, Any] | None
    model_dump_: str | None
    foo_bar: str | None
    foo_bar_1: int | None
    type: _m.Type | str | None


@overload
def import_api_keys(
    client: OpenRouter | APIKeysAPI, **params: Unpack[ImportApiKeysParams]
) -> _m.Model: ...


@overload
def import_api_keys(
    client: OpenRouter | APIKeysAPI,
    *,
    body: _m.Model | Mapping[str, Any],
    **params: Unpack[_ImportApiKeysArgs],
) -> _m.Model: ...


def import_api_keys(client: OpenRouter | APIKeysAPI, **params: Any) -> _m.Model:
    """Import API keys

    Imports keys. Query parameters named `body`, `timeout` and `extra_headers` must not clash with SDK options.

    POST /keys/import
    """
    return client._request(_IMPORT_API_KEYS, params)


@overload
async def import_api_keys_async(
    client: AsyncOpenRouter | AsyncAPIKeysAPI, **params: Unpack[ImportApiKeysParams]
) -> _m.Model: ...


@overload
async def import_api_keys_async(
    client: AsyncOpenRouter | AsyncAPIKeysAPI,
    *,
    body: _m.Model | Mapping[str, Any],
    **params: Unpack[_ImportApiKeysArgs],
) -> _m.Model: ...


async def import_api_keys_async(
    client: AsyncOpenRouter | AsyncAPIKeysAPI, **params: Any
) -> _m.Model:
    """Import API keys

    Imports keys. Query parameters named `body`, `timeout` and `extra_headers` must not clash with SDK options.

    POST /keys/import
    """
    return await client._request(_IMPORT_API_KEYS, params)


class APIKeysAPI(_Namespace):
    """`client.api_keys`: the API Keys operations as methods."""

    list = list_api_keys

    import_ = import_api_keys


class AsyncAPIKeysAPI(_Namespace):
    """`client.api_keys` of the async client: the API Keys operations as methods."""

    list = list_api_keys_async

    import_ = import_api_keys_async


class RawAPIKeysAPI(_Namespace):
    """`client.with_raw_response.api_keys`: each operation's `APIResponse`."""

    def list(self, **params: Unpack[ListApiKeysParams]) -> APIResponse[_m.List]:
        """List API keys"""
        return self._raw(_LIST_API_KEYS, params)

    def import_(self, **params: Unpack[ImportApiKeysParams]) -> APIResponse[_m.Model]:
        """Import API keys"""
        return self._raw(_IMPORT_API_KEYS, params)


class AsyncRawAPIKeysAPI(_Namespace):
    """`client.with_raw_response.api_keys` of the async client."""

    async def list(self, **params: Unpack[ListApiKeysParams]) -> APIResponse[_m.List]:
        """List API keys"""
        return await self._raw(_LIST_API_KEYS, params)

    async def import_(self, **params: Unpack[ImportApiKeysParams]) -> APIResponse[_m.Model]:
        """Import API keys"""
        return await self._raw(_IMPORT_API_KEYS, params)


class StreamingAPIKeysAPI(_Namespace):
    """`client.with_streaming_response.api_keys`: each operation's response, its body unread, in a `with` block."""

    def list(
        self, **params: Unpack[ListApiKeysParams]
    ) -> ResponseContextManager[StreamedResponse[_m.List]]:
        """List API keys"""
        return self._streamed(_LIST_API_KEYS, params)

    def import_(
        self, **params: Unpack[ImportApiKeysParams]
    ) -> ResponseContextManager[StreamedResponse[_m.Model]]:
        """Import API keys"""
        return self._streamed(_IMPORT_API_KEYS, params)


class AsyncStreamingAPIKeysAPI(_Namespace):
    """`client.with_streaming_response.api_keys` of the async client (`async with`)."""

    def list(
        self, **params: Unpack[ListApiKeysParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.List]]:
        """List API keys"""
        return self._streamed_async(_LIST_API_KEYS, params)

    def import_(
        self, **params: Unpack[ImportApiKeysParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.Model]]:
        """Import API keys"""
        return self._streamed_async(_IMPORT_API_KEYS, params)
