"""The clients: `OpenRouter` (sync) and `AsyncOpenRouter` (async).

What varies with the document: the settings below, and one attribute per group of
operations (`client.chat`); dotted groups nest through the small classes at the end
(`client.beta.responses`). The request loop, retries and parsing are the static
runtime (`_api_client`, `_base_client`).
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._api_client import AsyncAPIClient, SyncAPIClient
from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, ClientSettings, debug_logger

# The API modules import these from here.
from ._endpoint import Endpoint as Endpoint
from ._request import build_body as build_body
from ._request import multipart as multipart
from ._request import to_jsonable as to_jsonable

if TYPE_CHECKING:
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

__version__ = "0.1.0"
DEFAULT_BASE_URL = "https://api.names.example.com"
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

    @cached_property
    def api_keys(self) -> APIKeysAPI:
        """Operations tagged API Keys."""
        from .api.api_keys import APIKeysAPI

        return APIKeysAPI(self)

    @cached_property
    def beta(self) -> BetaGroup:
        """The `beta` groups: `beta.responses`."""
        return BetaGroup(self)

    @cached_property
    def anthropic_messages(self) -> AnthropicMessagesAPI:
        """Operations tagged Anthropic Messages."""
        from .api.anthropic_messages import AnthropicMessagesAPI

        return AnthropicMessagesAPI(self)

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
    def beta(self) -> RawBetaGroup:
        return RawBetaGroup(self._client)

    @cached_property
    def anthropic_messages(self) -> RawAnthropicMessagesAPI:
        from .api.anthropic_messages import RawAnthropicMessagesAPI

        return RawAnthropicMessagesAPI(self._client)


class OpenRouterWithStreamingResponse:
    """`client.with_streaming_response`: the client's operations as context managers."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    @cached_property
    def api_keys(self) -> StreamingAPIKeysAPI:
        from .api.api_keys import StreamingAPIKeysAPI

        return StreamingAPIKeysAPI(self._client)

    @cached_property
    def beta(self) -> StreamingBetaGroup:
        return StreamingBetaGroup(self._client)

    @cached_property
    def anthropic_messages(self) -> StreamingAnthropicMessagesAPI:
        from .api.anthropic_messages import StreamingAnthropicMessagesAPI

        return StreamingAnthropicMessagesAPI(self._client)


class AsyncOpenRouter(AsyncAPIClient):
    """Asynchronous client. Use as an async context manager, or await `close()`."""

    _settings = _SETTINGS

    @cached_property
    def api_keys(self) -> AsyncAPIKeysAPI:
        """Operations tagged API Keys."""
        from .api.api_keys import AsyncAPIKeysAPI

        return AsyncAPIKeysAPI(self)

    @cached_property
    def beta(self) -> AsyncBetaGroup:
        """The `beta` groups: `beta.responses`."""
        return AsyncBetaGroup(self)

    @cached_property
    def anthropic_messages(self) -> AsyncAnthropicMessagesAPI:
        """Operations tagged Anthropic Messages."""
        from .api.anthropic_messages import AsyncAnthropicMessagesAPI

        return AsyncAnthropicMessagesAPI(self)

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
    def beta(self) -> AsyncRawBetaGroup:
        return AsyncRawBetaGroup(self._client)

    @cached_property
    def anthropic_messages(self) -> AsyncRawAnthropicMessagesAPI:
        from .api.anthropic_messages import AsyncRawAnthropicMessagesAPI

        return AsyncRawAnthropicMessagesAPI(self._client)


class AsyncOpenRouterWithStreamingResponse:
    """`client.with_streaming_response`: the client's operations as context managers."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    @cached_property
    def api_keys(self) -> AsyncStreamingAPIKeysAPI:
        from .api.api_keys import AsyncStreamingAPIKeysAPI

        return AsyncStreamingAPIKeysAPI(self._client)

    @cached_property
    def beta(self) -> AsyncStreamingBetaGroup:
        return AsyncStreamingBetaGroup(self._client)

    @cached_property
    def anthropic_messages(self) -> AsyncStreamingAnthropicMessagesAPI:
        from .api.anthropic_messages import AsyncStreamingAnthropicMessagesAPI

        return AsyncStreamingAnthropicMessagesAPI(self._client)


class BetaGroup:
    """`client.beta`: its groups."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    @cached_property
    def responses(self) -> BetaResponsesAPI:
        """Operations tagged beta.responses."""
        from .api.beta_responses import BetaResponsesAPI

        return BetaResponsesAPI(self._client)


class AsyncBetaGroup:
    """`client.beta` of the async client: its groups."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    @cached_property
    def responses(self) -> AsyncBetaResponsesAPI:
        """Operations tagged beta.responses."""
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
