"""The clients: `OpenRouter` (sync) and `AsyncOpenRouter` (async).

What varies with the document: the settings below, and one attribute per group of
operations (`client.chat`); dotted groups nest through the small classes at the end
(`client.beta.responses`). The request loop, retries and parsing are the static
runtime (`_api_client`, `_base_client`).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from ._api_client import AsyncAPIClient, SyncAPIClient
from ._base_client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ClientSettings,
    app_headers,
    debug_logger,
)

# The API modules import these from here.
from ._endpoint import Endpoint as Endpoint
from ._request import build_body as build_body
from ._request import multipart as multipart
from ._request import to_jsonable as to_jsonable
from ._streaming import DEFAULT_MAX_EVENT_SIZE
from ._types import Timeout

if TYPE_CHECKING:
    from .api.analytics import (
        AnalyticsAPI,
        AsyncAnalyticsAPI,
        AsyncRawAnalyticsAPI,
        AsyncStreamingAnalyticsAPI,
        RawAnalyticsAPI,
        StreamingAnalyticsAPI,
    )
    from .api.anthropic_messages import (
        AnthropicMessagesAPI,
        AsyncAnthropicMessagesAPI,
        AsyncRawAnthropicMessagesAPI,
        AsyncStreamingAnthropicMessagesAPI,
        RawAnthropicMessagesAPI,
        StreamingAnthropicMessagesAPI,
    )
    from .api.api_keys import (
        APIKeysAPI,
        AsyncAPIKeysAPI,
        AsyncRawAPIKeysAPI,
        AsyncStreamingAPIKeysAPI,
        RawAPIKeysAPI,
        StreamingAPIKeysAPI,
    )
    from .api.beta_responses import (
        AsyncBetaResponsesAPI,
        AsyncRawBetaResponsesAPI,
        AsyncStreamingBetaResponsesAPI,
        BetaResponsesAPI,
        RawBetaResponsesAPI,
        StreamingBetaResponsesAPI,
    )
    from .api.chat import (
        AsyncChatAPI,
        AsyncRawChatAPI,
        AsyncStreamingChatAPI,
        ChatAPI,
        RawChatAPI,
        StreamingChatAPI,
    )
    from .api.credits import (
        AsyncCreditsAPI,
        AsyncRawCreditsAPI,
        AsyncStreamingCreditsAPI,
        CreditsAPI,
        RawCreditsAPI,
        StreamingCreditsAPI,
    )
    from .api.embeddings import (
        AsyncEmbeddingsAPI,
        AsyncRawEmbeddingsAPI,
        AsyncStreamingEmbeddingsAPI,
        EmbeddingsAPI,
        RawEmbeddingsAPI,
        StreamingEmbeddingsAPI,
    )
    from .api.endpoints import (
        AsyncEndpointsAPI,
        AsyncRawEndpointsAPI,
        AsyncStreamingEndpointsAPI,
        EndpointsAPI,
        RawEndpointsAPI,
        StreamingEndpointsAPI,
    )
    from .api.generations import (
        AsyncGenerationsAPI,
        AsyncRawGenerationsAPI,
        AsyncStreamingGenerationsAPI,
        GenerationsAPI,
        RawGenerationsAPI,
        StreamingGenerationsAPI,
    )
    from .api.guardrails import (
        AsyncGuardrailsAPI,
        AsyncRawGuardrailsAPI,
        AsyncStreamingGuardrailsAPI,
        GuardrailsAPI,
        RawGuardrailsAPI,
        StreamingGuardrailsAPI,
    )
    from .api.models_api import (
        AsyncModelsAPI,
        AsyncRawModelsAPI,
        AsyncStreamingModelsAPI,
        ModelsAPI,
        RawModelsAPI,
        StreamingModelsAPI,
    )
    from .api.oauth import (
        AsyncOAuthAPI,
        AsyncRawOAuthAPI,
        AsyncStreamingOAuthAPI,
        OAuthAPI,
        RawOAuthAPI,
        StreamingOAuthAPI,
    )
    from .api.organization import (
        AsyncOrganizationAPI,
        AsyncRawOrganizationAPI,
        AsyncStreamingOrganizationAPI,
        OrganizationAPI,
        RawOrganizationAPI,
        StreamingOrganizationAPI,
    )
    from .api.providers import (
        AsyncProvidersAPI,
        AsyncRawProvidersAPI,
        AsyncStreamingProvidersAPI,
        ProvidersAPI,
        RawProvidersAPI,
        StreamingProvidersAPI,
    )
    from .api.rerank import (
        AsyncRawRerankAPI,
        AsyncRerankAPI,
        AsyncStreamingRerankAPI,
        RawRerankAPI,
        RerankAPI,
        StreamingRerankAPI,
    )

__all__ = [
    "AsyncOpenRouter",
    "AsyncOpenRouterWithRawResponse",
    "AsyncOpenRouterWithStreamingResponse",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "OpenRouter",
    "OpenRouterWithRawResponse",
    "OpenRouterWithStreamingResponse",
]

__version__ = "2.0.3"
DEFAULT_BASE_URL = "https://openrouter.ai/api/v1"
#: How the API key is sent when an operation uses the document's default scheme.
DEFAULT_AUTH: tuple[str, str] = (
    "bearer",
    "Authorization",
)

logger = debug_logger("openrouter_sdk", "OPENROUTER_LOG")
_SETTINGS = ClientSettings(
    version=__version__,
    distribution="openrouter-sdk",
    base_url=DEFAULT_BASE_URL,
    auth=DEFAULT_AUTH,
    api_key_env="OPENROUTER_API_KEY",
    base_url_env="OPENROUTER_BASE_URL",
    logger=logger,
)


class OpenRouter(SyncAPIClient):
    """Synchronous client. Use as a context manager, or call `close()`."""

    _settings = _SETTINGS

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_referer: str | None = None,
        x_title: str | None = None,
        http_client: httpx.Client | None = None,
        idempotency_header: str | None = None,
        max_event_size: int = DEFAULT_MAX_EVENT_SIZE,
    ) -> None:
        """`http_referer` and `x_title` attribute the requests to your app (the
        `HTTP-Referer` and `X-Title` headers). `idempotency_header` (off by default; e.g.
        "Idempotency-Key"): send one key per call, the same on its retries, on requests
        that are not GETs. `max_event_size`: the largest event a stream accepts, in
        bytes (a larger one raises `APIResponseValidationError`)."""
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=app_headers(
                {"HTTP-Referer": http_referer, "X-Title": x_title}, default_headers
            ),
            http_client=http_client,
            idempotency_header=idempotency_header,
            max_event_size=max_event_size,
        )

    @cached_property
    def api_keys(self) -> APIKeysAPI:
        """API key management endpoints"""
        from .api.api_keys import APIKeysAPI

        return APIKeysAPI(self)

    @cached_property
    def analytics(self) -> AnalyticsAPI:
        """Analytics and usage endpoints"""
        from .api.analytics import AnalyticsAPI

        return AnalyticsAPI(self)

    @cached_property
    def anthropic_messages(self) -> AnthropicMessagesAPI:
        """Anthropic Messages endpoints"""
        from .api.anthropic_messages import AnthropicMessagesAPI

        return AnthropicMessagesAPI(self)

    @cached_property
    def chat(self) -> ChatAPI:
        """Chat completion endpoints"""
        from .api.chat import ChatAPI

        return ChatAPI(self)

    @cached_property
    def credits(self) -> CreditsAPI:
        """Credit management endpoints"""
        from .api.credits import CreditsAPI

        return CreditsAPI(self)

    @cached_property
    def embeddings(self) -> EmbeddingsAPI:
        """Text embedding endpoints"""
        from .api.embeddings import EmbeddingsAPI

        return EmbeddingsAPI(self)

    @cached_property
    def endpoints(self) -> EndpointsAPI:
        """Endpoint information"""
        from .api.endpoints import EndpointsAPI

        return EndpointsAPI(self)

    @cached_property
    def generations(self) -> GenerationsAPI:
        """Generation history endpoints"""
        from .api.generations import GenerationsAPI

        return GenerationsAPI(self)

    @cached_property
    def guardrails(self) -> GuardrailsAPI:
        """Guardrails endpoints"""
        from .api.guardrails import GuardrailsAPI

        return GuardrailsAPI(self)

    @cached_property
    def models(self) -> ModelsAPI:
        """Model information endpoints"""
        from .api.models_api import ModelsAPI

        return ModelsAPI(self)

    @cached_property
    def oauth(self) -> OAuthAPI:
        """OAuth authentication endpoints"""
        from .api.oauth import OAuthAPI

        return OAuthAPI(self)

    @cached_property
    def organization(self) -> OrganizationAPI:
        """Organization endpoints"""
        from .api.organization import OrganizationAPI

        return OrganizationAPI(self)

    @cached_property
    def providers(self) -> ProvidersAPI:
        """Provider information endpoints"""
        from .api.providers import ProvidersAPI

        return ProvidersAPI(self)

    @cached_property
    def rerank(self) -> RerankAPI:
        """Reranking endpoints"""
        from .api.rerank import RerankAPI

        return RerankAPI(self)

    @cached_property
    def beta(self) -> BetaGroup:
        """The `beta` groups: `beta.responses`."""
        return BetaGroup(self)

    @cached_property
    def with_raw_response(self) -> OpenRouterWithRawResponse:
        """The same operations, each returning an `APIResponse`: status, headers and
        body next to the parsed result (`.parse()`)."""
        return OpenRouterWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> OpenRouterWithStreamingResponse:
        """The same operations, each a context manager (`with`) around a
        `StreamedResponse`: the body is read as you ask for it, not held in memory."""
        return OpenRouterWithStreamingResponse(self)


class OpenRouterWithRawResponse:
    """`client.with_raw_response`: the client's operations returning `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    @cached_property
    def api_keys(self) -> RawAPIKeysAPI:
        from .api.api_keys import RawAPIKeysAPI

        return RawAPIKeysAPI(self._client)

    @cached_property
    def analytics(self) -> RawAnalyticsAPI:
        from .api.analytics import RawAnalyticsAPI

        return RawAnalyticsAPI(self._client)

    @cached_property
    def anthropic_messages(self) -> RawAnthropicMessagesAPI:
        from .api.anthropic_messages import RawAnthropicMessagesAPI

        return RawAnthropicMessagesAPI(self._client)

    @cached_property
    def chat(self) -> RawChatAPI:
        from .api.chat import RawChatAPI

        return RawChatAPI(self._client)

    @cached_property
    def credits(self) -> RawCreditsAPI:
        from .api.credits import RawCreditsAPI

        return RawCreditsAPI(self._client)

    @cached_property
    def embeddings(self) -> RawEmbeddingsAPI:
        from .api.embeddings import RawEmbeddingsAPI

        return RawEmbeddingsAPI(self._client)

    @cached_property
    def endpoints(self) -> RawEndpointsAPI:
        from .api.endpoints import RawEndpointsAPI

        return RawEndpointsAPI(self._client)

    @cached_property
    def generations(self) -> RawGenerationsAPI:
        from .api.generations import RawGenerationsAPI

        return RawGenerationsAPI(self._client)

    @cached_property
    def guardrails(self) -> RawGuardrailsAPI:
        from .api.guardrails import RawGuardrailsAPI

        return RawGuardrailsAPI(self._client)

    @cached_property
    def models(self) -> RawModelsAPI:
        from .api.models_api import RawModelsAPI

        return RawModelsAPI(self._client)

    @cached_property
    def oauth(self) -> RawOAuthAPI:
        from .api.oauth import RawOAuthAPI

        return RawOAuthAPI(self._client)

    @cached_property
    def organization(self) -> RawOrganizationAPI:
        from .api.organization import RawOrganizationAPI

        return RawOrganizationAPI(self._client)

    @cached_property
    def providers(self) -> RawProvidersAPI:
        from .api.providers import RawProvidersAPI

        return RawProvidersAPI(self._client)

    @cached_property
    def rerank(self) -> RawRerankAPI:
        from .api.rerank import RawRerankAPI

        return RawRerankAPI(self._client)

    @cached_property
    def beta(self) -> RawBetaGroup:
        return RawBetaGroup(self._client)


