"""Small shared types: the NOT_GIVEN sentinel and per-call options."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import httpx

__all__ = ["NOT_GIVEN", "NotGiven", "RequestOptions", "Timeout"]

Timeout = float | httpx.Timeout | None


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
