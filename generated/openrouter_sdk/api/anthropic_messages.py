"""Anthropic Messages endpoints"""

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
    "CreateMessagesParams",
    "create_messages",
    "create_messages_async",
    "AnthropicMessagesAPI",
    "AsyncAnthropicMessagesAPI",
    "RawAnthropicMessagesAPI",
    "AsyncRawAnthropicMessagesAPI",
    "StreamingAnthropicMessagesAPI",
    "AsyncStreamingAnthropicMessagesAPI",
]

_CREATE_MESSAGES = _Endpoint(
    "POST",
    "/messages",
    stream=lambda m: m.MessagesStreamEvents,
    json=lambda m: m.MessagesResult,
    errors="400=MessagesErrorResponse 401=MessagesErrorResponse 403=MessagesErrorResponse 404=MessagesErrorResponse 429=MessagesErrorResponse 500=MessagesErrorResponse 503=MessagesErrorResponse 529=MessagesErrorResponse",
    args=_Arguments(
        "create_messages",
        body="cache_control context_management max_tokens messages metadata model models output_config plugins provider route service_tier session_id speed stop_sequences stream system temperature thinking tool_choice tools top_k top_p trace user",
        required="messages model",
        kind="object",
    ),
)


class CreateMessagesParams(_CallOptions, total=False):
    """The keyword arguments of `create_messages`."""

    cache_control: _m.AnthropicCacheControlDirective | Mapping[str, Any] | None
    context_management: _m.MessagesRequestContextManagement | Mapping[str, Any] | None
    max_tokens: int | None
    messages: Required[Sequence[_m.MessagesMessageParam | Mapping[str, Any]] | None]
    metadata: _m.MessagesRequestMetadata | Mapping[str, Any] | None
    model: Required[str]
    models: Sequence[str] | None
    output_config: _m.MessagesOutputConfig | Mapping[str, Any] | None
    """Configuration for controlling output behavior. Supports the effort parameter and structured output format."""
    plugins: Sequence[_m.MessagesRequestPlugins | Mapping[str, Any]] | None
    """Plugins you want to enable for this request, including their settings."""
    provider: _m.ProviderPreferences | Mapping[str, Any] | None
    """When multiple model providers are available, optionally indicate your routing preference."""
    route: _m.DeprecatedRoute | str | None
    """**DEPRECATED** Use providers.sort.partition instead. Backwards-compatible alias for providers.sort.partition. Accepts legacy values: "fallback" (maps to "model"), "sort" (maps to "none")."""
    service_tier: _m.MessagesRequestServiceTier | str | None
    session_id: str | None
    """A unique identifier for grouping related requests (e.g., a conversation or agent workflow) for observability. If provided in both the request body and the x-session-id header, the body value takes precedence. Maximum of 256 characters."""
    speed: _m.AnthropicSpeed | str | None
    """Controls output generation speed. When set to `fast`, uses a higher-speed inference configuration at premium pricing. Defaults to `standard` when omitted."""
    stop_sequences: Sequence[str] | None
    system: str | Sequence[_m.AnthropicTextBlockParam | Mapping[str, Any]] | None
    temperature: float | None
    thinking: (
        _m.MessagesRequestThinking
        | _m.MessagesRequestThinkingDisabled
        | _m.MessagesRequestThinkingAdaptive
        | Mapping[str, Any]
        | None
    )
    tool_choice: (
        _m.MessagesRequestToolChoice
        | _m.MessagesRequestToolChoiceAny
        | _m.MessagesRequestToolChoiceNone
        | _m.MessagesRequestToolChoiceTool
        | Mapping[str, Any]
        | None
    )
    tools: (
        Sequence[
            _m.MessagesRequestTools
            | _m.MessagesRequestToolsBash20250124
            | _m.MessagesRequestToolsTextEditor20250124
            | _m.MessagesRequestToolsWebSearch20250305
            | _m.MessagesRequestToolsWebSearch20260209
            | _m.DatetimeServerTool
            | _m.OpenRouterWebSearchServerTool
            | Mapping[str, Any]
        ]
        | None
    )
    top_k: int | None
    top_p: float | None
    trace: _m.TraceConfig | Mapping[str, Any] | None
    """Metadata for observability and tracing. Known keys (trace_id, trace_name, span_name, generation_name, parent_span_id) have special handling. Additional keys are passed through as custom metadata to configured broadcast destinations."""
    user: str | None
    """A unique identifier representing your end-user, which helps distinguish between different users of your app. This allows your app to identify specific users in case of abuse reports, preventing your entire app from being affected by the actions of individual users. Maximum of 256 characters."""


