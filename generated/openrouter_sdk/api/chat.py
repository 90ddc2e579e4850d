"""Chat completion endpoints"""

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
    "SendChatCompletionRequestParams",
    "send_chat_completion_request",
    "send_chat_completion_request_async",
    "ChatAPI",
    "AsyncChatAPI",
    "RawChatAPI",
    "AsyncRawChatAPI",
    "StreamingChatAPI",
    "AsyncStreamingChatAPI",
]

_SEND_CHAT_COMPLETION_REQUEST = _Endpoint(
    "POST",
    "/chat/completions",
    stream=lambda m: m.ChatStreamChunk,
    json=lambda m: m.ChatResult,
    errors="400=BadRequestResponse 401=UnauthorizedResponse 402=PaymentRequiredResponse 404=NotFoundResponse 408=RequestTimeoutResponse 413=PayloadTooLargeResponse 422=UnprocessableEntityResponse 429=TooManyRequestsResponse 500=InternalServerResponse 502=BadGatewayResponse 503=ServiceUnavailableResponse 524=EdgeNetworkTimeoutResponse 529=ProviderOverloadedResponse",
    args=_Arguments(
        "send_chat_completion_request",
        body="cache_control debug frequency_penalty image_config logit_bias logprobs max_completion_tokens max_tokens messages metadata modalities model models parallel_tool_calls plugins presence_penalty provider reasoning response_format route seed service_tier session_id stop stream stream_options temperature tool_choice tools top_logprobs top_p trace user",
        required="messages",
        kind="object",
    ),
)


class SendChatCompletionRequestParams(_CallOptions, total=False):
    """The keyword arguments of `send_chat_completion_request`."""

    cache_control: _m.AnthropicCacheControlDirective | Mapping[str, Any] | None
    """Enable automatic prompt caching. When set, the system automatically applies cache breakpoints to the last cacheable block in the request. Currently supported for Anthropic Claude models."""
    debug: _m.ChatDebugOptions | Mapping[str, Any] | None
    """Debug options for inspecting request transformations (streaming only)"""
    frequency_penalty: float | None
    """Frequency penalty (-2.0 to 2.0)"""
    image_config: Mapping[str, str | float | Sequence[Any]] | None
    """Provider-specific image configuration options. Keys and values vary by model/provider. See https://openrouter.ai/docs/guides/overview/multimodal/image-generation for more details."""
    logit_bias: Mapping[str, Any] | None
    """Token logit bias adjustments"""
    logprobs: bool | None
    """Return log probabilities"""
    max_completion_tokens: int | None
    """Maximum tokens in completion"""
    max_tokens: int | None
    """Maximum tokens (deprecated, use max_completion_tokens). Note: some providers enforce a minimum of 16."""
    messages: Required[Sequence[_m.ChatMessages | Mapping[str, Any]]]
    """List of messages for the conversation"""
    metadata: Mapping[str, str] | None
    """Key-value pairs for additional object information (max 16 pairs, 64 char keys, 512 char values)"""
    modalities: Sequence[_m.ChatRequestModality | str] | None
    """Output modalities for the response. Supported values are "text", "image", and "audio"."""
    model: _m.ModelName | None
    """Model to use for completion"""
    models: Sequence[_m.ModelName] | None
    """Models to use for completion"""
    parallel_tool_calls: bool | None
    """Whether to enable parallel function calling during tool use. When true, the model may generate multiple tool calls in a single response."""
    plugins: Sequence[_m.ChatRequestPlugins | Mapping[str, Any]] | None
    """Plugins you want to enable for this request, including their settings."""
    presence_penalty: float | None
    """Presence penalty (-2.0 to 2.0)"""
    provider: _m.ProviderPreferences | Mapping[str, Any] | None
    """When multiple model providers are available, optionally indicate your routing preference."""
    reasoning: _m.ChatRequestReasoning | Mapping[str, Any] | None
    """Configuration options for reasoning models"""
    response_format: (
        _m.ChatFormatTextConfig
        | _m.FormatJsonObjectConfig
        | _m.ChatFormatJsonSchemaConfig
        | _m.ChatFormatGrammarConfig
        | _m.ChatFormatPythonConfig
        | Mapping[str, Any]
        | None
    )
    """Response format configuration"""
    route: _m.DeprecatedRoute | str | None
    """**DEPRECATED** Use providers.sort.partition instead. Backwards-compatible alias for providers.sort.partition. Accepts legacy values: "fallback" (maps to "model"), "sort" (maps to "none")."""
    seed: int | None
    """Random seed for deterministic outputs"""
    service_tier: _m.ChatRequestServiceTier | str | None
    """The service tier to use for processing this request."""
    session_id: str | None
    """A unique identifier for grouping related requests (e.g., a conversation or agent workflow) for observability. If provided in both the request body and the x-session-id header, the body value takes precedence. Maximum of 256 characters."""
    stop: str | _m.ChatRequestStop | None
    """Stop sequences (up to 4)"""
    stream_options: _m.ChatStreamOptions | Mapping[str, Any] | None
    """Streaming configuration options"""
    temperature: float | None
    """Sampling temperature (0-2)"""
    tool_choice: _m.ChatToolChoice | Mapping[str, Any] | None
    """Tool choice configuration"""
    tools: Sequence[_m.ChatFunctionTool | Mapping[str, Any]] | None
    """Available tools for function calling"""
    top_logprobs: int | None
    """Number of top log probabilities to return (0-20)"""
    top_p: float | None
    """Nucleus sampling parameter (0-1)"""
    trace: _m.TraceConfig | Mapping[str, Any] | None
    """Metadata for observability and tracing. Known keys (trace_id, trace_name, span_name, generation_name, parent_span_id) have special handling. Additional keys are passed through as custom metadata to configured broadcast destinations."""
    user: str | None
    """Unique user identifier"""


