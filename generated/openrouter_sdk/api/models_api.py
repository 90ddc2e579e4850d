"""Model information endpoints"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from .._arguments import Arguments as _Arguments
from .._client import Endpoint as _Endpoint
from .._namespace import Namespace as _Namespace
from .._types import CallOptions as _CallOptions

if TYPE_CHECKING:
    from typing_extensions import Unpack

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
    "GetModelsParams",
    "get_models",
    "get_models_async",
    "ListModelsCountParams",
    "list_models_count",
    "list_models_count_async",
    "list_models_user",
    "list_models_user_async",
    "ModelsAPI",
    "AsyncModelsAPI",
    "RawModelsAPI",
    "AsyncRawModelsAPI",
    "StreamingModelsAPI",
    "AsyncStreamingModelsAPI",
]

_GET_MODELS = _Endpoint(
    "GET",
    "/models",
    json=lambda m: m.ModelsListResponse,
    text=True,
    errors="400=BadRequestResponse 500=InternalServerResponse",
    args=_Arguments(
        "get_models",
        query="category supported_parameters output_modalities use_rss use_rss_chat_links",
        accepts="application/rss+xml",
    ),
)

_LIST_MODELS_COUNT = _Endpoint(
    "GET",
    "/models/count",
    json=lambda m: m.ModelsCountResponse,
    errors="400=BadRequestResponse 500=InternalServerResponse",
    args=_Arguments("list_models_count", query="output_modalities"),
)

_LIST_MODELS_USER = _Endpoint(
    "GET",
    "/models/user",
    json=lambda m: m.ModelsListResponse,
    errors="401=UnauthorizedResponse 404=NotFoundResponse 500=InternalServerResponse",
    args=_Arguments("list_models_user"),
)


class GetModelsParams(_CallOptions, total=False):
    """The keyword arguments of `get_models`."""

    category: _m.ModelsGetParametersQueryCategory | str | None
    """Filter models by use case category"""
    supported_parameters: str | None
    """Filter models by supported parameter (comma-separated)"""
    output_modalities: str | None
    """Filter models by output modality. Accepts a comma-separated list of modalities (text, image, audio, embeddings) or "all" to include all models. Defaults to "text"."""
    use_rss: str | None
    """Return results as RSS feed"""
    use_rss_chat_links: str | None
    """Use chat links in RSS feed items"""


@overload
def get_models(
    client: OpenRouter | ModelsAPI, **params: Unpack[GetModelsParams]
) -> _m.ModelsListResponse: ...


@overload
def get_models(
    client: OpenRouter | ModelsAPI,
    *,
    accept: Literal["application/rss+xml"],
    **params: Unpack[GetModelsParams],
) -> str: ...


def get_models(client: OpenRouter | ModelsAPI, **params: Any) -> _m.ModelsListResponse | str:
    """List all models and their properties

    GET /models

    Answers JSON unless the call asks for `accept="application/rss+xml"` (`str`).
    """
    return client._request(_GET_MODELS, params)


@overload
async def get_models_async(
    client: AsyncOpenRouter | AsyncModelsAPI, **params: Unpack[GetModelsParams]
) -> _m.ModelsListResponse: ...


@overload
async def get_models_async(
    client: AsyncOpenRouter | AsyncModelsAPI,
    *,
    accept: Literal["application/rss+xml"],
    **params: Unpack[GetModelsParams],
) -> str: ...


async def get_models_async(
    client: AsyncOpenRouter | AsyncModelsAPI, **params: Any
) -> _m.ModelsListResponse | str:
    """List all models and their properties

    GET /models

    Answers JSON unless the call asks for `accept="application/rss+xml"` (`str`).
    """
    return await client._request(_GET_MODELS, params)


class ListModelsCountParams(_CallOptions, total=False):
    """The keyword arguments of `list_models_count`."""

    output_modalities: str | None
    """Filter models by output modality. Accepts a comma-separated list of modalities (text, image, audio, embeddings) or "all" to include all models. Defaults to "text"."""


def list_models_count(
    client: OpenRouter | ModelsAPI, **params: Unpack[ListModelsCountParams]
) -> _m.ModelsCountResponse:
    """Get total count of available models

    GET /models/count
    """
    return client._request(_LIST_MODELS_COUNT, params)


async def list_models_count_async(
    client: AsyncOpenRouter | AsyncModelsAPI, **params: Unpack[ListModelsCountParams]
) -> _m.ModelsCountResponse:
    """Get total count of available models

    GET /models/count
    """
    return await client._request(_LIST_MODELS_COUNT, params)


def list_models_user(
    client: OpenRouter | ModelsAPI, **params: Unpack[_CallOptions]
) -> _m.ModelsListResponse:
    """List models filtered by user provider preferences, privacy settings, and guardrails

    List models filtered by user provider preferences, [privacy settings](https://openrouter.ai/docs/guides/privacy/provider-logging), and [guardrails](https://openrouter.ai/docs/guides/features/guardrails). If requesting through `eu.openrouter.ai/api/v1/...` the results will be filtered to models that satisfy [EU in-region routing](https://openrouter.ai/docs/guides/privacy/provider-logging#enterprise-eu-in-region-routing).

    GET /models/user
    """
    return client._request(_LIST_MODELS_USER, params)


async def list_models_user_async(
    client: AsyncOpenRouter | AsyncModelsAPI, **params: Unpack[_CallOptions]
) -> _m.ModelsListResponse:
    """List models filtered by user provider preferences, privacy settings, and guardrails

    List models filtered by user provider preferences, [privacy settings](https://openrouter.ai/docs/guides/privacy/provider-logging), and [guardrails](https://openrouter.ai/docs/guides/features/guardrails). If requesting through `eu.openrouter.ai/api/v1/...` the results will be filtered to models that satisfy [EU in-region routing](https://openrouter.ai/docs/guides/privacy/provider-logging#enterprise-eu-in-region-routing).

    GET /models/user
    """
    return await client._request(_LIST_MODELS_USER, params)


class ModelsAPI(_Namespace):
    """`client.models`: the Models operations as methods."""

    list = get_models

    count = list_models_count

    list_for_user = list_models_user


class AsyncModelsAPI(_Namespace):
    """`client.models` of the async client: the Models operations as methods."""

    list = get_models_async

    count = list_models_count_async

    list_for_user = list_models_user_async


class RawModelsAPI(_Namespace):
    """`client.with_raw_response.models`: each operation's `APIResponse`."""

    @overload
    def list(self, **params: Unpack[GetModelsParams]) -> APIResponse[_m.ModelsListResponse]: ...
    @overload
    def list(
        self, *, accept: Literal["application/rss+xml"], **params: Unpack[GetModelsParams]
    ) -> APIResponse[str]: ...
    def list(self, **params: Any) -> APIResponse[Any]:
        """List all models and their properties"""
        return self._raw(_GET_MODELS, params)

    def count(self, **params: Unpack[ListModelsCountParams]) -> APIResponse[_m.ModelsCountResponse]:
        """Get total count of available models"""
        return self._raw(_LIST_MODELS_COUNT, params)

    def list_for_user(self, **params: Unpack[_CallOptions]) -> APIResponse[_m.ModelsListResponse]:
        """List models filtered by user provider preferences, privacy settings, and guardrails"""
        return self._raw(_LIST_MODELS_USER, params)


class AsyncRawModelsAPI(_Namespace):
    """`client.with_raw_response.models` of the async client."""

    @overload
    async def list(
        self, **params: Unpack[GetModelsParams]
    ) -> APIResponse[_m.ModelsListResponse]: ...
    @overload
    async def list(
        self, *, accept: Literal["application/rss+xml"], **params: Unpack[GetModelsParams]
    ) -> APIResponse[str]: ...
    async def list(self, **params: Any) -> APIResponse[Any]:
        """List all models and their properties"""
        return await self._raw(_GET_MODELS, params)

    async def count(
        self, **params: Unpack[ListModelsCountParams]
    ) -> APIResponse[_m.ModelsCountResponse]:
        """Get total count of available models"""
        return await self._raw(_LIST_MODELS_COUNT, params)

    async def list_for_user(
        self, **params: Unpack[_CallOptions]
    ) -> APIResponse[_m.ModelsListResponse]:
        """List models filtered by user provider preferences, privacy settings, and guardrails"""
        return await self._raw(_LIST_MODELS_USER, params)


class StreamingModelsAPI(_Namespace):
    """`client.with_streaming_response.models`: each operation's response, its body unread, in a `with` block."""

    @overload
    def list(
        self, **params: Unpack[GetModelsParams]
    ) -> ResponseContextManager[StreamedResponse[_m.ModelsListResponse]]: ...
    @overload
    def list(
        self, *, accept: Literal["application/rss+xml"], **params: Unpack[GetModelsParams]
    ) -> ResponseContextManager[StreamedResponse[str]]: ...
    def list(self, **params: Any) -> ResponseContextManager[StreamedResponse[Any]]:
        """List all models and their properties"""
        return self._streamed(_GET_MODELS, params)

    def count(
        self, **params: Unpack[ListModelsCountParams]
    ) -> ResponseContextManager[StreamedResponse[_m.ModelsCountResponse]]:
        """Get total count of available models"""
        return self._streamed(_LIST_MODELS_COUNT, params)

    def list_for_user(
        self, **params: Unpack[_CallOptions]
    ) -> ResponseContextManager[StreamedResponse[_m.ModelsListResponse]]:
        """List models filtered by user provider preferences, privacy settings, and guardrails"""
        return self._streamed(_LIST_MODELS_USER, params)


class AsyncStreamingModelsAPI(_Namespace):
    """`client.with_streaming_response.models` of the async client (`async with`)."""

    @overload
    def list(
        self, **params: Unpack[GetModelsParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.ModelsListResponse]]: ...
    @overload
    def list(
        self, *, accept: Literal["application/rss+xml"], **params: Unpack[GetModelsParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[str]]: ...
    def list(self, **params: Any) -> AsyncResponseContextManager[AsyncStreamedResponse[Any]]:
        """List all models and their properties"""
        return self._streamed_async(_GET_MODELS, params)

    def count(
        self, **params: Unpack[ListModelsCountParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.ModelsCountResponse]]:
        """Get total count of available models"""
        return self._streamed_async(_LIST_MODELS_COUNT, params)

    def list_for_user(
        self, **params: Unpack[_CallOptions]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.ModelsListResponse]]:
        """List models filtered by user provider preferences, privacy settings, and guardrails"""
        return self._streamed_async(_LIST_MODELS_USER, params)
