"""Operations tagged profiles."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, overload

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
    "GetProfileParams",
    "get_profile",
    "get_profile_async",
    "ReplaceProfileParams",
    "replace_profile",
    "replace_profile_async",
    "RateProfileParams",
    "rate_profile",
    "rate_profile_async",
    "ProfilesAPI",
    "AsyncProfilesAPI",
    "RawProfilesAPI",
    "AsyncRawProfilesAPI",
    "StreamingProfilesAPI",
    "AsyncStreamingProfilesAPI",
]

_GET_PROFILE = _Endpoint(
    "GET",
    "/profiles/{profile_id}",
    auth=False,
    json=lambda m: m.Profile,
    args=_Arguments("get_profile", path="profile_id", required="profile_id"),
)

_REPLACE_PROFILE = _Endpoint(
    "PUT",
    "/profiles/{profile_id}",
    auth=False,
    json=lambda m: m.Profile,
    args=_Arguments(
        "replace_profile",
        path="profile_id",
        body="id display_name bio nickname address visibility pronouns age",
        required="profile_id id display_name bio address",
        kind="object",
    ),
)

_RATE_PROFILE = _Endpoint(
    "POST",
    "/profiles/{profile_id}/rating",
    auth=False,
    args=_Arguments(
        "rate_profile",
        path="profile_id",
        body="score weight comment",
        required="profile_id score",
        kind="object",
    ),
)


class GetProfileParams(_CallOptions, total=False):
    """The keyword arguments of `get_profile`."""

    profile_id: Required[str]


def get_profile(client: OpenRouter | ProfilesAPI, **params: Unpack[GetProfileParams]) -> _m.Profile:
    """Get a profile

    Returns a user profile in which many fields may be null.

    GET /profiles/{profile_id}
    """
    return client._request(_GET_PROFILE, params)


async def get_profile_async(
    client: AsyncOpenRouter | AsyncProfilesAPI, **params: Unpack[GetProfileParams]
) -> _m.Profile:
    """Get a profile

    Returns a user profile in which many fields may be null.

    GET /profiles/{profile_id}
    """
    return await client._request(_GET_PROFILE, params)


class _ReplaceProfileArgs(_CallOptions, total=False):
    """The parameters of `replace_profile` that go with `body=` too."""

    profile_id: Required[str]


class ReplaceProfileParams(_ReplaceProfileArgs, total=False):
    """The keyword arguments of `replace_profile`."""

    id: Required[str]
    display_name: Required[str]
    bio: Required[str | None]
    """Required but nullable; null means "no bio"."""
    nickname: str | None
    """Optional and nullable."""
    address: Required[_m.Address | Mapping[str, Any] | None]
    """Nullable reference, expressed the 3.0 way with allOf."""
    visibility: _m.Visibility | str | None
    """Nullable reference to an enum component."""
    pronouns: _m.ProfilePronouns | str | None
    """Inline nullable enum; null is listed among the values."""
    age: int | None


@overload
def replace_profile(
    client: OpenRouter | ProfilesAPI, **params: Unpack[ReplaceProfileParams]
) -> _m.Profile: ...


@overload
def replace_profile(
    client: OpenRouter | ProfilesAPI,
    *,
    body: _m.Profile | Mapping[str, Any],
    **params: Unpack[_ReplaceProfileArgs],
) -> _m.Profile: ...


def replace_profile(client: OpenRouter | ProfilesAPI, **params: Any) -> _m.Profile:
    """Replace a profile

    Replaces the profile. Send null to clear a nullable field.

    PUT /profiles/{profile_id}
    """
    return client._request(_REPLACE_PROFILE, params)


@overload
async def replace_profile_async(
    client: AsyncOpenRouter | AsyncProfilesAPI, **params: Unpack[ReplaceProfileParams]
) -> _m.Profile: ...


@overload
async def replace_profile_async(
    client: AsyncOpenRouter | AsyncProfilesAPI,
    *,
    body: _m.Profile | Mapping[str, Any],
    **params: Unpack[_ReplaceProfileArgs],
) -> _m.Profile: ...


async def replace_profile_async(
    client: AsyncOpenRouter | AsyncProfilesAPI, **params: Any
) -> _m.Profile:
    """Replace a profile

    Replaces the profile. Send null to clear a nullable field.

    PUT /profiles/{profile_id}
    """
    return await client._request(_REPLACE_PROFILE, params)


class _RateProfileArgs(_CallOptions, total=False):
    """The parameters of `rate_profile` that go with `body=` too."""

    profile_id: Required[str]


class RateProfileParams(_RateProfileArgs, total=False):
    """The keyword arguments of `rate_profile`."""

    score: Required[float]
    """Score in the open interval (0, 5)."""
    weight: int | None
    """Non-negative weight; exclusiveMinimum false means 0 is allowed."""
    comment: str | None


@overload
def rate_profile(client: OpenRouter | ProfilesAPI, **params: Unpack[RateProfileParams]) -> None: ...


@overload
def rate_profile(
    client: OpenRouter | ProfilesAPI,
    *,
    body: _m.Rating | Mapping[str, Any],
    **params: Unpack[_RateProfileArgs],
) -> None: ...


def rate_profile(client: OpenRouter | ProfilesAPI, **params: Any) -> None:
    """Rate a profile

    Submit a score strictly greater than 0 and strictly below 5.

    POST /profiles/{profile_id}/rating
    """
    return client._request(_RATE_PROFILE, params)


@overload
async def rate_profile_async(
    client: AsyncOpenRouter | AsyncProfilesAPI, **params: Unpack[RateProfileParams]
) -> None: ...


@overload
async def rate_profile_async(
    client: AsyncOpenRouter | AsyncProfilesAPI,
    *,
    body: _m.Rating | Mapping[str, Any],
    **params: Unpack[_RateProfileArgs],
) -> None: ...


async def rate_profile_async(client: AsyncOpenRouter | AsyncProfilesAPI, **params: Any) -> None:
    """Rate a profile

    Submit a score strictly greater than 0 and strictly below 5.

    POST /profiles/{profile_id}/rating
    """
    return await client._request(_RATE_PROFILE, params)


class ProfilesAPI(_Namespace):
    """`client.profiles`: the profiles operations as methods."""

    get_profile = get_profile

    replace_profile = replace_profile

    rate_profile = rate_profile


class AsyncProfilesAPI(_Namespace):
    """`client.profiles` of the async client: the profiles operations as methods."""

    get_profile = get_profile_async

    replace_profile = replace_profile_async

    rate_profile = rate_profile_async


class RawProfilesAPI(_Namespace):
    """`client.with_raw_response.profiles`: each operation's `APIResponse`."""

    def get_profile(self, **params: Unpack[GetProfileParams]) -> APIResponse[_m.Profile]:
        """Get a profile"""
        return self._raw(_GET_PROFILE, params)

    def replace_profile(self, **params: Unpack[ReplaceProfileParams]) -> APIResponse[_m.Profile]:
        """Replace a profile"""
        return self._raw(_REPLACE_PROFILE, params)

    def rate_profile(self, **params: Unpack[RateProfileParams]) -> APIResponse[None]:
        """Rate a profile"""
        return self._raw(_RATE_PROFILE, params)


