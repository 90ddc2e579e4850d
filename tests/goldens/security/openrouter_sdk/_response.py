"""Raw access: `client.with_raw_response.<tag>.<operation>(...)` returns an
`APIResponse` with the status, headers and body next to the parsed result; the
content type and the file name a download comes with are read from its headers."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Generic, TypeVar
from urllib.parse import unquote

import httpx

from ._secrets import redacted_url

__all__ = ["APIResponse", "BaseResponse", "content_filename", "media_type"]

T = TypeVar("T")
_UNSET: Any = object()

# RFC 6266 parameters of a Content-Disposition: `name=token` or `name="quoted string"`.
_PARAM = re.compile(r';\s*([!#$%&\'*+.^_`|~0-9A-Za-z-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;\s]*)')
# RFC 8187 ext-value: charset'language'percent-encoded-value
_EXT_VALUE = re.compile(r"^([!#$%&+^_`{}~0-9A-Za-z-]*)'[^']*'(.*)$")


def media_type(headers: httpx.Headers) -> str | None:
    """The Content-Type without its parameters, lower-cased (`audio/mpeg`), if any."""
    value = headers.get("content-type", "").split(";")[0].strip().lower()
    return value or None


def content_filename(headers: httpx.Headers) -> str | None:
    """The file name a Content-Disposition header gives (RFC 6266): `filename*`
    (RFC 8187, percent-encoded in its charset) over `filename`; only the last path
    segment, so that a name never points outside the directory it is saved in."""
    header = headers.get("content-disposition")
    if not header:
        return None
    params: dict[str, str] = {}
    for name, raw in _PARAM.findall(";" + header.partition(";")[2]):
        value = raw
        if raw.startswith('"'):
            value = re.sub(r"\\(.)", r"\1", raw[1:-1])
        params.setdefault(name.lower(), value)
    name = None
    extended = _EXT_VALUE.match(params.get("filename*", ""))
    if extended:
        charset = extended.group(1).lower() or "utf-8"
        try:
            name = unquote(extended.group(2), encoding=charset, errors="strict")
        except (LookupError, UnicodeDecodeError):
            name = None
    if name is None:
        name = params.get("filename")
    if name is None:
        return None
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    return name if name not in ("", ".", "..") else None


class BaseResponse:
    """What the raw and the streamed responses share: status, headers, content type."""

    def __init__(self, response: httpx.Response) -> None:
        self.http_response = response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content_type(self) -> str | None:
        """The media type of the body (`application/octet-stream`), without parameters."""
        return media_type(self.http_response.headers)

    @property
    def filename(self) -> str | None:
        """The file name of the Content-Disposition header, if the server sent one."""
        return content_filename(self.http_response.headers)

    @property
    def request_id(self) -> str | None:
        headers = self.http_response.headers
        return headers.get("x-request-id") or headers.get("x-generation-id")

    def __repr__(self) -> str:
        request = self.http_response.request
        url = redacted_url(request)  # without a key the scheme puts in the query
        return f"<{type(self).__name__} [{self.status_code}] {request.method} {url}>"


class APIResponse(BaseResponse, Generic[T]):
    def __init__(self, response: httpx.Response, parse: Callable[[httpx.Response], T]) -> None:
        super().__init__(response)
        self._parse = parse
        self._parsed: Any = _UNSET

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def parse(self) -> T:
        """The typed result, as the plain call would have returned it (parsed once)."""
        if self._parsed is _UNSET:
            self._parsed = self._parse(self.http_response)
        return self._parsed
