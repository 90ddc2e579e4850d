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

__all__ = ["AsyncStream", "SSEDecoder", "ServerSentEvent", "Stream", "transport_error"]

T = TypeVar("T")


@dataclass(frozen=True)
class ServerSentEvent:
    data: str
    event: str | None = None
    id: str | None = None
    retry: int | None = None


class SSEDecoder:
    """Turns chunks of bytes into events. Lines end in CR, LF or CRLF (also across
    chunk boundaries); `:` starts a comment; `data:` lines of one event are joined
    with newlines; an empty line dispatches the event."""

    def __init__(self) -> None:
        self._buffer = b""
        self._data: list[str] = []
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
        data = self._buffer + chunk
        if b"\r" in data:
            data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        *lines, self._buffer = data.split(b"\n")
        events = []
        for line in lines:
            event = self._line(line.decode("utf-8"))
            if event is not None:
                events.append(event)
        return events

    def flush(self) -> list[ServerSentEvent]:
        """At the end of the stream: an unterminated last line still counts."""
        events = []
        if self._buffer:
            event = self._line(self._buffer.decode("utf-8"))
            self._buffer = b""
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
            self._data, self._event = [], None
            return event
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if name == "data":
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

    def __init__(self, parse: Callable[[str], Any], response: httpx.Response) -> None:
        self._parse = parse
        self._response = response
        self._decoder = SSEDecoder()
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
        return self.chunks(self._decoder.feed(chunk))

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


class Stream(Generic[T]):
    """Iterate to get each chunk; use as a context manager or call `close()` to stop
    early. `response` is the HTTP response (status, headers)."""

    def __init__(self, response: httpx.Response, parse: Callable[[str], T]) -> None:
        self.response = response
        self._events = _Events(parse, response)
        self._iterator = self._iterate()

    def _iterate(self) -> Generator[T, None, None]:
        try:
            try:
                for chunk in self.response.iter_bytes():
                    yield from self._events.feed(chunk)
                    if self._events.done:
                        return
            except httpx.HTTPError as exc:
                raise transport_error(exc, self.response) from exc
            yield from self._events.flush()
        finally:
            self.response.close()

    def __iter__(self) -> Iterator[T]:
        return self._iterator

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
    """Async iteration over the chunks; `async with` or `await close()` to stop early."""

    def __init__(self, response: httpx.Response, parse: Callable[[str], T]) -> None:
        self.response = response
        self._events = _Events(parse, response)
        self._iterator = self._iterate()

    async def _iterate(self) -> AsyncGenerator[T, None]:
        try:
            try:
                async for chunk in self.response.aiter_bytes():
                    for item in self._events.feed(chunk):
                        yield item
                    if self._events.done:
                        return
            except httpx.HTTPError as exc:
                raise transport_error(exc, self.response) from exc
            for item in self._events.flush():
                yield item
        finally:
            await self.response.aclose()

    def __aiter__(self) -> AsyncIterator[T]:
        return self._iterator

    async def __anext__(self) -> T:
        return await self._iterator.__anext__()

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        await self._iterator.aclose()
        await self.response.aclose()
