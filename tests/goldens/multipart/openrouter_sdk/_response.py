"""Raw access: `client.with_raw_response.<tag>.<operation>(...)` returns an
`APIResponse` with the status, headers and body next to the parsed result."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

__all__ = ["APIResponse"]

T = TypeVar("T")
_UNSET: Any = object()


class APIResponse(Generic[T]):
    def __init__(self, response: httpx.Response, parse: Callable[[httpx.Response], T]) -> None:
        self.http_response = response
        self._parse = parse
        self._parsed: Any = _UNSET

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    @property
    def request_id(self) -> str | None:
        headers = self.http_response.headers
        return headers.get("x-request-id") or headers.get("x-generation-id")

    def parse(self) -> T:
        """The typed result, as the plain call would have returned it (parsed once)."""
        if self._parsed is _UNSET:
            self._parsed = self._parse(self.http_response)
        return self._parsed

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] {self.http_response.request.method} {self.http_response.url}>"
