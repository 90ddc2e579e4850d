"""Exceptions raised by the SDK. All are importable from the package root.

OpenRouterError                   also: no API key, no base URL (nothing was sent)
└── APIError                      message, request, body
    ├── APIConnectionError        transport failed (DNS, refused, reset, dropped stream)
    │   └── APITimeoutError
    ├── APIStatusError            status_code, headers, body, error, request_id, retry_after
    │   ├── BadRequestError           400
    │   ├── AuthenticationError       401
    │   ├── PaymentRequiredError      402  (insufficient credits)
    │   ├── PermissionDeniedError     403
    │   ├── NotFoundError             404
    │   ├── RequestTimeoutError       408
    │   ├── ConflictError             409
    │   ├── PayloadTooLargeError      413
    │   ├── UnprocessableEntityError  422
    │   ├── RateLimitError            429
    │   └── InternalServerError       >= 500
    ├── APIResponseValidationError    a 2xx body that cannot be read as the declared type
    └── APIStreamError                the server reported an error inside a stream

A 2xx body that is only an error (`{"error": {"code": 429, ...}}`), or an error event of
a stream whose `code` is an HTTP status, raises the status class `code` names.
Every error pickles; the pickle holds copies of its request and response without the
API key (wherever the security scheme put it).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Literal, cast

from ._secrets import scrub

if TYPE_CHECKING:
    from collections.abc import Callable

    import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APIStreamError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "OpenRouterError",
    "PayloadTooLargeError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "UnprocessableEntityError",
]


class OpenRouterError(Exception):
    """Base of every exception the SDK raises."""


def _restore(cls: type[APIError], message: str) -> APIError:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    return error


class APIError(OpenRouterError):
    """A request was sent (or tried) and failed. `body`: what the server answered, if
    anything (decoded JSON, else text)."""

    message: str
    request: httpx.Request | None
    body: object | None

    def __init__(
        self, message: str, request: httpx.Request | None = None, *, body: object | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body

    def __reduce__(self) -> tuple[Any, ...]:
        # The keyword-only constructors cannot be called with `args`: rebuild from the
        # message and the state, with requests and responses redacted.
        state = {key: scrub(value) for key, value in self.__dict__.items()}
        return (_restore, (type(self), self.message), state)


class APIConnectionError(APIError):
    """The request did not get a response: DNS, refused or reset connection, dropped stream."""

    def __init__(
        self, message: str = "Connection error.", *, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request)


class APITimeoutError(APIConnectionError):
    def __init__(
        self, message: str = "Request timed out.", *, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request=request)


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a response built by hand, without a request
        return None


class APIStatusError(APIError):
    """The server answered with a failure: a non-2xx status, or a 2xx body (or stream
    event) that is an error whose `code` is the status (then `status_code` is that code).

    `body` is the decoded JSON body (or the text when it is not JSON); `error` is the
    body parsed into the spec's error model for this status, when that succeeds;
    `retry_after`: the seconds the server asked to wait (Retry-After), if it said.
    """

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any = None,
        error: Any = None,
        status_code: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        APIError.__init__(self, message, _request_of(response), body=body)
        self.response = response
        self.status_code = response.status_code if status_code is None else status_code
        self.headers = response.headers
        self.error = error
        self.retry_after = retry_after
        self.request_id: str | None = response.headers.get("x-request-id") or response.headers.get(
            "x-generation-id"
        )

    @property
    def code(self) -> Any:
        """`error.code` of an error body (`{"error": {"code": ...}}`), if any."""
        return _error_field(self.body, "code")

    @property
    def metadata(self) -> Any:
        """`error.metadata` of an error body (`{"error": {"metadata": ...}}`), if any."""
        return _error_field(self.body, "metadata")


class BadRequestError(APIStatusError):
    status_code: Literal[400] = 400  # pyright: ignore[reportIncompatibleVariableOverride]


class AuthenticationError(APIStatusError):
    status_code: Literal[401] = 401  # pyright: ignore[reportIncompatibleVariableOverride]


class PaymentRequiredError(APIStatusError):
    status_code: Literal[402] = 402  # pyright: ignore[reportIncompatibleVariableOverride]


class PermissionDeniedError(APIStatusError):
    status_code: Literal[403] = 403  # pyright: ignore[reportIncompatibleVariableOverride]


class NotFoundError(APIStatusError):
    status_code: Literal[404] = 404  # pyright: ignore[reportIncompatibleVariableOverride]


class RequestTimeoutError(APIStatusError):
    status_code: Literal[408] = 408  # pyright: ignore[reportIncompatibleVariableOverride]


class ConflictError(APIStatusError):
    status_code: Literal[409] = 409  # pyright: ignore[reportIncompatibleVariableOverride]


class PayloadTooLargeError(APIStatusError):
    status_code: Literal[413] = 413  # pyright: ignore[reportIncompatibleVariableOverride]


class UnprocessableEntityError(APIStatusError):
    status_code: Literal[422] = 422  # pyright: ignore[reportIncompatibleVariableOverride]


class RateLimitError(APIStatusError):
    status_code: Literal[429] = 429  # pyright: ignore[reportIncompatibleVariableOverride]


class InternalServerError(APIStatusError):
    pass


class APIResponseValidationError(APIError):
    """A 2xx response whose body cannot be read as the operation's declared type."""

    def __init__(self, message: str, *, response: httpx.Response, text: str) -> None:
        super().__init__(message, _request_of(response), body=text)
        self.response = response
        self.status_code = response.status_code
        self.text = text


