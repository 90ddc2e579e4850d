"""Generation history endpoints"""

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


class GenerationsAPI:
    """`client.generations`: the Generations operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    get_generation = get_generation


class AsyncGenerationsAPI:
    """`client.generations` of the async client: the Generations operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    get_generation = get_generation_async


class RawGenerationsAPI:
    """`client.with_raw_response.generations`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_generation(
        self, **params: Unpack[GetGenerationParams]
    ) -> APIResponse[_m.GenerationGetResponse]:
        """Get request & usage metadata for a generation"""
        return self._client._request(_GET_GENERATION, params, raw=True)


class AsyncRawGenerationsAPI:
    """`client.with_raw_response.generations` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def get_generation(
        self, **params: Unpack[GetGenerationParams]
    ) -> APIResponse[_m.GenerationGetResponse]:
        """Get request & usage metadata for a generation"""
        return await self._client._request(_GET_GENERATION, params, raw=True)


class StreamingGenerationsAPI:
    """`client.with_streaming_response.generations`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_generation(
        self, **params: Unpack[GetGenerationParams]
    ) -> _ResponseContextManager[StreamedResponse[_m.GenerationGetResponse]]:
        """Get request & usage metadata for a generation"""
        return _ResponseContextManager(
            lambda: self._client._request(_GET_GENERATION, params, streamed=True)
        )


class AsyncStreamingGenerationsAPI:
    """`client.with_streaming_response.generations` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def get_generation(
        self, **params: Unpack[GetGenerationParams]
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.GenerationGetResponse]]:
        """Get request & usage metadata for a generation"""
        return _AsyncResponseContextManager(
            lambda: self._client._request(_GET_GENERATION, params, streamed=True)
        )
