"""`Namespace`: the base of the classes that group a tag's operations on a client
(`client.chat`, `client.with_raw_response.chat`, `client.with_streaming_response.chat`).

The generated classes only declare their methods; sending goes through here, so that
each method is one line of body."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._endpoint import Endpoint
from ._streamed import AsyncResponseContextManager, ResponseContextManager

__all__ = ["Namespace"]


class Namespace:
    """A tag's operations bound to one client (sync or async)."""

    def __init__(self, client: Any) -> None:
        self._client: Any = client

    def _request(self, endpoint: Endpoint, params: Mapping[str, Any], **flags: Any) -> Any:
        """The client's request loop (what the module functions call on a namespace)."""
        return self._client._request(endpoint, params, **flags)

    def _raw(self, endpoint: Endpoint, params: Mapping[str, Any]) -> Any:
        """The response wrapped in `APIResponse` (awaitable on an async client)."""
        return self._client._request(endpoint, params, raw=True)

    def _streamed(self, endpoint: Endpoint, params: Mapping[str, Any]) -> Any:
        """A context manager that sends the request when entered, its body unread."""
        return ResponseContextManager(
            lambda: self._client._request(endpoint, params, streamed=True)
        )

    def _streamed_async(self, endpoint: Endpoint, params: Mapping[str, Any]) -> Any:
        """The same for `async with`."""
        return AsyncResponseContextManager(
            lambda: self._client._request(endpoint, params, streamed=True)
        )
