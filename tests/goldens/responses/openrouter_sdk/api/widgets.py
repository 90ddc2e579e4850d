"""Operations tagged widgets."""

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
    "create_widget",
    "create_widget_async",
    "get_widget",
    "get_widget_async",
    "delete_widget",
    "delete_widget_async",
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
    "POST", "/widgets", json=lambda m: m.Widget, errors={"400": lambda m: m.Error}
)

_GET_WIDGET = _Endpoint(
    "GET",
    "/widgets/{widget_id}",
    json=lambda m: m.Widget,
    text=True,
    accept="application/json, text/plain",
)

_DELETE_WIDGET = _Endpoint("DELETE", "/widgets/{widget_id}", errors={"404": lambda m: m.Error})

_REFRESH_WIDGET = _Endpoint(
    "POST", "/widgets/{widget_id}/refresh", errors={"default": lambda m: m.Error}
)


@overload
def create_widget(
    client: OpenRouter | WidgetsAPI,
    *,
    name: str,
    color: str | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Widget: ...


@overload
def create_widget(
    client: OpenRouter | WidgetsAPI,
    *,
    body: _m.WidgetInput | Mapping[str, Any],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Widget: ...


def create_widget(
    client: OpenRouter | WidgetsAPI,
    *,
    body: _m.WidgetInput | Mapping[str, Any] | None = None,
    name: str | NotGiven = NOT_GIVEN,
    color: str | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Widget:
    """Create a widget

    Creates a widget and returns it with status 201 Created.

    POST /widgets
    """
    return client._request(
        _CREATE_WIDGET,
        json=_build_body(body, {"name": name, "color": color}),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def create_widget_async(
    client: AsyncOpenRouter | AsyncWidgetsAPI,
    *,
    name: str,
    color: str | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Widget: ...


@overload
async def create_widget_async(
    client: AsyncOpenRouter | AsyncWidgetsAPI,
    *,
    body: _m.WidgetInput | Mapping[str, Any],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Widget: ...


async def create_widget_async(
    client: AsyncOpenRouter | AsyncWidgetsAPI,
    *,
    body: _m.WidgetInput | Mapping[str, Any] | None = None,
    name: str | NotGiven = NOT_GIVEN,
    color: str | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Widget:
    """Create a widget

    Creates a widget and returns it with status 201 Created.

    POST /widgets
    """
    return await client._request(
        _CREATE_WIDGET,
        json=_build_body(body, {"name": name, "color": color}),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def get_widget(
    client: OpenRouter | WidgetsAPI,
    *,
    widget_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Widget | str:
    """Get a widget

    Returns the widget as JSON, or as a plain-text rendering if `Accept` is text/plain.

    GET /widgets/{widget_id}
    """
    return client._request(
        _GET_WIDGET,
        path={"widget_id": widget_id},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def get_widget_async(
    client: AsyncOpenRouter | AsyncWidgetsAPI,
    *,
    widget_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Widget | str:
    """Get a widget

    Returns the widget as JSON, or as a plain-text rendering if `Accept` is text/plain.

    GET /widgets/{widget_id}
    """
    return await client._request(
        _GET_WIDGET,
        path={"widget_id": widget_id},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def delete_widget(
    client: OpenRouter | WidgetsAPI,
    *,
    widget_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> None:
    """Delete a widget

    Deletes the widget. The response has no body.

    DELETE /widgets/{widget_id}
    """
    return client._request(
        _DELETE_WIDGET,
        path={"widget_id": widget_id},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def delete_widget_async(
    client: AsyncOpenRouter | AsyncWidgetsAPI,
    *,
    widget_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> None:
    """Delete a widget

    Deletes the widget. The response has no body.

    DELETE /widgets/{widget_id}
    """
    return await client._request(
        _DELETE_WIDGET,
        path={"widget_id": widget_id},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def refresh_widget(
    client: OpenRouter | WidgetsAPI,
    *,
    widget_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> None:
    """Refresh a widget

    Triggers a refresh. Only an error response is documented.

    POST /widgets/{widget_id}/refresh
    """
    return client._request(
        _REFRESH_WIDGET,
        path={"widget_id": widget_id},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def refresh_widget_async(
    client: AsyncOpenRouter | AsyncWidgetsAPI,
    *,
    widget_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> None:
    """Refresh a widget

    Triggers a refresh. Only an error response is documented.

    POST /widgets/{widget_id}/refresh
    """
    return await client._request(
        _REFRESH_WIDGET,
        path={"widget_id": widget_id},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


class WidgetsAPI:
    """`client.widgets`: the widgets operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    create_widget = create_widget

    get_widget = get_widget

    delete_widget = delete_widget

    refresh_widget = refresh_widget


class AsyncWidgetsAPI:
    """`client.widgets` of the async client: the widgets operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    create_widget = create_widget_async

    get_widget = get_widget_async

    delete_widget = delete_widget_async

    refresh_widget = refresh_widget_async


class RawWidgetsAPI:
    """`client.with_raw_response.widgets`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def create_widget(
        self,
        *,
        body: _m.WidgetInput | Mapping[str, Any] | None = None,
        name: str | NotGiven = NOT_GIVEN,
        color: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Widget]:
        """Create a widget"""
        return self._client._request(
            _CREATE_WIDGET,
            json=_build_body(body, {"name": name, "color": color}),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def get_widget(
        self,
        *,
        widget_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Widget | str]:
        """Get a widget"""
        return self._client._request(
            _GET_WIDGET,
            path={"widget_id": widget_id},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def delete_widget(
        self,
        *,
        widget_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[None]:
        """Delete a widget"""
        return self._client._request(
            _DELETE_WIDGET,
            path={"widget_id": widget_id},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def refresh_widget(
        self,
        *,
        widget_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[None]:
        """Refresh a widget"""
        return self._client._request(
            _REFRESH_WIDGET,
            path={"widget_id": widget_id},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawWidgetsAPI:
    """`client.with_raw_response.widgets` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def create_widget(
        self,
        *,
        body: _m.WidgetInput | Mapping[str, Any] | None = None,
        name: str | NotGiven = NOT_GIVEN,
        color: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Widget]:
        """Create a widget"""
        return await self._client._request(
            _CREATE_WIDGET,
            json=_build_body(body, {"name": name, "color": color}),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def get_widget(
        self,
        *,
        widget_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Widget | str]:
        """Get a widget"""
        return await self._client._request(
            _GET_WIDGET,
            path={"widget_id": widget_id},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def delete_widget(
        self,
        *,
        widget_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[None]:
        """Delete a widget"""
        return await self._client._request(
            _DELETE_WIDGET,
            path={"widget_id": widget_id},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def refresh_widget(
        self,
        *,
        widget_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[None]:
        """Refresh a widget"""
        return await self._client._request(
            _REFRESH_WIDGET,
            path={"widget_id": widget_id},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingWidgetsAPI:
    """`client.with_streaming_response.widgets`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def create_widget(
        self,
        *,
        body: _m.WidgetInput | Mapping[str, Any] | None = None,
        name: str | NotGiven = NOT_GIVEN,
        color: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.Widget]]:
        """Create a widget"""

        def _send() -> Any:
            return self._client._request(
                _CREATE_WIDGET,
                json=_build_body(body, {"name": name, "color": color}),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def get_widget(
        self,
        *,
        widget_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.Widget | str]]:
        """Get a widget"""

        def _send() -> Any:
            return self._client._request(
                _GET_WIDGET,
                path={"widget_id": widget_id},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def delete_widget(
        self,
        *,
        widget_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[None]]:
        """Delete a widget"""

        def _send() -> Any:
            return self._client._request(
                _DELETE_WIDGET,
                path={"widget_id": widget_id},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def refresh_widget(
        self,
        *,
        widget_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[None]]:
        """Refresh a widget"""

        def _send() -> Any:
            return self._client._request(
                _REFRESH_WIDGET,
                path={"widget_id": widget_id},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingWidgetsAPI:
    """`client.with_streaming_response.widgets` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def create_widget(
        self,
        *,
        body: _m.WidgetInput | Mapping[str, Any] | None = None,
        name: str | NotGiven = NOT_GIVEN,
        color: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.Widget]]:
        """Create a widget"""

        def _send() -> Any:
            return self._client._request(
                _CREATE_WIDGET,
                json=_build_body(body, {"name": name, "color": color}),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def get_widget(
        self,
        *,
        widget_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.Widget | str]]:
        """Get a widget"""

        def _send() -> Any:
            return self._client._request(
                _GET_WIDGET,
                path={"widget_id": widget_id},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def delete_widget(
        self,
        *,
        widget_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[None]]:
        """Delete a widget"""

        def _send() -> Any:
            return self._client._request(
                _DELETE_WIDGET,
                path={"widget_id": widget_id},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def refresh_widget(
        self,
        *,
        widget_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[None]]:
        """Refresh a widget"""

        def _send() -> Any:
            return self._client._request(
                _REFRESH_WIDGET,
                path={"widget_id": widget_id},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
