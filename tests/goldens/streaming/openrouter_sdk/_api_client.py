"""The request loops: `SyncAPIClient` and `AsyncAPIClient`, the bases of the generated
clients. Every API function hands its keyword arguments to `_request`, which splits
them (`_arguments.Arguments`), builds the request, retries what is worth retrying,
raises typed errors and parses the body (or returns a stream of parsed events, or with
`streamed=True` a response whose body is unread)."""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, BaseClient
from ._endpoint import Endpoint
from ._parsing import is_event_stream, is_failure, parse_response, result, status_error
from ._request import asks_for_stream
from ._retries import retry_wait, transport_retry
from ._streamed import AsyncStreamedResponse, StreamedResponse
from ._streaming import DEFAULT_MAX_EVENT_SIZE, AsyncStream, Stream, transport_error
from ._types import RequestOptions, Timeout

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["AsyncAPIClient", "SyncAPIClient"]


async def _sleep(seconds: float) -> None:
    """asyncio.sleep, imported on first use: a sync client never loads asyncio (~10 ms)."""
    import asyncio

    await asyncio.sleep(seconds)


class SyncAPIClient(BaseClient[httpx.Client]):
    """Synchronous client. Use as a context manager, or call `close()`."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        idempotency_header: str | None = None,
        max_event_size: int = DEFAULT_MAX_EVENT_SIZE,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            idempotency_header=idempotency_header,
            max_event_size=max_event_size,
        )
        self._owns_client = http_client is None
        self._client = http_client or httpx.Client(timeout=timeout)

    def close(self) -> None:
        if self._owns_client:
            self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _send(self, request: httpx.Request, stream: bool) -> httpx.Response:
        """Send, following redirects here (not in httpx): the key stays on its origin."""
        hops = 0
        while True:
            response = self._client.send(request, stream=stream, follow_redirects=False)
            following = self._redirect(response, hops)
            if following is None:
                return response
            response.close()
            request, hops = following, hops + 1

    def _request(
        self,
        endpoint: Endpoint,
        params: Mapping[str, Any],
        *,
        raw: bool = False,
        streamed: bool = False,
    ) -> Any:
        parts = endpoint.args.split(params)
        asked: str | None = parts.pop("asked")
        options: RequestOptions = parts["options"]
        streaming = asks_for_stream(endpoint, parts["json"], options.extra_body, raw)
        request = self._build_request(endpoint, **parts)
        self._idempotent(request)
        if streaming:
            request.headers["Accept"] = "text/event-stream"
        retries = self._retries(options)
        attempt = 0
        while True:
            started = time.monotonic()
            try:
                response = self._send(request, streaming or streamed)
            except httpx.HTTPError as exc:
                self._log(request, None, started)
                time.sleep(transport_retry(exc, request, attempt, retries))
                attempt += 1
                continue
            self._log(request, response, started)
            wait = retry_wait(response, attempt, retries)
            if wait is not None:
                response.close()
                time.sleep(wait)
                attempt += 1
                continue
            if streamed:
                if is_failure(response):
                    try:
                        response.read()
                    except httpx.HTTPError as exc:
                        raise transport_error(exc, response) from exc
                    raise status_error(endpoint, response, attempt + 1)
                return StreamedResponse(response, lambda r: parse_response(endpoint, r, asked))
            if streaming:
                if is_event_stream(response):
                    return Stream(response, endpoint.chunk_parser(), self.max_event_size)
                response.read()
            return result(endpoint, response, raw, streaming, asked, attempt + 1)


class AsyncAPIClient(BaseClient[httpx.AsyncClient]):
    """Asynchronous client. Use as an async context manager, or await `close()`."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        idempotency_header: str | None = None,
        max_event_size: int = DEFAULT_MAX_EVENT_SIZE,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            idempotency_header=idempotency_header,
            max_event_size=max_event_size,
        )
        self._owns_client = http_client is None
        self._client = http_client or httpx.AsyncClient(timeout=timeout)

    async def close(self) -> None:
        if self._owns_client:
            await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def _send(self, request: httpx.Request, stream: bool) -> httpx.Response:
        """Send, following redirects here (not in httpx): the key stays on its origin."""
        hops = 0
        while True:
            response = await self._client.send(request, stream=stream, follow_redirects=False)
            following = self._redirect(response, hops)
            if following is None:
                return response
            await response.aclose()
            request, hops = following, hops + 1

    async def _request(
        self,
        endpoint: Endpoint,
        params: Mapping[str, Any],
        *,
        raw: bool = False,
        streamed: bool = False,
    ) -> Any:
        parts = endpoint.args.split(params)
        asked: str | None = parts.pop("asked")
        options: RequestOptions = parts["options"]
        streaming = asks_for_stream(endpoint, parts["json"], options.extra_body, raw)
        request = self._build_request(endpoint, **parts)
        self._idempotent(request)
        if streaming:
            request.headers["Accept"] = "text/event-stream"
        retries = self._retries(options)
        attempt = 0
        while True:
            started = time.monotonic()
            try:
                response = await self._send(request, streaming or streamed)
            except httpx.HTTPError as exc:
                self._log(request, None, started)
                await _sleep(transport_retry(exc, request, attempt, retries))
                attempt += 1
                continue
            self._log(request, response, started)
            wait = retry_wait(response, attempt, retries)
            if wait is not None:
                await response.aclose()
                await _sleep(wait)
                attempt += 1
                continue
            if streamed:
                if is_failure(response):
                    try:
                        await response.aread()
                    except httpx.HTTPError as exc:
                        raise transport_error(exc, response) from exc
                    raise status_error(endpoint, response, attempt + 1)
                return AsyncStreamedResponse(response, lambda r: parse_response(endpoint, r, asked))
            if streaming:
                if is_event_stream(response):
                    return AsyncStream(response, endpoint.chunk_parser(), self.max_event_size)
                await response.aread()
            return result(endpoint, response, raw, streaming, asked, attempt + 1)
