"""Operations tagged chat."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

from .._arguments import Arguments as _Arguments
from .._client import Endpoint as _Endpoint
from .._namespace import Namespace as _Namespace
from .._types import NOT_GIVEN, NotGiven
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
    from .._streaming import AsyncStream, Stream

_Any = Any
__all__ = [
    "CreateChatCompletionParams",
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
    errors="400=ErrorResponse 429=ErrorResponse 500=ErrorResponse",
    args=_Arguments(
        "create_chat_completion",
        body="model messages stream max_tokens temperature",
        required="model messages",
        kind="object",
    ),
)


class CreateChatCompletionParams(_CallOptions, total=False):
    """The keyword arguments of `create_chat_completion`."""

    model: Required[str]
    """Model identifier, e.g. "openai/gpt-4o"."""
    messages: Required[Sequence[_m.Message | Mapping[str, Any]]]
    max_tokens: int | None
    temperature: float | None


@overload
def create_chat_completion(
    client: OpenRouter | ChatAPI,
    *,
    stream: Literal[True],
    **params: Unpack[CreateChatCompletionParams],
) -> Stream[_m.ChatChunk]: ...


@overload
def create_chat_completion(
    client: OpenRouter | ChatAPI,
    *,
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    **params: Unpack[CreateChatCompletionParams],
) -> _m.ChatResponse: ...


@overload
def create_chat_completion(
    client: OpenRouter | ChatAPI,
    *,
    body: _m.ChatRequest | Mapping[str, Any],
    stream: Literal[True],
    **params: Unpack[_CallOptions],
) -> Stream[_m.ChatChunk]: ...


@overload
def create_chat_completion(
    client: OpenRouter | ChatAPI,
    *,
    body: _m.ChatRequest | Mapping[str, Any],
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    **params: Unpack[_CallOptions],
) -> _m.ChatResponse: ...


def create_chat_completion(
    client: OpenRouter | ChatAPI, **params: Any
) -> _m.ChatResponse | Stream[_m.ChatChunk]:
    """Create a chat completion

    Generates a model reply for the given messages. When `stream` is true the
    response is a `text/event-stream` of ChatChunk objects terminated by `[DONE]`.

    POST /chat/completions
    """
    return client._request(_CREATE_CHAT_COMPLETION, params)


@overload
async def create_chat_completion_async(
    client: AsyncOpenRouter | AsyncChatAPI,
    *,
    stream: Literal[True],
    **params: Unpack[CreateChatCompletionParams],
) -> AsyncStream[_m.ChatChunk]: ...


@overload
async def create_chat_completion_async(
    client: AsyncOpenRouter | AsyncChatAPI,
    *,
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    **params: Unpack[CreateChatCompletionParams],
) -> _m.ChatResponse: ...


@overload
async def create_chat_completion_async(
    client: AsyncOpenRouter | AsyncChatAPI,
    *,
    body: _m.ChatRequest | Mapping[str, Any],
    stream: Literal[True],
    **params: Unpack[_CallOptions],
) -> AsyncStream[_m.ChatChunk]: ...


@overload
async def create_chat_completion_async(
    client: AsyncOpenRouter | AsyncChatAPI,
    *,
    body: _m.ChatRequest | Mapping[str, Any],
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    **params: Unpack[_CallOptions],
) -> _m.ChatResponse: ...


async def create_chat_completion_async(
    client: AsyncOpenRouter | AsyncChatAPI, **params: Any
) -> _m.ChatResponse | AsyncStream[_m.ChatChunk]:
    """Create a chat completion

    Generates a model reply for the given messages. When `stream` is true the
    response is a `text/event-stream` of ChatChunk objects terminated by `[DONE]`.

    POST /chat/completions
    """
    return await client._request(_CREATE_CHAT_COMPLETION, params)


class ChatAPI(_Namespace):
    """`client.chat`: the chat operations as methods."""

    create_chat_completion = create_chat_completion


class AsyncChatAPI(_Namespace):
    """`client.chat` of the async client: the chat operations as methods."""

    create_chat_completion = create_chat_completion_async


class RawChatAPI(_Namespace):
    """`client.with_raw_response.chat`: each operation's `APIResponse`."""

    def create_chat_completion(
        self, **params: Unpack[CreateChatCompletionParams]
    ) -> APIResponse[_m.ChatResponse]:
        """Create a chat completion"""
        return self._raw(_CREATE_CHAT_COMPLETION, params)


class AsyncRawChatAPI(_Namespace):
    """`client.with_raw_response.chat` of the async client."""

    async def create_chat_completion(
        self, **params: Unpack[CreateChatCompletionParams]
    ) -> APIResponse[_m.ChatResponse]:
        """Create a chat completion"""
        return await self._raw(_CREATE_CHAT_COMPLETION, params)


class StreamingChatAPI(_Namespace):
    """`client.with_streaming_response.chat`: each operation's response, its body unread, in a `with` block."""

    def create_chat_completion(
        self, **params: Unpack[CreateChatCompletionParams]
    ) -> ResponseContextManager[StreamedResponse[_m.ChatResponse]]:
        """Create a chat completion"""
        return self._streamed(_CREATE_CHAT_COMPLETION, params)


class AsyncStreamingChatAPI(_Namespace):
    """`client.with_streaming_response.chat` of the async client (`async with`)."""

    def create_chat_completion(
        self, **params: Unpack[CreateChatCompletionParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.ChatResponse]]:
        """Create a chat completion"""
        return self._streamed_async(_CREATE_CHAT_COMPLETION, params)
