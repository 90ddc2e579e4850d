"""Operations tagged beta.responses."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._arguments import Arguments as _Arguments
from .._client import Endpoint as _Endpoint
from .._streamed import AsyncResponseContextManager as _AsyncResponseContextManager
from .._streamed import ResponseContextManager as _ResponseContextManager
from .._types import CallOptions as _CallOptions

if TYPE_CHECKING:
    from typing_extensions import Required, Unpack

    from .. import models as _m
    from .._client import AsyncOpenRouter, OpenRouter
    from .._response import APIResponse
    from .._streamed import AsyncStreamedResponse, StreamedResponse

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


class BetaResponsesAPI:
    """`client.beta_responses`: the beta.responses operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    get_type = get_type

    get_type_2 = get_type_2


class AsyncBetaResponsesAPI:
    """`client.beta_responses` of the async client: the beta.responses operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    get_type = get_type_async

    get_type_2 = get_type_2_async


class RawBetaResponsesAPI:
    """`client.with_raw_response.beta_responses`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_type(self, **params: Unpack[GetTypeParams]) -> APIResponse[_m.Type]:
        """Get the type of a response"""
        return self._client._request(_GET_TYPE, params, raw=True)

    def get_type_2(self, **params: Unpack[GetType2Params]) -> APIResponse[_m.Dict]:
        """Get type info for a response"""
        return self._client._request(_GET_TYPE_2, params, raw=True)


class AsyncRawBetaResponsesAPI:
    """`client.with_raw_response.beta_responses` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def get_type(self, **params: Unpack[GetTypeParams]) -> APIResponse[_m.Type]:
        """Get the type of a response"""
        return await self._client._request(_GET_TYPE, params, raw=True)

    async def get_type_2(self, **params: Unpack[GetType2Params]) -> APIResponse[_m.Dict]:
        """Get type info for a response"""
        return await self._client._request(_GET_TYPE_2, params, raw=True)


class StreamingBetaResponsesAPI:
    """`client.with_streaming_response.beta_responses`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_type(
        self, **params: Unpack[GetTypeParams]
    ) -> _ResponseContextManager[StreamedResponse[_m.Type]]:
        """Get the type of a response"""
        return _ResponseContextManager(
            lambda: self._client._request(_GET_TYPE, params, streamed=True)
        )

    def get_type_2(
        self, **params: Unpack[GetType2Params]
    ) -> _ResponseContextManager[StreamedResponse[_m.Dict]]:
        """Get type info for a response"""
        return _ResponseContextManager(
            lambda: self._client._request(_GET_TYPE_2, params, streamed=True)
        )


class AsyncStreamingBetaResponsesAPI:
    """`client.with_streaming_response.beta_responses` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def get_type(
        self, **params: Unpack[GetTypeParams]
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.Type]]:
        """Get the type of a response"""
        return _AsyncResponseContextManager(
            lambda: self._client._request(_GET_TYPE, params, streamed=True)
        )

    def get_type_2(
        self, **params: Unpack[GetType2Params]
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.Dict]]:
        """Get type info for a response"""
        return _AsyncResponseContextManager(
            lambda: self._client._request(_GET_TYPE_2, params, streamed=True)
        )
