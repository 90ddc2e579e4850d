"""Server-sent events: an incremental decoder (WHATWG rules) and typed streams.

A stream yields one typed chunk per event, stops at `[DONE]`, raises `APIStreamError`
when the server reports an error inside the stream, and closes its response on every
way out (end, error, `break`, `close()`, leaving a `with` block).
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStreamError,
    APITimeoutError,
    error_detail,
    http_status,
    stream_status_class,
)

__all__ = [
    "DEFAULT_MAX_EVENT_SIZE",
    "AsyncStream",
    "EventTooLarge",
    "SSEDecoder",
    "ServerSentEvent",
    "Stream",
    "transport_error",
]

T = TypeVar("T")


@dataclass(frozen=True)
class ServerSentEvent:
    data: str
    event: str | None = None
    id: str | None = None
    retry: int | None = None


#: The largest event a stream accepts by default (its `data` lines and any unfinished
#: line): generous (a generated image arrives as one base64 event), yet bounded.
DEFAULT_MAX_EVENT_SIZE = 64 * 1024 * 1024


class EventTooLarge(ValueError):
    """An event (or a line) grew past the decoder's `max_event_size`."""


class SSEDecoder:
    """Turns chunks of bytes into events. Lines end in CR, LF or CRLF (also across
    chunk boundaries); `:` starts a comment; `data:` lines of one event are joined
    with newlines; an empty line dispatches the event.

    Linear in its input: an unfinished line is kept as a list of chunks and joined once
    it ends. An event larger than `max_event_size` bytes raises `EventTooLarge`."""

    def __init__(self, max_event_size: int = DEFAULT_MAX_EVENT_SIZE) -> None:
        self.max_event_size = max_event_size
        self._partial: list[bytes] = []  # the unfinished last line, in pieces
        self._partial_size = 0
        self._data: list[str] = []
        self._data_size = 0
        self._event: str | None = None
        self._id: str | None = None
        self._retry: int | None = None
        self._pending_cr = False
        self._started = False

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        if not chunk:
            return []
        if not self._started:
            self._started = True
            if chunk.startswith(b"\xef\xbb\xbf"):  # a byte order mark opens the stream
                chunk = chunk[3:]
        if self._pending_cr and chunk.startswith(b"\n"):
            chunk = chunk[1:]  # the LF of a CRLF split across chunks
        self._pending_cr = chunk.endswith(b"\r")
        if b"\r" in chunk:
            chunk = chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        if b"\n" not in chunk:
            self._keep(chunk)
            return []
        lines = chunk.split(b"\n")
        if self._partial:
            lines[0] = b"".join(self._partial) + lines[0]
            self._partial, self._partial_size = [], 0
        last = lines.pop()
        events = []
        for line in lines:
            event = self._line(line.decode("utf-8"))
            if event is not None:
                events.append(event)
        self._keep(last)
        return events

    def _keep(self, piece: bytes) -> None:
        if piece:
            self._partial.append(piece)
            self._partial_size += len(piece)
            self._check(self._partial_size + self._data_size)

    def _check(self, size: int) -> None:
        if size > self.max_event_size:
            raise EventTooLarge(
                f"an event of the stream is larger than {self.max_event_size} bytes"
            )

    def flush(self) -> list[ServerSentEvent]:
        """At the end of the stream: an unterminated last line still counts."""
        events = []
        if self._partial:
            event = self._line(b"".join(self._partial).decode("utf-8"))
            self._partial, self._partial_size = [], 0
            if event is not None:
                events.append(event)
        event = self._line("")
        if event is not None:
            events.append(event)
        return events

    def _line(self, line: str) -> ServerSentEvent | None:
        if not line:
            if not self._data:
                self._event = None
                return None
            event = ServerSentEvent("\n".join(self._data), self._event, self._id, self._retry)
            self._data, self._data_size, self._event = [], 0, None
            return event
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data_size += len(value) + 1
            self._check(self._data_size)
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id":
            if "\0" not in value:
                self._id = value
        elif name == "retry" and value.isascii() and value.isdigit():
            self._retry = int(value)
        return None


def stream_error(payload: Any, response: httpx.Response | None = None) -> APIStreamError | None:
    """The error an event reports, if any: an `error` member, or a choice that
    finished with `finish_reason: "error"`."""
    if not isinstance(payload, dict):
        return None
    error = payload.get("error")
    if error is None and payload.get("type") == "error":  # the Responses API's error event
        error = {k: v for k, v in payload.items() if k != "type"}
    if error is None:
        for choice in payload.get("choices") or ():
            if isinstance(choice, dict) and choice.get("finish_reason") == "error":
                error = choice.get("error") or {"message": "the stream finished with an error"}
                break
    if error is None:
        return None
    message = error.get("message") if isinstance(error, dict) else str(error)
    status = http_status(error.get("code")) if isinstance(error, dict) else None
    if status is not None and response is not None:
        detail = error_detail({"error": error})
        return stream_status_class(status)(
            f"{status} in the stream of {response.request.method} {response.request.url.path}: "
            f"{detail}",
            response=response,
            status_code=status,
            error=error,
            event=payload,
        )
    request = response.request if response is not None else None
    return APIStreamError(
        f"error in stream: {message}", error=error, event=payload, request=request
    )


