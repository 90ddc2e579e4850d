"""Endpoint information"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._arguments import Arguments as _Arguments
from .._client import Endpoint as _Endpoint
from .._namespace import Namespace as _Namespace
from .._types import CallOptions as _CallOptions

if TYPE_CHECKING:
    from typing_extensions import Required, Unpack

    from .. import models as _m
    from .._client import AsyncOpenRouter, OpenRouter
    from .._response import APIResponse
    from .._streamed import (
        AsyncResponseContextManager,
        AsyncStreamedResponse,
        ResponseContextManager,
        StreamedResponse,
    )

_Any = Any
__all__ = [
    "list_endpoints_zdr",
    "list_endpoints_zdr_async",
    "ListEndpointsParams",
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
    errors="500=InternalServerResponse",
    args=_Arguments("list_endpoints_zdr"),
)

_LIST_ENDPOINTS = _Endpoint(
    "GET",
    "/models/{author}/{slug}/endpoints",
    json=lambda m: m.ModelsAuthorSlugEndpointsGetResponse,
    errors="404=NotFoundResponse 500=InternalServerResponse",
    args=_Arguments("list_endpoints", path="author slug", required="author slug"),
)


def list_endpoints_zdr(
    client: OpenRouter | EndpointsAPI, **params: Unpack[_CallOptions]
) -> _m.EndpointsZdrGetResponse:
    """Preview the impact of ZDR on the available endpoints

    GET /endpoints/zdr
    """
    return client._request(_LIST_ENDPOINTS_ZDR, params)


async def list_endpoints_zdr_async(
    client: AsyncOpenRouter | AsyncEndpointsAPI, **params: Unpack[_CallOptions]
) -> _m.EndpointsZdrGetResponse:
    """Preview the impact of ZDR on the available endpoints

    GET /endpoints/zdr
    """
    return await client._request(_LIST_ENDPOINTS_ZDR, params)


class ListEndpointsParams(_CallOptions, total=False):
    """The keyword arguments of `list_endpoints`."""

    author: Required[str]
    """The author/organization of the model"""
    slug: Required[str]
    """The model slug"""


def list_endpoints(
    client: OpenRouter | EndpointsAPI, **params: Unpack[ListEndpointsParams]
) -> _m.ModelsAuthorSlugEndpointsGetResponse:
    """List all endpoints for a model

    GET /models/{author}/{slug}/endpoints
    """
    return client._request(_LIST_ENDPOINTS, params)


async def list_endpoints_async(
    client: AsyncOpenRouter | AsyncEndpointsAPI, **params: Unpack[ListEndpointsParams]
) -> _m.ModelsAuthorSlugEndpointsGetResponse:
    """List all endpoints for a model

    GET /models/{author}/{slug}/endpoints
    """
    return await client._request(_LIST_ENDPOINTS, params)


class EndpointsAPI(_Namespace):
    """`client.endpoints`: the Endpoints operations as methods."""

    list_zdr_endpoints = list_endpoints_zdr

    list = list_endpoints


class AsyncEndpointsAPI(_Namespace):
    """`client.endpoints` of the async client: the Endpoints operations as methods."""

    list_zdr_endpoints = list_endpoints_zdr_async

    list = list_endpoints_async


class RawEndpointsAPI(_Namespace):
    """`client.with_raw_response.endpoints`: each operation's `APIResponse`."""

    def list_zdr_endpoints(
        self, **params: Unpack[_CallOptions]
    ) -> APIResponse[_m.EndpointsZdrGetResponse]:
        """Preview the impact of ZDR on the available endpoints"""
        return self._raw(_LIST_ENDPOINTS_ZDR, params)

    def list(
        self, **params: Unpack[ListEndpointsParams]
    ) -> APIResponse[_m.ModelsAuthorSlugEndpointsGetResponse]:
        """List all endpoints for a model"""
        return self._raw(_LIST_ENDPOINTS, params)


class AsyncRawEndpointsAPI(_Namespace):
    """`client.with_raw_response.endpoints` of the async client."""

    async def list_zdr_endpoints(
        self, **params: Unpack[_CallOptions]
    ) -> APIResponse[_m.EndpointsZdrGetResponse]:
        """Preview the impact of ZDR on the available endpoints"""
        return await self._raw(_LIST_ENDPOINTS_ZDR, params)

    async def list(
        self, **params: Unpack[ListEndpointsParams]
    ) -> APIResponse[_m.ModelsAuthorSlugEndpointsGetResponse]:
        """List all endpoints for a model"""
        return await self._raw(_LIST_ENDPOINTS, params)


class StreamingEndpointsAPI(_Namespace):
    """`client.with_streaming_response.endpoints`: each operation's response, its body unread, in a `with` block."""

    def list_zdr_endpoints(
        self, **params: Unpack[_CallOptions]
    ) -> ResponseContextManager[StreamedResponse[_m.EndpointsZdrGetResponse]]:
        """Preview the impact of ZDR on the available endpoints"""
        return self._streamed(_LIST_ENDPOINTS_ZDR, params)

    def list(
        self, **params: Unpack[ListEndpointsParams]
    ) -> ResponseContextManager[StreamedResponse[_m.ModelsAuthorSlugEndpointsGetResponse]]:
        """List all endpoints for a model"""
        return self._streamed(_LIST_ENDPOINTS, params)


class AsyncStreamingEndpointsAPI(_Namespace):
    """`client.with_streaming_response.endpoints` of the async client (`async with`)."""

    def list_zdr_endpoints(
        self, **params: Unpack[_CallOptions]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.EndpointsZdrGetResponse]]:
        """Preview the impact of ZDR on the available endpoints"""
        return self._streamed_async(_LIST_ENDPOINTS_ZDR, params)

    def list(
        self, **params: Unpack[ListEndpointsParams]
    ) -> AsyncResponseContextManager[
        AsyncStreamedResponse[_m.ModelsAuthorSlugEndpointsGetResponse]
    ]:
        """List all endpoints for a model"""
        return self._streamed_async(_LIST_ENDPOINTS, params)