class APIStreamError(APIError):
    """The server reported an error inside an event stream (one without an HTTP status
    as its `code`: those raise the status class)."""

    def __init__(
        self,
        message: str,
        *,
        error: Any = None,
        event: Any = None,
        request: httpx.Request | None = None,
    ) -> None:
        APIError.__init__(self, message, request, body=event)
        self.error = error
        self.event = event


def _stream_variant(cls: type[APIStatusError]) -> type[APIStreamError]:
    """`cls` for an error event whose `code` is its status: both it and an APIStreamError
    (`error`: the event's error member, `event`: the event). A module global, so that it
    pickles by name."""

    def __init__(
        self: APIStatusError,
        message: str,
        *,
        response: httpx.Response,
        status_code: int,
        error: Any = None,
        event: Any = None,
    ) -> None:
        APIStatusError.__init__(
            self, message, response=response, body=event, error=error, status_code=status_code
        )
        self.event = event  # type: ignore[attr-defined]

    name = f"Stream{cls.__name__}"
    doc = f"A {cls.__name__} reported inside a stream (also an APIStreamError)."
    variant = type(name, (cls, APIStreamError), {"__init__": __init__, "__doc__": doc})
    variant.__module__ = __name__
    globals()[name] = variant
    return variant


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    cls.status_code: cls
    for cls in (
        BadRequestError,
        AuthenticationError,
        PaymentRequiredError,
        PermissionDeniedError,
        NotFoundError,
        RequestTimeoutError,
        ConflictError,
        PayloadTooLargeError,
        UnprocessableEntityError,
        RateLimitError,
    )
}


def status_error_class(status: int) -> type[APIStatusError]:
    if status >= 500:
        return InternalServerError
    return STATUS_ERRORS.get(status, APIStatusError)


_STREAM_ERRORS = {
    cls: _stream_variant(cls)
    for cls in (*STATUS_ERRORS.values(), InternalServerError, APIStatusError)
}


def stream_status_class(status: int) -> Callable[..., APIStreamError]:
    """The class of an error event whose `code` is the HTTP status `status`."""
    return _STREAM_ERRORS[status_error_class(status)]


def http_status(code: object) -> int | None:
    """`code` (an error body's) as an HTTP error status, if it is one (429, "429")."""
    if isinstance(code, str) and code.isdigit():
        code = int(code)
    if isinstance(code, int) and not isinstance(code, bool) and 400 <= code <= 599:
        return code
    return None


def error_detail(body: Any) -> str:
    """The message of an error body, with the provider's reason when the body names one
    (`error.metadata.provider_name`, `raw`)."""
    if isinstance(body, str):
        return body[:200]
    inner = cast("dict[str, Any]", body).get("error") if isinstance(body, dict) else None
    if not isinstance(inner, dict):
        return ""
    inner = cast("dict[str, Any]", inner)
    detail = str(inner.get("message") or "")
    metadata = inner.get("metadata")
    if isinstance(metadata, dict):
        metadata = cast("dict[str, Any]", metadata)
        provider, raw = metadata.get("provider_name"), metadata.get("raw")
        if raw is not None and not isinstance(raw, str):
            raw = json.dumps(raw, ensure_ascii=False)
        reason = ": ".join(str(part) for part in (provider, raw) if part)
        if reason:
            detail += f" (provider {reason[:500]})" if provider else f" ({reason[:500]})"
    return detail


def _error_field(body: Any, key: str) -> Any:
    if isinstance(body, dict):
        inner = body.get("error")
        if isinstance(inner, dict):
            return inner.get(key)
    return None
