"""Reranking endpoints"""

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
    "create_rerank",
    "create_rerank_async",
    "list_rerank_models",
    "list_rerank_models_async",
    "RerankAPI",
    "AsyncRerankAPI",
    "RawRerankAPI",
    "AsyncRawRerankAPI",
    "StreamingRerankAPI",
    "AsyncStreamingRerankAPI",
]

_CREATE_RERANK = _Endpoint(
    "POST",
    "/rerank",
    json=lambda m: m.RerankPostResponse,
    errors={
        "400": lambda m: m.BadRequestResponse,
        "401": lambda m: m.UnauthorizedResponse,
        "402": lambda m: m.PaymentRequiredResponse,
        "404": lambda m: m.NotFoundResponse,
        "429": lambda m: m.TooManyRequestsResponse,
        "500": lambda m: m.InternalServerResponse,
        "502": lambda m: m.BadGatewayResponse,
        "503": lambda m: m.ServiceUnavailableResponse,
        "524": lambda m: m.EdgeNetworkTimeoutResponse,
        "529": lambda m: m.ProviderOverloadedResponse,
    },
)

_LIST_RERANK_MODELS = _Endpoint(
    "GET",
    "/rerank/models",
    json=lambda m: m.ModelsListResponse,
    errors={"400": lambda m: m.BadRequestResponse, "500": lambda m: m.InternalServerResponse},
)


@overload
def create_rerank(
    client: OpenRouter | RerankAPI,
    *,
    documents: Sequence[str],
    model: str,
    provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    query: str,
    top_n: int | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.RerankPostResponse: ...


@overload
def create_rerank(
    client: OpenRouter | RerankAPI,
    *,
    body: _m.RerankPostRequest | Mapping[str, Any],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.RerankPostResponse: ...


def create_rerank(
    client: OpenRouter | RerankAPI,
    *,
    body: _m.RerankPostRequest | Mapping[str, Any] | None = None,
    documents: Sequence[str] | NotGiven = NOT_GIVEN,
    model: str | NotGiven = NOT_GIVEN,
    provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    query: str | NotGiven = NOT_GIVEN,
    top_n: int | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.RerankPostResponse:
    """Submit a rerank request

    Submits a rerank request to the rerank router

    Args:
        documents: The list of documents to rerank
        model: The rerank model to use
        query: The search query to rerank documents against
        top_n: Number of most relevant documents to return

    POST /rerank
    """
    return client._request(
        _CREATE_RERANK,
        json=_build_body(
            body,
            {
                "documents": documents,
                "model": model,
                "provider": provider,
                "query": query,
                "top_n": top_n,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def create_rerank_async(
    client: AsyncOpenRouter | AsyncRerankAPI,
    *,
    documents: Sequence[str],
    model: str,
    provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    query: str,
    top_n: int | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.RerankPostResponse: ...


@overload
async def create_rerank_async(
    client: AsyncOpenRouter | AsyncRerankAPI,
    *,
    body: _m.RerankPostRequest | Mapping[str, Any],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.RerankPostResponse: ...


async def create_rerank_async(
    client: AsyncOpenRouter | AsyncRerankAPI,
    *,
    body: _m.RerankPostRequest | Mapping[str, Any] | None = None,
    documents: Sequence[str] | NotGiven = NOT_GIVEN,
    model: str | NotGiven = NOT_GIVEN,
    provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    query: str | NotGiven = NOT_GIVEN,
    top_n: int | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.RerankPostResponse:
    """Submit a rerank request

    Submits a rerank request to the rerank router

    Args:
        documents: The list of documents to rerank
        model: The rerank model to use
        query: The search query to rerank documents against
        top_n: Number of most relevant documents to return

    POST /rerank
    """
    return await client._request(
        _CREATE_RERANK,
        json=_build_body(
            body,
            {
                "documents": documents,
                "model": model,
                "provider": provider,
                "query": query,
                "top_n": top_n,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def list_rerank_models(
    client: OpenRouter | RerankAPI,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ModelsListResponse:
    """List all rerank models

    Returns a list of all available rerank models and their properties

    GET /rerank/models
    """
    return client._request(
        _LIST_RERANK_MODELS,
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def list_rerank_models_async(
    client: AsyncOpenRouter | AsyncRerankAPI,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ModelsListResponse:
    """List all rerank models

    Returns a list of all available rerank models and their properties

    GET /rerank/models
    """
    return await client._request(
        _LIST_RERANK_MODELS,
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


class RerankAPI:
    """`client.rerank`: the Rerank operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    rerank = create_rerank

    list_models = list_rerank_models


class AsyncRerankAPI:
    """`client.rerank` of the async client: the Rerank operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    rerank = create_rerank_async

    list_models = list_rerank_models_async


class RawRerankAPI:
    """`client.with_raw_response.rerank`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def rerank(
        self,
        *,
        body: _m.RerankPostRequest | Mapping[str, Any] | None = None,
        documents: Sequence[str] | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        query: str | NotGiven = NOT_GIVEN,
        top_n: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.RerankPostResponse]:
        """Submit a rerank request"""
        return self._client._request(
            _CREATE_RERANK,
            json=_build_body(
                body,
                {
                    "documents": documents,
                    "model": model,
                    "provider": provider,
                    "query": query,
                    "top_n": top_n,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def list_models(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ModelsListResponse]:
        """List all rerank models"""
        return self._client._request(
            _LIST_RERANK_MODELS,
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawRerankAPI:
    """`client.with_raw_response.rerank` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def rerank(
        self,
        *,
        body: _m.RerankPostRequest | Mapping[str, Any] | None = None,
        documents: Sequence[str] | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        query: str | NotGiven = NOT_GIVEN,
        top_n: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.RerankPostResponse]:
        """Submit a rerank request"""
        return await self._client._request(
            _CREATE_RERANK,
            json=_build_body(
                body,
                {
                    "documents": documents,
                    "model": model,
                    "provider": provider,
                    "query": query,
                    "top_n": top_n,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def list_models(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ModelsListResponse]:
        """List all rerank models"""
        return await self._client._request(
            _LIST_RERANK_MODELS,
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingRerankAPI:
    """`client.with_streaming_response.rerank`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def rerank(
        self,
        *,
        body: _m.RerankPostRequest | Mapping[str, Any] | None = None,
        documents: Sequence[str] | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        query: str | NotGiven = NOT_GIVEN,
        top_n: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.RerankPostResponse]]:
        """Submit a rerank request"""

        def _send() -> Any:
            return self._client._request(
                _CREATE_RERANK,
                json=_build_body(
                    body,
                    {
                        "documents": documents,
                        "model": model,
                        "provider": provider,
                        "query": query,
                        "top_n": top_n,
                    },
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def list_models(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.ModelsListResponse]]:
        """List all rerank models"""

        def _send() -> Any:
            return self._client._request(
                _LIST_RERANK_MODELS,
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingRerankAPI:
    """`client.with_streaming_response.rerank` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def rerank(
        self,
        *,
        body: _m.RerankPostRequest | Mapping[str, Any] | None = None,
        documents: Sequence[str] | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        query: str | NotGiven = NOT_GIVEN,
        top_n: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.RerankPostResponse]]:
        """Submit a rerank request"""

        def _send() -> Any:
            return self._client._request(
                _CREATE_RERANK,
                json=_build_body(
                    body,
                    {
                        "documents": documents,
                        "model": model,
                        "provider": provider,
                        "query": query,
                        "top_n": top_n,
                    },
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def list_models(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.ModelsListResponse]]:
        """List all rerank models"""

        def _send() -> Any:
            return self._client._request(
                _LIST_RERANK_MODELS,
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