class OpenRouterWithStreamingResponse:
    """`client.with_streaming_response`: the client's operations as context managers."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    @cached_property
    def api_keys(self) -> StreamingAPIKeysAPI:
        from .api.api_keys import StreamingAPIKeysAPI

        return StreamingAPIKeysAPI(self._client)

    @cached_property
    def analytics(self) -> StreamingAnalyticsAPI:
        from .api.analytics import StreamingAnalyticsAPI

        return StreamingAnalyticsAPI(self._client)

    @cached_property
    def anthropic_messages(self) -> StreamingAnthropicMessagesAPI:
        from .api.anthropic_messages import StreamingAnthropicMessagesAPI

        return StreamingAnthropicMessagesAPI(self._client)

    @cached_property
    def chat(self) -> StreamingChatAPI:
        from .api.chat import StreamingChatAPI

        return StreamingChatAPI(self._client)

    @cached_property
    def credits(self) -> StreamingCreditsAPI:
        from .api.credits import StreamingCreditsAPI

        return StreamingCreditsAPI(self._client)

    @cached_property
    def embeddings(self) -> StreamingEmbeddingsAPI:
        from .api.embeddings import StreamingEmbeddingsAPI

        return StreamingEmbeddingsAPI(self._client)

    @cached_property
    def endpoints(self) -> StreamingEndpointsAPI:
        from .api.endpoints import StreamingEndpointsAPI

        return StreamingEndpointsAPI(self._client)

    @cached_property
    def generations(self) -> StreamingGenerationsAPI:
        from .api.generations import StreamingGenerationsAPI

        return StreamingGenerationsAPI(self._client)

    @cached_property
    def guardrails(self) -> StreamingGuardrailsAPI:
        from .api.guardrails import StreamingGuardrailsAPI

        return StreamingGuardrailsAPI(self._client)

    @cached_property
    def models(self) -> StreamingModelsAPI:
        from .api.models_api import StreamingModelsAPI

        return StreamingModelsAPI(self._client)

    @cached_property
    def oauth(self) -> StreamingOAuthAPI:
        from .api.oauth import StreamingOAuthAPI

        return StreamingOAuthAPI(self._client)

    @cached_property
    def organization(self) -> StreamingOrganizationAPI:
        from .api.organization import StreamingOrganizationAPI

        return StreamingOrganizationAPI(self._client)

    @cached_property
    def providers(self) -> StreamingProvidersAPI:
        from .api.providers import StreamingProvidersAPI

        return StreamingProvidersAPI(self._client)

    @cached_property
    def rerank(self) -> StreamingRerankAPI:
        from .api.rerank import StreamingRerankAPI

        return StreamingRerankAPI(self._client)

    @cached_property
    def beta(self) -> StreamingBetaGroup:
        return StreamingBetaGroup(self._client)


class AsyncOpenRouter(AsyncAPIClient):
    """Asynchronous client. Use as an async context manager, or await `close()`."""

    _settings = _SETTINGS

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_referer: str | None = None,
        x_title: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        idempotency_header: str | None = None,
        max_event_size: int = DEFAULT_MAX_EVENT_SIZE,
    ) -> None:
        """`http_referer` and `x_title` attribute the requests to your app (the
        `HTTP-Referer` and `X-Title` headers). `idempotency_header` (off by default; e.g.
        "Idempotency-Key"): send one key per call, the same on its retries, on requests
        that are not GETs. `max_event_size`: the largest event a stream accepts, in
        bytes (a larger one raises `APIResponseValidationError`)."""
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=app_headers(
                {"HTTP-Referer": http_referer, "X-Title": x_title}, default_headers
            ),
            http_client=http_client,
            idempotency_header=idempotency_header,
            max_event_size=max_event_size,
        )

    @cached_property
    def api_keys(self) -> AsyncAPIKeysAPI:
        """API key management endpoints"""
        from .api.api_keys import AsyncAPIKeysAPI

        return AsyncAPIKeysAPI(self)

    @cached_property
    def analytics(self) -> AsyncAnalyticsAPI:
        """Analytics and usage endpoints"""
        from .api.analytics import AsyncAnalyticsAPI

        return AsyncAnalyticsAPI(self)

    @cached_property
    def anthropic_messages(self) -> AsyncAnthropicMessagesAPI:
        """Anthropic Messages endpoints"""
        from .api.anthropic_messages import AsyncAnthropicMessagesAPI

        return AsyncAnthropicMessagesAPI(self)

    @cached_property
    def chat(self) -> AsyncChatAPI:
        """Chat completion endpoints"""
        from .api.chat import AsyncChatAPI

        return AsyncChatAPI(self)

    @cached_property
    def credits(self) -> AsyncCreditsAPI:
        """Credit management endpoints"""
        from .api.credits import AsyncCreditsAPI

        return AsyncCreditsAPI(self)

    @cached_property
    def embeddings(self) -> AsyncEmbeddingsAPI:
        """Text embedding endpoints"""
        from .api.embeddings import AsyncEmbeddingsAPI

        return AsyncEmbeddingsAPI(self)

    @cached_property
    def endpoints(self) -> AsyncEndpointsAPI:
        """Endpoint information"""
        from .api.endpoints import AsyncEndpointsAPI

        return AsyncEndpointsAPI(self)

    @cached_property
    def generations(self) -> AsyncGenerationsAPI:
        """Generation history endpoints"""
        from .api.generations import AsyncGenerationsAPI

        return AsyncGenerationsAPI(self)

    @cached_property
    def guardrails(self) -> AsyncGuardrailsAPI:
        """Guardrails endpoints"""
        from .api.guardrails import AsyncGuardrailsAPI

        return AsyncGuardrailsAPI(self)

    @cached_property
    def models(self) -> AsyncModelsAPI:
        """Model information endpoints"""
        from .api.models_api import AsyncModelsAPI

        return AsyncModelsAPI(self)

    @cached_property
    def oauth(self) -> AsyncOAuthAPI:
        """OAuth authentication endpoints"""
        from .api.oauth import AsyncOAuthAPI

        return AsyncOAuthAPI(self)

    @cached_property
    def organization(self) -> AsyncOrganizationAPI:
        """Organization endpoints"""
        from .api.organization import AsyncOrganizationAPI

        return AsyncOrganizationAPI(self)

    @cached_property
    def providers(self) -> AsyncProvidersAPI:
        """Provider information endpoints"""
        from .api.providers import AsyncProvidersAPI

        return AsyncProvidersAPI(self)

    @cached_property
    def rerank(self) -> AsyncRerankAPI:
        """Reranking endpoints"""
        from .api.rerank import AsyncRerankAPI

        return AsyncRerankAPI(self)

    @cached_property
    def beta(self) -> AsyncBetaGroup:
        """The `beta` groups: `beta.responses`."""
        return AsyncBetaGroup(self)

    @cached_property
    def with_raw_response(self) -> AsyncOpenRouterWithRawResponse:
        """The same operations, each returning an `APIResponse`: status, headers and
        body next to the parsed result (`.parse()`)."""
        return AsyncOpenRouterWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncOpenRouterWithStreamingResponse:
        """The same operations, each a context manager (`async with`) around a
        `AsyncStreamedResponse`: the body is read as you ask for it, not held in memory."""
        return AsyncOpenRouterWithStreamingResponse(self)


class AsyncOpenRouterWithRawResponse:
    """`client.with_raw_response`: the client's operations returning `APIResponse`."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    @cached_property
    def api_keys(self) -> AsyncRawAPIKeysAPI:
        from .api.api_keys import AsyncRawAPIKeysAPI

        return AsyncRawAPIKeysAPI(self._client)

    @cached_property
    def analytics(self) -> AsyncRawAnalyticsAPI:
        from .api.analytics import AsyncRawAnalyticsAPI

        return AsyncRawAnalyticsAPI(self._client)

    @cached_property
    def anthropic_messages(self) -> AsyncRawAnthropicMessagesAPI:
        from .api.anthropic_messages import AsyncRawAnthropicMessagesAPI

        return AsyncRawAnthropicMessagesAPI(self._client)

    @cached_property
    def chat(self) -> AsyncRawChatAPI:
        from .api.chat import AsyncRawChatAPI

        return AsyncRawChatAPI(self._client)

    @cached_property
    def credits(self) -> AsyncRawCreditsAPI:
        from .api.credits import AsyncRawCreditsAPI

        return AsyncRawCreditsAPI(self._client)

    @cached_property
    def embeddings(self) -> AsyncRawEmbeddingsAPI:
        from .api.embeddings import AsyncRawEmbeddingsAPI

        return AsyncRawEmbeddingsAPI(self._client)

    @cached_property
    def endpoints(self) -> AsyncRawEndpointsAPI:
        from .api.endpoints import AsyncRawEndpointsAPI

        return AsyncRawEndpointsAPI(self._client)

    @cached_property
    def generations(self) -> AsyncRawGenerationsAPI:
        from .api.generations import AsyncRawGenerationsAPI

        return AsyncRawGenerationsAPI(self._client)

    @cached_property
    def guardrails(self) -> AsyncRawGuardrailsAPI:
        from .api.guardrails import AsyncRawGuardrailsAPI

        return AsyncRawGuardrailsAPI(self._client)

    @cached_property
    def models(self) -> AsyncRawModelsAPI:
        from .api.models_api import AsyncRawModelsAPI

        return AsyncRawModelsAPI(self._client)

    @cached_property
    def oauth(self) -> AsyncRawOAuthAPI:
        from .api.oauth import AsyncRawOAuthAPI

        return AsyncRawOAuthAPI(self._client)

    @cached_property
    def organization(self) -> AsyncRawOrganizationAPI:
        from .api.organization import AsyncRawOrganizationAPI

        return AsyncRawOrganizationAPI(self._client)

    @cached_property
    def providers(self) -> AsyncRawProvidersAPI:
        from .api.providers import AsyncRawProvidersAPI

        return AsyncRawProvidersAPI(self._client)

    @cached_property
    def rerank(self) -> AsyncRawRerankAPI:
        from .api.rerank import AsyncRawRerankAPI

        return AsyncRawRerankAPI(self._client)

    @cached_property
    def beta(self) -> AsyncRawBetaGroup:
        return AsyncRawBetaGroup(self._client)


