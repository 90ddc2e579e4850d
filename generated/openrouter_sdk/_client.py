"""The clients: `OpenRouter` (sync) and `AsyncOpenRouter` (async).

Both hold one httpx client, the credentials and the defaults; every API function
sends its request through `_request`, which adds auth and headers, retries what is
worth retrying, raises typed errors and parses the body into the declared type.
"""

from __future__ import annotations

import asyncio
import email.utils
import json as json_module
import logging
import os
import platform
import random
import time
from collections.abc import Callable, Mapping
from enum import Enum
from functools import cached_property
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    OpenRouterError,
    status_error_class,
)
from ._response import APIResponse
from ._streaming import AsyncStream, Stream
from ._types import NotGiven, RequestOptions, Timeout

if TYPE_CHECKING:
    from typing_extensions import Self

    from .api.analytics import (
        AnalyticsAPI,
        AsyncAnalyticsAPI,
        AsyncRawAnalyticsAPI,
        RawAnalyticsAPI,
    )
    from .api.anthropic_messages import (
        AnthropicMessagesAPI,
        AsyncAnthropicMessagesAPI,
        AsyncRawAnthropicMessagesAPI,
        RawAnthropicMessagesAPI,
    )
    from .api.api_keys import (
        APIKeysAPI,
        AsyncAPIKeysAPI,
        AsyncRawAPIKeysAPI,
        RawAPIKeysAPI,
    )
    from .api.beta_responses import (
        AsyncBetaResponsesAPI,
        AsyncRawBetaResponsesAPI,
        BetaResponsesAPI,
        RawBetaResponsesAPI,
    )
    from .api.chat import (
        AsyncChatAPI,
        AsyncRawChatAPI,
        ChatAPI,
        RawChatAPI,
    )
    from .api.credits import (
        AsyncCreditsAPI,
        AsyncRawCreditsAPI,
        CreditsAPI,
        RawCreditsAPI,
    )
    from .api.embeddings import (
        AsyncEmbeddingsAPI,
        AsyncRawEmbeddingsAPI,
        EmbeddingsAPI,
        RawEmbeddingsAPI,
    )
    from .api.endpoints import (
        AsyncEndpointsAPI,
        AsyncRawEndpointsAPI,
        EndpointsAPI,
        RawEndpointsAPI,
    )
    from .api.generations import (
        AsyncGenerationsAPI,
        AsyncRawGenerationsAPI,
        GenerationsAPI,
        RawGenerationsAPI,
    )
    from .api.guardrails import (
        AsyncGuardrailsAPI,
        AsyncRawGuardrailsAPI,
        GuardrailsAPI,
        RawGuardrailsAPI,
    )
    from .api.models import (
        AsyncModelsAPI,
        AsyncRawModelsAPI,
        ModelsAPI,
        RawModelsAPI,
    )
    from .api.o_auth import (
        AsyncOAuthAPI,
        AsyncRawOAuthAPI,
        OAuthAPI,
        RawOAuthAPI,
    )
    from .api.organization import (
        AsyncOrganizationAPI,
        AsyncRawOrganizationAPI,
        OrganizationAPI,
        RawOrganizationAPI,
    )
    from .api.providers import (
        AsyncProvidersAPI,
        AsyncRawProvidersAPI,
        ProvidersAPI,
        RawProvidersAPI,
    )
    from .api.rerank import (
        AsyncRawRerankAPI,
        AsyncRerankAPI,
        RawRerankAPI,
        RerankAPI,
    )

__all__ = [
    "AsyncOpenRouter",
    "AsyncOpenRouterWithRawResponse",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "OpenRouter",
    "OpenRouterWithRawResponse",
]

__version__ = "0.1.2"
DEFAULT_BASE_URL = "https://openrouter.ai/api/v1"
#: Generations can take minutes: a long read timeout, a short connect timeout.
DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
#: How the API key is sent when an operation uses the document's default scheme.
DEFAULT_AUTH: tuple[str, str] = (
    "bearer",
    "Authorization",
)
RETRY_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504, 524, 529})
MAX_RETRY_AFTER = 60.0
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0

