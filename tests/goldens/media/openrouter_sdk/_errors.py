"""Exceptions raised by the SDK. All are importable from the package root.

OpenRouterError
├── APIConnectionError            transport failed (DNS, refused, reset, dropped stream)
│   └── APITimeoutError
├── APIStatusError                status_code, headers, body, error, request_id
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
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIConnectionError",
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


class APIConnectionError(OpenRouterError):
    """The request did not get a response: DNS, refused or reset connection, dropped stream."""

    def __init__(
        self, message: str = "Connection error.", *, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    def __init__(
        self, message: str = "Request timed out.", *, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request=request)


class APIStatusError(OpenRouterError):
    """The server answered with a non-2xx status.

    `body` is the decoded JSON body (or the text when it is not JSON); `error` is the
    body parsed into the spec's error model for this status, when that succeeds.
    """

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any = None,
        error: Any = None,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body
        self.error = error
        self.request_id: str | None = response.headers.get("x-request-id") or response.headers.get(
            "x-generation-id"
        )

    @property
    def code(self) -> Any:
        """`error.code` of an OpenRouter error body, if any."""
        return _error_field(self.body, "code")

    @property
    def metadata(self) -> Any:
        """`error.metadata` of an OpenRouter error body, if any."""
        return _error_field(self.body, "metadata")


class BadRequestError(APIStatusError):
    status_code = 400


class AuthenticationError(APIStatusError):
    status_code = 401


class PaymentRequiredError(APIStatusError):
    status_code = 402


class PermissionDeniedError(APIStatusError):
    status_code = 403


class NotFoundError(APIStatusError):
    status_code = 404


class RequestTimeoutError(APIStatusError):
    status_code = 408


class ConflictError(APIStatusError):
    status_code = 409


class PayloadTooLargeError(APIStatusError):
    status_code = 413


class UnprocessableEntityError(APIStatusError):
    status_code = 422


class RateLimitError(APIStatusError):
    status_code = 429


class InternalServerError(APIStatusError):
    pass


class APIResponseValidationError(OpenRouterError):
    """A 2xx response whose body cannot be read as the operation's declared type."""

    def __init__(self, message: str, *, response: httpx.Response, text: str) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.text = text


class APIStreamError(OpenRouterError):
    """The server reported an error inside an event stream."""

    def __init__(self, message: str, *, error: Any = None, event: Any = None) -> None:
        super().__init__(message)
        self.error = error
        self.event = event


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


def _error_field(body: Any, key: str) -> Any:
    if isinstance(body, dict):
        inner = body.get("error")
        if isinstance(inner, dict):
            return inner.get(key)
    return None