class AsyncOpenRouterWithStreamingResponse:
    """`client.with_streaming_response`: the client's operations as context managers."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    @cached_property
    def api_keys(self) -> AsyncStreamingAPIKeysAPI:
        from .api.api_keys import AsyncStreamingAPIKeysAPI

        return AsyncStreamingAPIKeysAPI(self._client)

    @cached_property
    def analytics(self) -> AsyncStreamingAnalyticsAPI:
        from .api.analytics import AsyncStreamingAnalyticsAPI

        return AsyncStreamingAnalyticsAPI(self._client)

    @cached_property
    def anthropic_messages(self) -> AsyncStreamingAnthropicMessagesAPI:
        from .api.anthropic_messages import AsyncStreamingAnthropicMessagesAPI

        return AsyncStreamingAnthropicMessagesAPI(self._client)

    @cached_property
    def chat(self) -> AsyncStreamingChatAPI:
        from .api.chat import AsyncStreamingChatAPI

        return AsyncStreamingChatAPI(self._client)

    @cached_property
    def credits(self) -> AsyncStreamingCreditsAPI:
        from .api.credits import AsyncStreamingCreditsAPI

        return AsyncStreamingCreditsAPI(self._client)

    @cached_property
    def embeddings(self) -> AsyncStreamingEmbeddingsAPI:
        from .api.embeddings import AsyncStreamingEmbeddingsAPI

        return AsyncStreamingEmbeddingsAPI(self._client)

    @cached_property
    def endpoints(self) -> AsyncStreamingEndpointsAPI:
        from .api.endpoints import AsyncStreamingEndpointsAPI

        return AsyncStreamingEndpointsAPI(self._client)

    @cached_property
    def generations(self) -> AsyncStreamingGenerationsAPI:
        from .api.generations import AsyncStreamingGenerationsAPI

        return AsyncStreamingGenerationsAPI(self._client)

    @cached_property
    def guardrails(self) -> AsyncStreamingGuardrailsAPI:
        from .api.guardrails import AsyncStreamingGuardrailsAPI

        return AsyncStreamingGuardrailsAPI(self._client)

    @cached_property
    def models(self) -> AsyncStreamingModelsAPI:
        from .api.models_api import AsyncStreamingModelsAPI

        return AsyncStreamingModelsAPI(self._client)

    @cached_property
    def oauth(self) -> AsyncStreamingOAuthAPI:
        from .api.oauth import AsyncStreamingOAuthAPI

        return AsyncStreamingOAuthAPI(self._client)

    @cached_property
    def organization(self) -> AsyncStreamingOrganizationAPI:
        from .api.organization import AsyncStreamingOrganizationAPI

        return AsyncStreamingOrganizationAPI(self._client)

    @cached_property
    def providers(self) -> AsyncStreamingProvidersAPI:
        from .api.providers import AsyncStreamingProvidersAPI

        return AsyncStreamingProvidersAPI(self._client)

    @cached_property
    def rerank(self) -> AsyncStreamingRerankAPI:
        from .api.rerank import AsyncStreamingRerankAPI

        return AsyncStreamingRerankAPI(self._client)

    @cached_property
    def beta(self) -> AsyncStreamingBetaGroup:
        return AsyncStreamingBetaGroup(self._client)


class BetaGroup:
    """`client.beta`: its groups."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    @cached_property
    def responses(self) -> BetaResponsesAPI:
        """beta.responses endpoints"""
        from .api.beta_responses import BetaResponsesAPI

        return BetaResponsesAPI(self._client)


