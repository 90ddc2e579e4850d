"""Operations tagged settings."""

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
    "put_setting",
    "put_setting_async",
    "SettingsAPI",
    "AsyncSettingsAPI",
    "RawSettingsAPI",
    "AsyncRawSettingsAPI",
    "StreamingSettingsAPI",
    "AsyncStreamingSettingsAPI",
]

_PUT_SETTING = _Endpoint("PUT", "/settings/{key}", auth=False, json=lambda m: m.SettingValue)


@overload
def put_setting(
    client: OpenRouter | SettingsAPI,
    *,
    value: _m.SettingValue,
    key: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.SettingValue: ...


@overload
def put_setting(
    client: OpenRouter | SettingsAPI,
    *,
    body: _m.SettingsKeyPutRequest | Mapping[str, Any],
    key: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.SettingValue: ...


def put_setting(
    client: OpenRouter | SettingsAPI,
    *,
    body: _m.SettingsKeyPutRequest | Mapping[str, Any] | None = None,
    value: _m.SettingValue | NotGiven = NOT_GIVEN,
    key: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.SettingValue:
    """Set a setting value

    A setting value may be a string, a number or a boolean.

    Args:
        value: A primitive setting value.

    PUT /settings/{key}
    """
    return client._request(
        _PUT_SETTING,
        path={"key": key},
        json=_build_body(body, {"value": value}),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def put_setting_async(
    client: AsyncOpenRouter | AsyncSettingsAPI,
    *,
    value: _m.SettingValue,
    key: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.SettingValue: ...


@overload
async def put_setting_async(
    client: AsyncOpenRouter | AsyncSettingsAPI,
    *,
    body: _m.SettingsKeyPutRequest | Mapping[str, Any],
    key: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.SettingValue: ...


async def put_setting_async(
    client: AsyncOpenRouter | AsyncSettingsAPI,
    *,
    body: _m.SettingsKeyPutRequest | Mapping[str, Any] | None = None,
    value: _m.SettingValue | NotGiven = NOT_GIVEN,
    key: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.SettingValue:
    """Set a setting value

    A setting value may be a string, a number or a boolean.

    Args:
        value: A primitive setting value.

    PUT /settings/{key}
    """
    return await client._request(
        _PUT_SETTING,
        path={"key": key},
        json=_build_body(body, {"value": value}),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


class SettingsAPI:
    """`client.settings`: the settings operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    put_setting = put_setting


class AsyncSettingsAPI:
    """`client.settings` of the async client: the settings operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    put_setting = put_setting_async


class RawSettingsAPI:
    """`client.with_raw_response.settings`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def put_setting(
        self,
        *,
        body: _m.SettingsKeyPutRequest | Mapping[str, Any] | None = None,
        value: _m.SettingValue | NotGiven = NOT_GIVEN,
        key: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.SettingValue]:
        """Set a setting value"""
        return self._client._request(
            _PUT_SETTING,
            path={"key": key},
            json=_build_body(body, {"value": value}),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawSettingsAPI:
    """`client.with_raw_response.settings` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def put_setting(
        self,
        *,
        body: _m.SettingsKeyPutRequest | Mapping[str, Any] | None = None,
        value: _m.SettingValue | NotGiven = NOT_GIVEN,
        key: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.SettingValue]:
        """Set a setting value"""
        return await self._client._request(
            _PUT_SETTING,
            path={"key": key},
            json=_build_body(body, {"value": value}),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingSettingsAPI:
    """`client.with_streaming_response.settings`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def put_setting(
        self,
        *,
        body: _m.SettingsKeyPutRequest | Mapping[str, Any] | None = None,
        value: _m.SettingValue | NotGiven = NOT_GIVEN,
        key: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.SettingValue]]:
        """Set a setting value"""

        def _send() -> Any:
            return self._client._request(
                _PUT_SETTING,
                path={"key": key},
                json=_build_body(body, {"value": value}),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingSettingsAPI:
    """`client.with_streaming_response.settings` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def put_setting(
        self,
        *,
        body: _m.SettingsKeyPutRequest | Mapping[str, Any] | None = None,
        value: _m.SettingValue | NotGiven = NOT_GIVEN,
        key: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.SettingValue]]:
        """Set a setting value"""

        def _send() -> Any:
            return self._client._request(
                _PUT_SETTING,
                path={"key": key},
                json=_build_body(body, {"value": value}),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
