"""Operations tagged widgets."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, overload

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
    "CreateWidgetParams",
    "create_widget",
    "create_widget_async",
    "GetWidgetParams",
    "get_widget",
    "get_widget_async",
    "DeleteWidgetParams",
    "delete_widget",
    "delete_widget_async",
    "RefreshWidgetParams",
    "refresh_widget",
    "refresh_widget_async",
    "WidgetsAPI",
    "AsyncWidgetsAPI",
    "RawWidgetsAPI",
    "AsyncRawWidgetsAPI",
    "StreamingWidgetsAPI",
    "AsyncStreamingWidgetsAPI",
]

_CREATE_WIDGET = _Endpoint(
    "POST",
    "/widgets",
    json=lambda m: m.Widget,
    errors="400=Error",
    args=_Arguments("create_widget", body="name color", required="name", kind="object"),
)

_GET_WIDGET = _Endpoint(
    "GET",
    "/widgets/{widget_id}",
    json=lambda m: m.Widget,
    text=True,
    args=_Arguments("get_widget", path="widget_id", required="widget_id", accepts="text/plain"),
)

_DELETE_WIDGET = _Endpoint(
    "DELETE",
    "/widgets/{widget_id}",
    errors="404=Error",
    args=_Arguments("delete_widget", path="widget_id", required="widget_id"),
)

_REFRESH_WIDGET = _Endpoint(
    "POST",
    "/widgets/{widget_id}/refresh",
    errors="default=Error",
    args=_Arguments("refresh_widget", path="widget_id", required="widget_id"),
)


class CreateWidgetParams(_CallOptions, total=False):
    """The keyword arguments of `create_widget`."""

    name: Required[str]
    color: str | None


@overload
def create_widget(
    client: OpenRouter | WidgetsAPI, **params: Unpack[CreateWidgetParams]
) -> _m.Widget: ...


@overload
def create_widget(
    client: OpenRouter | WidgetsAPI,
    *,
    body: _m.WidgetInput | Mapping[str, Any],
    **params: Unpack[_CallOptions],
) -> _m.Widget: ...


def create_widget(client: OpenRouter | WidgetsAPI, **params: Any) -> _m.Widget:
    """Create a widget

    Creates a widget and returns it with status 201 Created.

    POST /widgets
    """
    return client._request(_CREATE_WIDGET, params)


@overload
async def create_widget_async(
    client: AsyncOpenRouter | AsyncWidgetsAPI, **params: Unpack[CreateWidgetParams]
) -> _m.Widget: ...


@overload
async def create_widget_async(
    client: AsyncOpenRouter | AsyncWidgetsAPI,
    *,
    body: _m.WidgetInput | Mapping[str, Any],
    **params: Unpack[_CallOptions],
) -> _m.Widget: ...


async def create_widget_async(
    client: AsyncOpenRouter | AsyncWidgetsAPI, **params: Any
) -> _m.Widget:
    """Create a widget

    Creates a widget and returns it with status 201 Created.

    POST /widgets
    """
    return await client._request(_CREATE_WIDGET, params)


class GetWidgetParams(_CallOptions, total=False):
    """The keyword arguments of `get_widget`."""

    widget_id: Required[str]


@overload
def get_widget(client: OpenRouter | WidgetsAPI, **params: Unpack[GetWidgetParams]) -> _m.Widget: ...


@overload
def get_widget(
    client: OpenRouter | WidgetsAPI,
    *,
    accept: Literal["text/plain"],
    **params: Unpack[GetWidgetParams],
) -> str: ...


def get_widget(client: OpenRouter | WidgetsAPI, **params: Any) -> _m.Widget | str:
    """Get a widget

    Returns the widget as JSON, or as a plain-text rendering if `Accept` is text/plain.

    GET /widgets/{widget_id}

    Answers JSON unless the call asks for `accept="text/plain"` (`str`).
    """
    return client._request(_GET_WIDGET, params)


@overload
async def get_widget_async(
    client: AsyncOpenRouter | AsyncWidgetsAPI, **params: Unpack[GetWidgetParams]
) -> _m.Widget: ...


@overload
async def get_widget_async(
    client: AsyncOpenRouter | AsyncWidgetsAPI,
    *,
    accept: Literal["text/plain"],
    **params: Unpack[GetWidgetParams],
) -> str: ...


async def get_widget_async(
    client: AsyncOpenRouter | AsyncWidgetsAPI, **params: Any
) -> _m.Widget | str:
    """Get a widget

    Returns the widget as JSON, or as a plain-text rendering if `Accept` is text/plain.

    GET /widgets/{widget_id}

    Answers JSON unless the call asks for `accept="text/plain"` (`str`).
    """
    return await client._request(_GET_WIDGET, params)


class DeleteWidgetParams(_CallOptions, total=False):
    """The keyword arguments of `delete_widget`."""

    widget_id: Required[str]


def delete_widget(client: OpenRouter | WidgetsAPI, **params: Unpack[DeleteWidgetParams]) -> None:
    """Delete a widget

    Deletes the widget. The response has no body.

    DELETE /widgets/{widget_id}
    """
    return client._request(_DELETE_WIDGET, params)


async def delete_widget_async(
    client: AsyncOpenRouter | AsyncWidgetsAPI, **params: Unpack[DeleteWidgetParams]
) -> None:
    """Delete a widget

    Deletes the widget. The response has no body.

    DELETE /widgets/{widget_id}
    """
    return await client._request(_DELETE_WIDGET, params)


class RefreshWidgetParams(_CallOptions, total=False):
    """The keyword arguments of `refresh_widget`."""

    widget_id: Required[str]


def refresh_widget(client: OpenRouter | WidgetsAPI, **params: Unpack[RefreshWidgetParams]) -> None:
    """Refresh a widget

    Triggers a refresh. Only an error response is documented.

    POST /widgets/{widget_id}/refresh
    """
    return client._request(_REFRESH_WIDGET, params)


async def refresh_widget_async(
    client: AsyncOpenRouter | AsyncWidgetsAPI, **params: Unpack[RefreshWidgetParams]
) -> None:
    """Refresh a widget

    Triggers a refresh. Only an error response is documented.

    POST /widgets/{widget_id}/refresh
    """
    return await client._request(_REFRESH_WIDGET, params)


class WidgetsAPI(_Namespace):
    """`client.widgets`: the widgets operations as methods."""

    create_widget = create_widget

    get_widget = get_widget

    delete_widget = delete_widget

    refresh_widget = refresh_widget


class AsyncWidgetsAPI(_Namespace):
    """`client.widgets` of the async client: the widgets operations as methods."""

    create_widget = create_widget_async

    get_widget = get_widget_async

    delete_widget = delete_widget_async

    refresh_widget = refresh_widget_async


class RawWidgetsAPI(_Namespace):
    """`client.with_raw_response.widgets`: each operation's `APIResponse`."""

    def create_widget(self, **params: Unpack[CreateWidgetParams]) -> APIResponse[_m.Widget]:
        """Create a widget"""
        return self._raw(_CREATE_WIDGET, params)

    @overload
    def get_widget(self, **params: Unpack[GetWidgetParams]) -> APIResponse[_m.Widget]: ...
    @overload
    def get_widget(
        self, *, accept: Literal["text/plain"], **params: Unpack[GetWidgetParams]
    ) -> APIResponse[str]: ...
    def get_widget(self, **params: Any) -> APIResponse[Any]:
        """Get a widget"""
        return self._raw(_GET_WIDGET, params)

    def delete_widget(self, **params: Unpack[DeleteWidgetParams]) -> APIResponse[None]:
        """Delete a widget"""
        return self._raw(_DELETE_WIDGET, params)

    def refresh_widget(self, **params: Unpack[RefreshWidgetParams]) -> APIResponse[None]:
        """Refresh a widget"""
        return self._raw(_REFRESH_WIDGET, params)


