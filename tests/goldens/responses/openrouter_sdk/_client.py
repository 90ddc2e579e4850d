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
    from .api.feeds import (
        AsyncFeedsAPI,
        AsyncRawFeedsAPI,
        AsyncStreamingFeedsAPI,
        FeedsAPI,
        RawFeedsAPI,
        StreamingFeedsAPI,
    )
    from .api.legacy import (
        AsyncLegacyAPI,
        AsyncRawLegacyAPI,
        AsyncStreamingLegacyAPI,
        LegacyAPI,
        RawLegacyAPI,
        StreamingLegacyAPI,
    )
    from .api.widgets import (
        AsyncRawWidgetsAPI,
        AsyncStreamingWidgetsAPI,
        AsyncWidgetsAPI,
        RawWidgetsAPI,
        StreamingWidgetsAPI,
        WidgetsAPI,
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
DEFAULT_BASE_URL = "https://api.responses.example.com"
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
    def widgets(self) -> WidgetsAPI:
        """Operations tagged widgets."""
        from .api.widgets import WidgetsAPI

        return WidgetsAPI(self)

    @cached_property
    def feeds(self) -> FeedsAPI:
        """Operations tagged feeds."""
        from .api.feeds import FeedsAPI

        return FeedsAPI(self)

    @cached_property
    def legacy(self) -> LegacyAPI:
        """Operations tagged legacy."""
        from .api.legacy import LegacyAPI

        return LegacyAPI(self)

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
    def widgets(self) -> RawWidgetsAPI:
        from .api.widgets import RawWidgetsAPI

        return RawWidgetsAPI(self._client)

    @cached_property
    def feeds(self) -> RawFeedsAPI:
        from .api.feeds import RawFeedsAPI

        return RawFeedsAPI(self._client)

    @cached_property
    def legacy(self) -> RawLegacyAPI:
        from .api.legacy import RawLegacyAPI

        return RawLegacyAPI(self._client)


class OpenRouterWithStreamingResponse:
    """`client.with_streaming_response`: the client's operations as context managers."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    @cached_property
    def widgets(self) -> StreamingWidgetsAPI:
        from .api.widgets import StreamingWidgetsAPI

        return StreamingWidgetsAPI(self._client)

    @cached_property
    def feeds(self) -> StreamingFeedsAPI:
        from .api.feeds import StreamingFeedsAPI

        return StreamingFeedsAPI(self._client)

    @cached_property
    def legacy(self) -> StreamingLegacyAPI:
        from .api.legacy import StreamingLegacyAPI

        return StreamingLegacyAPI(self._client)


class AsyncOpenRouter(AsyncAPIClient):
    """Asynchronous client. Use as an async context manager, or await `close()`."""

    _settings = _SETTINGS

    @cached_property
    def widgets(self) -> AsyncWidgetsAPI:
        """Operations tagged widgets."""
        from .api.widgets import AsyncWidgetsAPI

        return AsyncWidgetsAPI(self)

    @cached_property
    def feeds(self) -> AsyncFeedsAPI:
        """Operations tagged feeds."""
        from .api.feeds import AsyncFeedsAPI

        return AsyncFeedsAPI(self)

    @cached_property
    def legacy(self) -> AsyncLegacyAPI:
        """Operations tagged legacy."""
        from .api.legacy import AsyncLegacyAPI

        return AsyncLegacyAPI(self)

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
    def widgets(self) -> AsyncRawWidgetsAPI:
        from .api.widgets import AsyncRawWidgetsAPI

        return AsyncRawWidgetsAPI(self._client)

    @cached_property
    def feeds(self) -> AsyncRawFeedsAPI:
        from .api.feeds import AsyncRawFeedsAPI

        return AsyncRawFeedsAPI(self._client)

    @cached_property
    def legacy(self) -> AsyncRawLegacyAPI:
        from .api.legacy import AsyncRawLegacyAPI

        return AsyncRawLegacyAPI(self._client)


class AsyncOpenRouterWithStreamingResponse:
    """`client.with_streaming_response`: the client's operations as context managers."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    @cached_property
    def widgets(self) -> AsyncStreamingWidgetsAPI:
        from .api.widgets import AsyncStreamingWidgetsAPI

        return AsyncStreamingWidgetsAPI(self._client)

    @cached_property
    def feeds(self) -> AsyncStreamingFeedsAPI:
        from .api.feeds import AsyncStreamingFeedsAPI

        return AsyncStreamingFeedsAPI(self._client)

    @cached_property
    def legacy(self) -> AsyncStreamingLegacyAPI:
        from .api.legacy import AsyncStreamingLegacyAPI

        return AsyncStreamingLegacyAPI(self._client)
