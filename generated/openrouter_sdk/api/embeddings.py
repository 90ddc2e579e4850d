"""Text embedding endpoints"""

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

_LIST_EMBEDDINGS_MODELS = _Endpoint(
    "GET",
    "/embeddings/models",
    json=lambda m: m.ModelsListResponse,
    errors={"400": lambda m: m.BadRequestResponse, "500": lambda m: m.InternalServerResponse},
)


@overload
def create_embeddings(
    client: OpenRouter | EmbeddingsAPI,
    *,
    dimensions: int | None | NotGiven = NOT_GIVEN,
    encoding_format: _m.EmbeddingsPostRequestEncodingFormat | str | None | NotGiven = NOT_GIVEN,
    input: str
    | Sequence[str]
    | Sequence[float]
    | Sequence[Sequence[float]]
    | Sequence[_m.EmbeddingsPostRequestInputItem | Mapping[str, Any]],
    input_type: str | None | NotGiven = NOT_GIVEN,
    model: str,
    provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    user: str | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.EmbeddingsPostResponse: ...


@overload
def create_embeddings(
    client: OpenRouter | EmbeddingsAPI,
    *,
    body: _m.EmbeddingsPostRequest | Mapping[str, Any],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.EmbeddingsPostResponse: ...


def create_embeddings(
    client: OpenRouter | EmbeddingsAPI,
    *,
    body: _m.EmbeddingsPostRequest | Mapping[str, Any] | None = None,
    dimensions: int | None | NotGiven = NOT_GIVEN,
    encoding_format: _m.EmbeddingsPostRequestEncodingFormat | str | None | NotGiven = NOT_GIVEN,
    input: str
    | Sequence[str]
    | Sequence[float]
    | Sequence[Sequence[float]]
    | Sequence[_m.EmbeddingsPostRequestInputItem | Mapping[str, Any]]
    | NotGiven = NOT_GIVEN,
    input_type: str | None | NotGiven = NOT_GIVEN,
    model: str | NotGiven = NOT_GIVEN,
    provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    user: str | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.EmbeddingsPostResponse:
    """Submit an embedding request

    Submits an embedding request to the embeddings router

    Args:
        dimensions: The number of dimensions for the output embeddings
        encoding_format: The format of the output embeddings
        input: Text, token, or multimodal input(s) to embed
        input_type: The type of input (e.g. search_query, search_document)
        model: The model to use for embeddings
        user: A unique identifier for the end-user

    POST /embeddings
    """
    return client._request(
        _CREATE_EMBEDDINGS,
        json=_build_body(
            body,
            {
                "dimensions": dimensions,
                "encoding_format": encoding_format,
                "input": input,
                "input_type": input_type,
                "model": model,
                "provider": provider,
                "user": user,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def create_embeddings_async(
    client: AsyncOpenRouter | AsyncEmbeddingsAPI,
    *,
    dimensions: int | None | NotGiven = NOT_GIVEN,
    encoding_format: _m.EmbeddingsPostRequestEncodingFormat | str | None | NotGiven = NOT_GIVEN,
    input: str
    | Sequence[str]
    | Sequence[float]
    | Sequence[Sequence[float]]
    | Sequence[_m.EmbeddingsPostRequestInputItem | Mapping[str, Any]],
    input_type: str | None | NotGiven = NOT_GIVEN,
    model: str,
    provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    user: str | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.EmbeddingsPostResponse: ...


@overload
async def create_embeddings_async(
    client: AsyncOpenRouter | AsyncEmbeddingsAPI,
    *,
    body: _m.EmbeddingsPostRequest | Mapping[str, Any],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.EmbeddingsPostResponse: ...


async def create_embeddings_async(
    client: AsyncOpenRouter | AsyncEmbeddingsAPI,
    *,
    body: _m.EmbeddingsPostRequest | Mapping[str, Any] | None = None,
    dimensions: int | None | NotGiven = NOT_GIVEN,
    encoding_format: _m.EmbeddingsPostRequestEncodingFormat | str | None | NotGiven = NOT_GIVEN,
    input: str
    | Sequence[str]
    | Sequence[float]
    | Sequence[Sequence[float]]
    | Sequence[_m.EmbeddingsPostRequestInputItem | Mapping[str, Any]]
    | NotGiven = NOT_GIVEN,
    input_type: str | None | NotGiven = NOT_GIVEN,
    model: str | NotGiven = NOT_GIVEN,
    provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    user: str | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.EmbeddingsPostResponse:
    """Submit an embedding request

    Submits an embedding request to the embeddings router

    Args:
        dimensions: The number of dimensions for the output embeddings
        encoding_format: The format of the output embeddings
        input: Text, token, or multimodal input(s) to embed
        input_type: The type of input (e.g. search_query, search_document)
        model: The model to use for embeddings
        user: A unique identifier for the end-user

    POST /embeddings
    """
    return await client._request(
        _CREATE_EMBEDDINGS,
        json=_build_body(
            body,
            {
                "dimensions": dimensions,
                "encoding_format": encoding_format,
                "input": input,
                "input_type": input_type,
                "model": model,
                "provider": provider,
                "user": user,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def list_embeddings_models(
    client: OpenRouter | EmbeddingsAPI,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ModelsListResponse:
    """List all embeddings models

    Returns a list of all available embeddings models and their properties

    GET /embeddings/models
    """
    return client._request(
        _LIST_EMBEDDINGS_MODELS,
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def list_embeddings_models_async(
    client: AsyncOpenRouter | AsyncEmbeddingsAPI,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ModelsListResponse:
    """List all embeddings models

    Returns a list of all available embeddings models and their properties

    GET /embeddings/models
    """
    return await client._request(
        _LIST_EMBEDDINGS_MODELS,
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


class EmbeddingsAPI:
    """`client.embeddings`: the Embeddings operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    generate = create_embeddings

    list_models = list_embeddings_models


class AsyncEmbeddingsAPI:
    """`client.embeddings` of the async client: the Embeddings operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    generate = create_embeddings_async

    list_models = list_embeddings_models_async


class RawEmbeddingsAPI:
    """`client.with_raw_response.embeddings`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def generate(
        self,
        *,
        body: _m.EmbeddingsPostRequest | Mapping[str, Any] | None = None,
        dimensions: int | None | NotGiven = NOT_GIVEN,
        encoding_format: _m.EmbeddingsPostRequestEncodingFormat | str | None | NotGiven = NOT_GIVEN,
        input: str
        | Sequence[str]
        | Sequence[float]
        | Sequence[Sequence[float]]
        | Sequence[_m.EmbeddingsPostRequestInputItem | Mapping[str, Any]]
        | NotGiven = NOT_GIVEN,
        input_type: str | None | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        user: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.EmbeddingsPostResponse]:
        """Submit an embedding request"""
        return self._client._request(
            _CREATE_EMBEDDINGS,
            json=_build_body(
                body,
                {
                    "dimensions": dimensions,
                    "encoding_format": encoding_format,
                    "input": input,
                    "input_type": input_type,
                    "model": model,
                    "provider": provider,
                    "user": user,
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
        """List all embeddings models"""
        return self._client._request(
            _LIST_EMBEDDINGS_MODELS,
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawEmbeddingsAPI:
    """`client.with_raw_response.embeddings` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def generate(
        self,
        *,
        body: _m.EmbeddingsPostRequest | Mapping[str, Any] | None = None,
        dimensions: int | None | NotGiven = NOT_GIVEN,
        encoding_format: _m.EmbeddingsPostRequestEncodingFormat | str | None | NotGiven = NOT_GIVEN,
        input: str
        | Sequence[str]
        | Sequence[float]
        | Sequence[Sequence[float]]
        | Sequence[_m.EmbeddingsPostRequestInputItem | Mapping[str, Any]]
        | NotGiven = NOT_GIVEN,
        input_type: str | None | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        user: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.EmbeddingsPostResponse]:
        """Submit an embedding request"""
        return await self._client._request(
            _CREATE_EMBEDDINGS,
            json=_build_body(
                body,
                {
                    "dimensions": dimensions,
                    "encoding_format": encoding_format,
                    "input": input,
                    "input_type": input_type,
                    "model": model,
                    "provider": provider,
                    "user": user,
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
        """List all embeddings models"""
        return await self._client._request(
            _LIST_EMBEDDINGS_MODELS,
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingEmbeddingsAPI:
    """`client.with_streaming_response.embeddings`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def generate(
        self,
        *,
        body: _m.EmbeddingsPostRequest | Mapping[str, Any] | None = None,
        dimensions: int | None | NotGiven = NOT_GIVEN,
        encoding_format: _m.EmbeddingsPostRequestEncodingFormat | str | None | NotGiven = NOT_GIVEN,
        input: str
        | Sequence[str]
        | Sequence[float]
        | Sequence[Sequence[float]]
        | Sequence[_m.EmbeddingsPostRequestInputItem | Mapping[str, Any]]
        | NotGiven = NOT_GIVEN,
        input_type: str | None | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        user: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.EmbeddingsPostResponse]]:
        """Submit an embedding request"""

        def _send() -> Any:
            return self._client._request(
                _CREATE_EMBEDDINGS,
                json=_build_body(
                    body,
                    {
                        "dimensions": dimensions,
                        "encoding_format": encoding_format,
                        "input": input,
                        "input_type": input_type,
                        "model": model,
                        "provider": provider,
                        "user": user,
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
        """List all embeddings models"""

        def _send() -> Any:
            return self._client._request(
                _LIST_EMBEDDINGS_MODELS,
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingEmbeddingsAPI:
    """`client.with_streaming_response.embeddings` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def generate(
        self,
        *,
        body: _m.EmbeddingsPostRequest | Mapping[str, Any] | None = None,
        dimensions: int | None | NotGiven = NOT_GIVEN,
        encoding_format: _m.EmbeddingsPostRequestEncodingFormat | str | None | NotGiven = NOT_GIVEN,
        input: str
        | Sequence[str]
        | Sequence[float]
        | Sequence[Sequence[float]]
        | Sequence[_m.EmbeddingsPostRequestInputItem | Mapping[str, Any]]
        | NotGiven = NOT_GIVEN,
        input_type: str | None | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        user: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.EmbeddingsPostResponse]]:
        """Submit an embedding request"""

        def _send() -> Any:
            return self._client._request(
                _CREATE_EMBEDDINGS,
                json=_build_body(
                    body,
                    {
                        "dimensions": dimensions,
                        "encoding_format": encoding_format,
                        "input": input,
                        "input_type": input_type,
                        "model": model,
                        "provider": provider,
                        "user": user,
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
        """List all embeddings models"""

        def _send() -> Any:
            return self._client._request(
                _LIST_EMBEDDINGS_MODELS,
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
