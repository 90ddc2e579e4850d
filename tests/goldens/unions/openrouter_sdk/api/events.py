"""Operations tagged events."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
    "list_events",
    "list_events_async",
    "GetEventParams",
    "get_event",
    "get_event_async",
    "EventsAPI",
    "AsyncEventsAPI",
    "RawEventsAPI",
    "AsyncRawEventsAPI",
    "StreamingEventsAPI",
    "AsyncStreamingEventsAPI",
]

_LIST_EVENTS = _Endpoint(
    "GET", "/events", auth=False, json=lambda m: m.EventsGetResponse, args=_Arguments("list_events")
)

_GET_EVENT = _Endpoint(
    "GET",
    "/events/{event_id}",
    auth=False,
    json=lambda m: m.Event,
    args=_Arguments("get_event", path="event_id", required="event_id"),
)


def list_events(
    client: OpenRouter | EventsAPI, **params: Unpack[_CallOptions]
) -> _m.EventsGetResponse:
    """List events

    Returns a heterogeneous list of events; each item is a discriminated union.

    GET /events
    """
    return client._request(_LIST_EVENTS, params)


async def list_events_async(
    client: AsyncOpenRouter | AsyncEventsAPI, **params: Unpack[_CallOptions]
) -> _m.EventsGetResponse:
    """List events

    Returns a heterogeneous list of events; each item is a discriminated union.

    GET /events
    """
    return await client._request(_LIST_EVENTS, params)


class GetEventParams(_CallOptions, total=False):
    """The keyword arguments of `get_event`."""

    event_id: Required[str]


def get_event(client: OpenRouter | EventsAPI, **params: Unpack[GetEventParams]) -> _m.Event:
    """Get an event

    Returns one event; the `type` field selects the concrete variant.

    GET /events/{event_id}
    """
    return client._request(_GET_EVENT, params)


async def get_event_async(
    client: AsyncOpenRouter | AsyncEventsAPI, **params: Unpack[GetEventParams]
) -> _m.Event:
    """Get an event

    Returns one event; the `type` field selects the concrete variant.

    GET /events/{event_id}
    """
    return await client._request(_GET_EVENT, params)


class EventsAPI(_Namespace):
    """`client.events`: the events operations as methods."""

    list_events = list_events

    get_event = get_event


class AsyncEventsAPI(_Namespace):
    """`client.events` of the async client: the events operations as methods."""

    list_events = list_events_async

    get_event = get_event_async


class RawEventsAPI(_Namespace):
    """`client.with_raw_response.events`: each operation's `APIResponse`."""

    def list_events(self, **params: Unpack[_CallOptions]) -> APIResponse[_m.EventsGetResponse]:
        """List events"""
        return self._raw(_LIST_EVENTS, params)

    def get_event(self, **params: Unpack[GetEventParams]) -> APIResponse[_m.Event]:
        """Get an event"""
        return self._raw(_GET_EVENT, params)


class AsyncRawEventsAPI(_Namespace):
    """`client.with_raw_response.events` of the async client."""

    async def list_events(
        self, **params: Unpack[_CallOptions]
    ) -> APIResponse[_m.EventsGetResponse]:
        """List events"""
        return await self._raw(_LIST_EVENTS, params)

    async def get_event(self, **params: Unpack[GetEventParams]) -> APIResponse[_m.Event]:
        """Get an event"""
        return await self._raw(_GET_EVENT, params)


class StreamingEventsAPI(_Namespace):
    """`client.with_streaming_response.events`: each operation's response, its body unread, in a `with` block."""

    def list_events(
        self, **params: Unpack[_CallOptions]
    ) -> ResponseContextManager[StreamedResponse[_m.EventsGetResponse]]:
        """List events"""
        return self._streamed(_LIST_EVENTS, params)

    def get_event(
        self, **params: Unpack[GetEventParams]
    ) -> ResponseContextManager[StreamedResponse[_m.Event]]:
        """Get an event"""
        return self._streamed(_GET_EVENT, params)


class AsyncStreamingEventsAPI(_Namespace):
    """`client.with_streaming_response.events` of the async client (`async with`)."""

    def list_events(
        self, **params: Unpack[_CallOptions]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.EventsGetResponse]]:
        """List events"""
        return self._streamed_async(_LIST_EVENTS, params)

    def get_event(
        self, **params: Unpack[GetEventParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.Event]]:
        """Get an event"""
        return self._streamed_async(_GET_EVENT, params)
