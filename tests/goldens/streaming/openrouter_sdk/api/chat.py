"""Operations tagged chat."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

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
    from .._streaming import AsyncStream, Stream

_Any = Any
__all__ = [
    "create_chat_completion",
    "create_chat_completion_async",
    "ChatAPI",
    "AsyncChatAPI",
    "RawChatAPI",
    "AsyncRawChatAPI",
    "StreamingChatAPI",
    "AsyncStreamingChatAPI",
]

_CREATE_CHAT_COMPLETION = _Endpoint(
    "POST",
    "/chat/completions",
    stream=lambda m: m.ChatChunk,
    json=lambda m: m.ChatResponse,
    errors={
        "400": lambda m: m.ErrorResponse,
        "429": lambda m: m.ErrorResponse,
        "500": lambda m: m.ErrorResponse,
    },
)


@overload
def create_chat_completion(
    client: OpenRouter | ChatAPI,
    *,
    model: str,
    messages: Sequence[_m.Message | Mapping[str, Any]],
    max_tokens: int | None | NotGiven = NOT_GIVEN,
    temperature: float | None | NotGiven = NOT_GIVEN,
    stream: Literal[True],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Stream[_m.ChatChunk]: ...


@overload
def create_chat_completion(
    client: OpenRouter | ChatAPI,
    *,
    model: str,
    messages: Sequence[_m.Message | Mapping[str, Any]],
    max_tokens: int | None | NotGiven = NOT_GIVEN,
    temperature: float | None | NotGiven = NOT_GIVEN,
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ChatResponse: ...


@overload
def create_chat_completion(
    client: OpenRouter | ChatAPI,
    *,
    body: _m.ChatRequest | Mapping[str, Any],
    stream: Literal[True],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Stream[_m.ChatChunk]: ...


@overload
def create_chat_completion(
    client: OpenRouter | ChatAPI,
    *,
    body: _m.ChatRequest | Mapping[str, Any],
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ChatResponse: ...


def create_chat_completion(
    client: OpenRouter | ChatAPI,
    *,
    body: _m.ChatRequest | Mapping[str, Any] | None = None,
    model: str | NotGiven = NOT_GIVEN,
    messages: Sequence[_m.Message | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
    max_tokens: int | None | NotGiven = NOT_GIVEN,
    temperature: float | None | NotGiven = NOT_GIVEN,
    stream: bool | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ChatResponse | Stream[_m.ChatChunk]:
    """Create a chat completion

    Generates a model reply for the given messages. When `stream` is true the
    response is a `text/event-stream` of ChatChunk objects terminated by `[DONE]`.

    Args:
        model: Model identifier, e.g. "openai/gpt-4o".
        stream: If true, partial results are streamed as Server-Sent Events.

    POST /chat/completions
    """
    return client._request(
        _CREATE_CHAT_COMPLETION,
        json=_build_body(
            body,
            {
                "model": model,
                "messages": messages,
                "stream": stream,
                "max_tokens": max_tokens,
                "temperature": temperature,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def create_chat_completion_async(
    client: AsyncOpenRouter | AsyncChatAPI,
    *,
    model: str,
    messages: Sequence[_m.Message | Mapping[str, Any]],
    max_tokens: int | None | NotGiven = NOT_GIVEN,
    temperature: float | None | NotGiven = NOT_GIVEN,
    stream: Literal[True],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> AsyncStream[_m.ChatChunk]: ...


@overload
async def create_chat_completion_async(
    client: AsyncOpenRouter | AsyncChatAPI,
    *,
    model: str,
    messages: Sequence[_m.Message | Mapping[str, Any]],
    max_tokens: int | None | NotGiven = NOT_GIVEN,
    temperature: float | None | NotGiven = NOT_GIVEN,
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ChatResponse: ...


@overload
async def create_chat_completion_async(
    client: AsyncOpenRouter | AsyncChatAPI,
    *,
    body: _m.ChatRequest | Mapping[str, Any],
    stream: Literal[True],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> AsyncStream[_m.ChatChunk]: ...


@overload
async def create_chat_completion_async(
    client: AsyncOpenRouter | AsyncChatAPI,
    *,
    body: _m.ChatRequest | Mapping[str, Any],
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ChatResponse: ...


async def create_chat_completion_async(
    client: AsyncOpenRouter | AsyncChatAPI,
    *,
    body: _m.ChatRequest | Mapping[str, Any] | None = None,
    model: str | NotGiven = NOT_GIVEN,
    messages: Sequence[_m.Message | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
    max_tokens: int | None | NotGiven = NOT_GIVEN,
    temperature: float | None | NotGiven = NOT_GIVEN,
    stream: bool | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ChatResponse | AsyncStream[_m.ChatChunk]:
    """Create a chat completion

    Generates a model reply for the given messages. When `stream` is true the
    response is a `text/event-stream` of ChatChunk objects terminated by `[DONE]`.

    Args:
        model: Model identifier, e.g. "openai/gpt-4o".
        stream: If true, partial results are streamed as Server-Sent Events.

    POST /chat/completions
    """
    return await client._request(
        _CREATE_CHAT_COMPLETION,
        json=_build_body(
            body,
            {
                "model": model,
                "messages": messages,
                "stream": stream,
                "max_tokens": max_tokens,
                "temperature": temperature,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


class ChatAPI:
    """`client.chat`: the chat operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    create_chat_completion = create_chat_completion


