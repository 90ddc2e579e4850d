"""Where a request carries the API key, so that it never leaves with it: not in a
pickled error, not in a log line, not to another origin or over a downgraded scheme on
a redirect. The client marks each request with the header and query names that carry
the key (`mark`); the rest reads that mark."""

from __future__ import annotations

from typing import Any

import httpx

__all__ = [
    "is_loopback",
    "leaves_origin",
    "mark",
    "redacted",
    "redacted_response",
    "redacted_url",
    "scrub",
    "stripped",
]

_MARK = "sdk.credentials"
# Headers that carry credentials whatever the security scheme says.
_ALWAYS = ("authorization", "proxy-authorization", "cookie")


def mark(request: httpx.Request, headers: tuple[str, ...], query: tuple[str, ...]) -> None:
    """Record the header and query names that carry the key on `request`."""
    request.extensions[_MARK] = (tuple(h.lower() for h in headers), query)


def _names(request: httpx.Request) -> tuple[tuple[str, ...], tuple[str, ...]]:
    headers, query = request.extensions.get(_MARK, ((), ()))
    return (*_ALWAYS, *headers), query


def redacted_url(request: httpx.Request) -> httpx.URL:
    """The URL without the query parameters that carry the key."""
    _, query = _names(request)
    url = request.url
    for name in query:
        if name in url.params:
            url = url.copy_remove_param(name)
    return url


def _content(request: httpx.Request) -> bytes:
    try:
        return request.content
    except httpx.RequestNotRead:  # a streamed upload: not kept
        return b""


def redacted(request: httpx.Request) -> httpx.Request:
    """A copy of `request` without its credentials (headers and query), for pickling."""
    headers, _ = _names(request)
    kept = [(k, v) for k, v in request.headers.multi_items() if k.lower() not in headers]
    return httpx.Request(
        request.method, redacted_url(request), headers=kept, content=_content(request)
    )


def redacted_response(response: httpx.Response) -> httpx.Response:
    """A detached copy of `response` (its body if read) whose request is `redacted`."""
    try:
        content = response.content
    except httpx.ResponseNotRead:
        content = b""
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() != "set-cookie"]
    copy = httpx.Response(response.status_code, headers=headers, content=content)
    try:
        copy.request = redacted(response.request)
    except RuntimeError:  # a response built without a request
        pass
    return copy


def scrub(value: Any) -> Any:
    """`value` safe to pickle: requests and responses redacted, the rest as it is."""
    if isinstance(value, httpx.Request):
        return redacted(value)
    if isinstance(value, httpx.Response):
        return redacted_response(value)
    return value


def leaves_origin(source: httpx.URL, target: httpx.URL) -> bool:
    """A redirect to another host or port, or from https to http. http to https on the
    same host (an upgrade) stays."""
    if source.host != target.host:
        return True
    if source.scheme == "http" and target.scheme == "https":
        return target.port not in (None, 443) or source.port not in (None, 80)
    return source.scheme != target.scheme or source.port != target.port


def stripped(request: httpx.Request) -> httpx.Request:
    """`request` (a redirect's next hop) without the key, wherever the scheme put it."""
    headers, _ = _names(request)
    for name in headers:
        request.headers.pop(name, None)
    url = redacted_url(request)
    if url != request.url:
        request.url = url
    return request


def is_loopback(host: str) -> bool:
    return host in ("localhost", "::1", "[::1]") or host.startswith("127.")
