"""What the sync and the async client share: their settings, credentials and default
headers, and how a request is built (URL, query, auth, per-call options).

Everything that comes from the document or the configuration (version, default base
URL and auth scheme, environment variable names, logger, distribution name) arrives as
one `ClientSettings`, set by the generated `_client.py` on its client classes.
"""

from __future__ import annotations

import base64
import logging
import os
import platform
import time
import uuid
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar, cast
from urllib.parse import quote, unquote

import httpx

from ._endpoint import Endpoint
from ._errors import APIConnectionError, OpenRouterError
from ._request import multipart, query_items, to_jsonable
from ._secrets import is_loopback, leaves_origin, mark, redacted_url, stripped
from ._types import NotGiven, RequestOptions, Timeout

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "BaseClient",
    "InsecureKeyWarning",
    "ClientSettings",
    "app_headers",
    "debug_logger",
]

#: Generations can take minutes: a long read timeout, a short connect timeout.
DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
MAX_REDIRECTS = 20

_HttpClient = TypeVar("_HttpClient", httpx.Client, httpx.AsyncClient)


class InsecureKeyWarning(UserWarning):
    """The API key goes over plain http to a host other than this machine."""


@dataclass(frozen=True)
class ClientSettings:
    """The clients' constants that vary with the document and the configuration."""

    version: str  # the package's version, for the User-Agent
    distribution: str  # the distribution's name, for the User-Agent
    base_url: str  # the document's server ("" when it names none)
    auth: tuple[str, str]  # the default scheme: (kind, name); kinds in BaseClient._apply_auth
    api_key_env: str  # the environment variable read when no api_key= is given
    base_url_env: str  # ... and when no base_url= is given
    logger: logging.Logger


def debug_logger(name: str, env_var: str) -> logging.Logger:
    """The SDK's logger; `<env_var>=debug` in the environment logs every request."""
    logger = logging.getLogger(name)
    if os.environ.get(env_var, "").lower() == "debug":
        logging.basicConfig()
        logger.setLevel(logging.DEBUG)
    return logger


def app_headers(
    attribution: Mapping[str, str | None], default_headers: Mapping[str, str] | None
) -> dict[str, str]:
    """The headers that attribute requests to an app (those given), under `default_headers`."""
    headers = {name: value for name, value in attribution.items() if value}
    headers.update(default_headers or {})
    return headers