logger = logging.getLogger("openrouter_sdk")
if os.environ.get("OPENROUTER_LOG", "").lower() == "debug":
    logging.basicConfig()
    logger.setLevel(logging.DEBUG)

Resolver = Callable[[Any], Any]


class Endpoint:
    """What the runtime needs to know about one operation. `json`, `stream` and the
    error resolvers take the models module and return a type, so models load lazily."""

    __slots__ = (
        "_parsers",
        "auth",
        "binary",
        "empty",
        "errors",
        "json",
        "method",
        "path",
        "stream",
        "text",
    )

    def __init__(
        self,
        method: str,
        path: str,
        *,
        auth: bool | tuple[str, str] = True,
        json: Resolver | None = None,
        stream: Resolver | None = None,
        text: bool = False,
        binary: bool = False,
        empty: bool = False,
        errors: Mapping[str, Resolver] | None = None,
    ) -> None:
        self.method = method
        self.path = path
        self.auth = auth
        self.json = json
        self.stream = stream
        self.text = text
        self.binary = binary
        self.empty = empty or not (json or text or binary)  # a success without a body is declared
        self.errors = errors or {}
        self._parsers: dict[str, Callable[[Any], Any]] = {}

    def parser(self, key: str, resolver: Resolver) -> Callable[[Any], Any]:
        """A cached function that reads JSON (bytes or str) as the resolved type:
        strictly first (one validation pass, in pydantic's core); when that fails,
        leniently, keeping whatever does not fit as raw data."""
        parse = self._parsers.get(key)
        if parse is None:
            parse = self._parsers[key] = _json_parser(resolver(_models()))
        return parse

    def chunk_parser(self) -> Callable[[Any], Any]:
        """The parser of a stream's chunks (the `data` of each event)."""
        if self.stream is None:
            raise TypeError(f"{self.method} {self.path} does not stream")
        return self.parser("stream", self.stream)


def _json_parser(target: Any) -> Callable[[Any], Any]:
    from pydantic import TypeAdapter, ValidationError

    from ._base import build_models, lenient

    validate_json = getattr(target, "model_validate_json", None)
    if validate_json is None:
        build_models(target)  # a model builds its own, leaves first (SDKModel.model_rebuild)
        validate_json = TypeAdapter(target).validate_json
    expects_object = hasattr(target, "model_fields")

    def parse(data: Any) -> Any:
        try:
            return validate_json(data)
        except ValidationError:
            value = json_module.loads(data)  # not JSON at all: ValueError for the caller
            if expects_object and not isinstance(value, dict):
                raise
            return lenient(target, value)

    return parse


def _models() -> Any:
    from . import models

    return models


def to_jsonable(value: Any) -> Any:
    """Plain JSON data from models, enums, mappings and sequences, dropping NOT_GIVEN."""
    if isinstance(value, Enum):
        return to_jsonable(value.value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    dump = getattr(value, "model_dump", None)
    if dump is not None:
        return dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items() if not isinstance(v, NotGiven)}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def build_body(body: Any, fields: Mapping[str, Any]) -> Any:
    """The JSON body: `body=` (a model or mapping) with keyword fields laid over it."""
    data = to_jsonable(body) if body is not None else {}
    given = {k: to_jsonable(v) for k, v in fields.items() if not isinstance(v, NotGiven)}
    if given:
        if not isinstance(data, dict):
            raise TypeError("keyword body fields need an object body")
        data = {**data, **given}
    return data


def _query_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return to_jsonable(value)


