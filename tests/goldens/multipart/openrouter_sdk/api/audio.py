"""Operations tagged audio."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, overload

from .._arguments import Arguments as _Arguments
from .._client import Endpoint as _Endpoint
from .._streamed import AsyncResponseContextManager as _AsyncResponseContextManager
from .._streamed import ResponseContextManager as _ResponseContextManager
from .._types import CallOptions as _CallOptions
from .._types import FileTypes

if TYPE_CHECKING:
    from typing_extensions import Required, Unpack

    from .. import models as _m
    from .._client import AsyncOpenRouter, OpenRouter
    from .._response import APIResponse
    from .._streamed import AsyncStreamedResponse, StreamedResponse

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


class AudioAPI:
    """`client.audio`: the audio operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    create_transcription = create_transcription


class AsyncAudioAPI:
    """`client.audio` of the async client: the audio operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    create_transcription = create_transcription_async


class RawAudioAPI:
    """`client.with_raw_response.audio`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def create_transcription(
        self, **params: Unpack[CreateTranscriptionParams]
    ) -> APIResponse[_m.Transcription]:
        """Transcribe audio"""
        return self._client._request(_CREATE_TRANSCRIPTION, params, raw=True)


class AsyncRawAudioAPI:
    """`client.with_raw_response.audio` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def create_transcription(
        self, **params: Unpack[CreateTranscriptionParams]
    ) -> APIResponse[_m.Transcription]:
        """Transcribe audio"""
        return await self._client._request(_CREATE_TRANSCRIPTION, params, raw=True)


class StreamingAudioAPI:
    """`client.with_streaming_response.audio`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def create_transcription(
        self, **params: Unpack[CreateTranscriptionParams]
    ) -> _ResponseContextManager[StreamedResponse[_m.Transcription]]:
        """Transcribe audio"""
        return _ResponseContextManager(
            lambda: self._client._request(_CREATE_TRANSCRIPTION, params, streamed=True)
        )


class AsyncStreamingAudioAPI:
    """`client.with_streaming_response.audio` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def create_transcription(
        self, **params: Unpack[CreateTranscriptionParams]
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.Transcription]]:
        """Transcribe audio"""
        return _AsyncResponseContextManager(
            lambda: self._client._request(_CREATE_TRANSCRIPTION, params, streamed=True)
        )
