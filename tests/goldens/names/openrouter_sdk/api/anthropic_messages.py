"""Operations tagged Anthropic Messages."""

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
    "id_anthropic_messages",
    "id_anthropic_messages_async",
    "AnthropicMessagesAPI",
    "AsyncAnthropicMessagesAPI",
    "RawAnthropicMessagesAPI",
    "AsyncRawAnthropicMessagesAPI",
    "StreamingAnthropicMessagesAPI",
    "AsyncStreamingAnthropicMessagesAPI",
]

_ID_ANTHROPIC_MESSAGES = _Endpoint("GET", "/messages/{id}", auth=False, json=lambda m: m.Model)


def id_anthropic_messages(
    client: OpenRouter | AnthropicMessagesAPI,
    *,
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Model:
    """Get a message by ID

    All-caps operationId.

    GET /messages/{id}
    """
    return client._request(
        _ID_ANTHROPIC_MESSAGES,
        path={"id": id},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def id_anthropic_messages_async(
    client: AsyncOpenRouter | AsyncAnthropicMessagesAPI,
    *,
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Model:
    """Get a message by ID

    All-caps operationId.

    GET /messages/{id}
    """
    return await client._request(
        _ID_ANTHROPIC_MESSAGES,
        path={"id": id},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


class AnthropicMessagesAPI:
    """`client.anthropic_messages`: the Anthropic Messages operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    id = id_anthropic_messages


class AsyncAnthropicMessagesAPI:
    """`client.anthropic_messages` of the async client: the Anthropic Messages operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    id = id_anthropic_messages_async


class RawAnthropicMessagesAPI:
    """`client.with_raw_response.anthropic_messages`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def id(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Model]:
        """Get a message by ID"""
        return self._client._request(
            _ID_ANTHROPIC_MESSAGES,
            path={"id": id},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawAnthropicMessagesAPI:
    """`client.with_raw_response.anthropic_messages` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def id(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Model]:
        """Get a message by ID"""
        return await self._client._request(
            _ID_ANTHROPIC_MESSAGES,
            path={"id": id},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingAnthropicMessagesAPI:
    """`client.with_streaming_response.anthropic_messages`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def id(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.Model]]:
        """Get a message by ID"""

        def _send() -> Any:
            return self._client._request(
                _ID_ANTHROPIC_MESSAGES,
                path={"id": id},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingAnthropicMessagesAPI:
    """`client.with_streaming_response.anthropic_messages` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def id(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.Model]]:
        """Get a message by ID"""

        def _send() -> Any:
            return self._client._request(
                _ID_ANTHROPIC_MESSAGES,
                path={"id": id},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
