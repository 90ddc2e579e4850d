"""Operations tagged events."""

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
    "list_events",
    "list_events_async",
    "get_event",
    "get_event_async",
    "EventsAPI",
    "AsyncEventsAPI",
    "RawEventsAPI",
    "AsyncRawEventsAPI",
    "StreamingEventsAPI",
    "AsyncStreamingEventsAPI",
]

_LIST_EVENTS = _Endpoint("GET", "/events", auth=False, json=lambda m: m.EventsGetResponse)

_GET_EVENT = _Endpoint("GET", "/events/{event_id}", auth=False, json=lambda m: m.Event)


def list_events(
    client: OpenRouter | EventsAPI,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.EventsGetResponse:
    """List events

    Returns a heterogeneous list of events; each item is a discriminated union.

    GET /events
    """
    return client._request(
        _LIST_EVENTS,
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def list_events_async(
    client: AsyncOpenRouter | AsyncEventsAPI,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.EventsGetResponse:
    """List events

    Returns a heterogeneous list of events; each item is a discriminated union.

    GET /events
    """
    return await client._request(
        _LIST_EVENTS,
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


def get_event(
    client: OpenRouter | EventsAPI,
    *,
    event_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Event:
    """Get an event

    Returns one event; the `type` field selects the concrete variant.

    GET /events/{event_id}
    """
    return client._request(
        _GET_EVENT,
        path={"event_id": event_id},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def get_event_async(
    client: AsyncOpenRouter | AsyncEventsAPI,
    *,
    event_id: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Event:
    """Get an event

    Returns one event; the `type` field selects the concrete variant.

    GET /events/{event_id}
    """
    return await client._request(
        _GET_EVENT,
        path={"event_id": event_id},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


class EventsAPI:
    """`client.events`: the events operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    list_events = list_events

    get_event = get_event


class AsyncEventsAPI:
    """`client.events` of the async client: the events operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    list_events = list_events_async

    get_event = get_event_async


class RawEventsAPI:
    """`client.with_raw_response.events`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def list_events(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.EventsGetResponse]:
        """List events"""
        return self._client._request(
            _LIST_EVENTS,
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def get_event(
        self,
        *,
        event_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Event]:
        """Get an event"""
        return self._client._request(
            _GET_EVENT,
            path={"event_id": event_id},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawEventsAPI:
    """`client.with_raw_response.events` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def list_events(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.EventsGetResponse]:
        """List events"""
        return await self._client._request(
            _LIST_EVENTS,
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def get_event(
        self,
        *,
        event_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Event]:
        """Get an event"""
        return await self._client._request(
            _GET_EVENT,
            path={"event_id": event_id},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingEventsAPI:
    """`client.with_streaming_response.events`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def list_events(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.EventsGetResponse]]:
        """List events"""

        def _send() -> Any:
            return self._client._request(
                _LIST_EVENTS,
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def get_event(
        self,
        *,
        event_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.Event]]:
        """Get an event"""

        def _send() -> Any:
            return self._client._request(
                _GET_EVENT,
                path={"event_id": event_id},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingEventsAPI:
    """`client.with_streaming_response.events` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def list_events(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.EventsGetResponse]]:
        """List events"""

        def _send() -> Any:
            return self._client._request(
                _LIST_EVENTS,
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def get_event(
        self,
        *,
        event_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.Event]]:
        """Get an event"""

        def _send() -> Any:
            return self._client._request(
                _GET_EVENT,
                path={"event_id": event_id},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
