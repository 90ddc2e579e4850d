"""When to retry and how long to wait: the statuses worth another try (or what the
server's `x-should-retry` says), the server's Retry-After, else exponential backoff with
jitter. A Retry-After past MAX_RETRY_AFTER is not waited for: the error is raised, with
the value on it (`retry_after`)."""

from __future__ import annotations

import email.utils
import random
import time

import httpx

from ._errors import APIConnectionError, APITimeoutError

__all__ = [
    "INITIAL_RETRY_DELAY",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
    "RETRY_STATUSES",
    "retry_after",
    "retry_delay",
    "retry_wait",
    "transport_retry",
]

RETRY_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504, 524, 529})
MAX_RETRY_AFTER = 60.0
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0


def retry_after(headers: httpx.Headers) -> float | None:
    """Seconds the server asked us to wait, from retry-after-ms or Retry-After."""
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return float(ms) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):  # neither seconds nor a date: use the backoff
        return None
    return max(0.0, parsed.timestamp() - time.time())


def retry_delay(attempt: int, headers: httpx.Headers | None) -> float:
    """How long to wait before retry number `attempt` (0-based)."""
    if headers is not None:
        wait = retry_after(headers)
        if wait is not None and 0 <= wait:
            return min(wait, MAX_RETRY_AFTER)
    delay = min(INITIAL_RETRY_DELAY * 2**attempt, MAX_RETRY_DELAY)
    return delay * (1 - 0.25 * random.random())


def retry_wait(response: httpx.Response, attempt: int, retries: int) -> float | None:
    """The delay before retrying after `response`, or None when it is not retried."""
    if attempt >= retries:
        return None
    hint = response.headers.get("x-should-retry", "").lower()
    if hint == "false" or (hint != "true" and response.status_code not in RETRY_STATUSES):
        return None
    wait = retry_after(response.headers)
    if wait is not None and wait > MAX_RETRY_AFTER:
        return None
    return retry_delay(attempt, response.headers)


def transport_retry(
    exc: httpx.HTTPError, request: httpx.Request, attempt: int, retries: int
) -> float:
    """The delay before retrying a failed send, or the wrapped error when out of tries."""
    if attempt < retries:
        return retry_delay(attempt, None)
    where = f"{request.method} {request.url.path}"
    tries = f" (after {attempt + 1} attempts)" if attempt else ""
    if isinstance(exc, httpx.TimeoutException):
        raise APITimeoutError(f"{where}: timed out{tries}", request=request) from exc
    raise APIConnectionError(
        f"{where}: {type(exc).__name__}: {exc}{tries}", request=request
    ) from exc
