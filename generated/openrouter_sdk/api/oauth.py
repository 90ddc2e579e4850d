"""OAuth authentication endpoints"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, overload

from .._client import Endpoint as _Endpoint
from .._client import build_body as _build_body
from .._streamed import AsyncResponseContextManager as _AsyncResponseContextManager
from .._streamed import ResponseContextManager as _ResponseContextManager
from .._types import NOT_GIVEN, NotGiven, Timeout
from .._types import RequestOptions as _RequestOptions

if TYPE_CHECKING:
    import datetime as _dt

    from .. import models as _m
    from .._client import AsyncOpenRouter, OpenRouter
    from .._response import APIResponse
    from .._streamed import AsyncStreamedResponse, StreamedResponse

_Any = Any
__all__ = [
    "exchange_auth_code_for_api_key",
    "exchange_auth_code_for_api_key_async",
    "create_auth_keys_code",
    "create_auth_keys_code_async",
    "OAuthAPI",
    "AsyncOAuthAPI",
    "RawOAuthAPI",
    "AsyncRawOAuthAPI",
    "StreamingOAuthAPI",
    "AsyncStreamingOAuthAPI",
]

_EXCHANGE_AUTH_CODE_FOR_API_KEY = _Endpoint(
    "POST",
    "/auth/keys",
    json=lambda m: m.AuthKeysPostResponse,
    errors={
        "400": lambda m: m.BadRequestResponse,
        "403": lambda m: m.ForbiddenResponse,
        "500": lambda m: m.InternalServerResponse,
    },
)

_CREATE_AUTH_KEYS_CODE = _Endpoint(
    "POST",
    "/auth/keys/code",
    json=lambda m: m.AuthKeysCodePostResponse,
    errors={
        "400": lambda m: m.BadRequestResponse,
        "401": lambda m: m.UnauthorizedResponse,
        "409": lambda m: m.ConflictResponse,
        "500": lambda m: m.InternalServerResponse,
    },
)


@overload
def exchange_auth_code_for_api_key(
    client: OpenRouter | OAuthAPI,
    *,
    code: str,
    code_challenge_method: _m.AuthKeysPostRequestCodeChallengeMethod
    | str
    | None
    | NotGiven = NOT_GIVEN,
    code_verifier: str | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.AuthKeysPostResponse: ...


@overload
def exchange_auth_code_for_api_key(
    client: OpenRouter | OAuthAPI,
    *,
    body: _m.AuthKeysPostRequest | Mapping[str, Any],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.AuthKeysPostResponse: ...


def exchange_auth_code_for_api_key(
    client: OpenRouter | OAuthAPI,
    *,
    body: _m.AuthKeysPostRequest | Mapping[str, Any] | None = None,
    code: str | NotGiven = NOT_GIVEN,
    code_challenge_method: _m.AuthKeysPostRequestCodeChallengeMethod
    | str
    | None
    | NotGiven = NOT_GIVEN,
    code_verifier: str | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.AuthKeysPostResponse:
    """Exchange authorization code for API key

    Exchange an authorization code from the PKCE flow for a user-controlled API key

    Args:
        code: The authorization code received from the OAuth redirect
        code_challenge_method: The method used to generate the code challenge
        code_verifier: The code verifier if code_challenge was used in the authorization request

    POST /auth/keys
    """
    return client._request(
        _EXCHANGE_AUTH_CODE_FOR_API_KEY,
        json=_build_body(
            body,
            {
                "code": code,
                "code_challenge_method": code_challenge_method,
                "code_verifier": code_verifier,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def exchange_auth_code_for_api_key_async(
    client: AsyncOpenRouter | AsyncOAuthAPI,
    *,
    code: str,
    code_challenge_method: _m.AuthKeysPostRequestCodeChallengeMethod
    | str
    | None
    | NotGiven = NOT_GIVEN,
    code_verifier: str | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.AuthKeysPostResponse: ...


@overload
async def exchange_auth_code_for_api_key_async(
    client: AsyncOpenRouter | AsyncOAuthAPI,
    *,
    body: _m.AuthKeysPostRequest | Mapping[str, Any],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.AuthKeysPostResponse: ...


async def exchange_auth_code_for_api_key_async(
    client: AsyncOpenRouter | AsyncOAuthAPI,
    *,
    body: _m.AuthKeysPostRequest | Mapping[str, Any] | None = None,
    code: str | NotGiven = NOT_GIVEN,
    code_challenge_method: _m.AuthKeysPostRequestCodeChallengeMethod
    | str
    | None
    | NotGiven = NOT_GIVEN,
    code_verifier: str | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.AuthKeysPostResponse:
    """Exchange authorization code for API key

    Exchange an authorization code from the PKCE flow for a user-controlled API key

    Args:
        code: The authorization code received from the OAuth redirect
        code_challenge_method: The method used to generate the code challenge
        code_verifier: The code verifier if code_challenge was used in the authorization request

    POST /auth/keys
    """
    return await client._request(
        _EXCHANGE_AUTH_CODE_FOR_API_KEY,
        json=_build_body(
            body,
            {
                "code": code,
                "code_challenge_method": code_challenge_method,
                "code_verifier": code_verifier,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
def create_auth_keys_code(
    client: OpenRouter | OAuthAPI,
    *,
    callback_url: str,
    code_challenge: str | None | NotGiven = NOT_GIVEN,
    code_challenge_method: _m.AuthKeysCodePostRequestCodeChallengeMethod
    | str
    | None
    | NotGiven = NOT_GIVEN,
    expires_at: _dt.datetime | str | None | NotGiven = NOT_GIVEN,
    key_label: str | None | NotGiven = NOT_GIVEN,
    limit: float | None | NotGiven = NOT_GIVEN,
    spawn_agent: str | None | NotGiven = NOT_GIVEN,
    spawn_cloud: str | None | NotGiven = NOT_GIVEN,
    usage_limit_type: _m.AuthKeysCodePostRequestUsageLimitType | str | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.AuthKeysCodePostResponse: ...


@overload
def create_auth_keys_code(
    client: OpenRouter | OAuthAPI,
    *,
    body: _m.AuthKeysCodePostRequest | Mapping[str, Any],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.AuthKeysCodePostResponse: ...


def create_auth_keys_code(
    client: OpenRouter | OAuthAPI,
    *,
    body: _m.AuthKeysCodePostRequest | Mapping[str, Any] | None = None,
    callback_url: str | NotGiven = NOT_GIVEN,
    code_challenge: str | None | NotGiven = NOT_GIVEN,
    code_challenge_method: _m.AuthKeysCodePostRequestCodeChallengeMethod
    | str
    | None
    | NotGiven = NOT_GIVEN,
    expires_at: _dt.datetime | str | None | NotGiven = NOT_GIVEN,
    key_label: str | None | NotGiven = NOT_GIVEN,
    limit: float | None | NotGiven = NOT_GIVEN,
    spawn_agent: str | None | NotGiven = NOT_GIVEN,
    spawn_cloud: str | None | NotGiven = NOT_GIVEN,
    usage_limit_type: _m.AuthKeysCodePostRequestUsageLimitType | str | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.AuthKeysCodePostResponse:
    """Create authorization code

    Create an authorization code for the PKCE flow to generate a user-controlled API key

    Args:
        callback_url: The callback URL to redirect to after authorization. Note, only https URLs on ports 443 and 3000 are allowed.
        code_challenge: PKCE code challenge for enhanced security
        code_challenge_method: The method used to generate the code challenge
        expires_at: Optional expiration time for the API key to be created
        key_label: Optional custom label for the API key. Defaults to the app name if not provided.
        limit: Credit limit for the API key to be created
        spawn_agent: Agent identifier for spawn telemetry
        spawn_cloud: Cloud identifier for spawn telemetry
        usage_limit_type: Optional credit limit reset interval. When set, the credit limit resets on this interval.

    POST /auth/keys/code
    """
    return client._request(
        _CREATE_AUTH_KEYS_CODE,
        json=_build_body(
            body,
            {
                "callback_url": callback_url,
                "code_challenge": code_challenge,
                "code_challenge_method": code_challenge_method,
                "expires_at": expires_at,
                "key_label": key_label,
                "limit": limit,
                "spawn_agent": spawn_agent,
                "spawn_cloud": spawn_cloud,
                "usage_limit_type": usage_limit_type,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def create_auth_keys_code_async(
    client: AsyncOpenRouter | AsyncOAuthAPI,
    *,
    callback_url: str,
    code_challenge: str | None | NotGiven = NOT_GIVEN,
    code_challenge_method: _m.AuthKeysCodePostRequestCodeChallengeMethod
    | str
    | None
    | NotGiven = NOT_GIVEN,
    expires_at: _dt.datetime | str | None | NotGiven = NOT_GIVEN,
    key_label: str | None | NotGiven = NOT_GIVEN,
    limit: float | None | NotGiven = NOT_GIVEN,
    spawn_agent: str | None | NotGiven = NOT_GIVEN,
    spawn_cloud: str | None | NotGiven = NOT_GIVEN,
    usage_limit_type: _m.AuthKeysCodePostRequestUsageLimitType | str | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.AuthKeysCodePostResponse: ...


@overload
async def create_auth_keys_code_async(
    client: AsyncOpenRouter | AsyncOAuthAPI,
    *,
    body: _m.AuthKeysCodePostRequest | Mapping[str, Any],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.AuthKeysCodePostResponse: ...


async def create_auth_keys_code_async(
    client: AsyncOpenRouter | AsyncOAuthAPI,
    *,
    body: _m.AuthKeysCodePostRequest | Mapping[str, Any] | None = None,
    callback_url: str | NotGiven = NOT_GIVEN,
    code_challenge: str | None | NotGiven = NOT_GIVEN,
    code_challenge_method: _m.AuthKeysCodePostRequestCodeChallengeMethod
    | str
    | None
    | NotGiven = NOT_GIVEN,
    expires_at: _dt.datetime | str | None | NotGiven = NOT_GIVEN,
    key_label: str | None | NotGiven = NOT_GIVEN,
    limit: float | None | NotGiven = NOT_GIVEN,
    spawn_agent: str | None | NotGiven = NOT_GIVEN,
    spawn_cloud: str | None | NotGiven = NOT_GIVEN,
    usage_limit_type: _m.AuthKeysCodePostRequestUsageLimitType | str | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.AuthKeysCodePostResponse:
    """Create authorization code

    Create an authorization code for the PKCE flow to generate a user-controlled API key

    Args:
        callback_url: The callback URL to redirect to after authorization. Note, only https URLs on ports 443 and 3000 are allowed.
        code_challenge: PKCE code challenge for enhanced security
        code_challenge_method: The method used to generate the code challenge
        expires_at: Optional expiration time for the API key to be created
        key_label: Optional custom label for the API key. Defaults to the app name if not provided.
        limit: Credit limit for the API key to be created
        spawn_agent: Agent identifier for spawn telemetry
        spawn_cloud: Cloud identifier for spawn telemetry
        usage_limit_type: Optional credit limit reset interval. When set, the credit limit resets on this interval.

    POST /auth/keys/code
    """
    return await client._request(
        _CREATE_AUTH_KEYS_CODE,
        json=_build_body(
            body,
            {
                "callback_url": callback_url,
                "code_challenge": code_challenge,
                "code_challenge_method": code_challenge_method,
                "expires_at": expires_at,
                "key_label": key_label,
                "limit": limit,
                "spawn_agent": spawn_agent,
                "spawn_cloud": spawn_cloud,
                "usage_limit_type": usage_limit_type,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


class OAuthAPI:
    """`client.oauth`: the OAuth operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    exchange_auth_code_for_api_key = exchange_auth_code_for_api_key

    create_auth_code = create_auth_keys_code


