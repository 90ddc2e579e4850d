"""Operations tagged settings."""

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
    "PutSettingParams",
    "put_setting",
    "put_setting_async",
    "SettingsAPI",
    "AsyncSettingsAPI",
    "RawSettingsAPI",
    "AsyncRawSettingsAPI",
    "StreamingSettingsAPI",
    "AsyncStreamingSettingsAPI",
]

_PUT_SETTING = _Endpoint(
    "PUT",
    "/settings/{key}",
    auth=False,
    json=lambda m: m.SettingValue,
    args=_Arguments("put_setting", path="key", body="value", required="key value", kind="object"),
)


class _PutSettingArgs(_CallOptions, total=False):
    """The parameters of `put_setting` that go with `body=` too."""

    key: Required[str]


class PutSettingParams(_PutSettingArgs, total=False):
    """The keyword arguments of `put_setting`."""

    value: Required[_m.SettingValue]
    """A primitive setting value."""


@overload
def put_setting(
    client: OpenRouter | SettingsAPI, **params: Unpack[PutSettingParams]
) -> _m.SettingValue: ...


@overload
def put_setting(
    client: OpenRouter | SettingsAPI,
    *,
    body: _m.SettingsKeyPutRequest | Mapping[str, Any],
    **params: Unpack[_PutSettingArgs],
) -> _m.SettingValue: ...


def put_setting(client: OpenRouter | SettingsAPI, **params: Any) -> _m.SettingValue:
    """Set a setting value

    A setting value may be a string, a number or a boolean.

    PUT /settings/{key}
    """
    return client._request(_PUT_SETTING, params)


@overload
async def put_setting_async(
    client: AsyncOpenRouter | AsyncSettingsAPI, **params: Unpack[PutSettingParams]
) -> _m.SettingValue: ...


@overload
async def put_setting_async(
    client: AsyncOpenRouter | AsyncSettingsAPI,
    *,
    body: _m.SettingsKeyPutRequest | Mapping[str, Any],
    **params: Unpack[_PutSettingArgs],
) -> _m.SettingValue: ...


async def put_setting_async(
    client: AsyncOpenRouter | AsyncSettingsAPI, **params: Any
) -> _m.SettingValue:
    """Set a setting value

    A setting value may be a string, a number or a boolean.

    PUT /settings/{key}
    """
    return await client._request(_PUT_SETTING, params)


class SettingsAPI(_Namespace):
    """`client.settings`: the settings operations as methods."""

    put_setting = put_setting


class AsyncSettingsAPI(_Namespace):
    """`client.settings` of the async client: the settings operations as methods."""

    put_setting = put_setting_async


class RawSettingsAPI(_Namespace):
    """`client.with_raw_response.settings`: each operation's `APIResponse`."""

    def put_setting(self, **params: Unpack[PutSettingParams]) -> APIResponse[_m.SettingValue]:
        """Set a setting value"""
        return self._raw(_PUT_SETTING, params)


class AsyncRawSettingsAPI(_Namespace):
    """`client.with_raw_response.settings` of the async client."""

    async def put_setting(self, **params: Unpack[PutSettingParams]) -> APIResponse[_m.SettingValue]:
        """Set a setting value"""
        return await self._raw(_PUT_SETTING, params)


class StreamingSettingsAPI(_Namespace):
    """`client.with_streaming_response.settings`: each operation's response, its body unread, in a `with` block."""

    def put_setting(
        self, **params: Unpack[PutSettingParams]
    ) -> ResponseContextManager[StreamedResponse[_m.SettingValue]]:
        """Set a setting value"""
        return self._streamed(_PUT_SETTING, params)


class AsyncStreamingSettingsAPI(_Namespace):
    """`client.with_streaming_response.settings` of the async client (`async with`)."""

    def put_setting(
        self, **params: Unpack[PutSettingParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.SettingValue]]:
        """Set a setting value"""
        return self._streamed_async(_PUT_SETTING, params)
