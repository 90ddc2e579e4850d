"""beta.responses endpoints"""

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
    "create_responses",
    "create_responses_async",
    "BetaResponsesAPI",
    "AsyncBetaResponsesAPI",
    "RawBetaResponsesAPI",
    "AsyncRawBetaResponsesAPI",
    "StreamingBetaResponsesAPI",
    "AsyncStreamingBetaResponsesAPI",
]

_CREATE_RESPONSES = _Endpoint(
    "POST",
    "/responses",
    stream=lambda m: m.StreamEvents,
    json=lambda m: m.OpenResponsesResult,
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
def create_responses(
    client: OpenRouter | BetaResponsesAPI,
    *,
    background: bool | None | NotGiven = NOT_GIVEN,
    frequency_penalty: float | None | NotGiven = NOT_GIVEN,
    image_config: Mapping[str, str | float] | None | NotGiven = NOT_GIVEN,
    include: Sequence[_m.ResponseIncludesEnum | str] | None | NotGiven = NOT_GIVEN,
    input: _m.Inputs | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    instructions: str | None | NotGiven = NOT_GIVEN,
    max_output_tokens: int | None | NotGiven = NOT_GIVEN,
    max_tool_calls: int | None | NotGiven = NOT_GIVEN,
    metadata: _m.RequestMetadata | None | NotGiven = NOT_GIVEN,
    modalities: Sequence[_m.OutputModalityEnum | str] | None | NotGiven = NOT_GIVEN,
    model: str | None | NotGiven = NOT_GIVEN,
    models: Sequence[str] | None | NotGiven = NOT_GIVEN,
    parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
    plugins: Sequence[_m.ResponsesRequestPlugins | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
    presence_penalty: float | None | NotGiven = NOT_GIVEN,
    previous_response_id: str | None | NotGiven = NOT_GIVEN,
    prompt: _m.StoredPromptTemplate | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
    provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    reasoning: _m.ReasoningConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    route: _m.DeprecatedRoute | str | None | NotGiven = NOT_GIVEN,
    safety_identifier: str | None | NotGiven = NOT_GIVEN,
    service_tier: _m.ResponsesRequestServiceTier | str | None | NotGiven = NOT_GIVEN,
    session_id: str | None | NotGiven = NOT_GIVEN,
    store: Literal[False] | NotGiven = NOT_GIVEN,
    temperature: float | None | NotGiven = NOT_GIVEN,
    text: _m.TextExtendedConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    tool_choice: _m.OpenAIResponsesToolChoice | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    tools: Sequence[
        _m.FunctionTool
        | Mapping[str, Any]
        | _m.PreviewWebSearchServerTool
        | _m.Preview20250311WebSearchServerTool
        | _m.LegacyWebSearchServerTool
        | _m.WebSearchServerTool
        | _m.FileSearchServerTool
        | _m.ComputerUseServerTool
        | _m.CodeInterpreterServerTool
        | _m.McpServerTool
        | _m.ImageGenerationServerTool
        | _m.CodexLocalShellTool
        | _m.ShellServerTool
        | _m.ApplyPatchServerTool
        | _m.CustomTool
        | _m.DatetimeServerTool
        | _m.WebSearchServerToolOpenRouter
    ]
    | None
    | NotGiven = NOT_GIVEN,
    top_k: int | None | NotGiven = NOT_GIVEN,
    top_logprobs: int | None | NotGiven = NOT_GIVEN,
    top_p: float | None | NotGiven = NOT_GIVEN,
    trace: _m.TraceConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    truncation: _m.OpenAIResponsesTruncation | str | None | NotGiven = NOT_GIVEN,
    user: str | None | NotGiven = NOT_GIVEN,
    stream: Literal[True],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Stream[_m.StreamEvents]: ...


@overload
def create_responses(
    client: OpenRouter | BetaResponsesAPI,
    *,
    background: bool | None | NotGiven = NOT_GIVEN,
    frequency_penalty: float | None | NotGiven = NOT_GIVEN,
    image_config: Mapping[str, str | float] | None | NotGiven = NOT_GIVEN,
    include: Sequence[_m.ResponseIncludesEnum | str] | None | NotGiven = NOT_GIVEN,
    input: _m.Inputs | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    instructions: str | None | NotGiven = NOT_GIVEN,
    max_output_tokens: int | None | NotGiven = NOT_GIVEN,
    max_tool_calls: int | None | NotGiven = NOT_GIVEN,
    metadata: _m.RequestMetadata | None | NotGiven = NOT_GIVEN,
    modalities: Sequence[_m.OutputModalityEnum | str] | None | NotGiven = NOT_GIVEN,
    model: str | None | NotGiven = NOT_GIVEN,
    models: Sequence[str] | None | NotGiven = NOT_GIVEN,
    parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
    plugins: Sequence[_m.ResponsesRequestPlugins | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
    presence_penalty: float | None | NotGiven = NOT_GIVEN,
    previous_response_id: str | None | NotGiven = NOT_GIVEN,
    prompt: _m.StoredPromptTemplate | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
    provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    reasoning: _m.ReasoningConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    route: _m.DeprecatedRoute | str | None | NotGiven = NOT_GIVEN,
    safety_identifier: str | None | NotGiven = NOT_GIVEN,
    service_tier: _m.ResponsesRequestServiceTier | str | None | NotGiven = NOT_GIVEN,
    session_id: str | None | NotGiven = NOT_GIVEN,
    store: Literal[False] | NotGiven = NOT_GIVEN,
    temperature: float | None | NotGiven = NOT_GIVEN,
    text: _m.TextExtendedConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    tool_choice: _m.OpenAIResponsesToolChoice | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    tools: Sequence[
        _m.FunctionTool
        | Mapping[str, Any]
        | _m.PreviewWebSearchServerTool
        | _m.Preview20250311WebSearchServerTool
        | _m.LegacyWebSearchServerTool
        | _m.WebSearchServerTool
        | _m.FileSearchServerTool
        | _m.ComputerUseServerTool
        | _m.CodeInterpreterServerTool
        | _m.McpServerTool
        | _m.ImageGenerationServerTool
        | _m.CodexLocalShellTool
        | _m.ShellServerTool
        | _m.ApplyPatchServerTool
        | _m.CustomTool
        | _m.DatetimeServerTool
        | _m.WebSearchServerToolOpenRouter
    ]
    | None
    | NotGiven = NOT_GIVEN,
    top_k: int | None | NotGiven = NOT_GIVEN,
    top_logprobs: int | None | NotGiven = NOT_GIVEN,
    top_p: float | None | NotGiven = NOT_GIVEN,
    trace: _m.TraceConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    truncation: _m.OpenAIResponsesTruncation | str | None | NotGiven = NOT_GIVEN,
    user: str | None | NotGiven = NOT_GIVEN,
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.OpenResponsesResult: ...


@overload
def create_responses(
    client: OpenRouter | BetaResponsesAPI,
    *,
    body: _m.ResponsesRequest | Mapping[str, Any],
    stream: Literal[True],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Stream[_m.StreamEvents]: ...


@overload
def create_responses(
    client: OpenRouter | BetaResponsesAPI,
    *,
    body: _m.ResponsesRequest | Mapping[str, Any],
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.OpenResponsesResult: ...


def create_responses(
    client: OpenRouter | BetaResponsesAPI,
    *,
    body: _m.ResponsesRequest | Mapping[str, Any] | None = None,
    background: bool | None | NotGiven = NOT_GIVEN,
    frequency_penalty: float | None | NotGiven = NOT_GIVEN,
    image_config: Mapping[str, str | float] | None | NotGiven = NOT_GIVEN,
    include: Sequence[_m.ResponseIncludesEnum | str] | None | NotGiven = NOT_GIVEN,
    input: _m.Inputs | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    instructions: str | None | NotGiven = NOT_GIVEN,
    max_output_tokens: int | None | NotGiven = NOT_GIVEN,
    max_tool_calls: int | None | NotGiven = NOT_GIVEN,
    metadata: _m.RequestMetadata | None | NotGiven = NOT_GIVEN,
    modalities: Sequence[_m.OutputModalityEnum | str] | None | NotGiven = NOT_GIVEN,
    model: str | None | NotGiven = NOT_GIVEN,
    models: Sequence[str] | None | NotGiven = NOT_GIVEN,
    parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
    plugins: Sequence[_m.ResponsesRequestPlugins | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
    presence_penalty: float | None | NotGiven = NOT_GIVEN,
    previous_response_id: str | None | NotGiven = NOT_GIVEN,
    prompt: _m.StoredPromptTemplate | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
    provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    reasoning: _m.ReasoningConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    route: _m.DeprecatedRoute | str | None | NotGiven = NOT_GIVEN,
    safety_identifier: str | None | NotGiven = NOT_GIVEN,
    service_tier: _m.ResponsesRequestServiceTier | str | None | NotGiven = NOT_GIVEN,
    session_id: str | None | NotGiven = NOT_GIVEN,
    store: Literal[False] | NotGiven = NOT_GIVEN,
    temperature: float | None | NotGiven = NOT_GIVEN,
    text: _m.TextExtendedConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    tool_choice: _m.OpenAIResponsesToolChoice | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    tools: Sequence[
        _m.FunctionTool
        | Mapping[str, Any]
        | _m.PreviewWebSearchServerTool
        | _m.Preview20250311WebSearchServerTool
        | _m.LegacyWebSearchServerTool
        | _m.WebSearchServerTool
        | _m.FileSearchServerTool
        | _m.ComputerUseServerTool
        | _m.CodeInterpreterServerTool
        | _m.McpServerTool
        | _m.ImageGenerationServerTool
        | _m.CodexLocalShellTool
        | _m.ShellServerTool
        | _m.ApplyPatchServerTool
        | _m.CustomTool
        | _m.DatetimeServerTool
        | _m.WebSearchServerToolOpenRouter
    ]
    | None
    | NotGiven = NOT_GIVEN,
    top_k: int | None | NotGiven = NOT_GIVEN,
    top_logprobs: int | None | NotGiven = NOT_GIVEN,
    top_p: float | None | NotGiven = NOT_GIVEN,
    trace: _m.TraceConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    truncation: _m.OpenAIResponsesTruncation | str | None | NotGiven = NOT_GIVEN,
    user: str | None | NotGiven = NOT_GIVEN,
    stream: bool | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.OpenResponsesResult | Stream[_m.StreamEvents]:
    """Create a response

    Creates a streaming or non-streaming response using OpenResponses API format

    Args:
        image_config: Provider-specific image configuration options. Keys and values vary by model/provider. See https://openrouter.ai/docs/features/multimodal/image-generation for more details.
        input: Input for a response request - can be a string or array of items
        metadata: Metadata key-value pairs for the request. Keys must be ≤64 characters and cannot contain brackets. Values must be ≤512 characters. Maximum 16 pairs allowed.
        modalities: Output modalities for the response. Supported values are "text" and "image".
        plugins: Plugins you want to enable for this request, including their settings.
        provider: When multiple model providers are available, optionally indicate your routing preference.
        reasoning: Configuration for reasoning mode in the response
        route: **DEPRECATED** Use providers.sort.partition instead. Backwards-compatible alias for providers.sort.partition. Accepts legacy values: "fallback" (maps to "model"), "sort" (maps to "none").
        session_id: A unique identifier for grouping related requests (e.g., a conversation or agent workflow) for observability. If provided in both the request body and the x-session-id header, the body value takes precedence. Maximum of 256 characters.
        text: Text output configuration including format and verbosity
        trace: Metadata for observability and tracing. Known keys (trace_id, trace_name, span_name, generation_name, parent_span_id) have special handling. Additional keys are passed through as custom metadata to configured broadcast destinations.
        user: A unique identifier representing your end-user, which helps distinguish between different users of your app. This allows your app to identify specific users in case of abuse reports, preventing your entire app from being affected by the actions of individual users. Maximum of 256 characters.

    POST /responses
    """
    return client._request(
        _CREATE_RESPONSES,
        json=_build_body(
            body,
            {
                "background": background,
                "frequency_penalty": frequency_penalty,
                "image_config": image_config,
                "include": include,
                "input": input,
                "instructions": instructions,
                "max_output_tokens": max_output_tokens,
                "max_tool_calls": max_tool_calls,
                "metadata": metadata,
                "modalities": modalities,
                "model": model,
                "models": models,
                "parallel_tool_calls": parallel_tool_calls,
                "plugins": plugins,
                "presence_penalty": presence_penalty,
                "previous_response_id": previous_response_id,
                "prompt": prompt,
                "prompt_cache_key": prompt_cache_key,
                "provider": provider,
                "reasoning": reasoning,
                "route": route,
                "safety_identifier": safety_identifier,
                "service_tier": service_tier,
                "session_id": session_id,
                "store": store,
                "stream": stream,
                "temperature": temperature,
                "text": text,
                "tool_choice": tool_choice,
                "tools": tools,
                "top_k": top_k,
                "top_logprobs": top_logprobs,
                "top_p": top_p,
                "trace": trace,
                "truncation": truncation,
                "user": user,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def create_responses_async(
    client: AsyncOpenRouter | AsyncBetaResponsesAPI,
    *,
    background: bool | None | NotGiven = NOT_GIVEN,
    frequency_penalty: float | None | NotGiven = NOT_GIVEN,
    image_config: Mapping[str, str | float] | None | NotGiven = NOT_GIVEN,
    include: Sequence[_m.ResponseIncludesEnum | str] | None | NotGiven = NOT_GIVEN,
    input: _m.Inputs | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    instructions: str | None | NotGiven = NOT_GIVEN,
    max_output_tokens: int | None | NotGiven = NOT_GIVEN,
    max_tool_calls: int | None | NotGiven = NOT_GIVEN,
    metadata: _m.RequestMetadata | None | NotGiven = NOT_GIVEN,
    modalities: Sequence[_m.OutputModalityEnum | str] | None | NotGiven = NOT_GIVEN,
    model: str | None | NotGiven = NOT_GIVEN,
    models: Sequence[str] | None | NotGiven = NOT_GIVEN,
    parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
    plugins: Sequence[_m.ResponsesRequestPlugins | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
    presence_penalty: float | None | NotGiven = NOT_GIVEN,
    previous_response_id: str | None | NotGiven = NOT_GIVEN,
    prompt: _m.StoredPromptTemplate | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
    provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    reasoning: _m.ReasoningConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    route: _m.DeprecatedRoute | str | None | NotGiven = NOT_GIVEN,
    safety_identifier: str | None | NotGiven = NOT_GIVEN,
    service_tier: _m.ResponsesRequestServiceTier | str | None | NotGiven = NOT_GIVEN,
    session_id: str | None | NotGiven = NOT_GIVEN,
    store: Literal[False] | NotGiven = NOT_GIVEN,
    temperature: float | None | NotGiven = NOT_GIVEN,
    text: _m.TextExtendedConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    tool_choice: _m.OpenAIResponsesToolChoice | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    tools: Sequence[
        _m.FunctionTool
        | Mapping[str, Any]
        | _m.PreviewWebSearchServerTool
        | _m.Preview20250311WebSearchServerTool
        | _m.LegacyWebSearchServerTool
        | _m.WebSearchServerTool
        | _m.FileSearchServerTool
        | _m.ComputerUseServerTool
        | _m.CodeInterpreterServerTool
        | _m.McpServerTool
        | _m.ImageGenerationServerTool
        | _m.CodexLocalShellTool
        | _m.ShellServerTool
        | _m.ApplyPatchServerTool
        | _m.CustomTool
        | _m.DatetimeServerTool
        | _m.WebSearchServerToolOpenRouter
    ]
    | None
    | NotGiven = NOT_GIVEN,
    top_k: int | None | NotGiven = NOT_GIVEN,
    top_logprobs: int | None | NotGiven = NOT_GIVEN,
    top_p: float | None | NotGiven = NOT_GIVEN,
    trace: _m.TraceConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    truncation: _m.OpenAIResponsesTruncation | str | None | NotGiven = NOT_GIVEN,
    user: str | None | NotGiven = NOT_GIVEN,
    stream: Literal[True],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> AsyncStream[_m.StreamEvents]: ...


@overload
async def create_responses_async(
    client: AsyncOpenRouter | AsyncBetaResponsesAPI,
    *,
    background: bool | None | NotGiven = NOT_GIVEN,
    frequency_penalty: float | None | NotGiven = NOT_GIVEN,
    image_config: Mapping[str, str | float] | None | NotGiven = NOT_GIVEN,
    include: Sequence[_m.ResponseIncludesEnum | str] | None | NotGiven = NOT_GIVEN,
    input: _m.Inputs | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    instructions: str | None | NotGiven = NOT_GIVEN,
    max_output_tokens: int | None | NotGiven = NOT_GIVEN,
    max_tool_calls: int | None | NotGiven = NOT_GIVEN,
    metadata: _m.RequestMetadata | None | NotGiven = NOT_GIVEN,
    modalities: Sequence[_m.OutputModalityEnum | str] | None | NotGiven = NOT_GIVEN,
    model: str | None | NotGiven = NOT_GIVEN,
    models: Sequence[str] | None | NotGiven = NOT_GIVEN,
    parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
    plugins: Sequence[_m.ResponsesRequestPlugins | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
    presence_penalty: float | None | NotGiven = NOT_GIVEN,
    previous_response_id: str | None | NotGiven = NOT_GIVEN,
    prompt: _m.StoredPromptTemplate | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
    provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    reasoning: _m.ReasoningConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    route: _m.DeprecatedRoute | str | None | NotGiven = NOT_GIVEN,
    safety_identifier: str | None | NotGiven = NOT_GIVEN,
    service_tier: _m.ResponsesRequestServiceTier | str | None | NotGiven = NOT_GIVEN,
    session_id: str | None | NotGiven = NOT_GIVEN,
    store: Literal[False] | NotGiven = NOT_GIVEN,
    temperature: float | None | NotGiven = NOT_GIVEN,
    text: _m.TextExtendedConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    tool_choice: _m.OpenAIResponsesToolChoice | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    tools: Sequence[
        _m.FunctionTool
        | Mapping[str, Any]
        | _m.PreviewWebSearchServerTool
        | _m.Preview20250311WebSearchServerTool
        | _m.LegacyWebSearchServerTool
        | _m.WebSearchServerTool
        | _m.FileSearchServerTool
        | _m.ComputerUseServerTool
        | _m.CodeInterpreterServerTool
        | _m.McpServerTool
        | _m.ImageGenerationServerTool
        | _m.CodexLocalShellTool
        | _m.ShellServerTool
        | _m.ApplyPatchServerTool
        | _m.CustomTool
        | _m.DatetimeServerTool
        | _m.WebSearchServerToolOpenRouter
    ]
    | None
    | NotGiven = NOT_GIVEN,
    top_k: int | None | NotGiven = NOT_GIVEN,
    top_logprobs: int | None | NotGiven = NOT_GIVEN,
    top_p: float | None | NotGiven = NOT_GIVEN,
    trace: _m.TraceConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    truncation: _m.OpenAIResponsesTruncation | str | None | NotGiven = NOT_GIVEN,
    user: str | None | NotGiven = NOT_GIVEN,
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.OpenResponsesResult: ...


@overload
async def create_responses_async(
    client: AsyncOpenRouter | AsyncBetaResponsesAPI,
    *,
    body: _m.ResponsesRequest | Mapping[str, Any],
    stream: Literal[True],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> AsyncStream[_m.StreamEvents]: ...


@overload
async def create_responses_async(
    client: AsyncOpenRouter | AsyncBetaResponsesAPI,
    *,
    body: _m.ResponsesRequest | Mapping[str, Any],
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.OpenResponsesResult: ...


async def create_responses_async(
    client: AsyncOpenRouter | AsyncBetaResponsesAPI,
    *,
    body: _m.ResponsesRequest | Mapping[str, Any] | None = None,
    background: bool | None | NotGiven = NOT_GIVEN,
    frequency_penalty: float | None | NotGiven = NOT_GIVEN,
    image_config: Mapping[str, str | float] | None | NotGiven = NOT_GIVEN,
    include: Sequence[_m.ResponseIncludesEnum | str] | None | NotGiven = NOT_GIVEN,
    input: _m.Inputs | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    instructions: str | None | NotGiven = NOT_GIVEN,
    max_output_tokens: int | None | NotGiven = NOT_GIVEN,
    max_tool_calls: int | None | NotGiven = NOT_GIVEN,
    metadata: _m.RequestMetadata | None | NotGiven = NOT_GIVEN,
    modalities: Sequence[_m.OutputModalityEnum | str] | None | NotGiven = NOT_GIVEN,
    model: str | None | NotGiven = NOT_GIVEN,
    models: Sequence[str] | None | NotGiven = NOT_GIVEN,
    parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
    plugins: Sequence[_m.ResponsesRequestPlugins | Mapping[str, Any]] | None | NotGiven = NOT_GIVEN,
    presence_penalty: float | None | NotGiven = NOT_GIVEN,
    previous_response_id: str | None | NotGiven = NOT_GIVEN,
    prompt: _m.StoredPromptTemplate | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
    provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    reasoning: _m.ReasoningConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    route: _m.DeprecatedRoute | str | None | NotGiven = NOT_GIVEN,
    safety_identifier: str | None | NotGiven = NOT_GIVEN,
    service_tier: _m.ResponsesRequestServiceTier | str | None | NotGiven = NOT_GIVEN,
    session_id: str | None | NotGiven = NOT_GIVEN,
    store: Literal[False] | NotGiven = NOT_GIVEN,
    temperature: float | None | NotGiven = NOT_GIVEN,
    text: _m.TextExtendedConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    tool_choice: _m.OpenAIResponsesToolChoice | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    tools: Sequence[
        _m.FunctionTool
        | Mapping[str, Any]
        | _m.PreviewWebSearchServerTool
        | _m.Preview20250311WebSearchServerTool
        | _m.LegacyWebSearchServerTool
        | _m.WebSearchServerTool
        | _m.FileSearchServerTool
        | _m.ComputerUseServerTool
        | _m.CodeInterpreterServerTool
        | _m.McpServerTool
        | _m.ImageGenerationServerTool
        | _m.CodexLocalShellTool
        | _m.ShellServerTool
        | _m.ApplyPatchServerTool
        | _m.CustomTool
        | _m.DatetimeServerTool
        | _m.WebSearchServerToolOpenRouter
    ]
    | None
    | NotGiven = NOT_GIVEN,
    top_k: int | None | NotGiven = NOT_GIVEN,
    top_logprobs: int | None | NotGiven = NOT_GIVEN,
    top_p: float | None | NotGiven = NOT_GIVEN,
    trace: _m.TraceConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    truncation: _m.OpenAIResponsesTruncation | str | None | NotGiven = NOT_GIVEN,
    user: str | None | NotGiven = NOT_GIVEN,
    stream: bool | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.OpenResponsesResult | AsyncStream[_m.StreamEvents]:
    """Create a response

    Creates a streaming or non-streaming response using OpenResponses API format

    Args:
        image_config: Provider-specific image configuration options. Keys and values vary by model/provider. See https://openrouter.ai/docs/features/multimodal/image-generation for more details.
        input: Input for a response request - can be a string or array of items
        metadata: Metadata key-value pairs for the request. Keys must be ≤64 characters and cannot contain brackets. Values must be ≤512 characters. Maximum 16 pairs allowed.
        modalities: Output modalities for the response. Supported values are "text" and "image".
        plugins: Plugins you want to enable for this request, including their settings.
        provider: When multiple model providers are available, optionally indicate your routing preference.
        reasoning: Configuration for reasoning mode in the response
        route: **DEPRECATED** Use providers.sort.partition instead. Backwards-compatible alias for providers.sort.partition. Accepts legacy values: "fallback" (maps to "model"), "sort" (maps to "none").
        session_id: A unique identifier for grouping related requests (e.g., a conversation or agent workflow) for observability. If provided in both the request body and the x-session-id header, the body value takes precedence. Maximum of 256 characters.
        text: Text output configuration including format and verbosity
        trace: Metadata for observability and tracing. Known keys (trace_id, trace_name, span_name, generation_name, parent_span_id) have special handling. Additional keys are passed through as custom metadata to configured broadcast destinations.
        user: A unique identifier representing your end-user, which helps distinguish between different users of your app. This allows your app to identify specific users in case of abuse reports, preventing your entire app from being affected by the actions of individual users. Maximum of 256 characters.

    POST /responses
    """
    return await client._request(
        _CREATE_RESPONSES,
        json=_build_body(
            body,
            {
                "background": background,
                "frequency_penalty": frequency_penalty,
                "image_config": image_config,
                "include": include,
                "input": input,
                "instructions": instructions,
                "max_output_tokens": max_output_tokens,
                "max_tool_calls": max_tool_calls,
                "metadata": metadata,
                "modalities": modalities,
                "model": model,
                "models": models,
                "parallel_tool_calls": parallel_tool_calls,
                "plugins": plugins,
                "presence_penalty": presence_penalty,
                "previous_response_id": previous_response_id,
                "prompt": prompt,
                "prompt_cache_key": prompt_cache_key,
                "provider": provider,
                "reasoning": reasoning,
                "route": route,
                "safety_identifier": safety_identifier,
                "service_tier": service_tier,
                "session_id": session_id,
                "store": store,
                "stream": stream,
                "temperature": temperature,
                "text": text,
                "tool_choice": tool_choice,
                "tools": tools,
                "top_k": top_k,
                "top_logprobs": top_logprobs,
                "top_p": top_p,
                "trace": trace,
                "truncation": truncation,
                "user": user,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


class BetaResponsesAPI:
    """`client.beta.responses`: the beta.responses operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    send = create_responses


class AsyncBetaResponsesAPI:
    """`client.beta.responses` of the async client: the beta.responses operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    send = create_responses_async


class RawBetaResponsesAPI:
    """`client.with_raw_response.beta.responses`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def send(
        self,
        *,
        body: _m.ResponsesRequest | Mapping[str, Any] | None = None,
        background: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        image_config: Mapping[str, str | float] | None | NotGiven = NOT_GIVEN,
        include: Sequence[_m.ResponseIncludesEnum | str] | None | NotGiven = NOT_GIVEN,
        input: _m.Inputs | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        metadata: _m.RequestMetadata | None | NotGiven = NOT_GIVEN,
        modalities: Sequence[_m.OutputModalityEnum | str] | None | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        models: Sequence[str] | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        plugins: Sequence[_m.ResponsesRequestPlugins | Mapping[str, Any]]
        | None
        | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        prompt: _m.StoredPromptTemplate | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        reasoning: _m.ReasoningConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        route: _m.DeprecatedRoute | str | None | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        service_tier: _m.ResponsesRequestServiceTier | str | None | NotGiven = NOT_GIVEN,
        session_id: str | None | NotGiven = NOT_GIVEN,
        store: Literal[False] | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        text: _m.TextExtendedConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        tool_choice: _m.OpenAIResponsesToolChoice | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        tools: Sequence[
            _m.FunctionTool
            | Mapping[str, Any]
            | _m.PreviewWebSearchServerTool
            | _m.Preview20250311WebSearchServerTool
            | _m.LegacyWebSearchServerTool
            | _m.WebSearchServerTool
            | _m.FileSearchServerTool
            | _m.ComputerUseServerTool
            | _m.CodeInterpreterServerTool
            | _m.McpServerTool
            | _m.ImageGenerationServerTool
            | _m.CodexLocalShellTool
            | _m.ShellServerTool
            | _m.ApplyPatchServerTool
            | _m.CustomTool
            | _m.DatetimeServerTool
            | _m.WebSearchServerToolOpenRouter
        ]
        | None
        | NotGiven = NOT_GIVEN,
        top_k: int | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        trace: _m.TraceConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        truncation: _m.OpenAIResponsesTruncation | str | None | NotGiven = NOT_GIVEN,
        user: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.OpenResponsesResult]:
        """Create a response"""
        return self._client._request(
            _CREATE_RESPONSES,
            json=_build_body(
                body,
                {
                    "background": background,
                    "frequency_penalty": frequency_penalty,
                    "image_config": image_config,
                    "include": include,
                    "input": input,
                    "instructions": instructions,
                    "max_output_tokens": max_output_tokens,
                    "max_tool_calls": max_tool_calls,
                    "metadata": metadata,
                    "modalities": modalities,
                    "model": model,
                    "models": models,
                    "parallel_tool_calls": parallel_tool_calls,
                    "plugins": plugins,
                    "presence_penalty": presence_penalty,
                    "previous_response_id": previous_response_id,
                    "prompt": prompt,
                    "prompt_cache_key": prompt_cache_key,
                    "provider": provider,
                    "reasoning": reasoning,
                    "route": route,
                    "safety_identifier": safety_identifier,
                    "service_tier": service_tier,
                    "session_id": session_id,
                    "store": store,
                    "stream": NOT_GIVEN,
                    "temperature": temperature,
                    "text": text,
                    "tool_choice": tool_choice,
                    "tools": tools,
                    "top_k": top_k,
                    "top_logprobs": top_logprobs,
                    "top_p": top_p,
                    "trace": trace,
                    "truncation": truncation,
                    "user": user,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawBetaResponsesAPI:
    """`client.with_raw_response.beta.responses` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def send(
        self,
        *,
        body: _m.ResponsesRequest | Mapping[str, Any] | None = None,
        background: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        image_config: Mapping[str, str | float] | None | NotGiven = NOT_GIVEN,
        include: Sequence[_m.ResponseIncludesEnum | str] | None | NotGiven = NOT_GIVEN,
        input: _m.Inputs | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        metadata: _m.RequestMetadata | None | NotGiven = NOT_GIVEN,
        modalities: Sequence[_m.OutputModalityEnum | str] | None | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        models: Sequence[str] | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        plugins: Sequence[_m.ResponsesRequestPlugins | Mapping[str, Any]]
        | None
        | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        prompt: _m.StoredPromptTemplate | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        reasoning: _m.ReasoningConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        route: _m.DeprecatedRoute | str | None | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        service_tier: _m.ResponsesRequestServiceTier | str | None | NotGiven = NOT_GIVEN,
        session_id: str | None | NotGiven = NOT_GIVEN,
        store: Literal[False] | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        text: _m.TextExtendedConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        tool_choice: _m.OpenAIResponsesToolChoice | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        tools: Sequence[
            _m.FunctionTool
            | Mapping[str, Any]
            | _m.PreviewWebSearchServerTool
            | _m.Preview20250311WebSearchServerTool
            | _m.LegacyWebSearchServerTool
            | _m.WebSearchServerTool
            | _m.FileSearchServerTool
            | _m.ComputerUseServerTool
            | _m.CodeInterpreterServerTool
            | _m.McpServerTool
            | _m.ImageGenerationServerTool
            | _m.CodexLocalShellTool
            | _m.ShellServerTool
            | _m.ApplyPatchServerTool
            | _m.CustomTool
            | _m.DatetimeServerTool
            | _m.WebSearchServerToolOpenRouter
        ]
        | None
        | NotGiven = NOT_GIVEN,
        top_k: int | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        trace: _m.TraceConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        truncation: _m.OpenAIResponsesTruncation | str | None | NotGiven = NOT_GIVEN,
        user: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.OpenResponsesResult]:
        """Create a response"""
        return await self._client._request(
            _CREATE_RESPONSES,
            json=_build_body(
                body,
                {
                    "background": background,
                    "frequency_penalty": frequency_penalty,
                    "image_config": image_config,
                    "include": include,
                    "input": input,
                    "instructions": instructions,
                    "max_output_tokens": max_output_tokens,
                    "max_tool_calls": max_tool_calls,
                    "metadata": metadata,
                    "modalities": modalities,
                    "model": model,
                    "models": models,
                    "parallel_tool_calls": parallel_tool_calls,
                    "plugins": plugins,
                    "presence_penalty": presence_penalty,
                    "previous_response_id": previous_response_id,
                    "prompt": prompt,
                    "prompt_cache_key": prompt_cache_key,
                    "provider": provider,
                    "reasoning": reasoning,
                    "route": route,
                    "safety_identifier": safety_identifier,
                    "service_tier": service_tier,
                    "session_id": session_id,
                    "store": store,
                    "stream": NOT_GIVEN,
                    "temperature": temperature,
                    "text": text,
                    "tool_choice": tool_choice,
                    "tools": tools,
                    "top_k": top_k,
                    "top_logprobs": top_logprobs,
                    "top_p": top_p,
                    "trace": trace,
                    "truncation": truncation,
                    "user": user,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingBetaResponsesAPI:
    """`client.with_streaming_response.beta.responses`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def send(
        self,
        *,
        body: _m.ResponsesRequest | Mapping[str, Any] | None = None,
        background: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        image_config: Mapping[str, str | float] | None | NotGiven = NOT_GIVEN,
        include: Sequence[_m.ResponseIncludesEnum | str] | None | NotGiven = NOT_GIVEN,
        input: _m.Inputs | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        metadata: _m.RequestMetadata | None | NotGiven = NOT_GIVEN,
        modalities: Sequence[_m.OutputModalityEnum | str] | None | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        models: Sequence[str] | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        plugins: Sequence[_m.ResponsesRequestPlugins | Mapping[str, Any]]
        | None
        | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        prompt: _m.StoredPromptTemplate | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        reasoning: _m.ReasoningConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        route: _m.DeprecatedRoute | str | None | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        service_tier: _m.ResponsesRequestServiceTier | str | None | NotGiven = NOT_GIVEN,
        session_id: str | None | NotGiven = NOT_GIVEN,
        store: Literal[False] | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        text: _m.TextExtendedConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        tool_choice: _m.OpenAIResponsesToolChoice | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        tools: Sequence[
            _m.FunctionTool
            | Mapping[str, Any]
            | _m.PreviewWebSearchServerTool
            | _m.Preview20250311WebSearchServerTool
            | _m.LegacyWebSearchServerTool
            | _m.WebSearchServerTool
            | _m.FileSearchServerTool
            | _m.ComputerUseServerTool
            | _m.CodeInterpreterServerTool
            | _m.McpServerTool
            | _m.ImageGenerationServerTool
            | _m.CodexLocalShellTool
            | _m.ShellServerTool
            | _m.ApplyPatchServerTool
            | _m.CustomTool
            | _m.DatetimeServerTool
            | _m.WebSearchServerToolOpenRouter
        ]
        | None
        | NotGiven = NOT_GIVEN,
        top_k: int | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        trace: _m.TraceConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        truncation: _m.OpenAIResponsesTruncation | str | None | NotGiven = NOT_GIVEN,
        user: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.OpenResponsesResult]]:
        """Create a response"""

        def _send() -> Any:
            return self._client._request(
                _CREATE_RESPONSES,
                json=_build_body(
                    body,
                    {
                        "background": background,
                        "frequency_penalty": frequency_penalty,
                        "image_config": image_config,
                        "include": include,
                        "input": input,
                        "instructions": instructions,
                        "max_output_tokens": max_output_tokens,
                        "max_tool_calls": max_tool_calls,
                        "metadata": metadata,
                        "modalities": modalities,
                        "model": model,
                        "models": models,
                        "parallel_tool_calls": parallel_tool_calls,
                        "plugins": plugins,
                        "presence_penalty": presence_penalty,
                        "previous_response_id": previous_response_id,
                        "prompt": prompt,
                        "prompt_cache_key": prompt_cache_key,
                        "provider": provider,
                        "reasoning": reasoning,
                        "route": route,
                        "safety_identifier": safety_identifier,
                        "service_tier": service_tier,
                        "session_id": session_id,
                        "store": store,
                        "stream": NOT_GIVEN,
                        "temperature": temperature,
                        "text": text,
                        "tool_choice": tool_choice,
                        "tools": tools,
                        "top_k": top_k,
                        "top_logprobs": top_logprobs,
                        "top_p": top_p,
                        "trace": trace,
                        "truncation": truncation,
                        "user": user,
                    },
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingBetaResponsesAPI:
    """`client.with_streaming_response.beta.responses` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def send(
        self,
        *,
        body: _m.ResponsesRequest | Mapping[str, Any] | None = None,
        background: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        image_config: Mapping[str, str | float] | None | NotGiven = NOT_GIVEN,
        include: Sequence[_m.ResponseIncludesEnum | str] | None | NotGiven = NOT_GIVEN,
        input: _m.Inputs | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        metadata: _m.RequestMetadata | None | NotGiven = NOT_GIVEN,
        modalities: Sequence[_m.OutputModalityEnum | str] | None | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        models: Sequence[str] | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        plugins: Sequence[_m.ResponsesRequestPlugins | Mapping[str, Any]]
        | None
        | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        prompt: _m.StoredPromptTemplate | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        provider: _m.ProviderPreferences | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        reasoning: _m.ReasoningConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        route: _m.DeprecatedRoute | str | None | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        service_tier: _m.ResponsesRequestServiceTier | str | None | NotGiven = NOT_GIVEN,
        session_id: str | None | NotGiven = NOT_GIVEN,
        store: Literal[False] | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        text: _m.TextExtendedConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        tool_choice: _m.OpenAIResponsesToolChoice | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        tools: Sequence[
            _m.FunctionTool
            | Mapping[str, Any]
            | _m.PreviewWebSearchServerTool
            | _m.Preview20250311WebSearchServerTool
            | _m.LegacyWebSearchServerTool
            | _m.WebSearchServerTool
            | _m.FileSearchServerTool
            | _m.ComputerUseServerTool
            | _m.CodeInterpreterServerTool
            | _m.McpServerTool
            | _m.ImageGenerationServerTool
            | _m.CodexLocalShellTool
            | _m.ShellServerTool
            | _m.ApplyPatchServerTool
            | _m.CustomTool
            | _m.DatetimeServerTool
            | _m.WebSearchServerToolOpenRouter
        ]
        | None
        | NotGiven = NOT_GIVEN,
        top_k: int | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        trace: _m.TraceConfig | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        truncation: _m.OpenAIResponsesTruncation | str | None | NotGiven = NOT_GIVEN,
        user: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.OpenResponsesResult]]:
        """Create a response"""

        def _send() -> Any:
            return self._client._request(
                _CREATE_RESPONSES,
                json=_build_body(
                    body,
                    {
                        "background": background,
                        "frequency_penalty": frequency_penalty,
                        "image_config": image_config,
                        "include": include,
                        "input": input,
                        "instructions": instructions,
                        "max_output_tokens": max_output_tokens,
                        "max_tool_calls": max_tool_calls,
                        "metadata": metadata,
                        "modalities": modalities,
                        "model": model,
                        "models": models,
                        "parallel_tool_calls": parallel_tool_calls,
                        "plugins": plugins,
                        "presence_penalty": presence_penalty,
                        "previous_response_id": previous_response_id,
                        "prompt": prompt,
                        "prompt_cache_key": prompt_cache_key,
                        "provider": provider,
                        "reasoning": reasoning,
                        "route": route,
                        "safety_identifier": safety_identifier,
                        "service_tier": service_tier,
                        "session_id": session_id,
                        "store": store,
                        "stream": NOT_GIVEN,
                        "temperature": temperature,
                        "text": text,
                        "tool_choice": tool_choice,
                        "tools": tools,
                        "top_k": top_k,
                        "top_logprobs": top_logprobs,
                        "top_p": top_p,
                        "trace": trace,
                        "truncation": truncation,
                        "user": user,
                    },
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
