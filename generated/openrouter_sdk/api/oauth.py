"""OAuth authentication endpoints"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, overload

from .._arguments import Arguments as _Arguments
from .._client import Endpoint as _Endpoint
from .._namespace import Namespace as _Namespace
from .._types import CallOptions as _CallOptions

if TYPE_CHECKING:
    import datetime as _dt

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
    "ExchangeAuthCodeForApiKeyParams",
    "exchange_auth_code_for_api_key",
    "exchange_auth_code_for_api_key_async",
    "CreateAuthKeysCodeParams",
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
    errors="400=BadRequestResponse 403=ForbiddenResponse 500=InternalServerResponse",
    args=_Arguments(
        "exchange_auth_code_for_api_key",
        body="code code_challenge_method code_verifier",
        required="code",
        kind="object",
    ),
)

_CREATE_AUTH_KEYS_CODE = _Endpoint(
    "POST",
    "/auth/keys/code",
    json=lambda m: m.AuthKeysCodePostResponse,
    errors="400=BadRequestResponse 401=UnauthorizedResponse 409=ConflictResponse 500=InternalServerResponse",
    args=_Arguments(
        "create_auth_keys_code",
        body="callback_url code_challenge code_challenge_method expires_at key_label limit spawn_agent spawn_cloud usage_limit_type",
        required="callback_url",
        kind="object",
    ),
)


class ExchangeAuthCodeForApiKeyParams(_CallOptions, total=False):
    """The keyword arguments of `exchange_auth_code_for_api_key`."""

    code: Required[str]
    """The authorization code received from the OAuth redirect"""
    code_challenge_method: _m.AuthKeysPostRequestCodeChallengeMethod | str | None
    """The method used to generate the code challenge"""
    code_verifier: str | None
    """The code verifier if code_challenge was used in the authorization request"""


@overload
def exchange_auth_code_for_api_key(
    client: OpenRouter | OAuthAPI, **params: Unpack[ExchangeAuthCodeForApiKeyParams]
) -> _m.AuthKeysPostResponse: ...


@overload
def exchange_auth_code_for_api_key(
    client: OpenRouter | OAuthAPI,
    *,
    body: _m.AuthKeysPostRequest | Mapping[str, Any],
    **params: Unpack[_CallOptions],
) -> _m.AuthKeysPostResponse: ...


def exchange_auth_code_for_api_key(
    client: OpenRouter | OAuthAPI, **params: Any
) -> _m.AuthKeysPostResponse:
    """Exchange authorization code for API key

    Exchange an authorization code from the PKCE flow for a user-controlled API key

    POST /auth/keys
    """
    return client._request(_EXCHANGE_AUTH_CODE_FOR_API_KEY, params)


@overload
async def exchange_auth_code_for_api_key_async(
    client: AsyncOpenRouter | AsyncOAuthAPI, **params: Unpack[ExchangeAuthCodeForApiKeyParams]
) -> _m.AuthKeysPostResponse: ...


@overload
async def exchange_auth_code_for_api_key_async(
    client: AsyncOpenRouter | AsyncOAuthAPI,
    *,
    body: _m.AuthKeysPostRequest | Mapping[str, Any],
    **params: Unpack[_CallOptions],
) -> _m.AuthKeysPostResponse: ...


async def exchange_auth_code_for_api_key_async(
    client: AsyncOpenRouter | AsyncOAuthAPI, **params: Any
) -> _m.AuthKeysPostResponse:
    """Exchange authorization code for API key

    Exchange an authorization code from the PKCE flow for a user-controlled API key

    POST /auth/keys
    """
    return await client._request(_EXCHANGE_AUTH_CODE_FOR_API_KEY, params)


class CreateAuthKeysCodeParams(_CallOptions, total=False):
    """The keyword arguments of `create_auth_keys_code`."""

    callback_url: Required[str]
    """The callback URL to redirect to after authorization. Note, only https URLs on ports 443 and 3000 are allowed."""
    code_challenge: str | None
    """PKCE code challenge for enhanced security"""
    code_challenge_method: _m.AuthKeysCodePostRequestCodeChallengeMethod | str | None
    """The method used to generate the code challenge"""
    expires_at: _dt.datetime | str | None
    """Optional expiration time for the API key to be created"""
    key_label: str | None
    """Optional custom label for the API key. Defaults to the app name if not provided."""
    limit: float | None
    """Credit limit for the API key to be created"""
    spawn_agent: str | None
    """Agent identifier for spawn telemetry"""
    spawn_cloud: str | None
    """Cloud identifier for spawn telemetry"""
    usage_limit_type: _m.AuthKeysCodePostRequestUsageLimitType | str | None
    """Optional credit limit reset interval. When set, the credit limit resets on this interval."""


@overload
def create_auth_keys_code(
    client: OpenRouter | OAuthAPI, **params: Unpack[CreateAuthKeysCodeParams]
) -> _m.AuthKeysCodePostResponse: ...


@overload
def create_auth_keys_code(
    client: OpenRouter | OAuthAPI,
    *,
    body: _m.AuthKeysCodePostRequest | Mapping[str, Any],
    **params: Unpack[_CallOptions],
) -> _m.AuthKeysCodePostResponse: ...


def create_auth_keys_code(
    client: OpenRouter | OAuthAPI, **params: Any
) -> _m.AuthKeysCodePostResponse:
    """Create authorization code

    Create an authorization code for the PKCE flow to generate a user-controlled API key

    POST /auth/keys/code
    """
    return client._request(_CREATE_AUTH_KEYS_CODE, params)


@overload
async def create_auth_keys_code_async(
    client: AsyncOpenRouter | AsyncOAuthAPI, **params: Unpack[CreateAuthKeysCodeParams]
) -> _m.AuthKeysCodePostResponse: ...


@overload
async def create_auth_keys_code_async(
    client: AsyncOpenRouter | AsyncOAuthAPI,
    *,
    body: _m.AuthKeysCodePostRequest | Mapping[str, Any],
    **params: Unpack[_CallOptions],
) -> _m.AuthKeysCodePostResponse: ...


async def create_auth_keys_code_async(
    client: AsyncOpenRouter | AsyncOAuthAPI, **params: Any
) -> _m.AuthKeysCodePostResponse:
    """Create authorization code

    Create an authorization code for the PKCE flow to generate a user-controlled API key

    POST /auth/keys/code
    """
    return await client._request(_CREATE_AUTH_KEYS_CODE, params)


class OAuthAPI(_Namespace):
    """`client.oauth`: the OAuth operations as methods."""

    exchange_auth_code_for_api_key = exchange_auth_code_for_api_key

    create_auth_code = create_auth_keys_code


class AsyncOAuthAPI(_Namespace):
    """`client.oauth` of the async client: the OAuth operations as methods."""

    exchange_auth_code_for_api_key = exchange_auth_code_for_api_key_async

    create_auth_code = create_auth_keys_code_async


class RawOAuthAPI(_Namespace):
    """`client.with_raw_response.oauth`: each operation's `APIResponse`."""

    def exchange_auth_code_for_api_key(
        self, **params: Unpack[ExchangeAuthCodeForApiKeyParams]
    ) -> APIResponse[_m.AuthKeysPostResponse]:
        """Exchange authorization code for API key"""
        return self._raw(_EXCHANGE_AUTH_CODE_FOR_API_KEY, params)

    def create_auth_code(
        self, **params: Unpack[CreateAuthKeysCodeParams]
    ) -> APIResponse[_m.AuthKeysCodePostResponse]:
        """Create authorization code"""
        return self._raw(_CREATE_AUTH_KEYS_CODE, params)


