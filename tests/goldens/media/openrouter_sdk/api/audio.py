"""Operations tagged audio."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, overload

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
    "CreateSpeechParams",
    "create_speech",
    "create_speech_async",
    "AudioAPI",
    "AsyncAudioAPI",
    "RawAudioAPI",
    "AsyncRawAudioAPI",
    "StreamingAudioAPI",
    "AsyncStreamingAudioAPI",
]

_CREATE_SPEECH = _Endpoint(
    "POST",
    "/audio/speech",
    binary=True,
    accept="audio/*",
    errors="400=Error",
    args=_Arguments(
        "create_speech", body="input voice response_format", required="input voice", kind="object"
    ),
)


class CreateSpeechParams(_CallOptions, total=False):
    """The keyword arguments of `create_speech`."""

    input: Required[str]
    voice: Required[str]
    response_format: _m.SpeechRequestResponseFormat | str | None


@overload
def create_speech(client: OpenRouter | AudioAPI, **params: Unpack[CreateSpeechParams]) -> bytes: ...


@overload
def create_speech(
    client: OpenRouter | AudioAPI,
    *,
    body: _m.SpeechRequest | Mapping[str, Any],
    **params: Unpack[_CallOptions],
) -> bytes: ...


def create_speech(client: OpenRouter | AudioAPI, **params: Any) -> bytes:
    """Text to speech

    POST /audio/speech
    """
    return client._request(_CREATE_SPEECH, params)


@overload
async def create_speech_async(
    client: AsyncOpenRouter | AsyncAudioAPI, **params: Unpack[CreateSpeechParams]
) -> bytes: ...


@overload
async def create_speech_async(
    client: AsyncOpenRouter | AsyncAudioAPI,
    *,
    body: _m.SpeechRequest | Mapping[str, Any],
    **params: Unpack[_CallOptions],
) -> bytes: ...


async def create_speech_async(client: AsyncOpenRouter | AsyncAudioAPI, **params: Any) -> bytes:
    """Text to speech

    POST /audio/speech
    """
    return await client._request(_CREATE_SPEECH, params)


class AudioAPI(_Namespace):
    """`client.audio`: the audio operations as methods."""

    create_speech = create_speech


class AsyncAudioAPI(_Namespace):
    """`client.audio` of the async client: the audio operations as methods."""

    create_speech = create_speech_async


class RawAudioAPI(_Namespace):
    """`client.with_raw_response.audio`: each operation's `APIResponse`."""

    def create_speech(self, **params: Unpack[CreateSpeechParams]) -> APIResponse[bytes]:
        """Text to speech"""
        return self._raw(_CREATE_SPEECH, params)


class AsyncRawAudioAPI(_Namespace):
    """`client.with_raw_response.audio` of the async client."""

    async def create_speech(self, **params: Unpack[CreateSpeechParams]) -> APIResponse[bytes]:
        """Text to speech"""
        return await self._raw(_CREATE_SPEECH, params)


class StreamingAudioAPI(_Namespace):
    """`client.with_streaming_response.audio`: each operation's response, its body unread, in a `with` block."""

    def create_speech(
        self, **params: Unpack[CreateSpeechParams]
    ) -> ResponseContextManager[StreamedResponse[bytes]]:
        """Text to speech"""
        return self._streamed(_CREATE_SPEECH, params)


class AsyncStreamingAudioAPI(_Namespace):
    """`client.with_streaming_response.audio` of the async client (`async with`)."""

    def create_speech(
        self, **params: Unpack[CreateSpeechParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[bytes]]:
        """Text to speech"""
        return self._streamed_async(_CREATE_SPEECH, params)
