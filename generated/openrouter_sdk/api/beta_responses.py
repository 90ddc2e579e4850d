"""beta.responses endpoints"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

from .._arguments import Arguments as _Arguments
from .._client import Endpoint as _Endpoint
from .._namespace import Namespace as _Namespace
from .._types import NOT_GIVEN, NotGiven
from .._types import CallOptions as _CallOptions

if TYPE_CHECKING:
    from typing_extensions import Unpack

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
    "CreateResponsesParams",
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
    errors="400=BadRequestResponse 401=UnauthorizedResponse 402=PaymentRequiredResponse 404=NotFoundResponse 408=RequestTimeoutResponse 413=PayloadTooLargeResponse 422=UnprocessableEntityResponse 429=TooManyRequestsResponse 500=InternalServerResponse 502=BadGatewayResponse 503=ServiceUnavailableResponse 524=EdgeNetworkTimeoutResponse 529=ProviderOverloadedResponse",
    args=_Arguments(
        "create_responses",
        body="background frequency_penalty image_config include input instructions max_output_tokens max_tool_calls metadata modalities model models parallel_tool_calls plugins presence_penalty previous_response_id prompt prompt_cache_key provider reasoning route safety_identifier service_tier session_id store stream temperature text tool_choice tools top_k top_logprobs top_p trace truncation user",
        kind="object",
    ),
)


class CreateResponsesParams(_CallOptions, total=False):
    """The keyword arguments of `create_responses`."""

    background: bool | None
    frequency_penalty: float | None
    image_config: Mapping[str, str | float] | None
    """Provider-specific image configuration options. Keys and values vary by model/provider. See https://openrouter.ai/docs/features/multimodal/image-generation for more details."""
    include: Sequence[_m.ResponseIncludesEnum | str] | None
    input: (
        str
        | Sequence[
            _m.ReasoningItem
            | _m.EasyInputMessage
            | _m.InputMessageItem
            | _m.FunctionCallItem
            | _m.FunctionCallOutputItem
            | _m.InputsOutputMessageItem
            | _m.InputsOutputReasoningItem
            | _m.OutputFunctionCallItem
            | _m.OutputWebSearchCallItem
            | _m.OutputFileSearchCallItem
            | _m.OutputImageGenerationCallItem
            | _m.OutputDatetimeItem
            | _m.OutputWebSearchServerToolItem
            | Mapping[str, Any]
        ]
        | None
    )
    """Input for a response request - can be a string or array of items"""
    instructions: str | None
    max_output_tokens: int | None
    max_tool_calls: int | None
    metadata: _m.RequestMetadata | None
    """Metadata key-value pairs for the request. Keys must be ≤64 characters and cannot contain brackets. Values must be ≤512 characters. Maximum 16 pairs allowed."""
    modalities: Sequence[_m.OutputModalityEnum | str] | None
    """Output modalities for the response. Supported values are "text" and "image"."""
    model: str | None
    models: Sequence[str] | None
    parallel_tool_calls: bool | None
    plugins: Sequence[_m.ResponsesRequestPlugins | Mapping[str, Any]] | None
    """Plugins you want to enable for this request, including their settings."""
    presence_penalty: float | None
    previous_response_id: str | None
    prompt: _m.StoredPromptTemplate | Mapping[str, Any] | None
    prompt_cache_key: str | None
    provider: _m.ProviderPreferences | Mapping[str, Any] | None
    """When multiple model providers are available, optionally indicate your routing preference."""
    reasoning: _m.ReasoningConfig | Mapping[str, Any] | None
    """Configuration for reasoning mode in the response"""
    route: _m.DeprecatedRoute | str | None
    """**DEPRECATED** Use providers.sort.partition instead. Backwards-compatible alias for providers.sort.partition. Accepts legacy values: "fallback" (maps to "model"), "sort" (maps to "none")."""
    safety_identifier: str | None
    service_tier: _m.ResponsesRequestServiceTier | str | None
    session_id: str | None
    """A unique identifier for grouping related requests (e.g., a conversation or agent workflow) for observability. If provided in both the request body and the x-session-id header, the body value takes precedence. Maximum of 256 characters."""
    store: Literal[False]
    temperature: float | None
    text: _m.TextExtendedConfig | Mapping[str, Any] | None
    """Text output configuration including format and verbosity"""
    tool_choice: _m.OpenAIResponsesToolChoice | Mapping[str, Any] | None
    tools: (
        Sequence[
            _m.FunctionTool
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
            | Mapping[str, Any]
        ]
        | None
    )
    top_k: int | None
    top_logprobs: int | None
    top_p: float | None
    trace: _m.TraceConfig | Mapping[str, Any] | None
    """Metadata for observability and tracing. Known keys (trace_id, trace_name, span_name, generation_name, parent_span_id) have special handling. Additional keys are passed through as custom metadata to configured broadcast destinations."""
    truncation: _m.OpenAIResponsesTruncation | str | None
    user: str | None
    """A unique identifier representing your end-user, which helps distinguish between different users of your app. This allows your app to identify specific users in case of abuse reports, preventing your entire app from being affected by the actions of individual users. Maximum of 256 characters."""