class AsyncBetaGroup:
    """`client.beta` of the async client: its groups."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    @cached_property
    def responses(self) -> AsyncBetaResponsesAPI:
        """beta.responses endpoints"""
        from .api.beta_responses import AsyncBetaResponsesAPI

        return AsyncBetaResponsesAPI(self._client)


class RawBetaGroup:
    """`client.with_raw_response.beta`: its groups."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    @cached_property
    def responses(self) -> RawBetaResponsesAPI:
        from .api.beta_responses import RawBetaResponsesAPI

        return RawBetaResponsesAPI(self._client)


class AsyncRawBetaGroup:
    """`client.with_raw_response.beta` of the async client: its groups."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    @cached_property
    def responses(self) -> AsyncRawBetaResponsesAPI:
        from .api.beta_responses import AsyncRawBetaResponsesAPI

        return AsyncRawBetaResponsesAPI(self._client)


class StreamingBetaGroup:
    """`client.with_streaming_response.beta`: its groups."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    @cached_property
    def responses(self) -> StreamingBetaResponsesAPI:
        from .api.beta_responses import StreamingBetaResponsesAPI

        return StreamingBetaResponsesAPI(self._client)


class AsyncStreamingBetaGroup:
    """`client.with_streaming_response.beta` of the async client: its groups."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    @cached_property
    def responses(self) -> AsyncStreamingBetaResponsesAPI:
        from .api.beta_responses import AsyncStreamingBetaResponsesAPI

        return AsyncStreamingBetaResponsesAPI(self._client)
