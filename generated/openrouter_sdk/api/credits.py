"""Credit management endpoints"""

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
    "get_credits",
    "get_credits_async",
    "create_coinbase_charge",
    "create_coinbase_charge_async",
    "CreditsAPI",
    "AsyncCreditsAPI",
    "RawCreditsAPI",
    "AsyncRawCreditsAPI",
    "StreamingCreditsAPI",
    "AsyncStreamingCreditsAPI",
]

_GET_CREDITS = _Endpoint(
    "GET",
    "/credits",
    json=lambda m: m.CreditsGetResponse,
    errors={
        "401": lambda m: m.UnauthorizedResponse,
        "403": lambda m: m.ForbiddenResponse,
        "500": lambda m: m.InternalServerResponse,
    },
)

_CREATE_COINBASE_CHARGE = _Endpoint(
    "POST", "/credits/coinbase", auth=False, errors={"410": lambda m: m.GoneResponse}
)


def get_credits(
    client: OpenRouter | CreditsAPI,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.CreditsGetResponse:
    """Get remaining credits

    Get total credits purchased and used for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    GET /credits
    """
    return client._request(
        _GET_CREDITS,
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def get_credits_async(
    client: AsyncOpenRouter | AsyncCreditsAPI,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.CreditsGetResponse:
    """Get remaining credits

    Get total credits purchased and used for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    GET /credits
    """
    return await client._request(
        _GET_CREDITS,
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def create_coinbase_charge(
    client: OpenRouter | CreditsAPI,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> None:
    """Deprecated Coinbase Commerce charge endpoint

    Deprecated. The Coinbase APIs used by this endpoint have been deprecated, so Coinbase Commerce charges have been removed. Use the web credits purchase flow instead.

    Deprecated: the API marks this operation as deprecated.

    POST /credits/coinbase
    """
    return client._request(
        _CREATE_COINBASE_CHARGE,
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def create_coinbase_charge_async(
    client: AsyncOpenRouter | AsyncCreditsAPI,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> None:
    """Deprecated Coinbase Commerce charge endpoint

    Deprecated. The Coinbase APIs used by this endpoint have been deprecated, so Coinbase Commerce charges have been removed. Use the web credits purchase flow instead.

    Deprecated: the API marks this operation as deprecated.

    POST /credits/coinbase
    """
    return await client._request(
        _CREATE_COINBASE_CHARGE,
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


class CreditsAPI:
    """`client.credits`: the Credits operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    get_credits = get_credits

    create_coinbase_charge = create_coinbase_charge


class AsyncCreditsAPI:
    """`client.credits` of the async client: the Credits operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    get_credits = get_credits_async

    create_coinbase_charge = create_coinbase_charge_async


class RawCreditsAPI:
    """`client.with_raw_response.credits`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_credits(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.CreditsGetResponse]:
        """Get remaining credits"""
        return self._client._request(
            _GET_CREDITS,
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def create_coinbase_charge(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[None]:
        """Deprecated Coinbase Commerce charge endpoint"""
        return self._client._request(
            _CREATE_COINBASE_CHARGE,
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawCreditsAPI:
    """`client.with_raw_response.credits` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def get_credits(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.CreditsGetResponse]:
        """Get remaining credits"""
        return await self._client._request(
            _GET_CREDITS,
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def create_coinbase_charge(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[None]:
        """Deprecated Coinbase Commerce charge endpoint"""
        return await self._client._request(
            _CREATE_COINBASE_CHARGE,
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingCreditsAPI:
    """`client.with_streaming_response.credits`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_credits(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.CreditsGetResponse]]:
        """Get remaining credits"""

        def _send() -> Any:
            return self._client._request(
                _GET_CREDITS,
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def create_coinbase_charge(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[None]]:
        """Deprecated Coinbase Commerce charge endpoint"""

        def _send() -> Any:
            return self._client._request(
                _CREATE_COINBASE_CHARGE,
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingCreditsAPI:
    """`client.with_streaming_response.credits` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def get_credits(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.CreditsGetResponse]]:
        """Get remaining credits"""

        def _send() -> Any:
            return self._client._request(
                _GET_CREDITS,
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def create_coinbase_charge(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[None]]:
        """Deprecated Coinbase Commerce charge endpoint"""

        def _send() -> Any:
            return self._client._request(
                _CREATE_COINBASE_CHARGE,
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