@overload
def create_responses(
    client: OpenRouter | BetaResponsesAPI,
    *,
    stream: Literal[True],
    **params: Unpack[CreateResponsesParams],
) -> Stream[_m.StreamEvents]: ...


@overload
def create_responses(
    client: OpenRouter | BetaResponsesAPI,
    *,
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    **params: Unpack[CreateResponsesParams],
) -> _m.OpenResponsesResult: ...


@overload
def create_responses(
    client: OpenRouter | BetaResponsesAPI,
    *,
    body: _m.ResponsesRequest | Mapping[str, Any],
    stream: Literal[True],
    **params: Unpack[_CallOptions],
) -> Stream[_m.StreamEvents]: ...


@overload
def create_responses(
    client: OpenRouter | BetaResponsesAPI,
    *,
    body: _m.ResponsesRequest | Mapping[str, Any],
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    **params: Unpack[_CallOptions],
) -> _m.OpenResponsesResult: ...


def create_responses(
    client: OpenRouter | BetaResponsesAPI, **params: Any
) -> _m.OpenResponsesResult | Stream[_m.StreamEvents]:
    """Create a response

    Creates a streaming or non-streaming response using OpenResponses API format

    POST /responses
    """
    return client._request(_CREATE_RESPONSES, params)


@overload
async def create_responses_async(
    client: AsyncOpenRouter | AsyncBetaResponsesAPI,
    *,
    stream: Literal[True],
    **params: Unpack[CreateResponsesParams],
) -> AsyncStream[_m.StreamEvents]: ...


@overload
async def create_responses_async(
    client: AsyncOpenRouter | AsyncBetaResponsesAPI,
    *,
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    **params: Unpack[CreateResponsesParams],
) -> _m.OpenResponsesResult: ...


@overload
async def create_responses_async(
    client: AsyncOpenRouter | AsyncBetaResponsesAPI,
    *,
    body: _m.ResponsesRequest | Mapping[str, Any],
    stream: Literal[True],
    **params: Unpack[_CallOptions],
) -> AsyncStream[_m.StreamEvents]: ...


@overload
async def create_responses_async(
    client: AsyncOpenRouter | AsyncBetaResponsesAPI,
    *,
    body: _m.ResponsesRequest | Mapping[str, Any],
    stream: Literal[False] | NotGiven = NOT_GIVEN,
    **params: Unpack[_CallOptions],
) -> _m.OpenResponsesResult: ...


async def create_responses_async(
    client: AsyncOpenRouter | AsyncBetaResponsesAPI, **params: Any
) -> _m.OpenResponsesResult | AsyncStream[_m.StreamEvents]:
    """Create a response

    Creates a streaming or non-streaming response using OpenResponses API format

    POST /responses
    """
    return await client._request(_CREATE_RESPONSES, params)


class BetaResponsesAPI(_Namespace):
    """`client.beta.responses`: the beta.responses operations as methods."""

    send = create_responses


class AsyncBetaResponsesAPI(_Namespace):
    """`client.beta.responses` of the async client: the beta.responses operations as methods."""

    send = create_responses_async


class RawBetaResponsesAPI(_Namespace):
    """`client.with_raw_response.beta.responses`: each operation's `APIResponse`."""

    def send(self, **params: Unpack[CreateResponsesParams]) -> APIResponse[_m.OpenResponsesResult]:
        """Create a response"""
        return self._raw(_CREATE_RESPONSES, params)


class AsyncRawBetaResponsesAPI(_Namespace):
    """`client.with_raw_response.beta.responses` of the async client."""

    async def send(
        self, **params: Unpack[CreateResponsesParams]
    ) -> APIResponse[_m.OpenResponsesResult]:
        """Create a response"""
        return await self._raw(_CREATE_RESPONSES, params)


class StreamingBetaResponsesAPI(_Namespace):
    """`client.with_streaming_response.beta.responses`: each operation's response, its body unread, in a `with` block."""

    def send(
        self, **params: Unpack[CreateResponsesParams]
    ) -> ResponseContextManager[StreamedResponse[_m.OpenResponsesResult]]:
        """Create a response"""
        return self._streamed(_CREATE_RESPONSES, params)


class AsyncStreamingBetaResponsesAPI(_Namespace):
    """`client.with_streaming_response.beta.responses` of the async client (`async with`)."""

    def send(
        self, **params: Unpack[CreateResponsesParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.OpenResponsesResult]]:
        """Create a response"""
        return self._streamed_async(_CREATE_RESPONSES, params)