class AsyncRawProfilesAPI(_Namespace):
    """`client.with_raw_response.profiles` of the async client."""

    async def get_profile(self, **params: Unpack[GetProfileParams]) -> APIResponse[_m.Profile]:
        """Get a profile"""
        return await self._raw(_GET_PROFILE, params)

    async def replace_profile(
        self, **params: Unpack[ReplaceProfileParams]
    ) -> APIResponse[_m.Profile]:
        """Replace a profile"""
        return await self._raw(_REPLACE_PROFILE, params)

    async def rate_profile(self, **params: Unpack[RateProfileParams]) -> APIResponse[None]:
        """Rate a profile"""
        return await self._raw(_RATE_PROFILE, params)


class StreamingProfilesAPI(_Namespace):
    """`client.with_streaming_response.profiles`: each operation's response, its body unread, in a `with` block."""

    def get_profile(
        self, **params: Unpack[GetProfileParams]
    ) -> ResponseContextManager[StreamedResponse[_m.Profile]]:
        """Get a profile"""
        return self._streamed(_GET_PROFILE, params)

    def replace_profile(
        self, **params: Unpack[ReplaceProfileParams]
    ) -> ResponseContextManager[StreamedResponse[_m.Profile]]:
        """Replace a profile"""
        return self._streamed(_REPLACE_PROFILE, params)

    def rate_profile(
        self, **params: Unpack[RateProfileParams]
    ) -> ResponseContextManager[StreamedResponse[None]]:
        """Rate a profile"""
        return self._streamed(_RATE_PROFILE, params)


class AsyncStreamingProfilesAPI(_Namespace):
    """`client.with_streaming_response.profiles` of the async client (`async with`)."""

    def get_profile(
        self, **params: Unpack[GetProfileParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.Profile]]:
        """Get a profile"""
        return self._streamed_async(_GET_PROFILE, params)

    def replace_profile(
        self, **params: Unpack[ReplaceProfileParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.Profile]]:
        """Replace a profile"""
        return self._streamed_async(_REPLACE_PROFILE, params)

    def rate_profile(
        self, **params: Unpack[RateProfileParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[None]]:
        """Rate a profile"""
        return self._streamed_async(_RATE_PROFILE, params)
