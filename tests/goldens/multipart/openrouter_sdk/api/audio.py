"""Operations tagged audio."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, overload

from .._client import Endpoint as _Endpoint
from .._client import build_body as _build_body
from .._client import multipart as _multipart
from .._streamed import AsyncResponseContextManager as _AsyncResponseContextManager
from .._streamed import ResponseContextManager as _ResponseContextManager
from .._types import NOT_GIVEN, FileTypes, NotGiven, Timeout
from .._types import RequestOptions as _RequestOptions

if TYPE_CHECKING:
    from .. import models as _m
    from .._client import AsyncOpenRouter, OpenRouter
    from .._response import APIResponse
    from .._streamed import AsyncStreamedResponse, StreamedResponse

_Any = Any
__all__ = [
    "create_transcription",
    "create_transcription_async",
    "AudioAPI",
    "AsyncAudioAPI",
    "RawAudioAPI",
    "AsyncRawAudioAPI",
    "StreamingAudioAPI",
    "AsyncStreamingAudioAPI",
]

_CREATE_TRANSCRIPTION = _Endpoint("POST", "/transcriptions", json=lambda m: m.Transcription)


@overload
def create_transcription(
    client: OpenRouter | AudioAPI,
    *,
    model: str,
    input_audio: _m.InputAudio | Mapping[str, Any],
    language: str | None | NotGiven = NOT_GIVEN,
    timestamp_granularities: Sequence[_m.TranscriptionRequestTimestampGranularity | str]
    | None
    | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Transcription: ...


@overload
def create_transcription(
    client: OpenRouter | AudioAPI,
    *,
    body: _m.TranscriptionRequest | Mapping[str, Any],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Transcription: ...


@overload
def create_transcription(
    client: OpenRouter | AudioAPI,
    *,
    file: FileTypes,
    model: str,
    language: str | None | NotGiven = NOT_GIVEN,
    temperature: float | None | NotGiven = NOT_GIVEN,
    timestamp_granularities: Sequence[_m.TranscriptionsPostRequestTimestampGranularity | str]
    | None
    | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Transcription: ...


def create_transcription(
    client: OpenRouter | AudioAPI,
    *,
    body: _m.TranscriptionRequest | Mapping[str, Any] | None = None,
    model: str | NotGiven = NOT_GIVEN,
    input_audio: _m.InputAudio | Mapping[str, Any] | NotGiven = NOT_GIVEN,
    language: str | None | NotGiven = NOT_GIVEN,
    timestamp_granularities: Sequence[_m.TranscriptionRequestTimestampGranularity | str]
    | None
    | Sequence[_m.TranscriptionsPostRequestTimestampGranularity | str]
    | None
    | NotGiven = NOT_GIVEN,
    file: FileTypes | NotGiven = NOT_GIVEN,
    temperature: float | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Transcription:
    """Transcribe audio

    Audio as base64 JSON, or as a file in a multipart form.

    Args:
        file: The audio file.

    POST /transcriptions

    File fields take `FileTypes`: bytes, a binary file object, a `pathlib.Path`, `(filename, content)` or `(filename, content, content_type)`. Passing `file=` sends the multipart/form-data form instead of JSON (one overload per body kind).
    """
    if not isinstance(file, NotGiven):
        return client._request(
            _CREATE_TRANSCRIPTION,
            form=_multipart(
                {
                    "file": file,
                    "model": model,
                    "language": language,
                    "temperature": temperature,
                    "timestamp_granularities[]": timestamp_granularities,
                },
                ("file",),
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
    return client._request(
        _CREATE_TRANSCRIPTION,
        json=_build_body(
            body,
            {
                "model": model,
                "input_audio": input_audio,
                "language": language,
                "timestamp_granularities": timestamp_granularities,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def create_transcription_async(
    client: AsyncOpenRouter | AsyncAudioAPI,
    *,
    model: str,
    input_audio: _m.InputAudio | Mapping[str, Any],
    language: str | None | NotGiven = NOT_GIVEN,
    timestamp_granularities: Sequence[_m.TranscriptionRequestTimestampGranularity | str]
    | None
    | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Transcription: ...


@overload
async def create_transcription_async(
    client: AsyncOpenRouter | AsyncAudioAPI,
    *,
    body: _m.TranscriptionRequest | Mapping[str, Any],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Transcription: ...


@overload
async def create_transcription_async(
    client: AsyncOpenRouter | AsyncAudioAPI,
    *,
    file: FileTypes,
    model: str,
    language: str | None | NotGiven = NOT_GIVEN,
    temperature: float | None | NotGiven = NOT_GIVEN,
    timestamp_granularities: Sequence[_m.TranscriptionsPostRequestTimestampGranularity | str]
    | None
    | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Transcription: ...


async def create_transcription_async(
    client: AsyncOpenRouter | AsyncAudioAPI,
    *,
    body: _m.TranscriptionRequest | Mapping[str, Any] | None = None,
    model: str | NotGiven = NOT_GIVEN,
    input_audio: _m.InputAudio | Mapping[str, Any] | NotGiven = NOT_GIVEN,
    language: str | None | NotGiven = NOT_GIVEN,
    timestamp_granularities: Sequence[_m.TranscriptionRequestTimestampGranularity | str]
    | None
    | Sequence[_m.TranscriptionsPostRequestTimestampGranularity | str]
    | None
    | NotGiven = NOT_GIVEN,
    file: FileTypes | NotGiven = NOT_GIVEN,
    temperature: float | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Transcription:
    """Transcribe audio

    Audio as base64 JSON, or as a file in a multipart form.

    Args:
        file: The audio file.

    POST /transcriptions

    File fields take `FileTypes`: bytes, a binary file object, a `pathlib.Path`, `(filename, content)` or `(filename, content, content_type)`. Passing `file=` sends the multipart/form-data form instead of JSON (one overload per body kind).
    """
    if not isinstance(file, NotGiven):
        return await client._request(
            _CREATE_TRANSCRIPTION,
            form=_multipart(
                {
                    "file": file,
                    "model": model,
                    "language": language,
                    "temperature": temperature,
                    "timestamp_granularities[]": timestamp_granularities,
                },
                ("file",),
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
    return await client._request(
        _CREATE_TRANSCRIPTION,
        json=_build_body(
            body,
            {
                "model": model,
                "input_audio": input_audio,
                "language": language,
                "timestamp_granularities": timestamp_granularities,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


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
        self,
        *,
        body: _m.TranscriptionRequest | Mapping[str, Any] | None = None,
        model: str | NotGiven = NOT_GIVEN,
        input_audio: _m.InputAudio | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        language: str | None | NotGiven = NOT_GIVEN,
        timestamp_granularities: Sequence[_m.TranscriptionRequestTimestampGranularity | str]
        | None
        | Sequence[_m.TranscriptionsPostRequestTimestampGranularity | str]
        | None
        | NotGiven = NOT_GIVEN,
        file: FileTypes | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Transcription]:
        """Transcribe audio"""
        if not isinstance(file, NotGiven):
            return self._client._request(
                _CREATE_TRANSCRIPTION,
                form=_multipart(
                    {
                        "file": file,
                        "model": model,
                        "language": language,
                        "temperature": temperature,
                        "timestamp_granularities[]": timestamp_granularities,
                    },
                    ("file",),
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                raw=True,
            )
        return self._client._request(
            _CREATE_TRANSCRIPTION,
            json=_build_body(
                body,
                {
                    "model": model,
                    "input_audio": input_audio,
                    "language": language,
                    "timestamp_granularities": timestamp_granularities,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawAudioAPI:
    """`client.with_raw_response.audio` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def create_transcription(
        self,
        *,
        body: _m.TranscriptionRequest | Mapping[str, Any] | None = None,
        model: str | NotGiven = NOT_GIVEN,
        input_audio: _m.InputAudio | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        language: str | None | NotGiven = NOT_GIVEN,
        timestamp_granularities: Sequence[_m.TranscriptionRequestTimestampGranularity | str]
        | None
        | Sequence[_m.TranscriptionsPostRequestTimestampGranularity | str]
        | None
        | NotGiven = NOT_GIVEN,
        file: FileTypes | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Transcription]:
        """Transcribe audio"""
        if not isinstance(file, NotGiven):
            return await self._client._request(
                _CREATE_TRANSCRIPTION,
                form=_multipart(
                    {
                        "file": file,
                        "model": model,
                        "language": language,
                        "temperature": temperature,
                        "timestamp_granularities[]": timestamp_granularities,
                    },
                    ("file",),
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                raw=True,
            )
        return await self._client._request(
            _CREATE_TRANSCRIPTION,
            json=_build_body(
                body,
                {
                    "model": model,
                    "input_audio": input_audio,
                    "language": language,
                    "timestamp_granularities": timestamp_granularities,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingAudioAPI:
    """`client.with_streaming_response.audio`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def create_transcription(
        self,
        *,
        body: _m.TranscriptionRequest | Mapping[str, Any] | None = None,
        model: str | NotGiven = NOT_GIVEN,
        input_audio: _m.InputAudio | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        language: str | None | NotGiven = NOT_GIVEN,
        timestamp_granularities: Sequence[_m.TranscriptionRequestTimestampGranularity | str]
        | None
        | Sequence[_m.TranscriptionsPostRequestTimestampGranularity | str]
        | None
        | NotGiven = NOT_GIVEN,
        file: FileTypes | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.Transcription]]:
        """Transcribe audio"""

        def _send() -> Any:
            if not isinstance(file, NotGiven):
                return self._client._request(
                    _CREATE_TRANSCRIPTION,
                    form=_multipart(
                        {
                            "file": file,
                            "model": model,
                            "language": language,
                            "temperature": temperature,
                            "timestamp_granularities[]": timestamp_granularities,
                        },
                        ("file",),
                    ),
                    options=_RequestOptions(
                        extra_headers, extra_query, extra_body, timeout, max_retries
                    ),
                    streamed=True,
                )
            return self._client._request(
                _CREATE_TRANSCRIPTION,
                json=_build_body(
                    body,
                    {
                        "model": model,
                        "input_audio": input_audio,
                        "language": language,
                        "timestamp_granularities": timestamp_granularities,
                    },
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingAudioAPI:
    """`client.with_streaming_response.audio` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def create_transcription(
        self,
        *,
        body: _m.TranscriptionRequest | Mapping[str, Any] | None = None,
        model: str | NotGiven = NOT_GIVEN,
        input_audio: _m.InputAudio | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        language: str | None | NotGiven = NOT_GIVEN,
        timestamp_granularities: Sequence[_m.TranscriptionRequestTimestampGranularity | str]
        | None
        | Sequence[_m.TranscriptionsPostRequestTimestampGranularity | str]
        | None
        | NotGiven = NOT_GIVEN,
        file: FileTypes | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.Transcription]]:
        """Transcribe audio"""

        def _send() -> Any:
            if not isinstance(file, NotGiven):
                return self._client._request(
                    _CREATE_TRANSCRIPTION,
                    form=_multipart(
                        {
                            "file": file,
                            "model": model,
                            "language": language,
                            "temperature": temperature,
                            "timestamp_granularities[]": timestamp_granularities,
                        },
                        ("file",),
                    ),
                    options=_RequestOptions(
                        extra_headers, extra_query, extra_body, timeout, max_retries
                    ),
                    streamed=True,
                )
            return self._client._request(
                _CREATE_TRANSCRIPTION,
                json=_build_body(
                    body,
                    {
                        "model": model,
                        "input_audio": input_audio,
                        "language": language,
                        "timestamp_granularities": timestamp_granularities,
                    },
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
