"""Text embedding endpoints"""

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
    "CreateEmbeddingsParams",
    "create_embeddings",
    "create_embeddings_async",
    "list_embeddings_models",
    "list_embeddings_models_async",
    "EmbeddingsAPI",
    "AsyncEmbeddingsAPI",
    "RawEmbeddingsAPI",
    "AsyncRawEmbeddingsAPI",
    "StreamingEmbeddingsAPI",
    "AsyncStreamingEmbeddingsAPI",
]

_CREATE_EMBEDDINGS = _Endpoint(
    "POST",
    "/embeddings",
    json=lambda m: m.EmbeddingsPostResponse,
    errors="400=BadRequestResponse 401=UnauthorizedResponse 402=PaymentRequiredResponse 404=NotFoundResponse 429=TooManyRequestsResponse 500=InternalServerResponse 502=BadGatewayResponse 503=ServiceUnavailableResponse 524=EdgeNetworkTimeoutResponse 529=ProviderOverloadedResponse",
    args=_Arguments(
        "create_embeddings",
        body="dimensions encoding_format input input_type model provider user",
        required="input model",
        kind="object",
    ),
)

_LIST_EMBEDDINGS_MODELS = _Endpoint(
    "GET",
    "/embeddings/models",
    json=lambda m: m.ModelsListResponse,
    errors="400=BadRequestResponse 500=InternalServerResponse",
    args=_Arguments("list_embeddings_models"),
)


class CreateEmbeddingsParams(_CallOptions, total=False):
    """The keyword arguments of `create_embeddings`."""

    dimensions: int | None
    """The number of dimensions for the output embeddings"""
    encoding_format: _m.EmbeddingsPostRequestEncodingFormat | str | None
    """The format of the output embeddings"""
    input: Required[
        str
        | Sequence[str]
        | Sequence[float]
        | Sequence[Sequence[float]]
        | Sequence[_m.EmbeddingsPostRequestInputItem | Mapping[str, Any]]
    ]
    """Text, token, or multimodal input(s) to embed"""
    input_type: str | None
    """The type of input (e.g. search_query, search_document)"""
    model: Required[str]
    """The model to use for embeddings"""
    provider: _m.ProviderPreferences | Mapping[str, Any] | None
    """Provider routing preferences for the request."""
    user: str | None
    """A unique identifier for the end-user"""


@overload
def create_embeddings(
    client: OpenRouter | EmbeddingsAPI, **params: Unpack[CreateEmbeddingsParams]
) -> _m.EmbeddingsPostResponse: ...


@overload
def create_embeddings(
    client: OpenRouter | EmbeddingsAPI,
    *,
    body: _m.EmbeddingsPostRequest | Mapping[str, Any],
    **params: Unpack[_CallOptions],
) -> _m.EmbeddingsPostResponse: ...


def create_embeddings(
    client: OpenRouter | EmbeddingsAPI, **params: Any
) -> _m.EmbeddingsPostResponse:
    """Submit an embedding request

    Submits an embedding request to the embeddings router

    POST /embeddings
    """
    return client._request(_CREATE_EMBEDDINGS, params)


@overload
async def create_embeddings_async(
    client: AsyncOpenRouter | AsyncEmbeddingsAPI, **params: Unpack[CreateEmbeddingsParams]
) -> _m.EmbeddingsPostResponse: ...


@overload
async def create_embeddings_async(
    client: AsyncOpenRouter | AsyncEmbeddingsAPI,
    *,
    body: _m.EmbeddingsPostRequest | Mapping[str, Any],
    **params: Unpack[_CallOptions],
) -> _m.EmbeddingsPostResponse: ...


async def create_embeddings_async(
    client: AsyncOpenRouter | AsyncEmbeddingsAPI, **params: Any
) -> _m.EmbeddingsPostResponse:
    """Submit an embedding request

    Submits an embedding request to the embeddings router

    POST /embeddings
    """
    return await client._request(_CREATE_EMBEDDINGS, params)


def list_embeddings_models(
    client: OpenRouter | EmbeddingsAPI, **params: Unpack[_CallOptions]
) -> _m.ModelsListResponse:
    """List all embeddings models

    Returns a list of all available embeddings models and their properties

    GET /embeddings/models
    """
    return client._request(_LIST_EMBEDDINGS_MODELS, params)


async def list_embeddings_models_async(
    client: AsyncOpenRouter | AsyncEmbeddingsAPI, **params: Unpack[_CallOptions]
) -> _m.ModelsListResponse:
    """List all embeddings models

    Returns a list of all available embeddings models and their properties

    GET /embeddings/models
    """
    return await client._request(_LIST_EMBEDDINGS_MODELS, params)


class EmbeddingsAPI(_Namespace):
    """`client.embeddings`: the Embeddings operations as methods."""

    generate = create_embeddings

    list_models = list_embeddings_models


class AsyncEmbeddingsAPI(_Namespace):
    """`client.embeddings` of the async client: the Embeddings operations as methods."""

    generate = create_embeddings_async

    list_models = list_embeddings_models_async


class RawEmbeddingsAPI(_Namespace):
    """`client.with_raw_response.embeddings`: each operation's `APIResponse`."""

    def generate(
        self, **params: Unpack[CreateEmbeddingsParams]
    ) -> APIResponse[_m.EmbeddingsPostResponse]:
        """Submit an embedding request"""
        return self._raw(_CREATE_EMBEDDINGS, params)

    def list_models(self, **params: Unpack[_CallOptions]) -> APIResponse[_m.ModelsListResponse]:
        """List all embeddings models"""
        return self._raw(_LIST_EMBEDDINGS_MODELS, params)


class AsyncRawEmbeddingsAPI(_Namespace):
    """`client.with_raw_response.embeddings` of the async client."""

    async def generate(
        self, **params: Unpack[CreateEmbeddingsParams]
    ) -> APIResponse[_m.EmbeddingsPostResponse]:
        """Submit an embedding request"""
        return await self._raw(_CREATE_EMBEDDINGS, params)

    async def list_models(
        self, **params: Unpack[_CallOptions]
    ) -> APIResponse[_m.ModelsListResponse]:
        """List all embeddings models"""
        return await self._raw(_LIST_EMBEDDINGS_MODELS, params)


class StreamingEmbeddingsAPI(_Namespace):
    """`client.with_streaming_response.embeddings`: each operation's response, its body unread, in a `with` block."""

    def generate(
        self, **params: Unpack[CreateEmbeddingsParams]
    ) -> ResponseContextManager[StreamedResponse[_m.EmbeddingsPostResponse]]:
        """Submit an embedding request"""
        return self._streamed(_CREATE_EMBEDDINGS, params)

    def list_models(
        self, **params: Unpack[_CallOptions]
    ) -> ResponseContextManager[StreamedResponse[_m.ModelsListResponse]]:
        """List all embeddings models"""
        return self._streamed(_LIST_EMBEDDINGS_MODELS, params)


class AsyncStreamingEmbeddingsAPI(_Namespace):
    """`client.with_streaming_response.embeddings` of the async client (`async with`)."""

    def generate(
        self, **params: Unpack[CreateEmbeddingsParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.EmbeddingsPostResponse]]:
        """Submit an embedding request"""
        return self._streamed_async(_CREATE_EMBEDDINGS, params)

    def list_models(
        self, **params: Unpack[_CallOptions]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.ModelsListResponse]]:
        """List all embeddings models"""
        return self._streamed_async(_LIST_EMBEDDINGS_MODELS, params)