def _query_items(query: Mapping[str, Any], styles: Mapping[str, bool]) -> list[tuple[str, Any]]:
    """Query pairs; arrays repeat their key (explode) or join with commas."""
    items: list[tuple[str, Any]] = []
    for name, value in query.items():
        if value is None or isinstance(value, NotGiven):
            continue
        if isinstance(value, (list, tuple)):
            values = [_query_value(v) for v in value]
            if styles.get(name, True):
                items.extend((name, v) for v in values)
            else:
                items.append((name, ",".join(str(v) for v in values)))
        else:
            items.append((name, _query_value(value)))
    return items


def _is_json(content_type: str) -> bool:
    base = content_type.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def _asks_for_stream(endpoint: Endpoint, request: httpx.Request) -> bool:
    """A streaming operation streams when its JSON body says `"stream": true`."""
    if endpoint.stream is None or b'"stream"' not in request.content:
        return False
    try:
        return json_module.loads(request.content).get("stream") is True
    except (ValueError, AttributeError):
        return False


def _is_event_stream(response: httpx.Response) -> bool:
    content_type = response.headers.get("content-type", "")
    return 200 <= response.status_code < 300 and content_type.startswith("text/event-stream")


def _retry_after(headers: httpx.Headers) -> float | None:
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
        wait = _retry_after(headers)
        if wait is not None and 0 <= wait:
            return min(wait, MAX_RETRY_AFTER)
    delay = min(INITIAL_RETRY_DELAY * 2**attempt, MAX_RETRY_DELAY)
    return delay * (1 - 0.25 * random.random())