class AsyncRawOAuthAPI(_Namespace):
    """`client.with_raw_response.oauth` of the async client."""

    async def exchange_auth_code_for_api_key(
        self, **params: Unpack[ExchangeAuthCodeForApiKeyParams]
    ) -> APIResponse[_m.AuthKeysPostResponse]:
        """Exchange authorization code for API key"""
        return await self._raw(_EXCHANGE_AUTH_CODE_FOR_API_KEY, params)

    async def create_auth_code(
        self, **params: Unpack[CreateAuthKeysCodeParams]
    ) -> APIResponse[_m.AuthKeysCodePostResponse]:
        """Create authorization code"""
        return await self._raw(_CREATE_AUTH_KEYS_CODE, params)


class StreamingOAuthAPI(_Namespace):
    """`client.with_streaming_response.oauth`: each operation's response, its body unread, in a `with` block."""

    def exchange_auth_code_for_api_key(
        self, **params: Unpack[ExchangeAuthCodeForApiKeyParams]
    ) -> ResponseContextManager[StreamedResponse[_m.AuthKeysPostResponse]]:
        """Exchange authorization code for API key"""
        return self._streamed(_EXCHANGE_AUTH_CODE_FOR_API_KEY, params)

    def create_auth_code(
        self, **params: Unpack[CreateAuthKeysCodeParams]
    ) -> ResponseContextManager[StreamedResponse[_m.AuthKeysCodePostResponse]]:
        """Create authorization code"""
        return self._streamed(_CREATE_AUTH_KEYS_CODE, params)


class AsyncStreamingOAuthAPI(_Namespace):
    """`client.with_streaming_response.oauth` of the async client (`async with`)."""

    def exchange_auth_code_for_api_key(
        self, **params: Unpack[ExchangeAuthCodeForApiKeyParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.AuthKeysPostResponse]]:
        """Exchange authorization code for API key"""
        return self._streamed_async(_EXCHANGE_AUTH_CODE_FOR_API_KEY, params)

    def create_auth_code(
        self, **params: Unpack[CreateAuthKeysCodeParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.AuthKeysCodePostResponse]]:
        """Create authorization code"""
        return self._streamed_async(_CREATE_AUTH_KEYS_CODE, params)
