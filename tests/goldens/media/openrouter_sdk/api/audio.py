"""Operations tagged audio."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, overload

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

_Any = Any
__all__ = [
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
    "POST", "/audio/speech", binary=True, accept="audio/*", errors={"400": lambda m: m.Error}
)


@overload
def create_speech(
    client: OpenRouter | AudioAPI,
    *,
    input: str,
    voice: str,
    response_format: _m.SpeechRequestResponseFormat | str | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> bytes: ...


@overload
def create_speech(
    client: OpenRouter | AudioAPI,
    *,
    body: _m.SpeechRequest | Mapping[str, Any],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> bytes: ...


def create_speech(
    client: OpenRouter | AudioAPI,
    *,
    body: _m.SpeechRequest | Mapping[str, Any] | None = None,
    input: str | NotGiven = NOT_GIVEN,
    voice: str | NotGiven = NOT_GIVEN,
    response_format: _m.SpeechRequestResponseFormat | str | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> bytes:
    """Text to speech

    POST /audio/speech
    """
    return client._request(
        _CREATE_SPEECH,
        json=_build_body(
            body, {"input": input, "voice": voice, "response_format": response_format}
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def create_speech_async(
    client: AsyncOpenRouter | AsyncAudioAPI,
    *,
    input: str,
    voice: str,
    response_format: _m.SpeechRequestResponseFormat | str | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> bytes: ...


@overload
async def create_speech_async(
    client: AsyncOpenRouter | AsyncAudioAPI,
    *,
    body: _m.SpeechRequest | Mapping[str, Any],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> bytes: ...


async def create_speech_async(
    client: AsyncOpenRouter | AsyncAudioAPI,
    *,
    body: _m.SpeechRequest | Mapping[str, Any] | None = None,
    input: str | NotGiven = NOT_GIVEN,
    voice: str | NotGiven = NOT_GIVEN,
    response_format: _m.SpeechRequestResponseFormat | str | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> bytes:
    """Text to speech

    POST /audio/speech
    """
    return await client._request(
        _CREATE_SPEECH,
        json=_build_body(
            body, {"input": input, "voice": voice, "response_format": response_format}
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


class AudioAPI:
    """`client.audio`: the audio operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    create_speech = create_speech


class AsyncAudioAPI:
    """`client.audio` of the async client: the audio operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    create_speech = create_speech_async


class RawAudioAPI:
    """`client.with_raw_response.audio`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def create_speech(
        self,
        *,
        body: _m.SpeechRequest | Mapping[str, Any] | None = None,
        input: str | NotGiven = NOT_GIVEN,
        voice: str | NotGiven = NOT_GIVEN,
        response_format: _m.SpeechRequestResponseFormat | str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[bytes]:
        """Text to speech"""
        return self._client._request(
            _CREATE_SPEECH,
            json=_build_body(
                body, {"input": input, "voice": voice, "response_format": response_format}
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawAudioAPI:
    """`client.with_raw_response.audio` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def create_speech(
        self,
        *,
        body: _m.SpeechRequest | Mapping[str, Any] | None = None,
        input: str | NotGiven = NOT_GIVEN,
        voice: str | NotGiven = NOT_GIVEN,
        response_format: _m.SpeechRequestResponseFormat | str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[bytes]:
        """Text to speech"""
        return await self._client._request(
            _CREATE_SPEECH,
            json=_build_body(
                body, {"input": input, "voice": voice, "response_format": response_format}
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingAudioAPI:
    """`client.with_streaming_response.audio`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def create_speech(
        self,
        *,
        body: _m.SpeechRequest | Mapping[str, Any] | None = None,
        input: str | NotGiven = NOT_GIVEN,
        voice: str | NotGiven = NOT_GIVEN,
        response_format: _m.SpeechRequestResponseFormat | str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[bytes]]:
        """Text to speech"""

        def _send() -> Any:
            return self._client._request(
                _CREATE_SPEECH,
                json=_build_body(
                    body, {"input": input, "voice": voice, "response_format": response_format}
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

    def create_speech(
        self,
        *,
        body: _m.SpeechRequest | Mapping[str, Any] | None = None,
        input: str | NotGiven = NOT_GIVEN,
        voice: str | NotGiven = NOT_GIVEN,
        response_format: _m.SpeechRequestResponseFormat | str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[bytes]]:
        """Text to speech"""

        def _send() -> Any:
            return self._client._request(
                _CREATE_SPEECH,
                json=_build_body(
                    body, {"input": input, "voice": voice, "response_format": response_format}
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