class BaseClient(Generic[_HttpClient]):
    _settings: ClassVar[ClientSettings]
    _client: _HttpClient

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        idempotency_header: str | None = None,
        max_event_size: int = 64 * 1024 * 1024,
    ) -> None:
        settings = self._settings
        self.api_key = api_key if api_key is not None else os.environ.get(settings.api_key_env)
        self.base_url = (
            base_url or os.environ.get(settings.base_url_env) or settings.base_url
        ).rstrip("/")
        if not self.base_url:
            raise OpenRouterError("no base_url: pass base_url= (the spec names no server)")
        self.timeout = timeout
        self.max_retries = max_retries
        agent = f"{settings.distribution}/{settings.version}"
        headers = {
            "User-Agent": f"{agent} (python {platform.python_version()}; httpx {httpx.__version__})",
            "Accept": "application/json",
        }
        headers.update(default_headers or {})
        self._headers = headers
        self._checked_url = ""  # the base URL _warn_plain_http has looked at
        self.idempotency_header = idempotency_header
        self.max_event_size = max_event_size

    def __repr__(self) -> str:
        key = "None" if not self.api_key else "'***'"
        return f"{type(self).__name__}(base_url={self.base_url!r}, api_key={key})"

    def _apply_auth(
        self, auth: bool | tuple[str, str], headers: dict[str, str], params: list[Any]
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Put the API key where the operation's security scheme wants it: a bearer
        token, HTTP basic (the key is `user:password`, or a user name alone), another
        HTTP scheme of a static token, a header, a query parameter or a cookie; the
        header and query names that carry it."""
        if not self.api_key:
            variable = self._settings.api_key_env
            raise OpenRouterError(
                f"no API key: pass api_key= or set the {variable} environment variable"
            )
        kind, name = self._settings.auth if isinstance(auth, bool) else auth
        self._warn_plain_http()
        if kind == "bearer":
            headers["Authorization"] = f"Bearer {self.api_key}"
            return ("Authorization",), ()
        if kind == "basic":
            user, _, password = self.api_key.partition(":")
            token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
            headers["Authorization"] = f"Basic {token}"
            return ("Authorization",), ()
        if kind == "http":  # another scheme of a static token: `Authorization: Token KEY`
            headers["Authorization"] = f"{name} {self.api_key}"
            return ("Authorization",), ()
        if kind == "header":
            headers[name] = self.api_key
            return (name,), ()
        if kind == "cookie":
            cookie = f"{name}={self.api_key}"
            headers["Cookie"] = (
                f"{headers['Cookie']}; {cookie}" if headers.get("Cookie") else cookie
            )
            return ("Cookie",), ()
        params.append((name, self.api_key))
        return (), (name,)

    def _warn_plain_http(self) -> None:
        """Once per client (and base URL): the key is about to cross the network
        unencrypted. The URL is parsed once, not on every request."""
        if self._checked_url == self.base_url:
            return
        self._checked_url = self.base_url
        url = httpx.URL(self.base_url)
        if url.scheme == "http" and not is_loopback(url.host):
            warnings.warn(
                f"the API key is sent over plain http to {url.host}: use https",
                InsecureKeyWarning,
                stacklevel=5,
            )

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
        form: list[Any] | None = None,
    ) -> httpx.Request:
        url_path = endpoint.path
        if path:
            for name, value in path.items():
                text = str(to_jsonable(value))
                if text in ("", ".", ".."):  # the URL would name another resource
                    operation = getattr(endpoint.args, "name", "the operation")
                    raise ValueError(f"{operation}(): path parameter {name!r} cannot be {text!r}")
                url_path = url_path.replace("{" + name + "}", quote(text, safe=""))
        all_headers = dict(self._headers)
        params = query_items(query, explode or {}) if query else []
        if endpoint.accept:
            all_headers["Accept"] = endpoint.accept
        secret: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
        if endpoint.auth:
            secret = self._apply_auth(endpoint.auth, all_headers, params)
        if headers:
            all_headers.update(
                {k: str(to_jsonable(v)) for k, v in headers.items() if v is not None}
            )
        timeout: Any = self.timeout
        if options is not None:
            if options.extra_headers:
                all_headers.update(options.extra_headers)
            if options.extra_query:
                params.extend(query_items(options.extra_query, {}))
            if options.extra_body and form is not None:
                form = [*form, *multipart(options.extra_body)]
            elif options.extra_body:
                given = cast("dict[str, Any]", json) if isinstance(json, dict) else {}
                json = {**given, **to_jsonable(options.extra_body)}
            if not isinstance(options.timeout, NotGiven):
                timeout = options.timeout
        url = self.base_url + url_path
        if endpoint.query:
            url, params = self._fixed_query(endpoint, url, params, options), []
        request = self._client.build_request(
            endpoint.method,
            url,
            params=params or None,
            headers=all_headers,
            json=json,
            content=content,
            files=form or None,
            timeout=timeout,
        )
        mark(request, *secret)
        return request

    @staticmethod
    def _fixed_query(
        endpoint: Endpoint, url: str, params: list[Any], options: RequestOptions | None
    ) -> str:
        """The URL with the fixed query the operation's path key carries, as the document
        writes it, then the call's query pairs (encoded as httpx encodes `params=`). An
        `extra_query` key the path fixes is refused: it would not replace the fixed one."""
        if options is not None and options.extra_query:
            fixed = {unquote(item.partition("=")[0]) for item in endpoint.query.split("&")}
            clash = sorted(fixed.intersection(options.extra_query))
            if clash:
                operation = getattr(endpoint.args, "name", "the operation")
                raise ValueError(
                    f"{operation}(): extra_query cannot set {', '.join(map(repr, clash))}: "
                    f"the operation always sends {endpoint.path}?{endpoint.query}"
                )
        url += "?" + endpoint.query
        return f"{url}&{httpx.QueryParams(params)}" if params else url

    def _idempotent(self, request: httpx.Request) -> None:
        """With `idempotency_header` set: one fresh key per call on a request that is not
        a GET or HEAD, the same on each of its retries (the request object is resent)."""
        header = self.idempotency_header
        if header and request.method not in ("GET", "HEAD") and header not in request.headers:
            request.headers[header] = f"sdk-{uuid.uuid4()}"

    def _redirect(self, response: httpx.Response, hops: int) -> httpx.Request | None:
        """The request a redirect asks for, without the key when it leaves the origin
        or downgrades the scheme; None when `response` is no redirect."""
        following = response.next_request
        if following is None:
            return None
        if hops >= MAX_REDIRECTS:
            raise APIConnectionError(
                f"{response.request.method} {response.request.url.path}: "
                f"more than {MAX_REDIRECTS} redirects",
                request=response.request,
            )
        if leaves_origin(response.request.url, following.url):
            stripped(following)
        return following

    def _retries(self, options: RequestOptions | None) -> int:
        if options is not None and not isinstance(options.max_retries, NotGiven):
            return options.max_retries
        return self.max_retries

    def _log(self, request: httpx.Request, response: httpx.Response | None, started: float) -> None:
        logger = self._settings.logger
        if logger.isEnabledFor(logging.DEBUG):
            status = response.status_code if response is not None else "error"
            elapsed = (time.monotonic() - started) * 1000
            url = redacted_url(request)
            logger.debug("%s %s -> %s in %.0f ms", request.method, url, status, elapsed)
