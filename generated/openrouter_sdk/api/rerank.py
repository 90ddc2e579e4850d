"""Reranking endpoints"""

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
    "CreateRerankParams",
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
    errors="400=BadRequestResponse 401=UnauthorizedResponse 402=PaymentRequiredResponse 404=NotFoundResponse 429=TooManyRequestsResponse 500=InternalServerResponse 502=BadGatewayResponse 503=ServiceUnavailableResponse 524=EdgeNetworkTimeoutResponse 529=ProviderOverloadedResponse",
    args=_Arguments(
        "create_rerank",
        body="documents model provider query top_n",
        required="documents model query",
        kind="object",
    ),
)

_LIST_RERANK_MODELS = _Endpoint(
    "GET",
    "/rerank/models",
    json=lambda m: m.ModelsListResponse,
    errors="400=BadRequestResponse 500=InternalServerResponse",
    args=_Arguments("list_rerank_models"),
)


class CreateRerankParams(_CallOptions, total=False):
    """The keyword arguments of `create_rerank`."""

    documents: Required[Sequence[str]]
    """The list of documents to rerank"""
    model: Required[str]
    """The rerank model to use"""
    provider: _m.ProviderPreferences | Mapping[str, Any] | None
    """Provider routing preferences for the request."""
    query: Required[str]
    """The search query to rerank documents against"""
    top_n: int | None
    """Number of most relevant documents to return"""


@overload
def create_rerank(
    client: OpenRouter | RerankAPI, **params: Unpack[CreateRerankParams]
) -> _m.RerankPostResponse: ...


@overload
def create_rerank(
    client: OpenRouter | RerankAPI,
    *,
    body: _m.RerankPostRequest | Mapping[str, Any],
    **params: Unpack[_CallOptions],
) -> _m.RerankPostResponse: ...


def create_rerank(client: OpenRouter | RerankAPI, **params: Any) -> _m.RerankPostResponse:
    """Submit a rerank request

    Submits a rerank request to the rerank router

    POST /rerank
    """
    return client._request(_CREATE_RERANK, params)


@overload
async def create_rerank_async(
    client: AsyncOpenRouter | AsyncRerankAPI, **params: Unpack[CreateRerankParams]
) -> _m.RerankPostResponse: ...


@overload
async def create_rerank_async(
    client: AsyncOpenRouter | AsyncRerankAPI,
    *,
    body: _m.RerankPostRequest | Mapping[str, Any],
    **params: Unpack[_CallOptions],
) -> _m.RerankPostResponse: ...


async def create_rerank_async(
    client: AsyncOpenRouter | AsyncRerankAPI, **params: Any
) -> _m.RerankPostResponse:
    """Submit a rerank request

    Submits a rerank request to the rerank router

    POST /rerank
    """
    return await client._request(_CREATE_RERANK, params)


def list_rerank_models(
    client: OpenRouter | RerankAPI, **params: Unpack[_CallOptions]
) -> _m.ModelsListResponse:
    """List all rerank models

    Returns a list of all available rerank models and their properties

    GET /rerank/models
    """
    return client._request(_LIST_RERANK_MODELS, params)


async def list_rerank_models_async(
    client: AsyncOpenRouter | AsyncRerankAPI, **params: Unpack[_CallOptions]
) -> _m.ModelsListResponse:
    """List all rerank models

    Returns a list of all available rerank models and their properties

    GET /rerank/models
    """
    return await client._request(_LIST_RERANK_MODELS, params)


class RerankAPI(_Namespace):
    """`client.rerank`: the Rerank operations as methods."""

    rerank = create_rerank

    list_models = list_rerank_models


class AsyncRerankAPI(_Namespace):
    """`client.rerank` of the async client: the Rerank operations as methods."""

    rerank = create_rerank_async

    list_models = list_rerank_models_async


class RawRerankAPI(_Namespace):
    """`client.with_raw_response.rerank`: each operation's `APIResponse`."""

    def rerank(self, **params: Unpack[CreateRerankParams]) -> APIResponse[_m.RerankPostResponse]:
        """Submit a rerank request"""
        return self._raw(_CREATE_RERANK, params)

    def list_models(self, **params: Unpack[_CallOptions]) -> APIResponse[_m.ModelsListResponse]:
        """List all rerank models"""
        return self._raw(_LIST_RERANK_MODELS, params)


class AsyncRawRerankAPI(_Namespace):
    """`client.with_raw_response.rerank` of the async client."""

    async def rerank(
        self, **params: Unpack[CreateRerankParams]
    ) -> APIResponse[_m.RerankPostResponse]:
        """Submit a rerank request"""
        return await self._raw(_CREATE_RERANK, params)

    async def list_models(
        self, **params: Unpack[_CallOptions]
    ) -> APIResponse[_m.ModelsListResponse]:
        """List all rerank models"""
        return await self._raw(_LIST_RERANK_MODELS, params)


class StreamingRerankAPI(_Namespace):
    """`client.with_streaming_response.rerank`: each operation's response, its body unread, in a `with` block."""

    def rerank(
        self, **params: Unpack[CreateRerankParams]
    ) -> ResponseContextManager[StreamedResponse[_m.RerankPostResponse]]:
        """Submit a rerank request"""
        return self._streamed(_CREATE_RERANK, params)

    def list_models(
        self, **params: Unpack[_CallOptions]
    ) -> ResponseContextManager[StreamedResponse[_m.ModelsListResponse]]:
        """List all rerank models"""
        return self._streamed(_LIST_RERANK_MODELS, params)


class AsyncStreamingRerankAPI(_Namespace):
    """`client.with_streaming_response.rerank` of the async client (`async with`)."""

    def rerank(
        self, **params: Unpack[CreateRerankParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.RerankPostResponse]]:
        """Submit a rerank request"""
        return self._streamed_async(_CREATE_RERANK, params)

    def list_models(
        self, **params: Unpack[_CallOptions]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.ModelsListResponse]]:
        """List all rerank models"""
        return self._streamed_async(_LIST_RERANK_MODELS, params)
