"""Generation history endpoints"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._client import Endpoint as _Endpoint
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
    errors={
        "401": lambda m: m.UnauthorizedResponse,
        "402": lambda m: m.PaymentRequiredResponse,
        "404": lambda m: m.NotFoundResponse,
        "429": lambda m: m.TooManyRequestsResponse,
        "500": lambda m: m.InternalServerResponse,
        "502": lambda m: m.BadGatewayResponse,
        "524": lambda m: m.EdgeNetworkTimeoutResponse,
        "529": lambda m: m.ProviderOverloadedResponse,
    },
)


def get_generation(
    client: OpenRouter | GenerationsAPI,
    *,
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.GenerationGetResponse:
    """Get request & usage metadata for a generation

    Args:
        id: The generation ID

    GET /generation
    """
    return client._request(
        _GET_GENERATION,
        query={"id": id},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def get_generation_async(
    client: AsyncOpenRouter | AsyncGenerationsAPI,
    *,
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.GenerationGetResponse:
    """Get request & usage metadata for a generation

    Args:
        id: The generation ID

    GET /generation
    """
    return await client._request(
        _GET_GENERATION,
        query={"id": id},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


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
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.GenerationGetResponse]:
        """Get request & usage metadata for a generation"""
        return self._client._request(
            _GET_GENERATION,
            query={"id": id},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawGenerationsAPI:
    """`client.with_raw_response.generations` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def get_generation(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.GenerationGetResponse]:
        """Get request & usage metadata for a generation"""
        return await self._client._request(
            _GET_GENERATION,
            query={"id": id},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingGenerationsAPI:
    """`client.with_streaming_response.generations`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_generation(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.GenerationGetResponse]]:
        """Get request & usage metadata for a generation"""

        def _send() -> Any:
            return self._client._request(
                _GET_GENERATION,
                query={"id": id},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingGenerationsAPI:
    """`client.with_streaming_response.generations` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def get_generation(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.GenerationGetResponse]]:
        """Get request & usage metadata for a generation"""

        def _send() -> Any:
            return self._client._request(
                _GET_GENERATION,
                query={"id": id},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