@overload
def create_messages(
    client: OpenRouter | AnthropicMessagesAPI,
    *,
    stream: Literal[True],
    **params: Unpack[CreateMessagesParams],
) -> Stream[_m.MessagesStreamEvents]: ...


@overload
def create_messages(
    client: OpenRouter | AnthropicMessagesAPI,
    *,
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    **params: Unpack[CreateMessagesParams],
) -> _m.MessagesResult: ...


@overload
def create_messages(
    client: OpenRouter | AnthropicMessagesAPI,
    *,
    body: _m.MessagesRequest | Mapping[str, Any],
    stream: Literal[True],
    **params: Unpack[_CallOptions],
) -> Stream[_m.MessagesStreamEvents]: ...


@overload
def create_messages(
    client: OpenRouter | AnthropicMessagesAPI,
    *,
    body: _m.MessagesRequest | Mapping[str, Any],
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    **params: Unpack[_CallOptions],
) -> _m.MessagesResult: ...


def create_messages(
    client: OpenRouter | AnthropicMessagesAPI, **params: Any
) -> _m.MessagesResult | Stream[_m.MessagesStreamEvents]:
    """Create a message

    Creates a message using the Anthropic Messages API format. Supports text, images, PDFs, tools, and extended thinking.

    POST /messages
    """
    return client._request(_CREATE_MESSAGES, params)


@overload
async def create_messages_async(
    client: AsyncOpenRouter | AsyncAnthropicMessagesAPI,
    *,
    stream: Literal[True],
    **params: Unpack[CreateMessagesParams],
) -> AsyncStream[_m.MessagesStreamEvents]: ...


@overload
async def create_messages_async(
    client: AsyncOpenRouter | AsyncAnthropicMessagesAPI,
    *,
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    **params: Unpack[CreateMessagesParams],
) -> _m.MessagesResult: ...


@overload
async def create_messages_async(
    client: AsyncOpenRouter | AsyncAnthropicMessagesAPI,
    *,
    body: _m.MessagesRequest | Mapping[str, Any],
    stream: Literal[True],
    **params: Unpack[_CallOptions],
) -> AsyncStream[_m.MessagesStreamEvents]: ...


@overload
async def create_messages_async(
    client: AsyncOpenRouter | AsyncAnthropicMessagesAPI,
    *,
    body: _m.MessagesRequest | Mapping[str, Any],
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    **params: Unpack[_CallOptions],
) -> _m.MessagesResult: ...


async def create_messages_async(
    client: AsyncOpenRouter | AsyncAnthropicMessagesAPI, **params: Any
) -> _m.MessagesResult | AsyncStream[_m.MessagesStreamEvents]:
    """Create a message

    Creates a message using the Anthropic Messages API format. Supports text, images, PDFs, tools, and extended thinking.

    POST /messages
    """
    return await client._request(_CREATE_MESSAGES, params)


class AnthropicMessagesAPI(_Namespace):
    """`client.anthropic_messages`: the Anthropic Messages operations as methods."""

    create = create_messages


class AsyncAnthropicMessagesAPI(_Namespace):
    """`client.anthropic_messages` of the async client: the Anthropic Messages operations as methods."""

    create = create_messages_async


class RawAnthropicMessagesAPI(_Namespace):
    """`client.with_raw_response.anthropic_messages`: each operation's `APIResponse`."""

    def create(self, **params: Unpack[CreateMessagesParams]) -> APIResponse[_m.MessagesResult]:
        """Create a message"""
        return self._raw(_CREATE_MESSAGES, params)


class AsyncRawAnthropicMessagesAPI(_Namespace):
    """`client.with_raw_response.anthropic_messages` of the async client."""

    async def create(
        self, **params: Unpack[CreateMessagesParams]
    ) -> APIResponse[_m.MessagesResult]:
        """Create a message"""
        return await self._raw(_CREATE_MESSAGES, params)


class StreamingAnthropicMessagesAPI(_Namespace):
    """`client.with_streaming_response.anthropic_messages`: each operation's response, its body unread, in a `with` block."""

    def create(
        self, **params: Unpack[CreateMessagesParams]
    ) -> ResponseContextManager[StreamedResponse[_m.MessagesResult]]:
        """Create a message"""
        return self._streamed(_CREATE_MESSAGES, params)


class AsyncStreamingAnthropicMessagesAPI(_Namespace):
    """`client.with_streaming_response.anthropic_messages` of the async client (`async with`)."""

    def create(
        self, **params: Unpack[CreateMessagesParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.MessagesResult]]:
        """Create a message"""
        return self._streamed_async(_CREATE_MESSAGES, params)
