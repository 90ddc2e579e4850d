"""Operations tagged beta.responses."""

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
    "GetTypeParams",
    "get_type",
    "get_type_async",
    "GetType2Params",
    "get_type_2",
    "get_type_2_async",
    "BetaResponsesAPI",
    "AsyncBetaResponsesAPI",
    "RawBetaResponsesAPI",
    "AsyncRawBetaResponsesAPI",
    "StreamingBetaResponsesAPI",
    "AsyncStreamingBetaResponsesAPI",
]

_GET_TYPE = _Endpoint(
    "GET",
    "/responses/{id}/type",
    auth=False,
    json=lambda m: m.Type,
    args=_Arguments("get_type", path="id", query="self_=self", required="id"),
)

_GET_TYPE_2 = _Endpoint(
    "GET",
    "/responses/{id}/type-info",
    auth=False,
    json=lambda m: m.Dict,
    args=_Arguments("get_type_2", path="id", required="id"),
)


class GetTypeParams(_CallOptions, total=False):
    """The keyword arguments of `get_type`."""

    id: Required[str]
    self_: bool | None


def get_type(client: OpenRouter | BetaResponsesAPI, **params: Unpack[GetTypeParams]) -> _m.Type:
    """Get the type of a response

    camelCase operationId; snake_cases to the same name as `get_type`.

    GET /responses/{id}/type
    """
    return client._request(_GET_TYPE, params)


async def get_type_async(
    client: AsyncOpenRouter | AsyncBetaResponsesAPI, **params: Unpack[GetTypeParams]
) -> _m.Type:
    """Get the type of a response

    camelCase operationId; snake_cases to the same name as `get_type`.

    GET /responses/{id}/type
    """
    return await client._request(_GET_TYPE, params)


class GetType2Params(_CallOptions, total=False):
    """The keyword arguments of `get_type_2`."""

    id: Required[str]


def get_type_2(client: OpenRouter | BetaResponsesAPI, **params: Unpack[GetType2Params]) -> _m.Dict:
    """Get type info for a response

    snake_case operationId that collides with `getType` after normalisation.

    GET /responses/{id}/type-info
    """
    return client._request(_GET_TYPE_2, params)


async def get_type_2_async(
    client: AsyncOpenRouter | AsyncBetaResponsesAPI, **params: Unpack[GetType2Params]
) -> _m.Dict:
    """Get type info for a response

    snake_case operationId that collides with `getType` after normalisation.

    GET /responses/{id}/type-info
    """
    return await client._request(_GET_TYPE_2, params)


class BetaResponsesAPI(_Namespace):
    """`client.beta.responses`: the beta.responses operations as methods."""

    get_type = get_type

    get_type_2 = get_type_2


class AsyncBetaResponsesAPI(_Namespace):
    """`client.beta.responses` of the async client: the beta.responses operations as methods."""

    get_type = get_type_async

    get_type_2 = get_type_2_async


class RawBetaResponsesAPI(_Namespace):
    """`client.with_raw_response.beta.responses`: each operation's `APIResponse`."""

    def get_type(self, **params: Unpack[GetTypeParams]) -> APIResponse[_m.Type]:
        """Get the type of a response"""
        return self._raw(_GET_TYPE, params)

    def get_type_2(self, **params: Unpack[GetType2Params]) -> APIResponse[_m.Dict]:
        """Get type info for a response"""
        return self._raw(_GET_TYPE_2, params)


class AsyncRawBetaResponsesAPI(_Namespace):
    """`client.with_raw_response.beta.responses` of the async client."""

    async def get_type(self, **params: Unpack[GetTypeParams]) -> APIResponse[_m.Type]:
        """Get the type of a response"""
        return await self._raw(_GET_TYPE, params)

    async def get_type_2(self, **params: Unpack[GetType2Params]) -> APIResponse[_m.Dict]:
        """Get type info for a response"""
        return await self._raw(_GET_TYPE_2, params)


class StreamingBetaResponsesAPI(_Namespace):
    """`client.with_streaming_response.beta.responses`: each operation's response, its body unread, in a `with` block."""

    def get_type(
        self, **params: Unpack[GetTypeParams]
    ) -> ResponseContextManager[StreamedResponse[_m.Type]]:
        """Get the type of a response"""
        return self._streamed(_GET_TYPE, params)

    def get_type_2(
        self, **params: Unpack[GetType2Params]
    ) -> ResponseContextManager[StreamedResponse[_m.Dict]]:
        """Get type info for a response"""
        return self._streamed(_GET_TYPE_2, params)


class AsyncStreamingBetaResponsesAPI(_Namespace):
    """`client.with_streaming_response.beta.responses` of the async client (`async with`)."""

    def get_type(
        self, **params: Unpack[GetTypeParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.Type]]:
        """Get the type of a response"""
        return self._streamed_async(_GET_TYPE, params)

    def get_type_2(
        self, **params: Unpack[GetType2Params]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.Dict]]:
        """Get type info for a response"""
        return self._streamed_async(_GET_TYPE_2, params)
