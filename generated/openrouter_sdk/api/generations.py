"""Generation history endpoints"""

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
    "GetGenerationParams",
    "get_generation",
    "get_generation_async",
    "GenerationsAPI",
    "AsyncGenerationsAPI",
    "RawGenerationsAPI",
    "AsyncRawGenerationsAPI",
    "StreamingGenerationsAPI",
    "AsyncStreamingGenerationsAPI",
]

_GET_GENERATION = _Endpoint(
    "GET",
    "/generation",
    json=lambda m: m.GenerationGetResponse,
    errors="401=UnauthorizedResponse 402=PaymentRequiredResponse 404=NotFoundResponse 429=TooManyRequestsResponse 500=InternalServerResponse 502=BadGatewayResponse 524=EdgeNetworkTimeoutResponse 529=ProviderOverloadedResponse",
    args=_Arguments("get_generation", query="id", required="id"),
)


class GetGenerationParams(_CallOptions, total=False):
    """The keyword arguments of `get_generation`."""

    id: Required[str]
    """The generation ID"""


def get_generation(
    client: OpenRouter | GenerationsAPI, **params: Unpack[GetGenerationParams]
) -> _m.GenerationGetResponse:
    """Get request & usage metadata for a generation

    GET /generation
    """
    return client._request(_GET_GENERATION, params)


async def get_generation_async(
    client: AsyncOpenRouter | AsyncGenerationsAPI, **params: Unpack[GetGenerationParams]
) -> _m.GenerationGetResponse:
    """Get request & usage metadata for a generation

    GET /generation
    """
    return await client._request(_GET_GENERATION, params)


class GenerationsAPI(_Namespace):
    """`client.generations`: the Generations operations as methods."""

    get_generation = get_generation


class AsyncGenerationsAPI(_Namespace):
    """`client.generations` of the async client: the Generations operations as methods."""

    get_generation = get_generation_async


class RawGenerationsAPI(_Namespace):
    """`client.with_raw_response.generations`: each operation's `APIResponse`."""

    def get_generation(
        self, **params: Unpack[GetGenerationParams]
    ) -> APIResponse[_m.GenerationGetResponse]:
        """Get request & usage metadata for a generation"""
        return self._raw(_GET_GENERATION, params)


class AsyncRawGenerationsAPI(_Namespace):
    """`client.with_raw_response.generations` of the async client."""

    async def get_generation(
        self, **params: Unpack[GetGenerationParams]
    ) -> APIResponse[_m.GenerationGetResponse]:
        """Get request & usage metadata for a generation"""
        return await self._raw(_GET_GENERATION, params)


class StreamingGenerationsAPI(_Namespace):
    """`client.with_streaming_response.generations`: each operation's response, its body unread, in a `with` block."""

    def get_generation(
        self, **params: Unpack[GetGenerationParams]
    ) -> ResponseContextManager[StreamedResponse[_m.GenerationGetResponse]]:
        """Get request & usage metadata for a generation"""
        return self._streamed(_GET_GENERATION, params)


class AsyncStreamingGenerationsAPI(_Namespace):
    """`client.with_streaming_response.generations` of the async client (`async with`)."""

    def get_generation(
        self, **params: Unpack[GetGenerationParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.GenerationGetResponse]]:
        """Get request & usage metadata for a generation"""
        return self._streamed_async(_GET_GENERATION, params)
