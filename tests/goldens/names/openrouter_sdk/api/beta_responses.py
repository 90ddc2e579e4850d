"""Operations tagged beta.responses."""

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
    "get_type",
    "get_type_async",
    "get_type_2",
    "get_type_2_async",
    "BetaResponsesAPI",
    "AsyncBetaResponsesAPI",
    "RawBetaResponsesAPI",
    "AsyncRawBetaResponsesAPI",
    "StreamingBetaResponsesAPI",
    "AsyncStreamingBetaResponsesAPI",
]

_GET_TYPE = _Endpoint("GET", "/responses/{id}/type", auth=False, json=lambda m: m.Type)

_GET_TYPE_2 = _Endpoint("GET", "/responses/{id}/type-info", auth=False, json=lambda m: m.Dict)


def get_type(
    client: OpenRouter | BetaResponsesAPI,
    *,
    id: str,
    self_: bool | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Type:
    """Get the type of a response

    camelCase operationId; snake_cases to the same name as `get_type`.

    GET /responses/{id}/type
    """
    return client._request(
        _GET_TYPE,
        path={"id": id},
        query={"self": self_},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def get_type_async(
    client: AsyncOpenRouter | AsyncBetaResponsesAPI,
    *,
    id: str,
    self_: bool | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Type:
    """Get the type of a response

    camelCase operationId; snake_cases to the same name as `get_type`.

    GET /responses/{id}/type
    """
    return await client._request(
        _GET_TYPE,
        path={"id": id},
        query={"self": self_},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def get_type_2(
    client: OpenRouter | BetaResponsesAPI,
    *,
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Dict:
    """Get type info for a response

    snake_case operationId that collides with `getType` after normalisation.

    GET /responses/{id}/type-info
    """
    return client._request(
        _GET_TYPE_2,
        path={"id": id},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def get_type_2_async(
    client: AsyncOpenRouter | AsyncBetaResponsesAPI,
    *,
    id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Dict:
    """Get type info for a response

    snake_case operationId that collides with `getType` after normalisation.

    GET /responses/{id}/type-info
    """
    return await client._request(
        _GET_TYPE_2,
        path={"id": id},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


class BetaResponsesAPI:
    """`client.beta.responses`: the beta.responses operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    get_type = get_type

    get_type_2 = get_type_2


class AsyncBetaResponsesAPI:
    """`client.beta.responses` of the async client: the beta.responses operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    get_type = get_type_async

    get_type_2 = get_type_2_async


class RawBetaResponsesAPI:
    """`client.with_raw_response.beta.responses`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_type(
        self,
        *,
        id: str,
        self_: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Type]:
        """Get the type of a response"""
        return self._client._request(
            _GET_TYPE,
            path={"id": id},
            query={"self": self_},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def get_type_2(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Dict]:
        """Get type info for a response"""
        return self._client._request(
            _GET_TYPE_2,
            path={"id": id},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawBetaResponsesAPI:
    """`client.with_raw_response.beta.responses` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def get_type(
        self,
        *,
        id: str,
        self_: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Type]:
        """Get the type of a response"""
        return await self._client._request(
            _GET_TYPE,
            path={"id": id},
            query={"self": self_},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def get_type_2(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Dict]:
        """Get type info for a response"""
        return await self._client._request(
            _GET_TYPE_2,
            path={"id": id},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingBetaResponsesAPI:
    """`client.with_streaming_response.beta.responses`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_type(
        self,
        *,
        id: str,
        self_: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.Type]]:
        """Get the type of a response"""

        def _send() -> Any:
            return self._client._request(
                _GET_TYPE,
                path={"id": id},
                query={"self": self_},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def get_type_2(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.Dict]]:
        """Get type info for a response"""

        def _send() -> Any:
            return self._client._request(
                _GET_TYPE_2,
                path={"id": id},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingBetaResponsesAPI:
    """`client.with_streaming_response.beta.responses` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def get_type(
        self,
        *,
        id: str,
        self_: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.Type]]:
        """Get the type of a response"""

        def _send() -> Any:
            return self._client._request(
                _GET_TYPE,
                path={"id": id},
                query={"self": self_},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def get_type_2(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.Dict]]:
        """Get type info for a response"""

        def _send() -> Any:
            return self._client._request(
                _GET_TYPE_2,
                path={"id": id},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