class AsyncChatAPI:
    """`client.chat` of the async client: the chat operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    create_chat_completion = create_chat_completion_async


class RawChatAPI:
    """`client.with_raw_response.chat`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def create_chat_completion(
        self,
        *,
        body: _m.ChatRequest | Mapping[str, Any] | None = None,
        model: str | NotGiven = NOT_GIVEN,
        messages: Sequence[_m.Message | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ChatResponse]:
        """Create a chat completion"""
        return self._client._request(
            _CREATE_CHAT_COMPLETION,
            json=_build_body(
                body,
                {
                    "model": model,
                    "messages": messages,
                    "stream": NOT_GIVEN,
                    "max_tokens": max_tokens,
                    "temperature": temperature,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawChatAPI:
    """`client.with_raw_response.chat` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def create_chat_completion(
        self,
        *,
        body: _m.ChatRequest | Mapping[str, Any] | None = None,
        model: str | NotGiven = NOT_GIVEN,
        messages: Sequence[_m.Message | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ChatResponse]:
        """Create a chat completion"""
        return await self._client._request(
            _CREATE_CHAT_COMPLETION,
            json=_build_body(
                body,
                {
                    "model": model,
                    "messages": messages,
                    "stream": NOT_GIVEN,
                    "max_tokens": max_tokens,
                    "temperature": temperature,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingChatAPI:
    """`client.with_streaming_response.chat`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def create_chat_completion(
        self,
        *,
        body: _m.ChatRequest | Mapping[str, Any] | None = None,
        model: str | NotGiven = NOT_GIVEN,
        messages: Sequence[_m.Message | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.ChatResponse]]:
        """Create a chat completion"""

        def _send() -> Any:
            return self._client._request(
                _CREATE_CHAT_COMPLETION,
                json=_build_body(
                    body,
                    {
                        "model": model,
                        "messages": messages,
                        "stream": NOT_GIVEN,
                        "max_tokens": max_tokens,
                        "temperature": temperature,
                    },
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingChatAPI:
    """`client.with_streaming_response.chat` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def create_chat_completion(
        self,
        *,
        body: _m.ChatRequest | Mapping[str, Any] | None = None,
        model: str | NotGiven = NOT_GIVEN,
        messages: Sequence[_m.Message | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.ChatResponse]]:
        """Create a chat completion"""

        def _send() -> Any:
            return self._client._request(
                _CREATE_CHAT_COMPLETION,
                json=_build_body(
                    body,
                    {
                        "model": model,
                        "messages": messages,
                        "stream": NOT_GIVEN,
                        "max_tokens": max_tokens,
                        "temperature": temperature,
                    },
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
