"""A response as the call's result: a typed error for a failed status, else the body
parsed as the operation declares it (JSON as its type, text, bytes or nothing). An
operation that declares several media types is read as the one the response's
Content-Type names: JSON, text (`text/*`) or bytes."""

from __future__ import annotations

import json
from typing import Any, cast

import httpx

from ._endpoint import Endpoint
from ._errors import (
    APIResponseValidationError,
    APIStatusError,
    error_detail,
    http_status,
    status_error_class,
)
from ._response import APIResponse
from ._retries import MAX_RETRY_AFTER, retry_after

_UNREAD: Any = object()

__all__ = [
    "error_body",
    "is_event_stream",
    "is_failure",
    "parse_response",
    "result",
    "status_error",
]


def _is_json(content_type: str) -> bool:
    base = content_type.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def is_event_stream(response: httpx.Response) -> bool:
    content_type = response.headers.get("content-type", "")
    return 200 <= response.status_code < 300 and content_type.startswith("text/event-stream")


def is_failure(response: httpx.Response) -> bool:
    return response.status_code >= 400 or response.status_code < 200


def result(
    endpoint: Endpoint,
    response: httpx.Response,
    raw: bool,
    streaming: bool,
    asked: str | None = None,
    attempts: int = 1,
) -> Any:
    """What the call returns for a read response: the parsed body, or an `APIResponse`
    (`raw`); a request that asked for a stream and got none is an error."""
    if is_failure(response):
        raise status_error(endpoint, response, attempts)
    if streaming:
        failure = error_body(response.content)
        if failure is not None:  # an error answered in JSON instead of the stream
            code = http_status(failure["error"].get("code")) or response.status_code
            raise status_error(endpoint, response, attempts, body=failure, status=code)
        raise APIResponseValidationError(
            f"{endpoint.method} {endpoint.path}: asked for an event stream, got "
            f"{response.headers.get('content-type', 'no content type')}",
            response=response,
            text=response.text,
        )
    if raw:
        return APIResponse(response, lambda r: parse_response(endpoint, r, asked))
    return parse_response(endpoint, response, asked)


#: An error body holds these keys and nothing a result would have.
_ERROR_ONLY = frozenset({"error", "user_id"})
_ERROR_BODY_LIMIT = 1 << 20


def error_body(data: bytes) -> dict[str, Any] | None:
    """A 2xx JSON body that is only an error (`{"error": {"code": 429, ...}}`),
    decoded; None for any other body (cheaply: most are)."""
    if len(data) > _ERROR_BODY_LIMIT or b'"error"' not in data:
        return None
    try:
        body = json.loads(data)
    except ValueError:
        return None
    if not isinstance(body, dict):
        return None
    body = cast("dict[str, Any]", body)
    if isinstance(body.get("error"), dict) and body.keys() <= _ERROR_ONLY:
        return body
    return None


def _media_matches(asked: str, content_type: str) -> bool:
    base = content_type.split(";")[0].strip()
    if asked == "application/json":
        return _is_json(base)
    if asked.endswith("/*"):
        return base.startswith(asked[:-1])
    return base == asked.lower()


def parse_response(endpoint: Endpoint, response: httpx.Response, asked: str | None = None) -> Any:
    """The body as the operation declares it; `asked`: the one media type the call asked
    for (content negotiation), which the response must have."""
    if is_failure(response):
        raise status_error(endpoint, response)
    content_type = response.headers.get("content-type", "").lower()
    data = response.content
    if response.status_code == 204 or (not data and endpoint.empty):
        return None
    if asked is not None and not _media_matches(asked, content_type):
        answered = content_type.split(";")[0].strip() or "no content type"
        others: tuple[str, ...] = getattr(endpoint.args, "accepts", ())
        hint = f" (pass accept={answered!r} to ask for it)" if answered in others else ""
        name = getattr(endpoint.args, "name", "the operation")
        raise APIResponseValidationError(
            f"{endpoint.method} {endpoint.path} ({name}): asked for {asked}, "
            f"the server answered {answered}{hint}",
            response=response,
            text=response.text,
        )
    if not data and endpoint.json is not None:
        raise APIResponseValidationError(
            f"{endpoint.method} {endpoint.path}: the {response.status_code} response has no body",
            response=response,
            text="",
        )
    if endpoint.json is not None and (
        _is_json(content_type) or not (endpoint.text or endpoint.binary)
    ):
        failure = error_body(data)
        if failure is not None:
            code = http_status(failure["error"].get("code"))
            raise status_error(
                endpoint, response, body=failure, status=code or response.status_code
            )
        try:
            return endpoint.parser("json", endpoint.json)(data)
        except ValueError as exc:
            raise APIResponseValidationError(
                f"{endpoint.method} {endpoint.path}: the {response.status_code} response is not "
                f"the declared type: {exc}",
                response=response,
                text=response.text,
            ) from exc
    if endpoint.text and (content_type.startswith("text/") or not endpoint.binary):
        return response.text
    if endpoint.binary:
        return data
    if endpoint.text:
        return response.text
    return None


def _attempts(attempts: int) -> str:
    return f" (after {attempts} attempts)" if attempts > 1 else ""


def status_error(
    endpoint: Endpoint,
    response: httpx.Response,
    attempts: int = 1,
    body: Any = _UNREAD,
    status: int | None = None,
) -> APIStatusError:
    """The typed error of a failed status (or of `status`, the code of an error in a 2xx
    body), with the declared error body when it parses."""
    if body is _UNREAD:
        try:
            body = response.json()
        except ValueError:
            body = response.text
    status = response.status_code if status is None else status
    resolver = (
        endpoint.errors.get(str(status))
        or endpoint.errors.get(f"{status // 100}XX")
        or endpoint.errors.get("default")
    )
    error = None
    if resolver is not None and isinstance(body, dict):
        try:
            error = endpoint.parser(str(status), resolver)(response.content)
        except ValueError:
            error = None
    detail = error_detail(body)
    if status == response.status_code:
        message = f"{status} {response.reason_phrase} from {endpoint.method} {endpoint.path}"
    else:
        message = (
            f"{status} (in a {response.status_code} body) from {endpoint.method} {endpoint.path}"
        )
    message += _attempts(attempts)
    if detail:
        message += f": {detail}"
    wait = retry_after(response.headers)
    if wait is not None and wait > MAX_RETRY_AFTER:
        message += f" (Retry-After {wait:g} s: past the {MAX_RETRY_AFTER:g} s a retry waits)"
    return status_error_class(status)(
        message,
        response=response,
        body=body,
        error=error,
        status_code=status,
        retry_after=wait,
    )