class _BaseClient:
    _client: Any

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        http_referer: str | None,
        x_title: str | None,
    ) -> None:
        self.api_key = api_key if api_key is not None else os.environ.get("OPENROUTER_API_KEY")
        self.base_url = (
            base_url or os.environ.get("OPENROUTER_BASE_URL") or DEFAULT_BASE_URL
        ).rstrip("/")
        if not self.base_url:
            raise OpenRouterError("no base_url: pass base_url= (the spec names no server)")
        self.timeout = timeout
        self.max_retries = max_retries
        headers = {
            "User-Agent": f"openrouter-sdk/{__version__} (python {platform.python_version()}; httpx {httpx.__version__})",
            "Accept": "application/json",
        }
        if http_referer:
            headers["HTTP-Referer"] = http_referer
        if x_title:
            headers["X-Title"] = x_title
        headers.update(default_headers or {})
        self._headers = headers

    def __repr__(self) -> str:
        key = "None" if not self.api_key else "'***'"
        return f"{type(self).__name__}(base_url={self.base_url!r}, api_key={key})"

    def _apply_auth(
        self, auth: bool | tuple[str, str], headers: dict[str, str], params: list[Any]
    ) -> None:
        """Put the API key where the operation's security scheme wants it."""
        if not self.api_key:
            raise OpenRouterError(
                "no API key: pass api_key= or set the OPENROUTER_API_KEY environment variable"
            )
        kind, name = DEFAULT_AUTH if isinstance(auth, bool) else auth
        if kind == "bearer":
            headers["Authorization"] = f"Bearer {self.api_key}"
        elif kind == "header":
            headers[name] = self.api_key
        else:
            params.append((name, self.api_key))

    def _build_request(
        self,
        endpoint: Endpoint,
        path: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        explode: Mapping[str, bool] | None,
        headers: Mapping[str, Any] | None,
        json: Any,
        content: Any,
        options: RequestOptions | None,
    ) -> httpx.Request:
        url_path = endpoint.path
        if path:
            for name, value in path.items():
                url_path = url_path.replace(
                    "{" + name + "}", quote(str(to_jsonable(value)), safe="")
                )
        all_headers = dict(self._headers)
        params = _query_items(query, explode or {}) if query else []
        if endpoint.auth:
            self._apply_auth(endpoint.auth, all_headers, params)
        if headers:
            all_headers.update(
                {k: str(to_jsonable(v)) for k, v in headers.items() if v is not None}
            )
        timeout: Any = self.timeout
        if options is not None:
            if options.extra_headers:
                all_headers.update(options.extra_headers)
            if options.extra_query:
                params.extend(_query_items(options.extra_query, {}))
            if options.extra_body:
                json = {
                    **(json if isinstance(json, dict) else {}),
                    **to_jsonable(options.extra_body),
                }
            if not isinstance(options.timeout, NotGiven):
                timeout = options.timeout
        return self._client.build_request(
            endpoint.method,
            self.base_url + url_path,
            params=params or None,
            headers=all_headers,
            json=json,
            content=content,
            timeout=timeout,
        )

    def _retries(self, options: RequestOptions | None) -> int:
        if options is not None and not isinstance(options.max_retries, NotGiven):
            return options.max_retries
        return self.max_retries

    def _transport_retry(
        self, exc: httpx.HTTPError, request: httpx.Request, attempt: int, retries: int
    ) -> float:
        """The delay before retrying a failed send, or the wrapped error when out of tries."""
        if attempt < retries:
            return retry_delay(attempt, None)
        where = f"{request.method} {request.url.path}"
        if isinstance(exc, httpx.TimeoutException):
            raise APITimeoutError(f"{where}: timed out", request=request) from exc
        raise APIConnectionError(f"{where}: {type(exc).__name__}: {exc}", request=request) from exc

    def _result(
        self, endpoint: Endpoint, response: httpx.Response, raw: bool, streaming: bool
    ) -> Any:
        if response.status_code >= 400 or response.status_code < 200:
            raise self._status_error(endpoint, response)
        if streaming:
            raise APIResponseValidationError(
                f"{endpoint.method} {endpoint.path}: asked for an event stream, got "
                f"{response.headers.get('content-type', 'no content type')}",
                response=response,
                text=response.text,
            )
        if raw:
            return APIResponse(response, lambda r: self._parse(endpoint, r))
        return self._parse(endpoint, response)

    def _parse(self, endpoint: Endpoint, response: httpx.Response) -> Any:
        if response.status_code >= 400 or response.status_code < 200:
            raise self._status_error(endpoint, response)
        content_type = response.headers.get("content-type", "")
        data = response.content
        if response.status_code == 204 or (not data and endpoint.empty):
            return None
        if not data and endpoint.json is not None:
            raise APIResponseValidationError(
                f"{endpoint.method} {endpoint.path}: the {response.status_code} response has no body",
                response=response,
                text="",
            )
        if endpoint.json is not None and (
            _is_json(content_type) or not (endpoint.text or endpoint.binary)
        ):
            try:
                return endpoint.parser("json", endpoint.json)(data)
            except ValueError as exc:
                raise APIResponseValidationError(
                    f"{endpoint.method} {endpoint.path}: the {response.status_code} response is not "
                    f"the declared type: {exc}",
                    response=response,
                    text=response.text,
                ) from exc
        if endpoint.text:
            return response.text
        if endpoint.binary:
            return data
        return None

    def _status_error(self, endpoint: Endpoint, response: httpx.Response) -> APIStatusError:
        status = response.status_code
        try:
            body: Any = response.json()
        except ValueError:
            body = response.text
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
        detail = ""
        if isinstance(body, dict) and isinstance(body.get("error"), dict):
            detail = str(body["error"].get("message") or "")
        elif isinstance(body, str):
            detail = body[:200]
        message = f"{status} {response.reason_phrase} from {endpoint.method} {endpoint.path}"
        if detail:
            message += f": {detail}"
        return status_error_class(status)(message, response=response, body=body, error=error)

    def _log(self, request: httpx.Request, response: httpx.Response | None, started: float) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            status = response.status_code if response is not None else "error"
            elapsed = (time.monotonic() - started) * 1000
            logger.debug("%s %s -> %s in %.0f ms", request.method, request.url, status, elapsed)


