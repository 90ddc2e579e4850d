"""Model information endpoints"""

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
    "get_models",
    "get_models_async",
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
    accept="application/json, application/rss+xml",
    errors={"400": lambda m: m.BadRequestResponse, "500": lambda m: m.InternalServerResponse},
)

_LIST_MODELS_COUNT = _Endpoint(
    "GET",
    "/models/count",
    json=lambda m: m.ModelsCountResponse,
    errors={"400": lambda m: m.BadRequestResponse, "500": lambda m: m.InternalServerResponse},
)

_LIST_MODELS_USER = _Endpoint(
    "GET",
    "/models/user",
    json=lambda m: m.ModelsListResponse,
    errors={
        "401": lambda m: m.UnauthorizedResponse,
        "404": lambda m: m.NotFoundResponse,
        "500": lambda m: m.InternalServerResponse,
    },
)


def get_models(
    client: OpenRouter | ModelsAPI,
    *,
    category: _m.ModelsGetParametersQueryCategory | str | None = None,
    supported_parameters: str | None = None,
    output_modalities: str | None = None,
    use_rss: str | None = None,
    use_rss_chat_links: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ModelsListResponse | str:
    """List all models and their properties

    Args:
        category: Filter models by use case category
        supported_parameters: Filter models by supported parameter (comma-separated)
        output_modalities: Filter models by output modality. Accepts a comma-separated list of modalities (text, image, audio, embeddings) or "all" to include all models. Defaults to "text".
        use_rss: Return results as RSS feed
        use_rss_chat_links: Use chat links in RSS feed items

    GET /models
    """
    return client._request(
        _GET_MODELS,
        query={
            "category": category,
            "supported_parameters": supported_parameters,
            "output_modalities": output_modalities,
            "use_rss": use_rss,
            "use_rss_chat_links": use_rss_chat_links,
        },
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def get_models_async(
    client: AsyncOpenRouter | AsyncModelsAPI,
    *,
    category: _m.ModelsGetParametersQueryCategory | str | None = None,
    supported_parameters: str | None = None,
    output_modalities: str | None = None,
    use_rss: str | None = None,
    use_rss_chat_links: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ModelsListResponse | str:
    """List all models and their properties

    Args:
        category: Filter models by use case category
        supported_parameters: Filter models by supported parameter (comma-separated)
        output_modalities: Filter models by output modality. Accepts a comma-separated list of modalities (text, image, audio, embeddings) or "all" to include all models. Defaults to "text".
        use_rss: Return results as RSS feed
        use_rss_chat_links: Use chat links in RSS feed items

    GET /models
    """
    return await client._request(
        _GET_MODELS,
        query={
            "category": category,
            "supported_parameters": supported_parameters,
            "output_modalities": output_modalities,
            "use_rss": use_rss,
            "use_rss_chat_links": use_rss_chat_links,
        },
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def list_models_count(
    client: OpenRouter | ModelsAPI,
    *,
    output_modalities: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ModelsCountResponse:
    """Get total count of available models

    Args:
        output_modalities: Filter models by output modality. Accepts a comma-separated list of modalities (text, image, audio, embeddings) or "all" to include all models. Defaults to "text".

    GET /models/count
    """
    return client._request(
        _LIST_MODELS_COUNT,
        query={"output_modalities": output_modalities},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def list_models_count_async(
    client: AsyncOpenRouter | AsyncModelsAPI,
    *,
    output_modalities: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ModelsCountResponse:
    """Get total count of available models

    Args:
        output_modalities: Filter models by output modality. Accepts a comma-separated list of modalities (text, image, audio, embeddings) or "all" to include all models. Defaults to "text".

    GET /models/count
    """
    return await client._request(
        _LIST_MODELS_COUNT,
        query={"output_modalities": output_modalities},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def list_models_user(
    client: OpenRouter | ModelsAPI,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ModelsListResponse:
    """List models filtered by user provider preferences, privacy settings, and guardrails

    List models filtered by user provider preferences, [privacy settings](https://openrouter.ai/docs/guides/privacy/provider-logging), and [guardrails](https://openrouter.ai/docs/guides/features/guardrails). If requesting through `eu.openrouter.ai/api/v1/...` the results will be filtered to models that satisfy [EU in-region routing](https://openrouter.ai/docs/guides/privacy/provider-logging#enterprise-eu-in-region-routing).

    GET /models/user
    """
    return client._request(
        _LIST_MODELS_USER,
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def list_models_user_async(
    client: AsyncOpenRouter | AsyncModelsAPI,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ModelsListResponse:
    """List models filtered by user provider preferences, privacy settings, and guardrails

    List models filtered by user provider preferences, [privacy settings](https://openrouter.ai/docs/guides/privacy/provider-logging), and [guardrails](https://openrouter.ai/docs/guides/features/guardrails). If requesting through `eu.openrouter.ai/api/v1/...` the results will be filtered to models that satisfy [EU in-region routing](https://openrouter.ai/docs/guides/privacy/provider-logging#enterprise-eu-in-region-routing).

    GET /models/user
    """
    return await client._request(
        _LIST_MODELS_USER,
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


class ModelsAPI:
    """`client.models`: the Models operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    list = get_models

    count = list_models_count

    list_for_user = list_models_user


class AsyncModelsAPI:
    """`client.models` of the async client: the Models operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    list = get_models_async

    count = list_models_count_async

    list_for_user = list_models_user_async


class RawModelsAPI:
    """`client.with_raw_response.models`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def list(
        self,
        *,
        category: _m.ModelsGetParametersQueryCategory | str | None = None,
        supported_parameters: str | None = None,
        output_modalities: str | None = None,
        use_rss: str | None = None,
        use_rss_chat_links: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ModelsListResponse | str]:
        """List all models and their properties"""
        return self._client._request(
            _GET_MODELS,
            query={
                "category": category,
                "supported_parameters": supported_parameters,
                "output_modalities": output_modalities,
                "use_rss": use_rss,
                "use_rss_chat_links": use_rss_chat_links,
            },
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def count(
        self,
        *,
        output_modalities: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ModelsCountResponse]:
        """Get total count of available models"""
        return self._client._request(
            _LIST_MODELS_COUNT,
            query={"output_modalities": output_modalities},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def list_for_user(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ModelsListResponse]:
        """List models filtered by user provider preferences, privacy settings, and guardrails"""
        return self._client._request(
            _LIST_MODELS_USER,
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawModelsAPI:
    """`client.with_raw_response.models` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def list(
        self,
        *,
        category: _m.ModelsGetParametersQueryCategory | str | None = None,
        supported_parameters: str | None = None,
        output_modalities: str | None = None,
        use_rss: str | None = None,
        use_rss_chat_links: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ModelsListResponse | str]:
        """List all models and their properties"""
        return await self._client._request(
            _GET_MODELS,
            query={
                "category": category,
                "supported_parameters": supported_parameters,
                "output_modalities": output_modalities,
                "use_rss": use_rss,
                "use_rss_chat_links": use_rss_chat_links,
            },
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def count(
        self,
        *,
        output_modalities: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ModelsCountResponse]:
        """Get total count of available models"""
        return await self._client._request(
            _LIST_MODELS_COUNT,
            query={"output_modalities": output_modalities},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def list_for_user(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ModelsListResponse]:
        """List models filtered by user provider preferences, privacy settings, and guardrails"""
        return await self._client._request(
            _LIST_MODELS_USER,
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingModelsAPI:
    """`client.with_streaming_response.models`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def list(
        self,
        *,
        category: _m.ModelsGetParametersQueryCategory | str | None = None,
        supported_parameters: str | None = None,
        output_modalities: str | None = None,
        use_rss: str | None = None,
        use_rss_chat_links: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.ModelsListResponse | str]]:
        """List all models and their properties"""

        def _send() -> Any:
            return self._client._request(
                _GET_MODELS,
                query={
                    "category": category,
                    "supported_parameters": supported_parameters,
                    "output_modalities": output_modalities,
                    "use_rss": use_rss,
                    "use_rss_chat_links": use_rss_chat_links,
                },
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def count(
        self,
        *,
        output_modalities: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.ModelsCountResponse]]:
        """Get total count of available models"""

        def _send() -> Any:
            return self._client._request(
                _LIST_MODELS_COUNT,
                query={"output_modalities": output_modalities},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def list_for_user(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.ModelsListResponse]]:
        """List models filtered by user provider preferences, privacy settings, and guardrails"""

        def _send() -> Any:
            return self._client._request(
                _LIST_MODELS_USER,
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingModelsAPI:
    """`client.with_streaming_response.models` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def list(
        self,
        *,
        category: _m.ModelsGetParametersQueryCategory | str | None = None,
        supported_parameters: str | None = None,
        output_modalities: str | None = None,
        use_rss: str | None = None,
        use_rss_chat_links: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.ModelsListResponse | str]]:
        """List all models and their properties"""

        def _send() -> Any:
            return self._client._request(
                _GET_MODELS,
                query={
                    "category": category,
                    "supported_parameters": supported_parameters,
                    "output_modalities": output_modalities,
                    "use_rss": use_rss,
                    "use_rss_chat_links": use_rss_chat_links,
                },
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def count(
        self,
        *,
        output_modalities: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.ModelsCountResponse]]:
        """Get total count of available models"""

        def _send() -> Any:
            return self._client._request(
                _LIST_MODELS_COUNT,
                query={"output_modalities": output_modalities},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def list_for_user(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.ModelsListResponse]]:
        """List models filtered by user provider preferences, privacy settings, and guardrails"""

        def _send() -> Any:
            return self._client._request(
                _LIST_MODELS_USER,
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