@overload
def send_chat_completion_request(
    client: OpenRouter | ChatAPI,
    *,
    stream: Literal[True],
    **params: Unpack[SendChatCompletionRequestParams],
) -> Stream[_m.ChatStreamChunk]: ...


@overload
def send_chat_completion_request(
    client: OpenRouter | ChatAPI,
    *,
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    **params: Unpack[SendChatCompletionRequestParams],
) -> _m.ChatResult: ...


@overload
def send_chat_completion_request(
    client: OpenRouter | ChatAPI,
    *,
    body: _m.ChatRequest | Mapping[str, Any],
    stream: Literal[True],
    **params: Unpack[_CallOptions],
) -> Stream[_m.ChatStreamChunk]: ...


@overload
def send_chat_completion_request(
    client: OpenRouter | ChatAPI,
    *,
    body: _m.ChatRequest | Mapping[str, Any],
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    **params: Unpack[_CallOptions],
) -> _m.ChatResult: ...


def send_chat_completion_request(
    client: OpenRouter | ChatAPI, **params: Any
) -> _m.ChatResult | Stream[_m.ChatStreamChunk]:
    """Create a chat completion

    Sends a request for a model response for the given chat conversation. Supports both streaming and non-streaming modes.

    POST /chat/completions
    """
    return client._request(_SEND_CHAT_COMPLETION_REQUEST, params)


@overload
async def send_chat_completion_request_async(
    client: AsyncOpenRouter | AsyncChatAPI,
    *,
    stream: Literal[True],
    **params: Unpack[SendChatCompletionRequestParams],
) -> AsyncStream[_m.ChatStreamChunk]: ...


@overload
async def send_chat_completion_request_async(
    client: AsyncOpenRouter | AsyncChatAPI,
    *,
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    **params: Unpack[SendChatCompletionRequestParams],
) -> _m.ChatResult: ...


@overload
async def send_chat_completion_request_async(
    client: AsyncOpenRouter | AsyncChatAPI,
    *,
    body: _m.ChatRequest | Mapping[str, Any],
    stream: Literal[True],
    **params: Unpack[_CallOptions],
) -> AsyncStream[_m.ChatStreamChunk]: ...


@overload
async def send_chat_completion_request_async(
    client: AsyncOpenRouter | AsyncChatAPI,
    *,
    body: _m.ChatRequest | Mapping[str, Any],
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    **params: Unpack[_CallOptions],
) -> _m.ChatResult: ...


async def send_chat_completion_request_async(
    client: AsyncOpenRouter | AsyncChatAPI, **params: Any
) -> _m.ChatResult | AsyncStream[_m.ChatStreamChunk]:
    """Create a chat completion

    Sends a request for a model response for the given chat conversation. Supports both streaming and non-streaming modes.

    POST /chat/completions
    """
    return await client._request(_SEND_CHAT_COMPLETION_REQUEST, params)


class ChatAPI(_Namespace):
    """`client.chat`: the Chat operations as methods."""

    send = send_chat_completion_request


class AsyncChatAPI(_Namespace):
    """`client.chat` of the async client: the Chat operations as methods."""

    send = send_chat_completion_request_async


class RawChatAPI(_Namespace):
    """`client.with_raw_response.chat`: each operation's `APIResponse`."""

    def send(self, **params: Unpack[SendChatCompletionRequestParams]) -> APIResponse[_m.ChatResult]:
        """Create a chat completion"""
        return self._raw(_SEND_CHAT_COMPLETION_REQUEST, params)


class AsyncRawChatAPI(_Namespace):
    """`client.with_raw_response.chat` of the async client."""

    async def send(
        self, **params: Unpack[SendChatCompletionRequestParams]
    ) -> APIResponse[_m.ChatResult]:
        """Create a chat completion"""
        return await self._raw(_SEND_CHAT_COMPLETION_REQUEST, params)


class StreamingChatAPI(_Namespace):
    """`client.with_streaming_response.chat`: each operation's response, its body unread, in a `with` block."""

    def send(
        self, **params: Unpack[SendChatCompletionRequestParams]
    ) -> ResponseContextManager[StreamedResponse[_m.ChatResult]]:
        """Create a chat completion"""
        return self._streamed(_SEND_CHAT_COMPLETION_REQUEST, params)


class AsyncStreamingChatAPI(_Namespace):
    """`client.with_streaming_response.chat` of the async client (`async with`)."""

    def send(
        self, **params: Unpack[SendChatCompletionRequestParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.ChatResult]]:
        """Create a chat completion"""
        return self._streamed_async(_SEND_CHAT_COMPLETION_REQUEST, params)
