"""Anthropic Messages endpoints"""

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
    errors={
        "400": lambda m: m.MessagesErrorResponse,
        "401": lambda m: m.MessagesErrorResponse,
        "403": lambda m: m.MessagesErrorResponse,
        "404": lambda m: m.MessagesErrorResponse,
        "429": lambda m: m.MessagesErrorResponse,
        "500": lambda m: m.MessagesErrorResponse,
        "503": lambda m: m.MessagesErrorResponse,
        "529": lambda m: m.MessagesErrorResponse,
    },
)


@overload
def create_messages(
    client: OpenRouter | AnthropicMessagesAPI,
    *,
    cache_control: _m.AnthropicCacheControlDirective
    | Mapping[str, Any]
    | None
    | NotGiven = NOT_GIVEN,
    context_management: _m.MessagesRequestContextManagement
    | Mapping[str, Any]
    | None
    | NotGiven = NOT_GIVEN,
    max_tokens: int | None | NotGiven = NOT_GIVEN,
    messages: Sequence[_m.MessagesMessageParam | Mapping[str, Any]] | None,
    metadata: _m.MessagesRequestMetadata | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    model: str,
    models: Sequence[str] | None | NotGiven = NOT_GIVEN,
    output_config: _m.MessagesOutputConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    plugins: Sequence[_m.MessagesRequestPlugins | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
    provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    route: _m.DeprecatedRoute | str | None | NotGiven = NOT_GIVEN,
    service_tier: _m.MessagesRequestServiceTier | str | None | NotGiven = NOT_GIVEN,
    session_id: str | None | NotGiven = NOT_GIVEN,
    speed: _m.Speed | str | None | NotGiven = NOT_GIVEN,
    stop_sequences: Sequence[str] | None | NotGiven = NOT_GIVEN,
    system: str
    | Sequence[_m.AnthropicTextBlockParam | Mapping[str, Any]]
    | None
    | NotGiven = NOT_GIVEN,
    temperature: float | None | NotGiven = NOT_GIVEN,
    thinking: _m.MessagesRequestThinking
    | Mapping[str, Any]
    | _m.MessagesRequestThinkingDisabled
    | _m.MessagesRequestThinkingAdaptive
    | None
    | NotGiven = NOT_GIVEN,
    tool_choice: _m.MessagesRequestToolChoice
    | Mapping[str, Any]
    | _m.MessagesRequestToolChoiceAny
    | _m.MessagesRequestToolChoiceNone
    | _m.MessagesRequestToolChoiceTool
    | None
    | NotGiven = NOT_GIVEN,
    tools: Sequence[
        _m.MessagesRequestTools
        | Mapping[str, Any]
        | _m.MessagesRequestToolsBash20250124
        | _m.MessagesRequestToolsTextEditor20250124
        | _m.MessagesRequestToolsWebSearch20250305
        | _m.MessagesRequestToolsWebSearch20260209
        | _m.DatetimeServerTool
        | _m.OpenRouterWebSearchServerTool
    ]
    | None
    | NotGiven = NOT_GIVEN,
    top_k: int | None | NotGiven = NOT_GIVEN,
    top_p: float | None | NotGiven = NOT_GIVEN,
    trace: _m.TraceConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    user: str | None | NotGiven = NOT_GIVEN,
    stream: Literal[True],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Stream[_m.MessagesStreamEvents]: ...


@overload
def create_messages(
    client: OpenRouter | AnthropicMessagesAPI,
    *,
    cache_control: _m.AnthropicCacheControlDirective
    | Mapping[str, Any]
    | None
    | NotGiven = NOT_GIVEN,
    context_management: _m.MessagesRequestContextManagement
    | Mapping[str, Any]
    | None
    | NotGiven = NOT_GIVEN,
    max_tokens: int | None | NotGiven = NOT_GIVEN,
    messages: Sequence[_m.MessagesMessageParam | Mapping[str, Any]] | None,
    metadata: _m.MessagesRequestMetadata | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    model: str,
    models: Sequence[str] | None | NotGiven = NOT_GIVEN,
    output_config: _m.MessagesOutputConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    plugins: Sequence[_m.MessagesRequestPlugins | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
    provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    route: _m.DeprecatedRoute | str | None | NotGiven = NOT_GIVEN,
    service_tier: _m.MessagesRequestServiceTier | str | None | NotGiven = NOT_GIVEN,
    session_id: str | None | NotGiven = NOT_GIVEN,
    speed: _m.Speed | str | None | NotGiven = NOT_GIVEN,
    stop_sequences: Sequence[str] | None | NotGiven = NOT_GIVEN,
    system: str
    | Sequence[_m.AnthropicTextBlockParam | Mapping[str, Any]]
    | None
    | NotGiven = NOT_GIVEN,
    temperature: float | None | NotGiven = NOT_GIVEN,
    thinking: _m.MessagesRequestThinking
    | Mapping[str, Any]
    | _m.MessagesRequestThinkingDisabled
    | _m.MessagesRequestThinkingAdaptive
    | None
    | NotGiven = NOT_GIVEN,
    tool_choice: _m.MessagesRequestToolChoice
    | Mapping[str, Any]
    | _m.MessagesRequestToolChoiceAny
    | _m.MessagesRequestToolChoiceNone
    | _m.MessagesRequestToolChoiceTool
    | None
    | NotGiven = NOT_GIVEN,
    tools: Sequence[
        _m.MessagesRequestTools
        | Mapping[str, Any]
        | _m.MessagesRequestToolsBash20250124
        | _m.MessagesRequestToolsTextEditor20250124
        | _m.MessagesRequestToolsWebSearch20250305
        | _m.MessagesRequestToolsWebSearch20260209
        | _m.DatetimeServerTool
        | _m.OpenRouterWebSearchServerTool
    ]
    | None
    | NotGiven = NOT_GIVEN,
    top_k: int | None | NotGiven = NOT_GIVEN,
    top_p: float | None | NotGiven = NOT_GIVEN,
    trace: _m.TraceConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    user: str | None | NotGiven = NOT_GIVEN,
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.MessagesResult: ...


@overload
def create_messages(
    client: OpenRouter | AnthropicMessagesAPI,
    *,
    body: _m.MessagesRequest | Mapping[str, Any],
    stream: Literal[True],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Stream[_m.MessagesStreamEvents]: ...


@overload
def create_messages(
    client: OpenRouter | AnthropicMessagesAPI,
    *,
    body: _m.MessagesRequest | Mapping[str, Any],
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.MessagesResult: ...


def create_messages(
    client: OpenRouter | AnthropicMessagesAPI,
    *,
    body: _m.MessagesRequest | Mapping[str, Any] | None = None,
    cache_control: _m.AnthropicCacheControlDirective
    | Mapping[str, Any]
    | None
    | NotGiven = NOT_GIVEN,
    context_management: _m.MessagesRequestContextManagement
    | Mapping[str, Any]
    | None
    | NotGiven = NOT_GIVEN,
    max_tokens: int | None | NotGiven = NOT_GIVEN,
    messages: Sequence[_m.MessagesMessageParam | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
    metadata: _m.MessagesRequestMetadata | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    model: str | NotGiven = NOT_GIVEN,
    models: Sequence[str] | None | NotGiven = NOT_GIVEN,
    output_config: _m.MessagesOutputConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    plugins: Sequence[_m.MessagesRequestPlugins | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
    provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    route: _m.DeprecatedRoute | str | None | NotGiven = NOT_GIVEN,
    service_tier: _m.MessagesRequestServiceTier | str | None | NotGiven = NOT_GIVEN,
    session_id: str | None | NotGiven = NOT_GIVEN,
    speed: _m.Speed | str | None | NotGiven = NOT_GIVEN,
    stop_sequences: Sequence[str] | None | NotGiven = NOT_GIVEN,
    system: str
    | Sequence[_m.AnthropicTextBlockParam | Mapping[str, Any]]
    | None
    | NotGiven = NOT_GIVEN,
    temperature: float | None | NotGiven = NOT_GIVEN,
    thinking: _m.MessagesRequestThinking
    | Mapping[str, Any]
    | _m.MessagesRequestThinkingDisabled
    | _m.MessagesRequestThinkingAdaptive
    | None
    | NotGiven = NOT_GIVEN,
    tool_choice: _m.MessagesRequestToolChoice
    | Mapping[str, Any]
    | _m.MessagesRequestToolChoiceAny
    | _m.MessagesRequestToolChoiceNone
    | _m.MessagesRequestToolChoiceTool
    | None
    | NotGiven = NOT_GIVEN,
    tools: Sequence[
        _m.MessagesRequestTools
        | Mapping[str, Any]
        | _m.MessagesRequestToolsBash20250124
        | _m.MessagesRequestToolsTextEditor20250124
        | _m.MessagesRequestToolsWebSearch20250305
        | _m.MessagesRequestToolsWebSearch20260209
        | _m.DatetimeServerTool
        | _m.OpenRouterWebSearchServerTool
    ]
    | None
    | NotGiven = NOT_GIVEN,
    top_k: int | None | NotGiven = NOT_GIVEN,
    top_p: float | None | NotGiven = NOT_GIVEN,
    trace: _m.TraceConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    user: str | None | NotGiven = NOT_GIVEN,
    stream: bool | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.MessagesResult | Stream[_m.MessagesStreamEvents]:
    """Create a message

    Creates a message using the Anthropic Messages API format. Supports text, images, PDFs, tools, and extended thinking.

    Args:
        output_config: Configuration for controlling output behavior. Supports the effort parameter and structured output format.
        plugins: Plugins you want to enable for this request, including their settings.
        provider: When multiple model providers are available, optionally indicate your routing preference.
        route: **DEPRECATED** Use providers.sort.partition instead. Backwards-compatible alias for providers.sort.partition. Accepts legacy values: "fallback" (maps to "model"), "sort" (maps to "none").
        session_id: A unique identifier for grouping related requests (e.g., a conversation or agent workflow) for observability. If provided in both the request body and the x-session-id header, the body value takes precedence. Maximum of 256 characters.
        trace: Metadata for observability and tracing. Known keys (trace_id, trace_name, span_name, generation_name, parent_span_id) have special handling. Additional keys are passed through as custom metadata to configured broadcast destinations.
        user: A unique identifier representing your end-user, which helps distinguish between different users of your app. This allows your app to identify specific users in case of abuse reports, preventing your entire app from being affected by the actions of individual users. Maximum of 256 characters.

    POST /messages
    """
    return client._request(
        _CREATE_MESSAGES,
        json=_build_body(
            body,
            {
                "cache_control": cache_control,
                "context_management": context_management,
                "max_tokens": max_tokens,
                "messages": messages,
                "metadata": metadata,
                "model": model,
                "models": models,
                "output_config": output_config,
                "plugins": plugins,
                "provider": provider,
                "route": route,
                "service_tier": service_tier,
                "session_id": session_id,
                "speed": speed,
                "stop_sequences": stop_sequences,
                "stream": stream,
                "system": system,
                "temperature": temperature,
                "thinking": thinking,
                "tool_choice": tool_choice,
                "tools": tools,
                "top_k": top_k,
                "top_p": top_p,
                "trace": trace,
                "user": user,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def create_messages_async(
    client: AsyncOpenRouter | AsyncAnthropicMessagesAPI,
    *,
    cache_control: _m.AnthropicCacheControlDirective
    | Mapping[str, Any]
    | None
    | NotGiven = NOT_GIVEN,
    context_management: _m.MessagesRequestContextManagement
    | Mapping[str, Any]
    | None
    | NotGiven = NOT_GIVEN,
    max_tokens: int | None | NotGiven = NOT_GIVEN,
    messages: Sequence[_m.MessagesMessageParam | Mapping[str, Any]] | None,
    metadata: _m.MessagesRequestMetadata | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    model: str,
    models: Sequence[str] | None | NotGiven = NOT_GIVEN,
    output_config: _m.MessagesOutputConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    plugins: Sequence[_m.MessagesRequestPlugins | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
    provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    route: _m.DeprecatedRoute | str | None | NotGiven = NOT_GIVEN,
    service_tier: _m.MessagesRequestServiceTier | str | None | NotGiven = NOT_GIVEN,
    session_id: str | None | NotGiven = NOT_GIVEN,
    speed: _m.Speed | str | None | NotGiven = NOT_GIVEN,
    stop_sequences: Sequence[str] | None | NotGiven = NOT_GIVEN,
    system: str
    | Sequence[_m.AnthropicTextBlockParam | Mapping[str, Any]]
    | None
    | NotGiven = NOT_GIVEN,
    temperature: float | None | NotGiven = NOT_GIVEN,
    thinking: _m.MessagesRequestThinking
    | Mapping[str, Any]
    | _m.MessagesRequestThinkingDisabled
    | _m.MessagesRequestThinkingAdaptive
    | None
    | NotGiven = NOT_GIVEN,
    tool_choice: _m.MessagesRequestToolChoice
    | Mapping[str, Any]
    | _m.MessagesRequestToolChoiceAny
    | _m.MessagesRequestToolChoiceNone
    | _m.MessagesRequestToolChoiceTool
    | None
    | NotGiven = NOT_GIVEN,
    tools: Sequence[
        _m.MessagesRequestTools
        | Mapping[str, Any]
        | _m.MessagesRequestToolsBash20250124
        | _m.MessagesRequestToolsTextEditor20250124
        | _m.MessagesRequestToolsWebSearch20250305
        | _m.MessagesRequestToolsWebSearch20260209
        | _m.DatetimeServerTool
        | _m.OpenRouterWebSearchServerTool
    ]
    | None
    | NotGiven = NOT_GIVEN,
    top_k: int | None | NotGiven = NOT_GIVEN,
    top_p: float | None | NotGiven = NOT_GIVEN,
    trace: _m.TraceConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    user: str | None | NotGiven = NOT_GIVEN,
    stream: Literal[True],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> AsyncStream[_m.MessagesStreamEvents]: ...


@overload
async def create_messages_async(
    client: AsyncOpenRouter | AsyncAnthropicMessagesAPI,
    *,
    cache_control: _m.AnthropicCacheControlDirective
    | Mapping[str, Any]
    | None
    | NotGiven = NOT_GIVEN,
    context_management: _m.MessagesRequestContextManagement
    | Mapping[str, Any]
    | None
    | NotGiven = NOT_GIVEN,
    max_tokens: int | None | NotGiven = NOT_GIVEN,
    messages: Sequence[_m.MessagesMessageParam | Mapping[str, Any]] | None,
    metadata: _m.MessagesRequestMetadata | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    model: str,
    models: Sequence[str] | None | NotGiven = NOT_GIVEN,
    output_config: _m.MessagesOutputConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    plugins: Sequence[_m.MessagesRequestPlugins | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
    provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    route: _m.DeprecatedRoute | str | None | NotGiven = NOT_GIVEN,
    service_tier: _m.MessagesRequestServiceTier | str | None | NotGiven = NOT_GIVEN,
    session_id: str | None | NotGiven = NOT_GIVEN,
    speed: _m.Speed | str | None | NotGiven = NOT_GIVEN,
    stop_sequences: Sequence[str] | None | NotGiven = NOT_GIVEN,
    system: str
    | Sequence[_m.AnthropicTextBlockParam | Mapping[str, Any]]
    | None
    | NotGiven = NOT_GIVEN,
    temperature: float | None | NotGiven = NOT_GIVEN,
    thinking: _m.MessagesRequestThinking
    | Mapping[str, Any]
    | _m.MessagesRequestThinkingDisabled
    | _m.MessagesRequestThinkingAdaptive
    | None
    | NotGiven = NOT_GIVEN,
    tool_choice: _m.MessagesRequestToolChoice
    | Mapping[str, Any]
    | _m.MessagesRequestToolChoiceAny
    | _m.MessagesRequestToolChoiceNone
    | _m.MessagesRequestToolChoiceTool
    | None
    | NotGiven = NOT_GIVEN,
    tools: Sequence[
        _m.MessagesRequestTools
        | Mapping[str, Any]
        | _m.MessagesRequestToolsBash20250124
        | _m.MessagesRequestToolsTextEditor20250124
        | _m.MessagesRequestToolsWebSearch20250305
        | _m.MessagesRequestToolsWebSearch20260209
        | _m.DatetimeServerTool
        | _m.OpenRouterWebSearchServerTool
    ]
    | None
    | NotGiven = NOT_GIVEN,
    top_k: int | None | NotGiven = NOT_GIVEN,
    top_p: float | None | NotGiven = NOT_GIVEN,
    trace: _m.TraceConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    user: str | None | NotGiven = NOT_GIVEN,
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.MessagesResult: ...


@overload
async def create_messages_async(
    client: AsyncOpenRouter | AsyncAnthropicMessagesAPI,
    *,
    body: _m.MessagesRequest | Mapping[str, Any],
    stream: Literal[True],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> AsyncStream[_m.MessagesStreamEvents]: ...


@overload
async def create_messages_async(
    client: AsyncOpenRouter | AsyncAnthropicMessagesAPI,
    *,
    body: _m.MessagesRequest | Mapping[str, Any],
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.MessagesResult: ...


async def create_messages_async(
    client: AsyncOpenRouter | AsyncAnthropicMessagesAPI,
    *,
    body: _m.MessagesRequest | Mapping[str, Any] | None = None,
    cache_control: _m.AnthropicCacheControlDirective
    | Mapping[str, Any]
    | None
    | NotGiven = NOT_GIVEN,
    context_management: _m.MessagesRequestContextManagement
    | Mapping[str, Any]
    | None
    | NotGiven = NOT_GIVEN,
    max_tokens: int | None | NotGiven = NOT_GIVEN,
    messages: Sequence[_m.MessagesMessageParam | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
    metadata: _m.MessagesRequestMetadata | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    model: str | NotGiven = NOT_GIVEN,
    models: Sequence[str] | None | NotGiven = NOT_GIVEN,
    output_config: _m.MessagesOutputConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    plugins: Sequence[_m.MessagesRequestPlugins | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
    provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    route: _m.DeprecatedRoute | str | None | NotGiven = NOT_GIVEN,
    service_tier: _m.MessagesRequestServiceTier | str | None | NotGiven = NOT_GIVEN,
    session_id: str | None | NotGiven = NOT_GIVEN,
    speed: _m.Speed | str | None | NotGiven = NOT_GIVEN,
    stop_sequences: Sequence[str] | None | NotGiven = NOT_GIVEN,
    system: str
    | Sequence[_m.AnthropicTextBlockParam | Mapping[str, Any]]
    | None
    | NotGiven = NOT_GIVEN,
    temperature: float | None | NotGiven = NOT_GIVEN,
    thinking: _m.MessagesRequestThinking
    | Mapping[str, Any]
    | _m.MessagesRequestThinkingDisabled
    | _m.MessagesRequestThinkingAdaptive
    | None
    | NotGiven = NOT_GIVEN,
    tool_choice: _m.MessagesRequestToolChoice
    | Mapping[str, Any]
    | _m.MessagesRequestToolChoiceAny
    | _m.MessagesRequestToolChoiceNone
    | _m.MessagesRequestToolChoiceTool
    | None
    | NotGiven = NOT_GIVEN,
    tools: Sequence[
        _m.MessagesRequestTools
        | Mapping[str, Any]
        | _m.MessagesRequestToolsBash20250124
        | _m.MessagesRequestToolsTextEditor20250124
        | _m.MessagesRequestToolsWebSearch20250305
        | _m.MessagesRequestToolsWebSearch20260209
        | _m.DatetimeServerTool
        | _m.OpenRouterWebSearchServerTool
    ]
    | None
    | NotGiven = NOT_GIVEN,
    top_k: int | None | NotGiven = NOT_GIVEN,
    top_p: float | None | NotGiven = NOT_GIVEN,
    trace: _m.TraceConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    user: str | None | NotGiven = NOT_GIVEN,
    stream: bool | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.MessagesResult | AsyncStream[_m.MessagesStreamEvents]:
    """Create a message

    Creates a message using the Anthropic Messages API format. Supports text, images, PDFs, tools, and extended thinking.

    Args:
        output_config: Configuration for controlling output behavior. Supports the effort parameter and structured output format.
        plugins: Plugins you want to enable for this request, including their settings.
        provider: When multiple model providers are available, optionally indicate your routing preference.
        route: **DEPRECATED** Use providers.sort.partition instead. Backwards-compatible alias for providers.sort.partition. Accepts legacy values: "fallback" (maps to "model"), "sort" (maps to "none").
        session_id: A unique identifier for grouping related requests (e.g., a conversation or agent workflow) for observability. If provided in both the request body and the x-session-id header, the body value takes precedence. Maximum of 256 characters.
        trace: Metadata for observability and tracing. Known keys (trace_id, trace_name, span_name, generation_name, parent_span_id) have special handling. Additional keys are passed through as custom metadata to configured broadcast destinations.
        user: A unique identifier representing your end-user, which helps distinguish between different users of your app. This allows your app to identify specific users in case of abuse reports, preventing your entire app from being affected by the actions of individual users. Maximum of 256 characters.

    POST /messages
    """
    return await client._request(
        _CREATE_MESSAGES,
        json=_build_body(
            body,
            {
                "cache_control": cache_control,
                "context_management": context_management,
                "max_tokens": max_tokens,
                "messages": messages,
                "metadata": metadata,
                "model": model,
                "models": models,
                "output_config": output_config,
                "plugins": plugins,
                "provider": provider,
                "route": route,
                "service_tier": service_tier,
                "session_id": session_id,
                "speed": speed,
                "stop_sequences": stop_sequences,
                "stream": stream,
                "system": system,
                "temperature": temperature,
                "thinking": thinking,
                "tool_choice": tool_choice,
                "tools": tools,
                "top_k": top_k,
                "top_p": top_p,
                "trace": trace,
                "user": user,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


class AnthropicMessagesAPI:
    """`client.anthropic_messages`: the Anthropic Messages operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    create = create_messages


class AsyncAnthropicMessagesAPI:
    """`client.anthropic_messages` of the async client: the Anthropic Messages operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    create = create_messages_async


class RawAnthropicMessagesAPI:
    """`client.with_raw_response.anthropic_messages`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def create(
        self,
        *,
        body: _m.MessagesRequest | Mapping[str, Any] | None = None,
        cache_control: _m.AnthropicCacheControlDirective
        | Mapping[str, Any]
        | None
        | NotGiven = NOT_GIVEN,
        context_management: _m.MessagesRequestContextManagement
        | Mapping[str, Any]
        | None
        | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        messages: Sequence[_m.MessagesMessageParam | Mapping[str, Any]]
        | None
        | NotGiven = NOT_GIVEN,
        metadata: _m.MessagesRequestMetadata | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        models: Sequence[str] | None | NotGiven = NOT_GIVEN,
        output_config: _m.MessagesOutputConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        plugins: Sequence[_m.MessagesRequestPlugins | Mapping[str, Any]]
        | None
        | NotGiven = NOT_GIVEN,
        provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        route: _m.DeprecatedRoute | str | None | NotGiven = NOT_GIVEN,
        service_tier: _m.MessagesRequestServiceTier | str | None | NotGiven = NOT_GIVEN,
        session_id: str | None | NotGiven = NOT_GIVEN,
        speed: _m.Speed | str | None | NotGiven = NOT_GIVEN,
        stop_sequences: Sequence[str] | None | NotGiven = NOT_GIVEN,
        system: str
        | Sequence[_m.AnthropicTextBlockParam | Mapping[str, Any]]
        | None
        | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        thinking: _m.MessagesRequestThinking
        | Mapping[str, Any]
        | _m.MessagesRequestThinkingDisabled
        | _m.MessagesRequestThinkingAdaptive
        | None
        | NotGiven = NOT_GIVEN,
        tool_choice: _m.MessagesRequestToolChoice
        | Mapping[str, Any]
        | _m.MessagesRequestToolChoiceAny
        | _m.MessagesRequestToolChoiceNone
        | _m.MessagesRequestToolChoiceTool
        | None
        | NotGiven = NOT_GIVEN,
        tools: Sequence[
            _m.MessagesRequestTools
            | Mapping[str, Any]
            | _m.MessagesRequestToolsBash20250124
            | _m.MessagesRequestToolsTextEditor20250124
            | _m.MessagesRequestToolsWebSearch20250305
            | _m.MessagesRequestToolsWebSearch20260209
            | _m.DatetimeServerTool
            | _m.OpenRouterWebSearchServerTool
        ]
        | None
        | NotGiven = NOT_GIVEN,
        top_k: int | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        trace: _m.TraceConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        user: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.MessagesResult]:
        """Create a message"""
        return self._client._request(
            _CREATE_MESSAGES,
            json=_build_body(
                body,
                {
                    "cache_control": cache_control,
                    "context_management": context_management,
                    "max_tokens": max_tokens,
                    "messages": messages,
                    "metadata": metadata,
                    "model": model,
                    "models": models,
                    "output_config": output_config,
                    "plugins": plugins,
                    "provider": provider,
                    "route": route,
                    "service_tier": service_tier,
                    "session_id": session_id,
                    "speed": speed,
                    "stop_sequences": stop_sequences,
                    "stream": NOT_GIVEN,
                    "system": system,
                    "temperature": temperature,
                    "thinking": thinking,
                    "tool_choice": tool_choice,
                    "tools": tools,
                    "top_k": top_k,
                    "top_p": top_p,
                    "trace": trace,
                    "user": user,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawAnthropicMessagesAPI:
    """`client.with_raw_response.anthropic_messages` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: _m.MessagesRequest | Mapping[str, Any] | None = None,
        cache_control: _m.AnthropicCacheControlDirective
        | Mapping[str, Any]
        | None
        | NotGiven = NOT_GIVEN,
        context_management: _m.MessagesRequestContextManagement
        | Mapping[str, Any]
        | None
        | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        messages: Sequence[_m.MessagesMessageParam | Mapping[str, Any]]
        | None
        | NotGiven = NOT_GIVEN,
        metadata: _m.MessagesRequestMetadata | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        models: Sequence[str] | None | NotGiven = NOT_GIVEN,
        output_config: _m.MessagesOutputConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        plugins: Sequence[_m.MessagesRequestPlugins | Mapping[str, Any]]
        | None
        | NotGiven = NOT_GIVEN,
        provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        route: _m.DeprecatedRoute | str | None | NotGiven = NOT_GIVEN,
        service_tier: _m.MessagesRequestServiceTier | str | None | NotGiven = NOT_GIVEN,
        session_id: str | None | NotGiven = NOT_GIVEN,
        speed: _m.Speed | str | None | NotGiven = NOT_GIVEN,
        stop_sequences: Sequence[str] | None | NotGiven = NOT_GIVEN,
        system: str
        | Sequence[_m.AnthropicTextBlockParam | Mapping[str, Any]]
        | None
        | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        thinking: _m.MessagesRequestThinking
        | Mapping[str, Any]
        | _m.MessagesRequestThinkingDisabled
        | _m.MessagesRequestThinkingAdaptive
        | None
        | NotGiven = NOT_GIVEN,
        tool_choice: _m.MessagesRequestToolChoice
        | Mapping[str, Any]
        | _m.MessagesRequestToolChoiceAny
        | _m.MessagesRequestToolChoiceNone
        | _m.MessagesRequestToolChoiceTool
        | None
        | NotGiven = NOT_GIVEN,
        tools: Sequence[
            _m.MessagesRequestTools
            | Mapping[str, Any]
            | _m.MessagesRequestToolsBash20250124
            | _m.MessagesRequestToolsTextEditor20250124
            | _m.MessagesRequestToolsWebSearch20250305
            | _m.MessagesRequestToolsWebSearch20260209
            | _m.DatetimeServerTool
            | _m.OpenRouterWebSearchServerTool
        ]
        | None
        | NotGiven = NOT_GIVEN,
        top_k: int | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        trace: _m.TraceConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        user: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.MessagesResult]:
        """Create a message"""
        return await self._client._request(
            _CREATE_MESSAGES,
            json=_build_body(
                body,
                {
                    "cache_control": cache_control,
                    "context_management": context_management,
                    "max_tokens": max_tokens,
                    "messages": messages,
                    "metadata": metadata,
                    "model": model,
                    "models": models,
                    "output_config": output_config,
                    "plugins": plugins,
                    "provider": provider,
                    "route": route,
                    "service_tier": service_tier,
                    "session_id": session_id,
                    "speed": speed,
                    "stop_sequences": stop_sequences,
                    "stream": NOT_GIVEN,
                    "system": system,
                    "temperature": temperature,
                    "thinking": thinking,
                    "tool_choice": tool_choice,
                    "tools": tools,
                    "top_k": top_k,
                    "top_p": top_p,
                    "trace": trace,
                    "user": user,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingAnthropicMessagesAPI:
    """`client.with_streaming_response.anthropic_messages`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def create(
        self,
        *,
        body: _m.MessagesRequest | Mapping[str, Any] | None = None,
        cache_control: _m.AnthropicCacheControlDirective
        | Mapping[str, Any]
        | None
        | NotGiven = NOT_GIVEN,
        context_management: _m.MessagesRequestContextManagement
        | Mapping[str, Any]
        | None
        | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        messages: Sequence[_m.MessagesMessageParam | Mapping[str, Any]]
        | None
        | NotGiven = NOT_GIVEN,
        metadata: _m.MessagesRequestMetadata | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        models: Sequence[str] | None | NotGiven = NOT_GIVEN,
        output_config: _m.MessagesOutputConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        plugins: Sequence[_m.MessagesRequestPlugins | Mapping[str, Any]]
        | None
        | NotGiven = NOT_GIVEN,
        provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        route: _m.DeprecatedRoute | str | None | NotGiven = NOT_GIVEN,
        service_tier: _m.MessagesRequestServiceTier | str | None | NotGiven = NOT_GIVEN,
        session_id: str | None | NotGiven = NOT_GIVEN,
        speed: _m.Speed | str | None | NotGiven = NOT_GIVEN,
        stop_sequences: Sequence[str] | None | NotGiven = NOT_GIVEN,
        system: str
        | Sequence[_m.AnthropicTextBlockParam | Mapping[str, Any]]
        | None
        | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        thinking: _m.MessagesRequestThinking
        | Mapping[str, Any]
        | _m.MessagesRequestThinkingDisabled
        | _m.MessagesRequestThinkingAdaptive
        | None
        | NotGiven = NOT_GIVEN,
        tool_choice: _m.MessagesRequestToolChoice
        | Mapping[str, Any]
        | _m.MessagesRequestToolChoiceAny
        | _m.MessagesRequestToolChoiceNone
        | _m.MessagesRequestToolChoiceTool
        | None
        | NotGiven = NOT_GIVEN,
        tools: Sequence[
            _m.MessagesRequestTools
            | Mapping[str, Any]
            | _m.MessagesRequestToolsBash20250124
            | _m.MessagesRequestToolsTextEditor20250124
            | _m.MessagesRequestToolsWebSearch20250305
            | _m.MessagesRequestToolsWebSearch20260209
            | _m.DatetimeServerTool
            | _m.OpenRouterWebSearchServerTool
        ]
        | None
        | NotGiven = NOT_GIVEN,
        top_k: int | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        trace: _m.TraceConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        user: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.MessagesResult]]:
        """Create a message"""

        def _send() -> Any:
            return self._client._request(
                _CREATE_MESSAGES,
                json=_build_body(
                    body,
                    {
                        "cache_control": cache_control,
                        "context_management": context_management,
                        "max_tokens": max_tokens,
                        "messages": messages,
                        "metadata": metadata,
                        "model": model,
                        "models": models,
                        "output_config": output_config,
                        "plugins": plugins,
                        "provider": provider,
                        "route": route,
                        "service_tier": service_tier,
                        "session_id": session_id,
                        "speed": speed,
                        "stop_sequences": stop_sequences,
                        "stream": NOT_GIVEN,
                        "system": system,
                        "temperature": temperature,
                        "thinking": thinking,
                        "tool_choice": tool_choice,
                        "tools": tools,
                        "top_k": top_k,
                        "top_p": top_p,
                        "trace": trace,
                        "user": user,
                    },
                ),
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

    def create(
        self,
        *,
        body: _m.MessagesRequest | Mapping[str, Any] | None = None,
        cache_control: _m.AnthropicCacheControlDirective
        | Mapping[str, Any]
        | None
        | NotGiven = NOT_GIVEN,
        context_management: _m.MessagesRequestContextManagement
        | Mapping[str, Any]
        | None
        | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        messages: Sequence[_m.MessagesMessageParam | Mapping[str, Any]]
        | None
        | NotGiven = NOT_GIVEN,
        metadata: _m.MessagesRequestMetadata | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        models: Sequence[str] | None | NotGiven = NOT_GIVEN,
        output_config: _m.MessagesOutputConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        plugins: Sequence[_m.MessagesRequestPlugins | Mapping[str, Any]]
        | None
        | NotGiven = NOT_GIVEN,
        provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        route: _m.DeprecatedRoute | str | None | NotGiven = NOT_GIVEN,
        service_tier: _m.MessagesRequestServiceTier | str | None | NotGiven = NOT_GIVEN,
        session_id: str | None | NotGiven = NOT_GIVEN,
        speed: _m.Speed | str | None | NotGiven = NOT_GIVEN,
        stop_sequences: Sequence[str] | None | NotGiven = NOT_GIVEN,
        system: str
        | Sequence[_m.AnthropicTextBlockParam | Mapping[str, Any]]
        | None
        | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        thinking: _m.MessagesRequestThinking
        | Mapping[str, Any]
        | _m.MessagesRequestThinkingDisabled
        | _m.MessagesRequestThinkingAdaptive
        | None
        | NotGiven = NOT_GIVEN,
        tool_choice: _m.MessagesRequestToolChoice
        | Mapping[str, Any]
        | _m.MessagesRequestToolChoiceAny
        | _m.MessagesRequestToolChoiceNone
        | _m.MessagesRequestToolChoiceTool
        | None
        | NotGiven = NOT_GIVEN,
        tools: Sequence[
            _m.MessagesRequestTools
            | Mapping[str, Any]
            | _m.MessagesRequestToolsBash20250124
            | _m.MessagesRequestToolsTextEditor20250124
            | _m.MessagesRequestToolsWebSearch20250305
            | _m.MessagesRequestToolsWebSearch20260209
            | _m.DatetimeServerTool
            | _m.OpenRouterWebSearchServerTool
        ]
        | None
        | NotGiven = NOT_GIVEN,
        top_k: int | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        trace: _m.TraceConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        user: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.MessagesResult]]:
        """Create a message"""

        def _send() -> Any:
            return self._client._request(
                _CREATE_MESSAGES,
                json=_build_body(
                    body,
                    {
                        "cache_control": cache_control,
                        "context_management": context_management,
                        "max_tokens": max_tokens,
                        "messages": messages,
                        "metadata": metadata,
                        "model": model,
                        "models": models,
                        "output_config": output_config,
                        "plugins": plugins,
                        "provider": provider,
                        "route": route,
                        "service_tier": service_tier,
                        "session_id": session_id,
                        "speed": speed,
                        "stop_sequences": stop_sequences,
                        "stream": NOT_GIVEN,
                        "system": system,
                        "temperature": temperature,
                        "thinking": thinking,
                        "tool_choice": tool_choice,
                        "tools": tools,
                        "top_k": top_k,
                        "top_p": top_p,
                        "trace": trace,
                        "user": user,
                    },
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