class AsyncOAuthAPI:
    """`client.oauth` of the async client: the OAuth operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    exchange_auth_code_for_api_key = exchange_auth_code_for_api_key_async

    create_auth_code = create_auth_keys_code_async


class RawOAuthAPI:
    """`client.with_raw_response.oauth`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def exchange_auth_code_for_api_key(
        self,
        *,
        body: _m.AuthKeysPostRequest | Mapping[str, Any] | None = None,
        code: str | NotGiven = NOT_GIVEN,
        code_challenge_method: _m.AuthKeysPostRequestCodeChallengeMethod
        | str
        | None
        | NotGiven = NOT_GIVEN,
        code_verifier: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.AuthKeysPostResponse]:
        """Exchange authorization code for API key"""
        return self._client._request(
            _EXCHANGE_AUTH_CODE_FOR_API_KEY,
            json=_build_body(
                body,
                {
                    "code": code,
                    "code_challenge_method": code_challenge_method,
                    "code_verifier": code_verifier,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def create_auth_code(
        self,
        *,
        body: _m.AuthKeysCodePostRequest | Mapping[str, Any] | None = None,
        callback_url: str | NotGiven = NOT_GIVEN,
        code_challenge: str | None | NotGiven = NOT_GIVEN,
        code_challenge_method: _m.AuthKeysCodePostRequestCodeChallengeMethod
        | str
        | None
        | NotGiven = NOT_GIVEN,
        expires_at: _dt.datetime | str | None | NotGiven = NOT_GIVEN,
        key_label: str | None | NotGiven = NOT_GIVEN,
        limit: float | None | NotGiven = NOT_GIVEN,
        spawn_agent: str | None | NotGiven = NOT_GIVEN,
        spawn_cloud: str | None | NotGiven = NOT_GIVEN,
        usage_limit_type: _m.AuthKeysCodePostRequestUsageLimitType
        | str
        | None
        | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.AuthKeysCodePostResponse]:
        """Create authorization code"""
        return self._client._request(
            _CREATE_AUTH_KEYS_CODE,
            json=_build_body(
                body,
                {
                    "callback_url": callback_url,
                    "code_challenge": code_challenge,
                    "code_challenge_method": code_challenge_method,
                    "expires_at": expires_at,
                    "key_label": key_label,
                    "limit": limit,
                    "spawn_agent": spawn_agent,
                    "spawn_cloud": spawn_cloud,
                    "usage_limit_type": usage_limit_type,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawOAuthAPI:
    """`client.with_raw_response.oauth` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def exchange_auth_code_for_api_key(
        self,
        *,
        body: _m.AuthKeysPostRequest | Mapping[str, Any] | None = None,
        code: str | NotGiven = NOT_GIVEN,
        code_challenge_method: _m.AuthKeysPostRequestCodeChallengeMethod
        | str
        | None
        | NotGiven = NOT_GIVEN,
        code_verifier: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.AuthKeysPostResponse]:
        """Exchange authorization code for API key"""
        return await self._client._request(
            _EXCHANGE_AUTH_CODE_FOR_API_KEY,
            json=_build_body(
                body,
                {
                    "code": code,
                    "code_challenge_method": code_challenge_method,
                    "code_verifier": code_verifier,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def create_auth_code(
        self,
        *,
        body: _m.AuthKeysCodePostRequest | Mapping[str, Any] | None = None,
        callback_url: str | NotGiven = NOT_GIVEN,
        code_challenge: str | None | NotGiven = NOT_GIVEN,
        code_challenge_method: _m.AuthKeysCodePostRequestCodeChallengeMethod
        | str
        | None
        | NotGiven = NOT_GIVEN,
        expires_at: _dt.datetime | str | None | NotGiven = NOT_GIVEN,
        key_label: str | None | NotGiven = NOT_GIVEN,
        limit: float | None | NotGiven = NOT_GIVEN,
        spawn_agent: str | None | NotGiven = NOT_GIVEN,
        spawn_cloud: str | None | NotGiven = NOT_GIVEN,
        usage_limit_type: _m.AuthKeysCodePostRequestUsageLimitType
        | str
        | None
        | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.AuthKeysCodePostResponse]:
        """Create authorization code"""
        return await self._client._request(
            _CREATE_AUTH_KEYS_CODE,
            json=_build_body(
                body,
                {
                    "callback_url": callback_url,
                    "code_challenge": code_challenge,
                    "code_challenge_method": code_challenge_method,
                    "expires_at": expires_at,
                    "key_label": key_label,
                    "limit": limit,
                    "spawn_agent": spawn_agent,
                    "spawn_cloud": spawn_cloud,
                    "usage_limit_type": usage_limit_type,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingOAuthAPI:
    """`client.with_streaming_response.oauth`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def exchange_auth_code_for_api_key(
        self,
        *,
        body: _m.AuthKeysPostRequest | Mapping[str, Any] | None = None,
        code: str | NotGiven = NOT_GIVEN,
        code_challenge_method: _m.AuthKeysPostRequestCodeChallengeMethod
        | str
        | None
        | NotGiven = NOT_GIVEN,
        code_verifier: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.AuthKeysPostResponse]]:
        """Exchange authorization code for API key"""

        def _send() -> Any:
            return self._client._request(
                _EXCHANGE_AUTH_CODE_FOR_API_KEY,
                json=_build_body(
                    body,
                    {
                        "code": code,
                        "code_challenge_method": code_challenge_method,
                        "code_verifier": code_verifier,
                    },
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def create_auth_code(
        self,
        *,
        body: _m.AuthKeysCodePostRequest | Mapping[str, Any] | None = None,
        callback_url: str | NotGiven = NOT_GIVEN,
        code_challenge: str | None | NotGiven = NOT_GIVEN,
        code_challenge_method: _m.AuthKeysCodePostRequestCodeChallengeMethod
        | str
        | None
        | NotGiven = NOT_GIVEN,
        expires_at: _dt.datetime | str | None | NotGiven = NOT_GIVEN,
        key_label: str | None | NotGiven = NOT_GIVEN,
        limit: float | None | NotGiven = NOT_GIVEN,
        spawn_agent: str | None | NotGiven = NOT_GIVEN,
        spawn_cloud: str | None | NotGiven = NOT_GIVEN,
        usage_limit_type: _m.AuthKeysCodePostRequestUsageLimitType
        | str
        | None
        | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.AuthKeysCodePostResponse]]:
        """Create authorization code"""

        def _send() -> Any:
            return self._client._request(
                _CREATE_AUTH_KEYS_CODE,
                json=_build_body(
                    body,
                    {
                        "callback_url": callback_url,
                        "code_challenge": code_challenge,
                        "code_challenge_method": code_challenge_method,
                        "expires_at": expires_at,
                        "key_label": key_label,
                        "limit": limit,
                        "spawn_agent": spawn_agent,
                        "spawn_cloud": spawn_cloud,
                        "usage_limit_type": usage_limit_type,
                    },
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingOAuthAPI:
    """`client.with_streaming_response.oauth` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def exchange_auth_code_for_api_key(
        self,
        *,
        body: _m.AuthKeysPostRequest | Mapping[str, Any] | None = None,
        code: str | NotGiven = NOT_GIVEN,
        code_challenge_method: _m.AuthKeysPostRequestCodeChallengeMethod
        | str
        | None
        | NotGiven = NOT_GIVEN,
        code_verifier: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.AuthKeysPostResponse]]:
        """Exchange authorization code for API key"""

        def _send() -> Any:
            return self._client._request(
                _EXCHANGE_AUTH_CODE_FOR_API_KEY,
                json=_build_body(
                    body,
                    {
                        "code": code,
                        "code_challenge_method": code_challenge_method,
                        "code_verifier": code_verifier,
                    },
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def create_auth_code(
        self,
        *,
        body: _m.AuthKeysCodePostRequest | Mapping[str, Any] | None = None,
        callback_url: str | NotGiven = NOT_GIVEN,
        code_challenge: str | None | NotGiven = NOT_GIVEN,
        code_challenge_method: _m.AuthKeysCodePostRequestCodeChallengeMethod
        | str
        | None
        | NotGiven = NOT_GIVEN,
        expires_at: _dt.datetime | str | None | NotGiven = NOT_GIVEN,
        key_label: str | None | NotGiven = NOT_GIVEN,
        limit: float | None | NotGiven = NOT_GIVEN,
        spawn_agent: str | None | NotGiven = NOT_GIVEN,
        spawn_cloud: str | None | NotGiven = NOT_GIVEN,
        usage_limit_type: _m.AuthKeysCodePostRequestUsageLimitType
        | str
        | None
        | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.AuthKeysCodePostResponse]]:
        """Create authorization code"""

        def _send() -> Any:
            return self._client._request(
                _CREATE_AUTH_KEYS_CODE,
                json=_build_body(
                    body,
                    {
                        "callback_url": callback_url,
                        "code_challenge": code_challenge,
                        "code_challenge_method": code_challenge_method,
                        "expires_at": expires_at,
                        "key_label": key_label,
                        "limit": limit,
                        "spawn_agent": spawn_agent,
                        "spawn_cloud": spawn_cloud,
                        "usage_limit_type": usage_limit_type,
                    },
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
