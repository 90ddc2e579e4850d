"""Small shared types: the NOT_GIVEN sentinel, per-call options, and what a file field
of a multipart operation accepts (`FileTypes`)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any, Literal, TypedDict

import httpx

__all__ = [
    "NOT_GIVEN",
    "CallOptions",
    "FileContent",
    "FileTypes",
    "NotGiven",
    "RequestOptions",
    "Timeout",
]

Timeout = float | httpx.Timeout | None

#: A file's content: bytes, or a binary file object (read when the request is sent).
FileContent = bytes | IO[bytes]
#: A file field's value: content (named after the file object, else "upload"), a path
#: (streamed from disk; named after the path), `(filename, content)` or `(filename, content, content_type)`.
FileTypes = (
    FileContent | Path | tuple[str | None, FileContent] | tuple[str | None, FileContent, str | None]
)


class NotGiven:
    """Marks an argument the caller did not pass (distinct from an explicit None,
    which is sent as JSON null). Use the single instance `NOT_GIVEN`."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


class RequestOptions:
    """Per-call options every operation accepts."""

    __slots__ = ("extra_body", "extra_headers", "extra_query", "max_retries", "timeout")

    def __init__(
        self,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        self.extra_headers = extra_headers
        self.extra_query = extra_query
        self.extra_body = extra_body
        self.timeout = timeout
        self.max_retries = max_retries


class CallOptions(TypedDict, total=False):
    """The per-call options every operation takes as keywords: the base of each
    operation's keyword TypedDict (`**params: Unpack[...Params]`)."""

    extra_headers: Mapping[str, str] | None
    """Headers added to (or replacing) the request's."""
    extra_query: Mapping[str, Any] | None
    """Query parameters added to the request's."""
    extra_body: Mapping[str, Any] | None
    """Fields laid over the JSON body (or parts added to a form)."""
    timeout: Timeout | NotGiven
    """Seconds (or an `httpx.Timeout`) for this call instead of the client's."""
    max_retries: int | NotGiven
    """Retries for this call instead of the client's."""