class AsyncRawWidgetsAPI(_Namespace):
    """`client.with_raw_response.widgets` of the async client."""

    async def create_widget(self, **params: Unpack[CreateWidgetParams]) -> APIResponse[_m.Widget]:
        """Create a widget"""
        return await self._raw(_CREATE_WIDGET, params)

    @overload
    async def get_widget(self, **params: Unpack[GetWidgetParams]) -> APIResponse[_m.Widget]: ...
    @overload
    async def get_widget(
        self, *, accept: Literal["text/plain"], **params: Unpack[GetWidgetParams]
    ) -> APIResponse[str]: ...
    async def get_widget(self, **params: Any) -> APIResponse[Any]:
        """Get a widget"""
        return await self._raw(_GET_WIDGET, params)

    async def delete_widget(self, **params: Unpack[DeleteWidgetParams]) -> APIResponse[None]:
        """Delete a widget"""
        return await self._raw(_DELETE_WIDGET, params)

    async def refresh_widget(self, **params: Unpack[RefreshWidgetParams]) -> APIResponse[None]:
        """Refresh a widget"""
        return await self._raw(_REFRESH_WIDGET, params)


class StreamingWidgetsAPI(_Namespace):
    """`client.with_streaming_response.widgets`: each operation's response, its body unread, in a `with` block."""

    def create_widget(
        self, **params: Unpack[CreateWidgetParams]
    ) -> ResponseContextManager[StreamedResponse[_m.Widget]]:
        """Create a widget"""
        return self._streamed(_CREATE_WIDGET, params)

    @overload
    def get_widget(
        self, **params: Unpack[GetWidgetParams]
    ) -> ResponseContextManager[StreamedResponse[_m.Widget]]: ...
    @overload
    def get_widget(
        self, *, accept: Literal["text/plain"], **params: Unpack[GetWidgetParams]
    ) -> ResponseContextManager[StreamedResponse[str]]: ...
    def get_widget(self, **params: Any) -> ResponseContextManager[StreamedResponse[Any]]:
        """Get a widget"""
        return self._streamed(_GET_WIDGET, params)

    def delete_widget(
        self, **params: Unpack[DeleteWidgetParams]
    ) -> ResponseContextManager[StreamedResponse[None]]:
        """Delete a widget"""
        return self._streamed(_DELETE_WIDGET, params)

    def refresh_widget(
        self, **params: Unpack[RefreshWidgetParams]
    ) -> ResponseContextManager[StreamedResponse[None]]:
        """Refresh a widget"""
        return self._streamed(_REFRESH_WIDGET, params)


class AsyncStreamingWidgetsAPI(_Namespace):
    """`client.with_streaming_response.widgets` of the async client (`async with`)."""

    def create_widget(
        self, **params: Unpack[CreateWidgetParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.Widget]]:
        """Create a widget"""
        return self._streamed_async(_CREATE_WIDGET, params)

    @overload
    def get_widget(
        self, **params: Unpack[GetWidgetParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.Widget]]: ...
    @overload
    def get_widget(
        self, *, accept: Literal["text/plain"], **params: Unpack[GetWidgetParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[str]]: ...
    def get_widget(self, **params: Any) -> AsyncResponseContextManager[AsyncStreamedResponse[Any]]:
        """Get a widget"""
        return self._streamed_async(_GET_WIDGET, params)

    def delete_widget(
        self, **params: Unpack[DeleteWidgetParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[None]]:
        """Delete a widget"""
        return self._streamed_async(_DELETE_WIDGET, params)

    def refresh_widget(
        self, **params: Unpack[RefreshWidgetParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[None]]:
        """Refresh a widget"""
        return self._streamed_async(_REFRESH_WIDGET, params)