class OpenRouter(_BaseClient):
    """Synchronous client. Use as a context manager, or call `close()`."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_referer: str | None = None,
        x_title: str | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_referer=http_referer,
            x_title=x_title,
        )
        self._owns_client = http_client is None
        self._client = http_client or httpx.Client(timeout=timeout, follow_redirects=True)

    def close(self) -> None:
        if self._owns_client:
            self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _request(
        self,
        endpoint: Endpoint,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        explode: Mapping[str, bool] | None = None,
        headers: Mapping[str, Any] | None = None,
        json: Any = None,
        content: Any = None,
        options: RequestOptions | None = None,
        raw: bool = False,
    ) -> Any:
        request = self._build_request(
            endpoint, path, query, explode, headers, json, content, options
        )
        streaming = _asks_for_stream(endpoint, request)
        if streaming:
            request.headers["Accept"] = "text/event-stream"
        retries = self._retries(options)
        attempt = 0
        while True:
            started = time.monotonic()
            try:
                response = self._client.send(request, stream=streaming)
            except httpx.HTTPError as exc:
                self._log(request, None, started)
                time.sleep(self._transport_retry(exc, request, attempt, retries))
                attempt += 1
                continue
            self._log(request, response, started)
            if response.status_code in RETRY_STATUSES and attempt < retries:
                response.close()
                time.sleep(retry_delay(attempt, response.headers))
                attempt += 1
                continue
            if streaming:
                if _is_event_stream(response):
                    return Stream(response, endpoint.chunk_parser())
                response.read()
            return self._result(endpoint, response, raw, streaming)

    @cached_property
    def api_keys(self) -> APIKeysAPI:
        """API key management endpoints"""
        from .api.api_keys import APIKeysAPI

        return APIKeysAPI(self)

    @cached_property
    def analytics(self) -> AnalyticsAPI:
        """Analytics and usage endpoints"""
        from .api.analytics import AnalyticsAPI

        return AnalyticsAPI(self)

    @cached_property
    def anthropic_messages(self) -> AnthropicMessagesAPI:
        """Anthropic Messages endpoints"""
        from .api.anthropic_messages import AnthropicMessagesAPI

        return AnthropicMessagesAPI(self)

    @cached_property
    def chat(self) -> ChatAPI:
        """Chat completion endpoints"""
        from .api.chat import ChatAPI

        return ChatAPI(self)

    @cached_property
    def credits(self) -> CreditsAPI:
        """Credit management endpoints"""
        from .api.credits import CreditsAPI

        return CreditsAPI(self)

    @cached_property
    def embeddings(self) -> EmbeddingsAPI:
        """Text embedding endpoints"""
        from .api.embeddings import EmbeddingsAPI

        return EmbeddingsAPI(self)

    @cached_property
    def endpoints(self) -> EndpointsAPI:
        """Endpoint information"""
        from .api.endpoints import EndpointsAPI

        return EndpointsAPI(self)

    @cached_property
    def generations(self) -> GenerationsAPI:
        """Generation history endpoints"""
        from .api.generations import GenerationsAPI

        return GenerationsAPI(self)

    @cached_property
    def guardrails(self) -> GuardrailsAPI:
        """Guardrails endpoints"""
        from .api.guardrails import GuardrailsAPI

        return GuardrailsAPI(self)

    @cached_property
    def models(self) -> ModelsAPI:
        """Model information endpoints"""
        from .api.models import ModelsAPI

        return ModelsAPI(self)

    @cached_property
    def o_auth(self) -> OAuthAPI:
        """OAuth authentication endpoints"""
        from .api.o_auth import OAuthAPI

        return OAuthAPI(self)

    @cached_property
    def organization(self) -> OrganizationAPI:
        """Organization endpoints"""
        from .api.organization import OrganizationAPI

        return OrganizationAPI(self)

    @cached_property
    def providers(self) -> ProvidersAPI:
        """Provider information endpoints"""
        from .api.providers import ProvidersAPI

        return ProvidersAPI(self)

    @cached_property
    def rerank(self) -> RerankAPI:
        """Reranking endpoints"""
        from .api.rerank import RerankAPI

        return RerankAPI(self)

    @cached_property
    def beta_responses(self) -> BetaResponsesAPI:
        """beta.responses endpoints"""
        from .api.beta_responses import BetaResponsesAPI

        return BetaResponsesAPI(self)

    @cached_property
    def with_raw_response(self) -> OpenRouterWithRawResponse:
        """The same operations, each returning an `APIResponse`: status, headers and
        body next to the parsed result (`.parse()`)."""
        return OpenRouterWithRawResponse(self)


class OpenRouterWithRawResponse:
    """`client.with_raw_response`: the client's operations returning `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    @cached_property
    def api_keys(self) -> RawAPIKeysAPI:
        from .api.api_keys import RawAPIKeysAPI

        return RawAPIKeysAPI(self._client)

    @cached_property
    def analytics(self) -> RawAnalyticsAPI:
        from .api.analytics import RawAnalyticsAPI

        return RawAnalyticsAPI(self._client)

    @cached_property
    def anthropic_messages(self) -> RawAnthropicMessagesAPI:
        from .api.anthropic_messages import RawAnthropicMessagesAPI

        return RawAnthropicMessagesAPI(self._client)

    @cached_property
    def chat(self) -> RawChatAPI:
        from .api.chat import RawChatAPI

        return RawChatAPI(self._client)

    @cached_property
    def credits(self) -> RawCreditsAPI:
        from .api.credits import RawCreditsAPI

        return RawCreditsAPI(self._client)

    @cached_property
    def embeddings(self) -> RawEmbeddingsAPI:
        from .api.embeddings import RawEmbeddingsAPI

        return RawEmbeddingsAPI(self._client)

    @cached_property
    def endpoints(self) -> RawEndpointsAPI:
        from .api.endpoints import RawEndpointsAPI

        return RawEndpointsAPI(self._client)

    @cached_property
    def generations(self) -> RawGenerationsAPI:
        from .api.generations import RawGenerationsAPI

        return RawGenerationsAPI(self._client)

    @cached_property
    def guardrails(self) -> RawGuardrailsAPI:
        from .api.guardrails import RawGuardrailsAPI

        return RawGuardrailsAPI(self._client)

    @cached_property
    def models(self) -> RawModelsAPI:
        from .api.models import RawModelsAPI

        return RawModelsAPI(self._client)

    @cached_property
    def o_auth(self) -> RawOAuthAPI:
        from .api.o_auth import RawOAuthAPI

        return RawOAuthAPI(self._client)

    @cached_property
    def organization(self) -> RawOrganizationAPI:
        from .api.organization import RawOrganizationAPI

        return RawOrganizationAPI(self._client)

    @cached_property
    def providers(self) -> RawProvidersAPI:
        from .api.providers import RawProvidersAPI

        return RawProvidersAPI(self._client)

    @cached_property
    def rerank(self) -> RawRerankAPI:
        from .api.rerank import RawRerankAPI

        return RawRerankAPI(self._client)

    @cached_property
    def beta_responses(self) -> RawBetaResponsesAPI:
        from .api.beta_responses import RawBetaResponsesAPI

        return RawBetaResponsesAPI(self._client)