class _Events:
    """Decoding shared by the sync and async streams."""

    def __init__(
        self, parse: Callable[[str], Any], response: httpx.Response, max_event_size: int
    ) -> None:
        self._parse = parse
        self._response = response
        self._decoder = SSEDecoder(max_event_size)
        self.done = False

    def chunks(self, events: list[ServerSentEvent]) -> Iterator[Any]:
        """Each event's chunk in order; an error event raises where it stands."""
        for event in events:
            if self.done:
                return
            data = event.data
            if data == "[DONE]":
                self.done = True
                return
            if '"error"' in data:
                try:
                    error = stream_error(json.loads(data), self._response)
                except ValueError:
                    error = None
                if error is not None:
                    raise error
            try:
                yield self._parse(data)
            except ValueError as exc:  # not JSON at all
                raise APIResponseValidationError(
                    f"an event of the stream is not JSON: {exc}", response=self._response, text=data
                ) from exc

    def feed(self, chunk: bytes) -> Iterator[Any]:
        try:
            events = self._decoder.feed(chunk)
        except EventTooLarge as exc:
            raise APIResponseValidationError(str(exc), response=self._response, text="") from exc
        return self.chunks(events)

    def flush(self) -> Iterator[Any]:
        return self.chunks(self._decoder.flush())


def transport_error(exc: httpx.HTTPError, response: httpx.Response) -> Exception:
    """The SDK's error for a transport failure while a response body is read."""
    where = f"{response.request.method} {response.request.url.path}"
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{where}: timed out while streaming", request=response.request)
    return APIConnectionError(
        f"{where}: the stream was cut: {type(exc).__name__}: {exc}", request=response.request
    )


# The generators below hold the response and the decoder, never the stream object: with
# no reference cycle, a stream that is dropped is freed (and its response closed) at once,
# not when the cyclic garbage collector gets to it.


def _chunks(response: httpx.Response, events: _Events) -> Generator[Any, None, None]:
    try:
        try:
            for chunk in response.iter_bytes():
                yield from events.feed(chunk)
                if events.done:
                    return
        except httpx.HTTPError as exc:
            raise transport_error(exc, response) from exc
        yield from events.flush()
    finally:
        response.close()


def _until_left(iterator: Generator[T, None, None]) -> Generator[T, None, None]:
    """What a `for` loop iterates: dropped by the loop when it is left early (`break`,
    an exception), it closes the stream's response then, not at the next collection."""
    try:
        yield from iterator
    finally:
        iterator.close()


async def _achunks(response: httpx.Response, events: _Events) -> AsyncGenerator[Any, None]:
    try:
        try:
            async for chunk in response.aiter_bytes():
                for item in events.feed(chunk):
                    yield item
                if events.done:
                    return
        except httpx.HTTPError as exc:
            raise transport_error(exc, response) from exc
        for item in events.flush():
            yield item
    finally:
        await response.aclose()


async def _auntil_left(iterator: AsyncGenerator[T, None]) -> AsyncGenerator[T, None]:
    try:
        async for item in iterator:
            yield item
    finally:
        await iterator.aclose()


class Stream(Generic[T]):
    """Iterate to get each chunk; use as a context manager or call `close()` to stop
    early (leaving a `for` loop early, or dropping the stream, closes it too).
    `response` is the HTTP response (status, headers)."""

    def __init__(
        self,
        response: httpx.Response,
        parse: Callable[[str], T],
        max_event_size: int = DEFAULT_MAX_EVENT_SIZE,
    ) -> None:
        self.response = response
        self._iterator: Generator[T, None, None] = _chunks(
            response, _Events(parse, response, max_event_size)
        )

    def __iter__(self) -> Iterator[T]:
        return _until_left(self._iterator)

    def __next__(self) -> T:
        return next(self._iterator)

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._iterator.close()
        self.response.close()


class AsyncStream(Generic[T]):
    """Async iteration over the chunks; `async with` or `await close()` to stop early
    (leaving an `async for` early, or dropping the stream, closes it soon after)."""

    def __init__(
        self,
        response: httpx.Response,
        parse: Callable[[str], T],
        max_event_size: int = DEFAULT_MAX_EVENT_SIZE,
    ) -> None:
        self.response = response
        self._iterator: AsyncGenerator[T, None] = _achunks(
            response, _Events(parse, response, max_event_size)
        )

    def __aiter__(self) -> AsyncIterator[T]:
        return _auntil_left(self._iterator)

    async def __anext__(self) -> T:
        return await self._iterator.__anext__()

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        await self._iterator.aclose()
        await self.response.aclose()
