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
    from .api.default import (
        AsyncDefaultAPI,
        AsyncRawDefaultAPI,
        AsyncStreamingDefaultAPI,
        DefaultAPI,
        RawDefaultAPI,
        StreamingDefaultAPI,
    )
    from .api.users import (
        AsyncRawUsersAPI,
        AsyncStreamingUsersAPI,
        AsyncUsersAPI,
        RawUsersAPI,
        StreamingUsersAPI,
        UsersAPI,
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
DEFAULT_BASE_URL = "http://localhost:8080"
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
    def default(self) -> DefaultAPI:
        """Operations tagged default."""
        from .api.default import DefaultAPI

        return DefaultAPI(self)

    @cached_property
    def users(self) -> UsersAPI:
        """Operations tagged users."""
        from .api.users import UsersAPI

        return UsersAPI(self)

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
    def default(self) -> RawDefaultAPI:
        from .api.default import RawDefaultAPI

        return RawDefaultAPI(self._client)

    @cached_property
    def users(self) -> RawUsersAPI:
        from .api.users import RawUsersAPI

        return RawUsersAPI(self._client)


class OpenRouterWithStreamingResponse:
    """`client.with_streaming_response`: the client's operations as context managers."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    @cached_property
    def default(self) -> StreamingDefaultAPI:
        from .api.default import StreamingDefaultAPI

        return StreamingDefaultAPI(self._client)

    @cached_property
    def users(self) -> StreamingUsersAPI:
        from .api.users import StreamingUsersAPI

        return StreamingUsersAPI(self._client)


class AsyncOpenRouter(AsyncAPIClient):
    """Asynchronous client. Use as an async context manager, or await `close()`."""

    _settings = _SETTINGS

    @cached_property
    def default(self) -> AsyncDefaultAPI:
        """Operations tagged default."""
        from .api.default import AsyncDefaultAPI

        return AsyncDefaultAPI(self)

    @cached_property
    def users(self) -> AsyncUsersAPI:
        """Operations tagged users."""
        from .api.users import AsyncUsersAPI

        return AsyncUsersAPI(self)

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
    def default(self) -> AsyncRawDefaultAPI:
        from .api.default import AsyncRawDefaultAPI

        return AsyncRawDefaultAPI(self._client)

    @cached_property
    def users(self) -> AsyncRawUsersAPI:
        from .api.users import AsyncRawUsersAPI

        return AsyncRawUsersAPI(self._client)


class AsyncOpenRouterWithStreamingResponse:
    """`client.with_streaming_response`: the client's operations as context managers."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    @cached_property
    def default(self) -> AsyncStreamingDefaultAPI:
        from .api.default import AsyncStreamingDefaultAPI

        return AsyncStreamingDefaultAPI(self._client)

    @cached_property
    def users(self) -> AsyncStreamingUsersAPI:
        from .api.users import AsyncStreamingUsersAPI

        return AsyncStreamingUsersAPI(self._client)
