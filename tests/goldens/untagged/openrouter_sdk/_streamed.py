"""Streamed responses: `client.with_streaming_response.<tag>.<operation>(...)` is a
context manager that sends the request when entered and closes the response when left;
the body is read only as the caller asks for it (`iter_bytes()`, `write_to_file()`...),
so a large download never sits in memory whole. A connection that fails while the
body is read raises `APIConnectionError` (`APITimeoutError` for a timeout).

    with client.with_streaming_response.files.get_file_content(file_id="f") as response:
        response.write_to_file(response.filename or "download.bin")
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._response import BaseResponse
from ._streaming import transport_error

if TYPE_CHECKING:
    from types import TracebackType

__all__ = [
    "AsyncResponseContextManager",
    "AsyncStreamedResponse",
    "ResponseContextManager",
    "StreamedResponse",
]

T = TypeVar("T")
R = TypeVar("R")
_UNSET: Any = object()
#: Bytes per chunk when writing to a file.
CHUNK_SIZE = 64 * 1024

PathLike = str | os.PathLike[str]


class StreamedResponse(BaseResponse, Generic[T]):
    """A response whose body has not been read yet. Read it once: as bytes, text or
    lines, into a file, or whole (`read()`, `parse()` for the typed result)."""

    def __init__(self, response: httpx.Response, parse: Callable[[httpx.Response], T]) -> None:
        super().__init__(response)
        self._parse = parse
        self._parsed: Any = _UNSET

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body as it arrives, decoded (gzip...), in chunks of `chunk_size` if given."""
        return self._guard(self.http_response.iter_bytes(chunk_size))

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        return self._guard(self.http_response.iter_text(chunk_size))

    def iter_lines(self) -> Iterator[str]:
        return self._guard(self.http_response.iter_lines())

    def _guard(self, items: Iterator[R]) -> Iterator[R]:
        try:
            yield from items
        except httpx.HTTPError as exc:
            raise transport_error(exc, self.http_response) from exc

    def write_to_file(self, path: PathLike) -> int:
        """Stream the body into the file at `path` (replaced if it exists); the number
        of bytes written."""
        written = 0
        with open(path, "wb") as file:
            for chunk in self.iter_bytes(CHUNK_SIZE):
                file.write(chunk)
                written += len(chunk)
        return written

    def read(self) -> bytes:
        """The whole body (read into memory, kept for `parse()`)."""
        try:
            return self.http_response.read()
        except httpx.HTTPError as exc:
            raise transport_error(exc, self.http_response) from exc

    def text(self) -> str:
        self.read()
        return self.http_response.text

    def parse(self) -> T:
        """The typed result, as the plain call would have returned it (reads the body)."""
        if self._parsed is _UNSET:
            self.read()
            self._parsed = self._parse(self.http_response)
        return self._parsed

    def close(self) -> None:
        self.http_response.close()


class AsyncStreamedResponse(BaseResponse, Generic[T]):
    """The async client's `StreamedResponse`: `async for chunk in response.iter_bytes()`,
    `await response.write_to_file(path)`, `await response.parse()`."""

    def __init__(self, response: httpx.Response, parse: Callable[[httpx.Response], T]) -> None:
        super().__init__(response)
        self._parse = parse
        self._parsed: Any = _UNSET

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        return self._guard(self.http_response.aiter_bytes(chunk_size))

    def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        return self._guard(self.http_response.aiter_text(chunk_size))

    def iter_lines(self) -> AsyncIterator[str]:
        return self._guard(self.http_response.aiter_lines())

    async def _guard(self, items: AsyncIterator[R]) -> AsyncIterator[R]:
        try:
            async for item in items:
                yield item
        except httpx.HTTPError as exc:
            raise transport_error(exc, self.http_response) from exc

    async def write_to_file(self, path: PathLike) -> int:
        """Stream the body into the file at `path` (the writes are blocking: local disk)."""
        written = 0
        with open(path, "wb") as file:  # noqa: ASYNC230
            async for chunk in self.iter_bytes(CHUNK_SIZE):
                file.write(chunk)
                written += len(chunk)
        return written

    async def read(self) -> bytes:
        try:
            return await self.http_response.aread()
        except httpx.HTTPError as exc:
            raise transport_error(exc, self.http_response) from exc

    async def text(self) -> str:
        await self.read()
        return self.http_response.text

    async def parse(self) -> T:
        if self._parsed is _UNSET:
            await self.read()
            self._parsed = self._parse(self.http_response)
        return self._parsed

    async def close(self) -> None:
        await self.http_response.aclose()


class ResponseContextManager(Generic[R]):
    """Sends the request on `__enter__`; closes the response on `__exit__`."""

    def __init__(self, send: Callable[[], R]) -> None:
        self._send = send
        self._response: Any = None

    def __enter__(self) -> R:
        self._response = self._send()
        return self._response

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncResponseContextManager(Generic[R]):
    """Sends the request on `__aenter__`; closes the response on `__aexit__`. The request
    is made only when the block is entered (`send` is called then)."""

    def __init__(self, send: Callable[[], Awaitable[R]]) -> None:
        self._send = send
        self._response: Any = None

    async def __aenter__(self) -> R:
        self._response = await self._send()
        return self._response

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._response is not None:
            await self._response.close()
