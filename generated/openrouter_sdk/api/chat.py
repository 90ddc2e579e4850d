"""Chat completion endpoints"""

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
    errors={
        "400": lambda m: m.BadRequestResponse,
        "401": lambda m: m.UnauthorizedResponse,
        "402": lambda m: m.PaymentRequiredResponse,
        "404": lambda m: m.NotFoundResponse,
        "408": lambda m: m.RequestTimeoutResponse,
        "413": lambda m: m.PayloadTooLargeResponse,
        "422": lambda m: m.UnprocessableEntityResponse,
        "429": lambda m: m.TooManyRequestsResponse,
        "500": lambda m: m.InternalServerResponse,
        "502": lambda m: m.BadGatewayResponse,
        "503": lambda m: m.ServiceUnavailableResponse,
        "524": lambda m: m.EdgeNetworkTimeoutResponse,
        "529": lambda m: m.ProviderOverloadedResponse,
    },
)


@overload
def send_chat_completion_request(
    client: OpenRouter | ChatAPI,
    *,
    cache_control: _m.AnthropicCacheControlDirective
    | Mapping[str, Any]
    | None
    | NotGiven = NOT_GIVEN,
    debug: _m.ChatDebugOptions | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    frequency_penalty: float | None | NotGiven = NOT_GIVEN,
    image_config: Mapping[str, str | float | Sequence[Any]] | None | NotGiven = NOT_GIVEN,
    logit_bias: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    logprobs: bool | None | NotGiven = NOT_GIVEN,
    max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
    max_tokens: int | None | NotGiven = NOT_GIVEN,
    messages: Sequence[_m.ChatMessages | Mapping[str, Any]],
    metadata: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
    modalities: Sequence[_m.ChatRequestModality | str] | None | NotGiven = NOT_GIVEN,
    model: _m.ModelName | None | NotGiven = NOT_GIVEN,
    models: _m.ChatModelNames | None | NotGiven = NOT_GIVEN,
    parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
    plugins: Sequence[_m.ChatRequestPlugins | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
    presence_penalty: float | None | NotGiven = NOT_GIVEN,
    provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    reasoning: _m.ChatRequestReasoning | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    response_format: _m.ChatFormatTextConfig
    | Mapping[str, Any]
    | _m.FormatJsonObjectConfig
    | _m.ChatFormatJsonSchemaConfig
    | _m.ChatFormatGrammarConfig
    | _m.ChatFormatPythonConfig
    | None
    | NotGiven = NOT_GIVEN,
    route: _m.DeprecatedRoute | str | None | NotGiven = NOT_GIVEN,
    seed: int | None | NotGiven = NOT_GIVEN,
    service_tier: _m.ChatRequestServiceTier | str | None | NotGiven = NOT_GIVEN,
    session_id: str | None | NotGiven = NOT_GIVEN,
    stop: str | _m.ChatRequestStop | None | NotGiven = NOT_GIVEN,
    stream_options: _m.ChatStreamOptions | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    temperature: float | None | NotGiven = NOT_GIVEN,
    tool_choice: _m.ChatToolChoice | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    tools: Sequence[_m.ChatFunctionTool | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
    top_logprobs: int | None | NotGiven = NOT_GIVEN,
    top_p: float | None | NotGiven = NOT_GIVEN,
    trace: _m.TraceConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    user: str | None | NotGiven = NOT_GIVEN,
    stream: Literal[True],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Stream[_m.ChatStreamChunk]: ...


@overload
def send_chat_completion_request(
    client: OpenRouter | ChatAPI,
    *,
    cache_control: _m.AnthropicCacheControlDirective
    | Mapping[str, Any]
    | None
    | NotGiven = NOT_GIVEN,
    debug: _m.ChatDebugOptions | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    frequency_penalty: float | None | NotGiven = NOT_GIVEN,
    image_config: Mapping[str, str | float | Sequence[Any]] | None | NotGiven = NOT_GIVEN,
    logit_bias: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    logprobs: bool | None | NotGiven = NOT_GIVEN,
    max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
    max_tokens: int | None | NotGiven = NOT_GIVEN,
    messages: Sequence[_m.ChatMessages | Mapping[str, Any]],
    metadata: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
    modalities: Sequence[_m.ChatRequestModality | str] | None | NotGiven = NOT_GIVEN,
    model: _m.ModelName | None | NotGiven = NOT_GIVEN,
    models: _m.ChatModelNames | None | NotGiven = NOT_GIVEN,
    parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
    plugins: Sequence[_m.ChatRequestPlugins | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
    presence_penalty: float | None | NotGiven = NOT_GIVEN,
    provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    reasoning: _m.ChatRequestReasoning | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    response_format: _m.ChatFormatTextConfig
    | Mapping[str, Any]
    | _m.FormatJsonObjectConfig
    | _m.ChatFormatJsonSchemaConfig
    | _m.ChatFormatGrammarConfig
    | _m.ChatFormatPythonConfig
    | None
    | NotGiven = NOT_GIVEN,
    route: _m.DeprecatedRoute | str | None | NotGiven = NOT_GIVEN,
    seed: int | None | NotGiven = NOT_GIVEN,
    service_tier: _m.ChatRequestServiceTier | str | None | NotGiven = NOT_GIVEN,
    session_id: str | None | NotGiven = NOT_GIVEN,
    stop: str | _m.ChatRequestStop | None | NotGiven = NOT_GIVEN,
    stream_options: _m.ChatStreamOptions | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    temperature: float | None | NotGiven = NOT_GIVEN,
    tool_choice: _m.ChatToolChoice | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    tools: Sequence[_m.ChatFunctionTool | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
    top_logprobs: int | None | NotGiven = NOT_GIVEN,
    top_p: float | None | NotGiven = NOT_GIVEN,
    trace: _m.TraceConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    user: str | None | NotGiven = NOT_GIVEN,
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ChatResult: ...


@overload
def send_chat_completion_request(
    client: OpenRouter | ChatAPI,
    *,
    body: _m.ChatRequest | Mapping[str, Any],
    stream: Literal[True],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Stream[_m.ChatStreamChunk]: ...


@overload
def send_chat_completion_request(
    client: OpenRouter | ChatAPI,
    *,
    body: _m.ChatRequest | Mapping[str, Any],
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ChatResult: ...


def send_chat_completion_request(
    client: OpenRouter | ChatAPI,
    *,
    body: _m.ChatRequest | Mapping[str, Any] | None = None,
    cache_control: _m.AnthropicCacheControlDirective
    | Mapping[str, Any]
    | None
    | NotGiven = NOT_GIVEN,
    debug: _m.ChatDebugOptions | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    frequency_penalty: float | None | NotGiven = NOT_GIVEN,
    image_config: Mapping[str, str | float | Sequence[Any]] | None | NotGiven = NOT_GIVEN,
    logit_bias: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    logprobs: bool | None | NotGiven = NOT_GIVEN,
    max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
    max_tokens: int | None | NotGiven = NOT_GIVEN,
    messages: Sequence[_m.ChatMessages | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
    metadata: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
    modalities: Sequence[_m.ChatRequestModality | str] | None | NotGiven = NOT_GIVEN,
    model: _m.ModelName | None | NotGiven = NOT_GIVEN,
    models: _m.ChatModelNames | None | NotGiven = NOT_GIVEN,
    parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
    plugins: Sequence[_m.ChatRequestPlugins | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
    presence_penalty: float | None | NotGiven = NOT_GIVEN,
    provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    reasoning: _m.ChatRequestReasoning | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    response_format: _m.ChatFormatTextConfig
    | Mapping[str, Any]
    | _m.FormatJsonObjectConfig
    | _m.ChatFormatJsonSchemaConfig
    | _m.ChatFormatGrammarConfig
    | _m.ChatFormatPythonConfig
    | None
    | NotGiven = NOT_GIVEN,
    route: _m.DeprecatedRoute | str | None | NotGiven = NOT_GIVEN,
    seed: int | None | NotGiven = NOT_GIVEN,
    service_tier: _m.ChatRequestServiceTier | str | None | NotGiven = NOT_GIVEN,
    session_id: str | None | NotGiven = NOT_GIVEN,
    stop: str | _m.ChatRequestStop | None | NotGiven = NOT_GIVEN,
    stream_options: _m.ChatStreamOptions | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    temperature: float | None | NotGiven = NOT_GIVEN,
    tool_choice: _m.ChatToolChoice | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    tools: Sequence[_m.ChatFunctionTool | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
    top_logprobs: int | None | NotGiven = NOT_GIVEN,
    top_p: float | None | NotGiven = NOT_GIVEN,
    trace: _m.TraceConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    user: str | None | NotGiven = NOT_GIVEN,
    stream: bool | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ChatResult | Stream[_m.ChatStreamChunk]:
    """Create a chat completion

    Sends a request for a model response for the given chat conversation. Supports both streaming and non-streaming modes.

    Args:
        debug: Debug options for inspecting request transformations (streaming only)
        frequency_penalty: Frequency penalty (-2.0 to 2.0)
        image_config: Provider-specific image configuration options. Keys and values vary by model/provider. See https://openrouter.ai/docs/guides/overview/multimodal/image-generation for more details.
        logit_bias: Token logit bias adjustments
        logprobs: Return log probabilities
        max_completion_tokens: Maximum tokens in completion
        max_tokens: Maximum tokens (deprecated, use max_completion_tokens). Note: some providers enforce a minimum of 16.
        messages: List of messages for the conversation
        metadata: Key-value pairs for additional object information (max 16 pairs, 64 char keys, 512 char values)
        modalities: Output modalities for the response. Supported values are "text", "image", and "audio".
        model: Model to use for completion
        models: Models to use for completion
        parallel_tool_calls: Whether to enable parallel function calling during tool use. When true, the model may generate multiple tool calls in a single response.
        plugins: Plugins you want to enable for this request, including their settings.
        presence_penalty: Presence penalty (-2.0 to 2.0)
        provider: When multiple model providers are available, optionally indicate your routing preference.
        reasoning: Configuration options for reasoning models
        response_format: Response format configuration
        route: **DEPRECATED** Use providers.sort.partition instead. Backwards-compatible alias for providers.sort.partition. Accepts legacy values: "fallback" (maps to "model"), "sort" (maps to "none").
        seed: Random seed for deterministic outputs
        service_tier: The service tier to use for processing this request.
        session_id: A unique identifier for grouping related requests (e.g., a conversation or agent workflow) for observability. If provided in both the request body and the x-session-id header, the body value takes precedence. Maximum of 256 characters.
        stop: Stop sequences (up to 4)
        stream: Enable streaming response
        stream_options: Streaming configuration options
        temperature: Sampling temperature (0-2)
        tool_choice: Tool choice configuration
        tools: Available tools for function calling
        top_logprobs: Number of top log probabilities to return (0-20)
        top_p: Nucleus sampling parameter (0-1)
        trace: Metadata for observability and tracing. Known keys (trace_id, trace_name, span_name, generation_name, parent_span_id) have special handling. Additional keys are passed through as custom metadata to configured broadcast destinations.
        user: Unique user identifier

    POST /chat/completions
    """
    return client._request(
        _SEND_CHAT_COMPLETION_REQUEST,
        json=_build_body(
            body,
            {
                "cache_control": cache_control,
                "debug": debug,
                "frequency_penalty": frequency_penalty,
                "image_config": image_config,
                "logit_bias": logit_bias,
                "logprobs": logprobs,
                "max_completion_tokens": max_completion_tokens,
                "max_tokens": max_tokens,
                "messages": messages,
                "metadata": metadata,
                "modalities": modalities,
                "model": model,
                "models": models,
                "parallel_tool_calls": parallel_tool_calls,
                "plugins": plugins,
                "presence_penalty": presence_penalty,
                "provider": provider,
                "reasoning": reasoning,
                "response_format": response_format,
                "route": route,
                "seed": seed,
                "service_tier": service_tier,
                "session_id": session_id,
                "stop": stop,
                "stream": stream,
                "stream_options": stream_options,
                "temperature": temperature,
                "tool_choice": tool_choice,
                "tools": tools,
                "top_logprobs": top_logprobs,
                "top_p": top_p,
                "trace": trace,
                "user": user,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def send_chat_completion_request_async(
    client: AsyncOpenRouter | AsyncChatAPI,
    *,
    cache_control: _m.AnthropicCacheControlDirective
    | Mapping[str, Any]
    | None
    | NotGiven = NOT_GIVEN,
    debug: _m.ChatDebugOptions | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    frequency_penalty: float | None | NotGiven = NOT_GIVEN,
    image_config: Mapping[str, str | float | Sequence[Any]] | None | NotGiven = NOT_GIVEN,
    logit_bias: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    logprobs: bool | None | NotGiven = NOT_GIVEN,
    max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
    max_tokens: int | None | NotGiven = NOT_GIVEN,
    messages: Sequence[_m.ChatMessages | Mapping[str, Any]],
    metadata: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
    modalities: Sequence[_m.ChatRequestModality | str] | None | NotGiven = NOT_GIVEN,
    model: _m.ModelName | None | NotGiven = NOT_GIVEN,
    models: _m.ChatModelNames | None | NotGiven = NOT_GIVEN,
    parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
    plugins: Sequence[_m.ChatRequestPlugins | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
    presence_penalty: float | None | NotGiven = NOT_GIVEN,
    provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    reasoning: _m.ChatRequestReasoning | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    response_format: _m.ChatFormatTextConfig
    | Mapping[str, Any]
    | _m.FormatJsonObjectConfig
    | _m.ChatFormatJsonSchemaConfig
    | _m.ChatFormatGrammarConfig
    | _m.ChatFormatPythonConfig
    | None
    | NotGiven = NOT_GIVEN,
    route: _m.DeprecatedRoute | str | None | NotGiven = NOT_GIVEN,
    seed: int | None | NotGiven = NOT_GIVEN,
    service_tier: _m.ChatRequestServiceTier | str | None | NotGiven = NOT_GIVEN,
    session_id: str | None | NotGiven = NOT_GIVEN,
    stop: str | _m.ChatRequestStop | None | NotGiven = NOT_GIVEN,
    stream_options: _m.ChatStreamOptions | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    temperature: float | None | NotGiven = NOT_GIVEN,
    tool_choice: _m.ChatToolChoice | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    tools: Sequence[_m.ChatFunctionTool | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
    top_logprobs: int | None | NotGiven = NOT_GIVEN,
    top_p: float | None | NotGiven = NOT_GIVEN,
    trace: _m.TraceConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    user: str | None | NotGiven = NOT_GIVEN,
    stream: Literal[True],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> AsyncStream[_m.ChatStreamChunk]: ...


@overload
async def send_chat_completion_request_async(
    client: AsyncOpenRouter | AsyncChatAPI,
    *,
    cache_control: _m.AnthropicCacheControlDirective
    | Mapping[str, Any]
    | None
    | NotGiven = NOT_GIVEN,
    debug: _m.ChatDebugOptions | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    frequency_penalty: float | None | NotGiven = NOT_GIVEN,
    image_config: Mapping[str, str | float | Sequence[Any]] | None | NotGiven = NOT_GIVEN,
    logit_bias: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    logprobs: bool | None | NotGiven = NOT_GIVEN,
    max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
    max_tokens: int | None | NotGiven = NOT_GIVEN,
    messages: Sequence[_m.ChatMessages | Mapping[str, Any]],
    metadata: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
    modalities: Sequence[_m.ChatRequestModality | str] | None | NotGiven = NOT_GIVEN,
    model: _m.ModelName | None | NotGiven = NOT_GIVEN,
    models: _m.ChatModelNames | None | NotGiven = NOT_GIVEN,
    parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
    plugins: Sequence[_m.ChatRequestPlugins | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
    presence_penalty: float | None | NotGiven = NOT_GIVEN,
    provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    reasoning: _m.ChatRequestReasoning | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    response_format: _m.ChatFormatTextConfig
    | Mapping[str, Any]
    | _m.FormatJsonObjectConfig
    | _m.ChatFormatJsonSchemaConfig
    | _m.ChatFormatGrammarConfig
    | _m.ChatFormatPythonConfig
    | None
    | NotGiven = NOT_GIVEN,
    route: _m.DeprecatedRoute | str | None | NotGiven = NOT_GIVEN,
    seed: int | None | NotGiven = NOT_GIVEN,
    service_tier: _m.ChatRequestServiceTier | str | None | NotGiven = NOT_GIVEN,
    session_id: str | None | NotGiven = NOT_GIVEN,
    stop: str | _m.ChatRequestStop | None | NotGiven = NOT_GIVEN,
    stream_options: _m.ChatStreamOptions | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    temperature: float | None | NotGiven = NOT_GIVEN,
    tool_choice: _m.ChatToolChoice | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    tools: Sequence[_m.ChatFunctionTool | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
    top_logprobs: int | None | NotGiven = NOT_GIVEN,
    top_p: float | None | NotGiven = NOT_GIVEN,
    trace: _m.TraceConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    user: str | None | NotGiven = NOT_GIVEN,
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ChatResult: ...


@overload
async def send_chat_completion_request_async(
    client: AsyncOpenRouter | AsyncChatAPI,
    *,
    body: _m.ChatRequest | Mapping[str, Any],
    stream: Literal[True],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> AsyncStream[_m.ChatStreamChunk]: ...


@overload
async def send_chat_completion_request_async(
    client: AsyncOpenRouter | AsyncChatAPI,
    *,
    body: _m.ChatRequest | Mapping[str, Any],
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ChatResult: ...


async def send_chat_completion_request_async(
    client: AsyncOpenRouter | AsyncChatAPI,
    *,
    body: _m.ChatRequest | Mapping[str, Any] | None = None,
    cache_control: _m.AnthropicCacheControlDirective
    | Mapping[str, Any]
    | None
    | NotGiven = NOT_GIVEN,
    debug: _m.ChatDebugOptions | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    frequency_penalty: float | None | NotGiven = NOT_GIVEN,
    image_config: Mapping[str, str | float | Sequence[Any]] | None | NotGiven = NOT_GIVEN,
    logit_bias: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    logprobs: bool | None | NotGiven = NOT_GIVEN,
    max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
    max_tokens: int | None | NotGiven = NOT_GIVEN,
    messages: Sequence[_m.ChatMessages | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
    metadata: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
    modalities: Sequence[_m.ChatRequestModality | str] | None | NotGiven = NOT_GIVEN,
    model: _m.ModelName | None | NotGiven = NOT_GIVEN,
    models: _m.ChatModelNames | None | NotGiven = NOT_GIVEN,
    parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
    plugins: Sequence[_m.ChatRequestPlugins | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
    presence_penalty: float | None | NotGiven = NOT_GIVEN,
    provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    reasoning: _m.ChatRequestReasoning | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    response_format: _m.ChatFormatTextConfig
    | Mapping[str, Any]
    | _m.FormatJsonObjectConfig
    | _m.ChatFormatJsonSchemaConfig
    | _m.ChatFormatGrammarConfig
    | _m.ChatFormatPythonConfig
    | None
    | NotGiven = NOT_GIVEN,
    route: _m.DeprecatedRoute | str | None | NotGiven = NOT_GIVEN,
    seed: int | None | NotGiven = NOT_GIVEN,
    service_tier: _m.ChatRequestServiceTier | str | None | NotGiven = NOT_GIVEN,
    session_id: str | None | NotGiven = NOT_GIVEN,
    stop: str | _m.ChatRequestStop | None | NotGiven = NOT_GIVEN,
    stream_options: _m.ChatStreamOptions | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    temperature: float | None | NotGiven = NOT_GIVEN,
    tool_choice: _m.ChatToolChoice | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    tools: Sequence[_m.ChatFunctionTool | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
    top_logprobs: int | None | NotGiven = NOT_GIVEN,
    top_p: float | None | NotGiven = NOT_GIVEN,
    trace: _m.TraceConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    user: str | None | NotGiven = NOT_GIVEN,
    stream: bool | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ChatResult | AsyncStream[_m.ChatStreamChunk]:
    """Create a chat completion

    Sends a request for a model response for the given chat conversation. Supports both streaming and non-streaming modes.

    Args:
        debug: Debug options for inspecting request transformations (streaming only)
        frequency_penalty: Frequency penalty (-2.0 to 2.0)
        image_config: Provider-specific image configuration options. Keys and values vary by model/provider. See https://openrouter.ai/docs/guides/overview/multimodal/image-generation for more details.
        logit_bias: Token logit bias adjustments
        logprobs: Return log probabilities
        max_completion_tokens: Maximum tokens in completion
        max_tokens: Maximum tokens (deprecated, use max_completion_tokens). Note: some providers enforce a minimum of 16.
        messages: List of messages for the conversation
        metadata: Key-value pairs for additional object information (max 16 pairs, 64 char keys, 512 char values)
        modalities: Output modalities for the response. Supported values are "text", "image", and "audio".
        model: Model to use for completion
        models: Models to use for completion
        parallel_tool_calls: Whether to enable parallel function calling during tool use. When true, the model may generate multiple tool calls in a single response.
        plugins: Plugins you want to enable for this request, including their settings.
        presence_penalty: Presence penalty (-2.0 to 2.0)
        provider: When multiple model providers are available, optionally indicate your routing preference.
        reasoning: Configuration options for reasoning models
        response_format: Response format configuration
        route: **DEPRECATED** Use providers.sort.partition instead. Backwards-compatible alias for providers.sort.partition. Accepts legacy values: "fallback" (maps to "model"), "sort" (maps to "none").
        seed: Random seed for deterministic outputs
        service_tier: The service tier to use for processing this request.
        session_id: A unique identifier for grouping related requests (e.g., a conversation or agent workflow) for observability. If provided in both the request body and the x-session-id header, the body value takes precedence. Maximum of 256 characters.
        stop: Stop sequences (up to 4)
        stream: Enable streaming response
        stream_options: Streaming configuration options
        temperature: Sampling temperature (0-2)
        tool_choice: Tool choice configuration
        tools: Available tools for function calling
        top_logprobs: Number of top log probabilities to return (0-20)
        top_p: Nucleus sampling parameter (0-1)
        trace: Metadata for observability and tracing. Known keys (trace_id, trace_name, span_name, generation_name, parent_span_id) have special handling. Additional keys are passed through as custom metadata to configured broadcast destinations.
        user: Unique user identifier

    POST /chat/completions
    """
    return await client._request(
        _SEND_CHAT_COMPLETION_REQUEST,
        json=_build_body(
            body,
            {
                "cache_control": cache_control,
                "debug": debug,
                "frequency_penalty": frequency_penalty,
                "image_config": image_config,
                "logit_bias": logit_bias,
                "logprobs": logprobs,
                "max_completion_tokens": max_completion_tokens,
                "max_tokens": max_tokens,
                "messages": messages,
                "metadata": metadata,
                "modalities": modalities,
                "model": model,
                "models": models,
                "parallel_tool_calls": parallel_tool_calls,
                "plugins": plugins,
                "presence_penalty": presence_penalty,
                "provider": provider,
                "reasoning": reasoning,
                "response_format": response_format,
                "route": route,
                "seed": seed,
                "service_tier": service_tier,
                "session_id": session_id,
                "stop": stop,
                "stream": stream,
                "stream_options": stream_options,
                "temperature": temperature,
                "tool_choice": tool_choice,
                "tools": tools,
                "top_logprobs": top_logprobs,
                "top_p": top_p,
                "trace": trace,
                "user": user,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


class ChatAPI:
    """`client.chat`: the Chat operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    send = send_chat_completion_request


class AsyncChatAPI:
    """`client.chat` of the async client: the Chat operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    send = send_chat_completion_request_async


class RawChatAPI:
    """`client.with_raw_response.chat`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def send(
        self,
        *,
        body: _m.ChatRequest | Mapping[str, Any] | None = None,
        cache_control: _m.AnthropicCacheControlDirective
        | Mapping[str, Any]
        | None
        | NotGiven = NOT_GIVEN,
        debug: _m.ChatDebugOptions | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        image_config: Mapping[str, str | float | Sequence[Any]] | None | NotGiven = NOT_GIVEN,
        logit_bias: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        messages: Sequence[_m.ChatMessages | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        modalities: Sequence[_m.ChatRequestModality | str] | None | NotGiven = NOT_GIVEN,
        model: _m.ModelName | None | NotGiven = NOT_GIVEN,
        models: _m.ChatModelNames | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        plugins: Sequence[_m.ChatRequestPlugins | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        reasoning: _m.ChatRequestReasoning | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        response_format: _m.ChatFormatTextConfig
        | Mapping[str, Any]
        | _m.FormatJsonObjectConfig
        | _m.ChatFormatJsonSchemaConfig
        | _m.ChatFormatGrammarConfig
        | _m.ChatFormatPythonConfig
        | None
        | NotGiven = NOT_GIVEN,
        route: _m.DeprecatedRoute | str | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        service_tier: _m.ChatRequestServiceTier | str | None | NotGiven = NOT_GIVEN,
        session_id: str | None | NotGiven = NOT_GIVEN,
        stop: str | _m.ChatRequestStop | None | NotGiven = NOT_GIVEN,
        stream_options: _m.ChatStreamOptions | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        tool_choice: _m.ChatToolChoice | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        tools: Sequence[_m.ChatFunctionTool | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        trace: _m.TraceConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        user: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ChatResult]:
        """Create a chat completion"""
        return self._client._request(
            _SEND_CHAT_COMPLETION_REQUEST,
            json=_build_body(
                body,
                {
                    "cache_control": cache_control,
                    "debug": debug,
                    "frequency_penalty": frequency_penalty,
                    "image_config": image_config,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "max_completion_tokens": max_completion_tokens,
                    "max_tokens": max_tokens,
                    "messages": messages,
                    "metadata": metadata,
                    "modalities": modalities,
                    "model": model,
                    "models": models,
                    "parallel_tool_calls": parallel_tool_calls,
                    "plugins": plugins,
                    "presence_penalty": presence_penalty,
                    "provider": provider,
                    "reasoning": reasoning,
                    "response_format": response_format,
                    "route": route,
                    "seed": seed,
                    "service_tier": service_tier,
                    "session_id": session_id,
                    "stop": stop,
                    "stream": NOT_GIVEN,
                    "stream_options": stream_options,
                    "temperature": temperature,
                    "tool_choice": tool_choice,
                    "tools": tools,
                    "top_logprobs": top_logprobs,
                    "top_p": top_p,
                    "trace": trace,
                    "user": user,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawChatAPI:
    """`client.with_raw_response.chat` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def send(
        self,
        *,
        body: _m.ChatRequest | Mapping[str, Any] | None = None,
        cache_control: _m.AnthropicCacheControlDirective
        | Mapping[str, Any]
        | None
        | NotGiven = NOT_GIVEN,
        debug: _m.ChatDebugOptions | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        image_config: Mapping[str, str | float | Sequence[Any]] | None | NotGiven = NOT_GIVEN,
        logit_bias: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        messages: Sequence[_m.ChatMessages | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        modalities: Sequence[_m.ChatRequestModality | str] | None | NotGiven = NOT_GIVEN,
        model: _m.ModelName | None | NotGiven = NOT_GIVEN,
        models: _m.ChatModelNames | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        plugins: Sequence[_m.ChatRequestPlugins | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        reasoning: _m.ChatRequestReasoning | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        response_format: _m.ChatFormatTextConfig
        | Mapping[str, Any]
        | _m.FormatJsonObjectConfig
        | _m.ChatFormatJsonSchemaConfig
        | _m.ChatFormatGrammarConfig
        | _m.ChatFormatPythonConfig
        | None
        | NotGiven = NOT_GIVEN,
        route: _m.DeprecatedRoute | str | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        service_tier: _m.ChatRequestServiceTier | str | None | NotGiven = NOT_GIVEN,
        session_id: str | None | NotGiven = NOT_GIVEN,
        stop: str | _m.ChatRequestStop | None | NotGiven = NOT_GIVEN,
        stream_options: _m.ChatStreamOptions | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        tool_choice: _m.ChatToolChoice | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        tools: Sequence[_m.ChatFunctionTool | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        trace: _m.TraceConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        user: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ChatResult]:
        """Create a chat completion"""
        return await self._client._request(
            _SEND_CHAT_COMPLETION_REQUEST,
            json=_build_body(
                body,
                {
                    "cache_control": cache_control,
                    "debug": debug,
                    "frequency_penalty": frequency_penalty,
                    "image_config": image_config,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "max_completion_tokens": max_completion_tokens,
                    "max_tokens": max_tokens,
                    "messages": messages,
                    "metadata": metadata,
                    "modalities": modalities,
                    "model": model,
                    "models": models,
                    "parallel_tool_calls": parallel_tool_calls,
                    "plugins": plugins,
                    "presence_penalty": presence_penalty,
                    "provider": provider,
                    "reasoning": reasoning,
                    "response_format": response_format,
                    "route": route,
                    "seed": seed,
                    "service_tier": service_tier,
                    "session_id": session_id,
                    "stop": stop,
                    "stream": NOT_GIVEN,
                    "stream_options": stream_options,
                    "temperature": temperature,
                    "tool_choice": tool_choice,
                    "tools": tools,
                    "top_logprobs": top_logprobs,
                    "top_p": top_p,
                    "trace": trace,
                    "user": user,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingChatAPI:
    """`client.with_streaming_response.chat`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def send(
        self,
        *,
        body: _m.ChatRequest | Mapping[str, Any] | None = None,
        cache_control: _m.AnthropicCacheControlDirective
        | Mapping[str, Any]
        | None
        | NotGiven = NOT_GIVEN,
        debug: _m.ChatDebugOptions | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        image_config: Mapping[str, str | float | Sequence[Any]] | None | NotGiven = NOT_GIVEN,
        logit_bias: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        messages: Sequence[_m.ChatMessages | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        modalities: Sequence[_m.ChatRequestModality | str] | None | NotGiven = NOT_GIVEN,
        model: _m.ModelName | None | NotGiven = NOT_GIVEN,
        models: _m.ChatModelNames | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        plugins: Sequence[_m.ChatRequestPlugins | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        reasoning: _m.ChatRequestReasoning | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        response_format: _m.ChatFormatTextConfig
        | Mapping[str, Any]
        | _m.FormatJsonObjectConfig
        | _m.ChatFormatJsonSchemaConfig
        | _m.ChatFormatGrammarConfig
        | _m.ChatFormatPythonConfig
        | None
        | NotGiven = NOT_GIVEN,
        route: _m.DeprecatedRoute | str | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        service_tier: _m.ChatRequestServiceTier | str | None | NotGiven = NOT_GIVEN,
        session_id: str | None | NotGiven = NOT_GIVEN,
        stop: str | _m.ChatRequestStop | None | NotGiven = NOT_GIVEN,
        stream_options: _m.ChatStreamOptions | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        tool_choice: _m.ChatToolChoice | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        tools: Sequence[_m.ChatFunctionTool | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        trace: _m.TraceConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        user: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.ChatResult]]:
        """Create a chat completion"""

        def _send() -> Any:
            return self._client._request(
                _SEND_CHAT_COMPLETION_REQUEST,
                json=_build_body(
                    body,
                    {
                        "cache_control": cache_control,
                        "debug": debug,
                        "frequency_penalty": frequency_penalty,
                        "image_config": image_config,
                        "logit_bias": logit_bias,
                        "logprobs": logprobs,
                        "max_completion_tokens": max_completion_tokens,
                        "max_tokens": max_tokens,
                        "messages": messages,
                        "metadata": metadata,
                        "modalities": modalities,
                        "model": model,
                        "models": models,
                        "parallel_tool_calls": parallel_tool_calls,
                        "plugins": plugins,
                        "presence_penalty": presence_penalty,
                        "provider": provider,
                        "reasoning": reasoning,
                        "response_format": response_format,
                        "route": route,
                        "seed": seed,
                        "service_tier": service_tier,
                        "session_id": session_id,
                        "stop": stop,
                        "stream": NOT_GIVEN,
                        "stream_options": stream_options,
                        "temperature": temperature,
                        "tool_choice": tool_choice,
                        "tools": tools,
                        "top_logprobs": top_logprobs,
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


class AsyncStreamingChatAPI:
    """`client.with_streaming_response.chat` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def send(
        self,
        *,
        body: _m.ChatRequest | Mapping[str, Any] | None = None,
        cache_control: _m.AnthropicCacheControlDirective
        | Mapping[str, Any]
        | None
        | NotGiven = NOT_GIVEN,
        debug: _m.ChatDebugOptions | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        image_config: Mapping[str, str | float | Sequence[Any]] | None | NotGiven = NOT_GIVEN,
        logit_bias: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        messages: Sequence[_m.ChatMessages | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        modalities: Sequence[_m.ChatRequestModality | str] | None | NotGiven = NOT_GIVEN,
        model: _m.ModelName | None | NotGiven = NOT_GIVEN,
        models: _m.ChatModelNames | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        plugins: Sequence[_m.ChatRequestPlugins | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        reasoning: _m.ChatRequestReasoning | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        response_format: _m.ChatFormatTextConfig
        | Mapping[str, Any]
        | _m.FormatJsonObjectConfig
        | _m.ChatFormatJsonSchemaConfig
        | _m.ChatFormatGrammarConfig
        | _m.ChatFormatPythonConfig
        | None
        | NotGiven = NOT_GIVEN,
        route: _m.DeprecatedRoute | str | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        service_tier: _m.ChatRequestServiceTier | str | None | NotGiven = NOT_GIVEN,
        session_id: str | None | NotGiven = NOT_GIVEN,
        stop: str | _m.ChatRequestStop | None | NotGiven = NOT_GIVEN,
        stream_options: _m.ChatStreamOptions | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        tool_choice: _m.ChatToolChoice | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        tools: Sequence[_m.ChatFunctionTool | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        trace: _m.TraceConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        user: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.ChatResult]]:
        """Create a chat completion"""

        def _send() -> Any:
            return self._client._request(
                _SEND_CHAT_COMPLETION_REQUEST,
                json=_build_body(
                    body,
                    {
                        "cache_control": cache_control,
                        "debug": debug,
                        "frequency_penalty": frequency_penalty,
                        "image_config": image_config,
                        "logit_bias": logit_bias,
                        "logprobs": logprobs,
                        "max_completion_tokens": max_completion_tokens,
                        "max_tokens": max_tokens,
                        "messages": messages,
                        "metadata": metadata,
                        "modalities": modalities,
                        "model": model,
                        "models": models,
                        "parallel_tool_calls": parallel_tool_calls,
                        "plugins": plugins,
                        "presence_penalty": presence_penalty,
                        "provider": provider,
                        "reasoning": reasoning,
                        "response_format": response_format,
                        "route": route,
                        "seed": seed,
                        "service_tier": service_tier,
                        "session_id": session_id,
                        "stop": stop,
                        "stream": NOT_GIVEN,
                        "stream_options": stream_options,
                        "temperature": temperature,
                        "tool_choice": tool_choice,
                        "tools": tools,
                        "top_logprobs": top_logprobs,
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