class AsyncOpenRouter(_BaseClient):
    """Asynchronous client. Use as an async context manager, or await `close()`."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_referer: str | None = None,
        x_title: str | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_referer=http_referer,
            x_title=x_title,
        )
        self._owns_client = http_client is None
        self._client = http_client or httpx.AsyncClient(timeout=timeout, follow_redirects=True)

    async def close(self) -> None:
        if self._owns_client:
            await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def _request(
        self,
        endpoint: Endpoint,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        explode: Mapping[str, bool] | None = None,
        headers: Mapping[str, Any] | None = None,
        json: Any = None,
        content: Any = None,
        options: RequestOptions | None = None,
        raw: bool = False,
    ) -> Any:
        request = self._build_request(
            endpoint, path, query, explode, headers, json, content, options
        )
        streaming = _asks_for_stream(endpoint, request)
        if streaming:
            request.headers["Accept"] = "text/event-stream"
        retries = self._retries(options)
        attempt = 0
        while True:
            started = time.monotonic()
            try:
                response = await self._client.send(request, stream=streaming)
            except httpx.HTTPError as exc:
                self._log(request, None, started)
                await asyncio.sleep(self._transport_retry(exc, request, attempt, retries))
                attempt += 1
                continue
            self._log(request, response, started)
            if response.status_code in RETRY_STATUSES and attempt < retries:
                await response.aclose()
                await asyncio.sleep(retry_delay(attempt, response.headers))
                attempt += 1
                continue
            if streaming:
                if _is_event_stream(response):
                    return AsyncStream(response, endpoint.chunk_parser())
                await response.aread()
            return self._result(endpoint, response, raw, streaming)

    @cached_property
    def api_keys(self) -> AsyncAPIKeysAPI:
        """API key management endpoints"""
        from .api.api_keys import AsyncAPIKeysAPI

        return AsyncAPIKeysAPI(self)

    @cached_property
    def analytics(self) -> AsyncAnalyticsAPI:
        """Analytics and usage endpoints"""
        from .api.analytics import AsyncAnalyticsAPI

        return AsyncAnalyticsAPI(self)

    @cached_property
    def anthropic_messages(self) -> AsyncAnthropicMessagesAPI:
        """Anthropic Messages endpoints"""
        from .api.anthropic_messages import AsyncAnthropicMessagesAPI

        return AsyncAnthropicMessagesAPI(self)

    @cached_property
    def chat(self) -> AsyncChatAPI:
        """Chat completion endpoints"""
        from .api.chat import AsyncChatAPI

        return AsyncChatAPI(self)

    @cached_property
    def credits(self) -> AsyncCreditsAPI:
        """Credit management endpoints"""
        from .api.credits import AsyncCreditsAPI

        return AsyncCreditsAPI(self)

    @cached_property
    def embeddings(self) -> AsyncEmbeddingsAPI:
        """Text embedding endpoints"""
        from .api.embeddings import AsyncEmbeddingsAPI

        return AsyncEmbeddingsAPI(self)

    @cached_property
    def endpoints(self) -> AsyncEndpointsAPI:
        """Endpoint information"""
        from .api.endpoints import AsyncEndpointsAPI

        return AsyncEndpointsAPI(self)

    @cached_property
    def generations(self) -> AsyncGenerationsAPI:
        """Generation history endpoints"""
        from .api.generations import AsyncGenerationsAPI

        return AsyncGenerationsAPI(self)

    @cached_property
    def guardrails(self) -> AsyncGuardrailsAPI:
        """Guardrails endpoints"""
        from .api.guardrails import AsyncGuardrailsAPI

        return AsyncGuardrailsAPI(self)

    @cached_property
    def models(self) -> AsyncModelsAPI:
        """Model information endpoints"""
        from .api.models import AsyncModelsAPI

        return AsyncModelsAPI(self)

    @cached_property
    def o_auth(self) -> AsyncOAuthAPI:
        """OAuth authentication endpoints"""
        from .api.o_auth import AsyncOAuthAPI

        return AsyncOAuthAPI(self)

    @cached_property
    def organization(self) -> AsyncOrganizationAPI:
        """Organization endpoints"""
        from .api.organization import AsyncOrganizationAPI

        return AsyncOrganizationAPI(self)

    @cached_property
    def providers(self) -> AsyncProvidersAPI:
        """Provider information endpoints"""
        from .api.providers import AsyncProvidersAPI

        return AsyncProvidersAPI(self)

    @cached_property
    def rerank(self) -> AsyncRerankAPI:
        """Reranking endpoints"""
        from .api.rerank import AsyncRerankAPI

        return AsyncRerankAPI(self)

    @cached_property
    def beta_responses(self) -> AsyncBetaResponsesAPI:
        """beta.responses endpoints"""
        from .api.beta_responses import AsyncBetaResponsesAPI

        return AsyncBetaResponsesAPI(self)

    @cached_property
    def with_raw_response(self) -> AsyncOpenRouterWithRawResponse:
        """The same operations, each returning an `APIResponse`: status, headers and
        body next to the parsed result (`.parse()`)."""
        return AsyncOpenRouterWithRawResponse(self)


class AsyncOpenRouterWithRawResponse:
    """`client.with_raw_response`: the client's operations returning `APIResponse`."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    @cached_property
    def api_keys(self) -> AsyncRawAPIKeysAPI:
        from .api.api_keys import AsyncRawAPIKeysAPI

        return AsyncRawAPIKeysAPI(self._client)

    @cached_property
    def analytics(self) -> AsyncRawAnalyticsAPI:
        from .api.analytics import AsyncRawAnalyticsAPI

        return AsyncRawAnalyticsAPI(self._client)

    @cached_property
    def anthropic_messages(self) -> AsyncRawAnthropicMessagesAPI:
        from .api.anthropic_messages import AsyncRawAnthropicMessagesAPI

        return AsyncRawAnthropicMessagesAPI(self._client)

    @cached_property
    def chat(self) -> AsyncRawChatAPI:
        from .api.chat import AsyncRawChatAPI

        return AsyncRawChatAPI(self._client)

    @cached_property
    def credits(self) -> AsyncRawCreditsAPI:
        from .api.credits import AsyncRawCreditsAPI

        return AsyncRawCreditsAPI(self._client)

    @cached_property
    def embeddings(self) -> AsyncRawEmbeddingsAPI:
        from .api.embeddings import AsyncRawEmbeddingsAPI

        return AsyncRawEmbeddingsAPI(self._client)

    @cached_property
    def endpoints(self) -> AsyncRawEndpointsAPI:
        from .api.endpoints import AsyncRawEndpointsAPI

        return AsyncRawEndpointsAPI(self._client)

    @cached_property
    def generations(self) -> AsyncRawGenerationsAPI:
        from .api.generations import AsyncRawGenerationsAPI

        return AsyncRawGenerationsAPI(self._client)

    @cached_property
    def guardrails(self) -> AsyncRawGuardrailsAPI:
        from .api.guardrails import AsyncRawGuardrailsAPI

        return AsyncRawGuardrailsAPI(self._client)

    @cached_property
    def models(self) -> AsyncRawModelsAPI:
        from .api.models import AsyncRawModelsAPI

        return AsyncRawModelsAPI(self._client)

    @cached_property
    def o_auth(self) -> AsyncRawOAuthAPI:
        from .api.o_auth import AsyncRawOAuthAPI

        return AsyncRawOAuthAPI(self._client)

    @cached_property
    def organization(self) -> AsyncRawOrganizationAPI:
        from .api.organization import AsyncRawOrganizationAPI

        return AsyncRawOrganizationAPI(self._client)

    @cached_property
    def providers(self) -> AsyncRawProvidersAPI:
        from .api.providers import AsyncRawProvidersAPI

        return AsyncRawProvidersAPI(self._client)

    @cached_property
    def rerank(self) -> AsyncRawRerankAPI:
        from .api.rerank import AsyncRawRerankAPI

        return AsyncRawRerankAPI(self._client)

    @cached_property
    def beta_responses(self) -> AsyncRawBetaResponsesAPI:
        from .api.beta_responses import AsyncRawBetaResponsesAPI

        return AsyncRawBetaResponsesAPI(self._client)
