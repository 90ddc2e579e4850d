"""Operations tagged Anthropic Messages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._arguments import Arguments as _Arguments
from .._client import Endpoint as _Endpoint
from .._namespace import Namespace as _Namespace
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

_Any = Any
__all__ = [
    "IdAnthropicMessagesParams",
    "id_anthropic_messages",
    "id_anthropic_messages_async",
    "AnthropicMessagesAPI",
    "AsyncAnthropicMessagesAPI",
    "RawAnthropicMessagesAPI",
    "AsyncRawAnthropicMessagesAPI",
    "StreamingAnthropicMessagesAPI",
    "AsyncStreamingAnthropicMessagesAPI",
]

_ID_ANTHROPIC_MESSAGES = _Endpoint(
    "GET",
    "/messages/{id}",
    auth=False,
    json=lambda m: m.Model,
    args=_Arguments("id_anthropic_messages", path="id", required="id"),
)


class IdAnthropicMessagesParams(_CallOptions, total=False):
    """The keyword arguments of `id_anthropic_messages`."""

    id: Required[str]


def id_anthropic_messages(
    client: OpenRouter | AnthropicMessagesAPI, **params: Unpack[IdAnthropicMessagesParams]
) -> _m.Model:
    """Get a message by ID

    All-caps operationId.

    GET /messages/{id}
    """
    return client._request(_ID_ANTHROPIC_MESSAGES, params)


async def id_anthropic_messages_async(
    client: AsyncOpenRouter | AsyncAnthropicMessagesAPI, **params: Unpack[IdAnthropicMessagesParams]
) -> _m.Model:
    """Get a message by ID

    All-caps operationId.

    GET /messages/{id}
    """
    return await client._request(_ID_ANTHROPIC_MESSAGES, params)


class AnthropicMessagesAPI(_Namespace):
    """`client.anthropic_messages`: the Anthropic Messages operations as methods."""

    id = id_anthropic_messages


class AsyncAnthropicMessagesAPI(_Namespace):
    """`client.anthropic_messages` of the async client: the Anthropic Messages operations as methods."""

    id = id_anthropic_messages_async


class RawAnthropicMessagesAPI(_Namespace):
    """`client.with_raw_response.anthropic_messages`: each operation's `APIResponse`."""

    def id(self, **params: Unpack[IdAnthropicMessagesParams]) -> APIResponse[_m.Model]:
        """Get a message by ID"""
        return self._raw(_ID_ANTHROPIC_MESSAGES, params)


class AsyncRawAnthropicMessagesAPI(_Namespace):
    """`client.with_raw_response.anthropic_messages` of the async client."""

    async def id(self, **params: Unpack[IdAnthropicMessagesParams]) -> APIResponse[_m.Model]:
        """Get a message by ID"""
        return await self._raw(_ID_ANTHROPIC_MESSAGES, params)


class StreamingAnthropicMessagesAPI(_Namespace):
    """`client.with_streaming_response.anthropic_messages`: each operation's response, its body unread, in a `with` block."""

    def id(
        self, **params: Unpack[IdAnthropicMessagesParams]
    ) -> ResponseContextManager[StreamedResponse[_m.Model]]:
        """Get a message by ID"""
        return self._streamed(_ID_ANTHROPIC_MESSAGES, params)


class AsyncStreamingAnthropicMessagesAPI(_Namespace):
    """`client.with_streaming_response.anthropic_messages` of the async client (`async with`)."""

    def id(
        self, **params: Unpack[IdAnthropicMessagesParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.Model]]:
        """Get a message by ID"""
        return self._streamed_async(_ID_ANTHROPIC_MESSAGES, params)
