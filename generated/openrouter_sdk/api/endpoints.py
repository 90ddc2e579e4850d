"""Endpoint information"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._client import Endpoint as _Endpoint
from .._streamed import AsyncResponseContextManager as _AsyncResponseContextManager
from .._streamed import ResponseContextManager as _ResponseContextManager
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._types import RequestOptions as _RequestOptions

if TYPE_CHECKING:
    from .. import models as _m
    from .._client import AsyncOpenRouter, OpenRouter
    from .._response import APIResponse
    from .._streamed import AsyncStreamedResponse, StreamedResponse

_Any = Any
__all__ = [
    "list_endpoints_zdr",
    "list_endpoints_zdr_async",
    "list_endpoints",
    "list_endpoints_async",
    "EndpointsAPI",
    "AsyncEndpointsAPI",
    "RawEndpointsAPI",
    "AsyncRawEndpointsAPI",
    "StreamingEndpointsAPI",
    "AsyncStreamingEndpointsAPI",
]

_LIST_ENDPOINTS_ZDR = _Endpoint(
    "GET",
    "/endpoints/zdr",
    json=lambda m: m.EndpointsZdrGetResponse,
    errors={"500": lambda m: m.InternalServerResponse},
)

_LIST_ENDPOINTS = _Endpoint(
    "GET",
    "/models/{author}/{slug}/endpoints",
    json=lambda m: m.ModelsAuthorSlugEndpointsGetResponse,
    errors={"404": lambda m: m.NotFoundResponse, "500": lambda m: m.InternalServerResponse},
)


def list_endpoints_zdr(
    client: OpenRouter | EndpointsAPI,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.EndpointsZdrGetResponse:
    """Preview the impact of ZDR on the available endpoints

    GET /endpoints/zdr
    """
    return client._request(
        _LIST_ENDPOINTS_ZDR,
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def list_endpoints_zdr_async(
    client: AsyncOpenRouter | AsyncEndpointsAPI,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.EndpointsZdrGetResponse:
    """Preview the impact of ZDR on the available endpoints

    GET /endpoints/zdr
    """
    return await client._request(
        _LIST_ENDPOINTS_ZDR,
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def list_endpoints(
    client: OpenRouter | EndpointsAPI,
    *,
    author: str,
    slug: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ModelsAuthorSlugEndpointsGetResponse:
    """List all endpoints for a model

    Args:
        author: The author/organization of the model
        slug: The model slug

    GET /models/{author}/{slug}/endpoints
    """
    return client._request(
        _LIST_ENDPOINTS,
        path={"author": author, "slug": slug},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def list_endpoints_async(
    client: AsyncOpenRouter | AsyncEndpointsAPI,
    *,
    author: str,
    slug: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.ModelsAuthorSlugEndpointsGetResponse:
    """List all endpoints for a model

    Args:
        author: The author/organization of the model
        slug: The model slug

    GET /models/{author}/{slug}/endpoints
    """
    return await client._request(
        _LIST_ENDPOINTS,
        path={"author": author, "slug": slug},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


class EndpointsAPI:
    """`client.endpoints`: the Endpoints operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    list_zdr_endpoints = list_endpoints_zdr

    list = list_endpoints


class AsyncEndpointsAPI:
    """`client.endpoints` of the async client: the Endpoints operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    list_zdr_endpoints = list_endpoints_zdr_async

    list = list_endpoints_async


class RawEndpointsAPI:
    """`client.with_raw_response.endpoints`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def list_zdr_endpoints(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.EndpointsZdrGetResponse]:
        """Preview the impact of ZDR on the available endpoints"""
        return self._client._request(
            _LIST_ENDPOINTS_ZDR,
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def list(
        self,
        *,
        author: str,
        slug: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ModelsAuthorSlugEndpointsGetResponse]:
        """List all endpoints for a model"""
        return self._client._request(
            _LIST_ENDPOINTS,
            path={"author": author, "slug": slug},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawEndpointsAPI:
    """`client.with_raw_response.endpoints` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def list_zdr_endpoints(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.EndpointsZdrGetResponse]:
        """Preview the impact of ZDR on the available endpoints"""
        return await self._client._request(
            _LIST_ENDPOINTS_ZDR,
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def list(
        self,
        *,
        author: str,
        slug: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.ModelsAuthorSlugEndpointsGetResponse]:
        """List all endpoints for a model"""
        return await self._client._request(
            _LIST_ENDPOINTS,
            path={"author": author, "slug": slug},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingEndpointsAPI:
    """`client.with_streaming_response.endpoints`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def list_zdr_endpoints(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.EndpointsZdrGetResponse]]:
        """Preview the impact of ZDR on the available endpoints"""

        def _send() -> Any:
            return self._client._request(
                _LIST_ENDPOINTS_ZDR,
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def list(
        self,
        *,
        author: str,
        slug: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.ModelsAuthorSlugEndpointsGetResponse]]:
        """List all endpoints for a model"""

        def _send() -> Any:
            return self._client._request(
                _LIST_ENDPOINTS,
                path={"author": author, "slug": slug},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingEndpointsAPI:
    """`client.with_streaming_response.endpoints` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def list_zdr_endpoints(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.EndpointsZdrGetResponse]]:
        """Preview the impact of ZDR on the available endpoints"""

        def _send() -> Any:
            return self._client._request(
                _LIST_ENDPOINTS_ZDR,
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def list(
        self,
        *,
        author: str,
        slug: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[
        AsyncStreamedResponse[_m.ModelsAuthorSlugEndpointsGetResponse]
    ]:
        """List all endpoints for a model"""

        def _send() -> Any:
            return self._client._request(
                _LIST_ENDPOINTS,
                path={"author": author, "slug": slug},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
