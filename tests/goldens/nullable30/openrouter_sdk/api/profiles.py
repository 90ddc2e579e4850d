"""Operations tagged profiles."""

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
    from .. import models as _m
    from .._client import AsyncOpenRouter, OpenRouter
    from .._response import APIResponse
    from .._streamed import AsyncStreamedResponse, StreamedResponse

_Any = Any
__all__ = [
    "get_profile",
    "get_profile_async",
    "replace_profile",
    "replace_profile_async",
    "rate_profile",
    "rate_profile_async",
    "ProfilesAPI",
    "AsyncProfilesAPI",
    "RawProfilesAPI",
    "AsyncRawProfilesAPI",
    "StreamingProfilesAPI",
    "AsyncStreamingProfilesAPI",
]

_GET_PROFILE = _Endpoint("GET", "/profiles/{profile_id}", auth=False, json=lambda m: m.Profile)

_REPLACE_PROFILE = _Endpoint("PUT", "/profiles/{profile_id}", auth=False, json=lambda m: m.Profile)

_RATE_PROFILE = _Endpoint("POST", "/profiles/{profile_id}/rating", auth=False)


def get_profile(
    client: OpenRouter | ProfilesAPI,
    *,
    profile_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Profile:
    """Get a profile

    Returns a user profile in which many fields may be null.

    GET /profiles/{profile_id}
    """
    return client._request(
        _GET_PROFILE,
        path={"profile_id": profile_id},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def get_profile_async(
    client: AsyncOpenRouter | AsyncProfilesAPI,
    *,
    profile_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Profile:
    """Get a profile

    Returns a user profile in which many fields may be null.

    GET /profiles/{profile_id}
    """
    return await client._request(
        _GET_PROFILE,
        path={"profile_id": profile_id},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
def replace_profile(
    client: OpenRouter | ProfilesAPI,
    *,
    id: str,
    display_name: str,
    bio: str | None,
    nickname: str | None | NotGiven = NOT_GIVEN,
    address: _m.Address | Mapping[str, Any] | None,
    visibility: _m.Visibility | str | None | NotGiven = NOT_GIVEN,
    pronouns: _m.ProfilePronouns | str | None | NotGiven = NOT_GIVEN,
    age: int | None | NotGiven = NOT_GIVEN,
    profile_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Profile: ...


@overload
def replace_profile(
    client: OpenRouter | ProfilesAPI,
    *,
    body: _m.Profile | Mapping[str, Any],
    profile_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Profile: ...


def replace_profile(
    client: OpenRouter | ProfilesAPI,
    *,
    body: _m.Profile | Mapping[str, Any] | None = None,
    id: str | NotGiven = NOT_GIVEN,
    display_name: str | NotGiven = NOT_GIVEN,
    bio: str | None | NotGiven = NOT_GIVEN,
    nickname: str | None | NotGiven = NOT_GIVEN,
    address: _m.Address | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    visibility: _m.Visibility | str | None | NotGiven = NOT_GIVEN,
    pronouns: _m.ProfilePronouns | str | None | NotGiven = NOT_GIVEN,
    age: int | None | NotGiven = NOT_GIVEN,
    profile_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Profile:
    """Replace a profile

    Replaces the profile. Send null to clear a nullable field.

    Args:
        bio: Required but nullable; null means "no bio".
        nickname: Optional and nullable.
        address: Nullable reference, expressed the 3.0 way with allOf.
        visibility: Nullable reference to an enum component.
        pronouns: Inline nullable enum; null is listed among the values.

    PUT /profiles/{profile_id}
    """
    return client._request(
        _REPLACE_PROFILE,
        path={"profile_id": profile_id},
        json=_build_body(
            body,
            {
                "id": id,
                "display_name": display_name,
                "bio": bio,
                "nickname": nickname,
                "address": address,
                "visibility": visibility,
                "pronouns": pronouns,
                "age": age,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def replace_profile_async(
    client: AsyncOpenRouter | AsyncProfilesAPI,
    *,
    id: str,
    display_name: str,
    bio: str | None,
    nickname: str | None | NotGiven = NOT_GIVEN,
    address: _m.Address | Mapping[str, Any] | None,
    visibility: _m.Visibility | str | None | NotGiven = NOT_GIVEN,
    pronouns: _m.ProfilePronouns | str | None | NotGiven = NOT_GIVEN,
    age: int | None | NotGiven = NOT_GIVEN,
    profile_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Profile: ...


@overload
async def replace_profile_async(
    client: AsyncOpenRouter | AsyncProfilesAPI,
    *,
    body: _m.Profile | Mapping[str, Any],
    profile_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Profile: ...


async def replace_profile_async(
    client: AsyncOpenRouter | AsyncProfilesAPI,
    *,
    body: _m.Profile | Mapping[str, Any] | None = None,
    id: str | NotGiven = NOT_GIVEN,
    display_name: str | NotGiven = NOT_GIVEN,
    bio: str | None | NotGiven = NOT_GIVEN,
    nickname: str | None | NotGiven = NOT_GIVEN,
    address: _m.Address | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    visibility: _m.Visibility | str | None | NotGiven = NOT_GIVEN,
    pronouns: _m.ProfilePronouns | str | None | NotGiven = NOT_GIVEN,
    age: int | None | NotGiven = NOT_GIVEN,
    profile_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Profile:
    """Replace a profile

    Replaces the profile. Send null to clear a nullable field.

    Args:
        bio: Required but nullable; null means "no bio".
        nickname: Optional and nullable.
        address: Nullable reference, expressed the 3.0 way with allOf.
        visibility: Nullable reference to an enum component.
        pronouns: Inline nullable enum; null is listed among the values.

    PUT /profiles/{profile_id}
    """
    return await client._request(
        _REPLACE_PROFILE,
        path={"profile_id": profile_id},
        json=_build_body(
            body,
            {
                "id": id,
                "display_name": display_name,
                "bio": bio,
                "nickname": nickname,
                "address": address,
                "visibility": visibility,
                "pronouns": pronouns,
                "age": age,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
def rate_profile(
    client: OpenRouter | ProfilesAPI,
    *,
    score: float,
    weight: int | None | NotGiven = NOT_GIVEN,
    comment: str | None | NotGiven = NOT_GIVEN,
    profile_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> None: ...


@overload
def rate_profile(
    client: OpenRouter | ProfilesAPI,
    *,
    body: _m.Rating | Mapping[str, Any],
    profile_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> None: ...


def rate_profile(
    client: OpenRouter | ProfilesAPI,
    *,
    body: _m.Rating | Mapping[str, Any] | None = None,
    score: float | NotGiven = NOT_GIVEN,
    weight: int | None | NotGiven = NOT_GIVEN,
    comment: str | None | NotGiven = NOT_GIVEN,
    profile_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> None:
    """Rate a profile

    Submit a score strictly greater than 0 and strictly below 5.

    Args:
        score: Score in the open interval (0, 5).
        weight: Non-negative weight; exclusiveMinimum false means 0 is allowed.

    POST /profiles/{profile_id}/rating
    """
    return client._request(
        _RATE_PROFILE,
        path={"profile_id": profile_id},
        json=_build_body(body, {"score": score, "weight": weight, "comment": comment}),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def rate_profile_async(
    client: AsyncOpenRouter | AsyncProfilesAPI,
    *,
    score: float,
    weight: int | None | NotGiven = NOT_GIVEN,
    comment: str | None | NotGiven = NOT_GIVEN,
    profile_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> None: ...


@overload
async def rate_profile_async(
    client: AsyncOpenRouter | AsyncProfilesAPI,
    *,
    body: _m.Rating | Mapping[str, Any],
    profile_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> None: ...


async def rate_profile_async(
    client: AsyncOpenRouter | AsyncProfilesAPI,
    *,
    body: _m.Rating | Mapping[str, Any] | None = None,
    score: float | NotGiven = NOT_GIVEN,
    weight: int | None | NotGiven = NOT_GIVEN,
    comment: str | None | NotGiven = NOT_GIVEN,
    profile_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> None:
    """Rate a profile

    Submit a score strictly greater than 0 and strictly below 5.

    Args:
        score: Score in the open interval (0, 5).
        weight: Non-negative weight; exclusiveMinimum false means 0 is allowed.

    POST /profiles/{profile_id}/rating
    """
    return await client._request(
        _RATE_PROFILE,
        path={"profile_id": profile_id},
        json=_build_body(body, {"score": score, "weight": weight, "comment": comment}),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


class ProfilesAPI:
    """`client.profiles`: the profiles operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    get_profile = get_profile

    replace_profile = replace_profile

    rate_profile = rate_profile


class AsyncProfilesAPI:
    """`client.profiles` of the async client: the profiles operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    get_profile = get_profile_async

    replace_profile = replace_profile_async

    rate_profile = rate_profile_async


class RawProfilesAPI:
    """`client.with_raw_response.profiles`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_profile(
        self,
        *,
        profile_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Profile]:
        """Get a profile"""
        return self._client._request(
            _GET_PROFILE,
            path={"profile_id": profile_id},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def replace_profile(
        self,
        *,
        body: _m.Profile | Mapping[str, Any] | None = None,
        id: str | NotGiven = NOT_GIVEN,
        display_name: str | NotGiven = NOT_GIVEN,
        bio: str | None | NotGiven = NOT_GIVEN,
        nickname: str | None | NotGiven = NOT_GIVEN,
        address: _m.Address | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        visibility: _m.Visibility | str | None | NotGiven = NOT_GIVEN,
        pronouns: _m.ProfilePronouns | str | None | NotGiven = NOT_GIVEN,
        age: int | None | NotGiven = NOT_GIVEN,
        profile_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Profile]:
        """Replace a profile"""
        return self._client._request(
            _REPLACE_PROFILE,
            path={"profile_id": profile_id},
            json=_build_body(
                body,
                {
                    "id": id,
                    "display_name": display_name,
                    "bio": bio,
                    "nickname": nickname,
                    "address": address,
                    "visibility": visibility,
                    "pronouns": pronouns,
                    "age": age,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def rate_profile(
        self,
        *,
        body: _m.Rating | Mapping[str, Any] | None = None,
        score: float | NotGiven = NOT_GIVEN,
        weight: int | None | NotGiven = NOT_GIVEN,
        comment: str | None | NotGiven = NOT_GIVEN,
        profile_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[None]:
        """Rate a profile"""
        return self._client._request(
            _RATE_PROFILE,
            path={"profile_id": profile_id},
            json=_build_body(body, {"score": score, "weight": weight, "comment": comment}),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawProfilesAPI:
    """`client.with_raw_response.profiles` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def get_profile(
        self,
        *,
        profile_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Profile]:
        """Get a profile"""
        return await self._client._request(
            _GET_PROFILE,
            path={"profile_id": profile_id},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def replace_profile(
        self,
        *,
        body: _m.Profile | Mapping[str, Any] | None = None,
        id: str | NotGiven = NOT_GIVEN,
        display_name: str | NotGiven = NOT_GIVEN,
        bio: str | None | NotGiven = NOT_GIVEN,
        nickname: str | None | NotGiven = NOT_GIVEN,
        address: _m.Address | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        visibility: _m.Visibility | str | None | NotGiven = NOT_GIVEN,
        pronouns: _m.ProfilePronouns | str | None | NotGiven = NOT_GIVEN,
        age: int | None | NotGiven = NOT_GIVEN,
        profile_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Profile]:
        """Replace a profile"""
        return await self._client._request(
            _REPLACE_PROFILE,
            path={"profile_id": profile_id},
            json=_build_body(
                body,
                {
                    "id": id,
                    "display_name": display_name,
                    "bio": bio,
                    "nickname": nickname,
                    "address": address,
                    "visibility": visibility,
                    "pronouns": pronouns,
                    "age": age,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def rate_profile(
        self,
        *,
        body: _m.Rating | Mapping[str, Any] | None = None,
        score: float | NotGiven = NOT_GIVEN,
        weight: int | None | NotGiven = NOT_GIVEN,
        comment: str | None | NotGiven = NOT_GIVEN,
        profile_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[None]:
        """Rate a profile"""
        return await self._client._request(
            _RATE_PROFILE,
            path={"profile_id": profile_id},
            json=_build_body(body, {"score": score, "weight": weight, "comment": comment}),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingProfilesAPI:
    """`client.with_streaming_response.profiles`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_profile(
        self,
        *,
        profile_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.Profile]]:
        """Get a profile"""

        def _send() -> Any:
            return self._client._request(
                _GET_PROFILE,
                path={"profile_id": profile_id},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def replace_profile(
        self,
        *,
        body: _m.Profile | Mapping[str, Any] | None = None,
        id: str | NotGiven = NOT_GIVEN,
        display_name: str | NotGiven = NOT_GIVEN,
        bio: str | None | NotGiven = NOT_GIVEN,
        nickname: str | None | NotGiven = NOT_GIVEN,
        address: _m.Address | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        visibility: _m.Visibility | str | None | NotGiven = NOT_GIVEN,
        pronouns: _m.ProfilePronouns | str | None | NotGiven = NOT_GIVEN,
        age: int | None | NotGiven = NOT_GIVEN,
        profile_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.Profile]]:
        """Replace a profile"""

        def _send() -> Any:
            return self._client._request(
                _REPLACE_PROFILE,
                path={"profile_id": profile_id},
                json=_build_body(
                    body,
                    {
                        "id": id,
                        "display_name": display_name,
                        "bio": bio,
                        "nickname": nickname,
                        "address": address,
                        "visibility": visibility,
                        "pronouns": pronouns,
                        "age": age,
                    },
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def rate_profile(
        self,
        *,
        body: _m.Rating | Mapping[str, Any] | None = None,
        score: float | NotGiven = NOT_GIVEN,
        weight: int | None | NotGiven = NOT_GIVEN,
        comment: str | None | NotGiven = NOT_GIVEN,
        profile_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[None]]:
        """Rate a profile"""

        def _send() -> Any:
            return self._client._request(
                _RATE_PROFILE,
                path={"profile_id": profile_id},
                json=_build_body(body, {"score": score, "weight": weight, "comment": comment}),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingProfilesAPI:
    """`client.with_streaming_response.profiles` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def get_profile(
        self,
        *,
        profile_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.Profile]]:
        """Get a profile"""

        def _send() -> Any:
            return self._client._request(
                _GET_PROFILE,
                path={"profile_id": profile_id},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def replace_profile(
        self,
        *,
        body: _m.Profile | Mapping[str, Any] | None = None,
        id: str | NotGiven = NOT_GIVEN,
        display_name: str | NotGiven = NOT_GIVEN,
        bio: str | None | NotGiven = NOT_GIVEN,
        nickname: str | None | NotGiven = NOT_GIVEN,
        address: _m.Address | Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        visibility: _m.Visibility | str | None | NotGiven = NOT_GIVEN,
        pronouns: _m.ProfilePronouns | str | None | NotGiven = NOT_GIVEN,
        age: int | None | NotGiven = NOT_GIVEN,
        profile_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.Profile]]:
        """Replace a profile"""

        def _send() -> Any:
            return self._client._request(
                _REPLACE_PROFILE,
                path={"profile_id": profile_id},
                json=_build_body(
                    body,
                    {
                        "id": id,
                        "display_name": display_name,
                        "bio": bio,
                        "nickname": nickname,
                        "address": address,
                        "visibility": visibility,
                        "pronouns": pronouns,
                        "age": age,
                    },
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def rate_profile(
        self,
        *,
        body: _m.Rating | Mapping[str, Any] | None = None,
        score: float | NotGiven = NOT_GIVEN,
        weight: int | None | NotGiven = NOT_GIVEN,
        comment: str | None | NotGiven = NOT_GIVEN,
        profile_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[None]]:
        """Rate a profile"""

        def _send() -> Any:
            return self._client._request(
                _RATE_PROFILE,
                path={"profile_id": profile_id},
                json=_build_body(body, {"score": score, "weight": weight, "comment": comment}),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
