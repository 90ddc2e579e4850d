"""Operations tagged audio."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, overload

from .._arguments import Arguments as _Arguments
from .._client import Endpoint as _Endpoint
from .._namespace import Namespace as _Namespace
from .._types import CallOptions as _CallOptions
from .._types import FileTypes

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
    "CreateTranscriptionParams",
    "CreateTranscriptionFormParams",
    "create_transcription",
    "create_transcription_async",
    "AudioAPI",
    "AsyncAudioAPI",
    "RawAudioAPI",
    "AsyncRawAudioAPI",
    "StreamingAudioAPI",
    "AsyncStreamingAudioAPI",
]

_CREATE_TRANSCRIPTION = _Endpoint(
    "POST",
    "/transcriptions",
    json=lambda m: m.Transcription,
    args=_Arguments(
        "create_transcription",
        body="model input_audio language timestamp_granularities",
        form="file model language temperature timestamp_granularities=timestamp_granularities[]",
        required="model input_audio",
        form_required="file model",
        files="file",
        selector="file",
        kind="object",
    ),
)


class CreateTranscriptionParams(_CallOptions, total=False):
    """The keyword arguments of `create_transcription`."""

    model: Required[str]
    input_audio: Required[_m.InputAudio | Mapping[str, Any]]
    language: str | None
    timestamp_granularities: Sequence[_m.TranscriptionRequestTimestampGranularity | str] | None


class CreateTranscriptionFormParams(_CallOptions, total=False):
    """The keyword arguments of `create_transcription` that send the multipart form."""

    file: Required[FileTypes]
    """The audio file."""
    model: Required[str]
    language: str | None
    temperature: float | None
    timestamp_granularities: Sequence[_m.TranscriptionsPostRequestTimestampGranularity | str] | None


@overload
def create_transcription(
    client: OpenRouter | AudioAPI, **params: Unpack[CreateTranscriptionParams]
) -> _m.Transcription: ...


@overload
def create_transcription(
    client: OpenRouter | AudioAPI,
    *,
    body: _m.TranscriptionRequest | Mapping[str, Any],
    **params: Unpack[_CallOptions],
) -> _m.Transcription: ...


@overload
def create_transcription(
    client: OpenRouter | AudioAPI, **params: Unpack[CreateTranscriptionFormParams]
) -> _m.Transcription: ...


def create_transcription(client: OpenRouter | AudioAPI, **params: Any) -> _m.Transcription:
    """Transcribe audio

    Audio as base64 JSON, or as a file in a multipart form.

    POST /transcriptions

    File fields take `FileTypes`: bytes, a binary file object, a `pathlib.Path`, `(filename, content)` or `(filename, content, content_type)`. Passing `file=` sends the multipart/form-data form instead of JSON (one overload per body kind).
    """
    return client._request(_CREATE_TRANSCRIPTION, params)


@overload
async def create_transcription_async(
    client: AsyncOpenRouter | AsyncAudioAPI, **params: Unpack[CreateTranscriptionParams]
) -> _m.Transcription: ...


@overload
async def create_transcription_async(
    client: AsyncOpenRouter | AsyncAudioAPI,
    *,
    body: _m.TranscriptionRequest | Mapping[str, Any],
    **params: Unpack[_CallOptions],
) -> _m.Transcription: ...


@overload
async def create_transcription_async(
    client: AsyncOpenRouter | AsyncAudioAPI, **params: Unpack[CreateTranscriptionFormParams]
) -> _m.Transcription: ...


async def create_transcription_async(
    client: AsyncOpenRouter | AsyncAudioAPI, **params: Any
) -> _m.Transcription:
    """Transcribe audio

    Audio as base64 JSON, or as a file in a multipart form.

    POST /transcriptions

    File fields take `FileTypes`: bytes, a binary file object, a `pathlib.Path`, `(filename, content)` or `(filename, content, content_type)`. Passing `file=` sends the multipart/form-data form instead of JSON (one overload per body kind).
    """
    return await client._request(_CREATE_TRANSCRIPTION, params)


class AudioAPI(_Namespace):
    """`client.audio`: the audio operations as methods."""

    create_transcription = create_transcription


class AsyncAudioAPI(_Namespace):
    """`client.audio` of the async client: the audio operations as methods."""

    create_transcription = create_transcription_async


class RawAudioAPI(_Namespace):
    """`client.with_raw_response.audio`: each operation's `APIResponse`."""

    def create_transcription(
        self, **params: Unpack[CreateTranscriptionParams]
    ) -> APIResponse[_m.Transcription]:
        """Transcribe audio"""
        return self._raw(_CREATE_TRANSCRIPTION, params)


class AsyncRawAudioAPI(_Namespace):
    """`client.with_raw_response.audio` of the async client."""

    async def create_transcription(
        self, **params: Unpack[CreateTranscriptionParams]
    ) -> APIResponse[_m.Transcription]:
        """Transcribe audio"""
        return await self._raw(_CREATE_TRANSCRIPTION, params)


class StreamingAudioAPI(_Namespace):
    """`client.with_streaming_response.audio`: each operation's response, its body unread, in a `with` block."""

    def create_transcription(
        self, **params: Unpack[CreateTranscriptionParams]
    ) -> ResponseContextManager[StreamedResponse[_m.Transcription]]:
        """Transcribe audio"""
        return self._streamed(_CREATE_TRANSCRIPTION, params)


class AsyncStreamingAudioAPI(_Namespace):
    """`client.with_streaming_response.audio` of the async client (`async with`)."""

    def create_transcription(
        self, **params: Unpack[CreateTranscriptionParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.Transcription]]:
        """Transcribe audio"""
        return self._streamed_async(_CREATE_TRANSCRIPTION, params)
