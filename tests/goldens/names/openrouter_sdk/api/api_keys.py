"""Operations tagged API Keys."""

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
    "list_api_keys",
    "list_api_keys_async",
    "import_api_keys",
    "import_api_keys_async",
    "APIKeysAPI",
    "AsyncAPIKeysAPI",
    "RawAPIKeysAPI",
    "AsyncRawAPIKeysAPI",
    "StreamingAPIKeysAPI",
    "AsyncStreamingAPIKeysAPI",
]

_LIST_API_KEYS = _Endpoint("GET", "/keys", auth=False, json=lambda m: m.List)

_IMPORT_API_KEYS = _Endpoint("POST", "/keys/import", auth=False, json=lambda m: m.Model)


def list_api_keys(
    client: OpenRouter | APIKeysAPI,
    *,
    from_: str | None = None,
    type: _m.Type | str | None = None,
    class_: str | None = None,
    page_size: int | None = None,
    n_2fa: bool | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.List:
    """List API keys

    Lists API keys. Parameter names shadow Python keywords and builtins.

    Args:
        from_: Only keys created at or after this date.
        n_2fa: Only keys whose owner has two-factor auth enabled.

    GET /keys
    """
    return client._request(
        _LIST_API_KEYS,
        query={"from": from_, "type": type, "class": class_, "page-size": page_size, "2fa": n_2fa},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def list_api_keys_async(
    client: AsyncOpenRouter | AsyncAPIKeysAPI,
    *,
    from_: str | None = None,
    type: _m.Type | str | None = None,
    class_: str | None = None,
    page_size: int | None = None,
    n_2fa: bool | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.List:
    """List API keys

    Lists API keys. Parameter names shadow Python keywords and builtins.

    Args:
        from_: Only keys created at or after this date.
        n_2fa: Only keys whose owner has two-factor auth enabled.

    GET /keys
    """
    return await client._request(
        _LIST_API_KEYS,
        query={"from": from_, "type": type, "class": class_, "page-size": page_size, "2fa": n_2fa},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
def import_api_keys(
    client: OpenRouter | APIKeysAPI,
    *,
    id: str,
    id_1: str,
    from_: str | None | NotGiven = NOT_GIVEN,
    global_: bool | None | NotGiven = NOT_GIVEN,
    model_config_: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    model_dump_: str | None | NotGiven = NOT_GIVEN,
    foo_bar: str | None | NotGiven = NOT_GIVEN,
    foo_bar_1: int | None | NotGiven = NOT_GIVEN,
    type: _m.Type | str | None | NotGiven = NOT_GIVEN,
    body_: str | None = None,
    timeout_: int | None = None,
    extra_headers_: str | None = None,
    client_: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Model: ...


@overload
def import_api_keys(
    client: OpenRouter | APIKeysAPI,
    *,
    body: _m.Model | Mapping[str, Any],
    body_: str | None = None,
    timeout_: int | None = None,
    extra_headers_: str | None = None,
    client_: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Model: ...


def import_api_keys(
    client: OpenRouter | APIKeysAPI,
    *,
    body: _m.Model | Mapping[str, Any] | None = None,
    id: str | NotGiven = NOT_GIVEN,
    id_1: str | NotGiven = NOT_GIVEN,
    from_: str | None | NotGiven = NOT_GIVEN,
    global_: bool | None | NotGiven = NOT_GIVEN,
    model_config_: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    model_dump_: str | None | NotGiven = NOT_GIVEN,
    foo_bar: str | None | NotGiven = NOT_GIVEN,
    foo_bar_1: int | None | NotGiven = NOT_GIVEN,
    type: _m.Type | str | None | NotGiven = NOT_GIVEN,
    body_: str | None = None,
    timeout_: int | None = None,
    extra_headers_: str | None = None,
    client_: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Model:
    """Import API keys

    Imports keys. Query parameters named `body`, `timeout` and `extra_headers` must not clash with SDK options.

    Args:
        id: Lower-case id.
        id_1: Upper-case ID, distinct on the wire from `id`.

    POST /keys/import
    """
    return client._request(
        _IMPORT_API_KEYS,
        query={"body": body_, "timeout": timeout_, "extra_headers": extra_headers_},
        headers={
            "client": client_,
        },
        json=_build_body(
            body,
            {
                "id": id,
                "ID": id_1,
                "from": from_,
                "global": global_,
                "model_config": model_config_,
                "model_dump": model_dump_,
                "fooBar": foo_bar,
                "foo_bar": foo_bar_1,
                "type": type,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def import_api_keys_async(
    client: AsyncOpenRouter | AsyncAPIKeysAPI,
    *,
    id: str,
    id_1: str,
    from_: str | None | NotGiven = NOT_GIVEN,
    global_: bool | None | NotGiven = NOT_GIVEN,
    model_config_: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    model_dump_: str | None | NotGiven = NOT_GIVEN,
    foo_bar: str | None | NotGiven = NOT_GIVEN,
    foo_bar_1: int | None | NotGiven = NOT_GIVEN,
    type: _m.Type | str | None | NotGiven = NOT_GIVEN,
    body_: str | None = None,
    timeout_: int | None = None,
    extra_headers_: str | None = None,
    client_: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Model: ...


@overload
async def import_api_keys_async(
    client: AsyncOpenRouter | AsyncAPIKeysAPI,
    *,
    body: _m.Model | Mapping[str, Any],
    body_: str | None = None,
    timeout_: int | None = None,
    extra_headers_: str | None = None,
    client_: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Model: ...


async def import_api_keys_async(
    client: AsyncOpenRouter | AsyncAPIKeysAPI,
    *,
    body: _m.Model | Mapping[str, Any] | None = None,
    id: str | NotGiven = NOT_GIVEN,
    id_1: str | NotGiven = NOT_GIVEN,
    from_: str | None | NotGiven = NOT_GIVEN,
    global_: bool | None | NotGiven = NOT_GIVEN,
    model_config_: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
    model_dump_: str | None | NotGiven = NOT_GIVEN,
    foo_bar: str | None | NotGiven = NOT_GIVEN,
    foo_bar_1: int | None | NotGiven = NOT_GIVEN,
    type: _m.Type | str | None | NotGiven = NOT_GIVEN,
    body_: str | None = None,
    timeout_: int | None = None,
    extra_headers_: str | None = None,
    client_: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Model:
    """Import API keys

    Imports keys. Query parameters named `body`, `timeout` and `extra_headers` must not clash with SDK options.

    Args:
        id: Lower-case id.
        id_1: Upper-case ID, distinct on the wire from `id`.

    POST /keys/import
    """
    return await client._request(
        _IMPORT_API_KEYS,
        query={"body": body_, "timeout": timeout_, "extra_headers": extra_headers_},
        headers={
            "client": client_,
        },
        json=_build_body(
            body,
            {
                "id": id,
                "ID": id_1,
                "from": from_,
                "global": global_,
                "model_config": model_config_,
                "model_dump": model_dump_,
                "fooBar": foo_bar,
                "foo_bar": foo_bar_1,
                "type": type,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


class APIKeysAPI:
    """`client.api_keys`: the API Keys operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    list = list_api_keys

    import_ = import_api_keys


class AsyncAPIKeysAPI:
    """`client.api_keys` of the async client: the API Keys operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    list = list_api_keys_async

    import_ = import_api_keys_async


class RawAPIKeysAPI:
    """`client.with_raw_response.api_keys`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def list(
        self,
        *,
        from_: str | None = None,
        type: _m.Type | str | None = None,
        class_: str | None = None,
        page_size: int | None = None,
        n_2fa: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.List]:
        """List API keys"""
        return self._client._request(
            _LIST_API_KEYS,
            query={
                "from": from_,
                "type": type,
                "class": class_,
                "page-size": page_size,
                "2fa": n_2fa,
            },
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def import_(
        self,
        *,
        body: _m.Model | Mapping[str, Any] | None = None,
        id: str | NotGiven = NOT_GIVEN,
        id_1: str | NotGiven = NOT_GIVEN,
        from_: str | None | NotGiven = NOT_GIVEN,
        global_: bool | None | NotGiven = NOT_GIVEN,
        model_config_: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        model_dump_: str | None | NotGiven = NOT_GIVEN,
        foo_bar: str | None | NotGiven = NOT_GIVEN,
        foo_bar_1: int | None | NotGiven = NOT_GIVEN,
        type: _m.Type | str | None | NotGiven = NOT_GIVEN,
        body_: str | None = None,
        timeout_: int | None = None,
        extra_headers_: str | None = None,
        client_: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Model]:
        """Import API keys"""
        return self._client._request(
            _IMPORT_API_KEYS,
            query={"body": body_, "timeout": timeout_, "extra_headers": extra_headers_},
            headers={
                "client": client_,
            },
            json=_build_body(
                body,
                {
                    "id": id,
                    "ID": id_1,
                    "from": from_,
                    "global": global_,
                    "model_config": model_config_,
                    "model_dump": model_dump_,
                    "fooBar": foo_bar,
                    "foo_bar": foo_bar_1,
                    "type": type,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawAPIKeysAPI:
    """`client.with_raw_response.api_keys` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def list(
        self,
        *,
        from_: str | None = None,
        type: _m.Type | str | None = None,
        class_: str | None = None,
        page_size: int | None = None,
        n_2fa: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.List]:
        """List API keys"""
        return await self._client._request(
            _LIST_API_KEYS,
            query={
                "from": from_,
                "type": type,
                "class": class_,
                "page-size": page_size,
                "2fa": n_2fa,
            },
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def import_(
        self,
        *,
        body: _m.Model | Mapping[str, Any] | None = None,
        id: str | NotGiven = NOT_GIVEN,
        id_1: str | NotGiven = NOT_GIVEN,
        from_: str | None | NotGiven = NOT_GIVEN,
        global_: bool | None | NotGiven = NOT_GIVEN,
        model_config_: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        model_dump_: str | None | NotGiven = NOT_GIVEN,
        foo_bar: str | None | NotGiven = NOT_GIVEN,
        foo_bar_1: int | None | NotGiven = NOT_GIVEN,
        type: _m.Type | str | None | NotGiven = NOT_GIVEN,
        body_: str | None = None,
        timeout_: int | None = None,
        extra_headers_: str | None = None,
        client_: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Model]:
        """Import API keys"""
        return await self._client._request(
            _IMPORT_API_KEYS,
            query={"body": body_, "timeout": timeout_, "extra_headers": extra_headers_},
            headers={
                "client": client_,
            },
            json=_build_body(
                body,
                {
                    "id": id,
                    "ID": id_1,
                    "from": from_,
                    "global": global_,
                    "model_config": model_config_,
                    "model_dump": model_dump_,
                    "fooBar": foo_bar,
                    "foo_bar": foo_bar_1,
                    "type": type,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingAPIKeysAPI:
    """`client.with_streaming_response.api_keys`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def list(
        self,
        *,
        from_: str | None = None,
        type: _m.Type | str | None = None,
        class_: str | None = None,
        page_size: int | None = None,
        n_2fa: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.List]]:
        """List API keys"""

        def _send() -> Any:
            return self._client._request(
                _LIST_API_KEYS,
                query={
                    "from": from_,
                    "type": type,
                    "class": class_,
                    "page-size": page_size,
                    "2fa": n_2fa,
                },
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def import_(
        self,
        *,
        body: _m.Model | Mapping[str, Any] | None = None,
        id: str | NotGiven = NOT_GIVEN,
        id_1: str | NotGiven = NOT_GIVEN,
        from_: str | None | NotGiven = NOT_GIVEN,
        global_: bool | None | NotGiven = NOT_GIVEN,
        model_config_: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        model_dump_: str | None | NotGiven = NOT_GIVEN,
        foo_bar: str | None | NotGiven = NOT_GIVEN,
        foo_bar_1: int | None | NotGiven = NOT_GIVEN,
        type: _m.Type | str | None | NotGiven = NOT_GIVEN,
        body_: str | None = None,
        timeout_: int | None = None,
        extra_headers_: str | None = None,
        client_: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.Model]]:
        """Import API keys"""

        def _send() -> Any:
            return self._client._request(
                _IMPORT_API_KEYS,
                query={"body": body_, "timeout": timeout_, "extra_headers": extra_headers_},
                headers={
                    "client": client_,
                },
                json=_build_body(
                    body,
                    {
                        "id": id,
                        "ID": id_1,
                        "from": from_,
                        "global": global_,
                        "model_config": model_config_,
                        "model_dump": model_dump_,
                        "fooBar": foo_bar,
                        "foo_bar": foo_bar_1,
                        "type": type,
                    },
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingAPIKeysAPI:
    """`client.with_streaming_response.api_keys` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def list(
        self,
        *,
        from_: str | None = None,
        type: _m.Type | str | None = None,
        class_: str | None = None,
        page_size: int | None = None,
        n_2fa: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.List]]:
        """List API keys"""

        def _send() -> Any:
            return self._client._request(
                _LIST_API_KEYS,
                query={
                    "from": from_,
                    "type": type,
                    "class": class_,
                    "page-size": page_size,
                    "2fa": n_2fa,
                },
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def import_(
        self,
        *,
        body: _m.Model | Mapping[str, Any] | None = None,
        id: str | NotGiven = NOT_GIVEN,
        id_1: str | NotGiven = NOT_GIVEN,
        from_: str | None | NotGiven = NOT_GIVEN,
        global_: bool | None | NotGiven = NOT_GIVEN,
        model_config_: Mapping[str, Any] | None | NotGiven = NOT_GIVEN,
        model_dump_: str | None | NotGiven = NOT_GIVEN,
        foo_bar: str | None | NotGiven = NOT_GIVEN,
        foo_bar_1: int | None | NotGiven = NOT_GIVEN,
        type: _m.Type | str | None | NotGiven = NOT_GIVEN,
        body_: str | None = None,
        timeout_: int | None = None,
        extra_headers_: str | None = None,
        client_: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.Model]]:
        """Import API keys"""

        def _send() -> Any:
            return self._client._request(
                _IMPORT_API_KEYS,
                query={"body": body_, "timeout": timeout_, "extra_headers": extra_headers_},
                headers={
                    "client": client_,
                },
                json=_build_body(
                    body,
                    {
                        "id": id,
                        "ID": id_1,
                        "from": from_,
                        "global": global_,
                        "model_config": model_config_,
                        "model_dump": model_dump_,
                        "fooBar": foo_bar,
                        "foo_bar": foo_bar_1,
                        "type": type,
                    },
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
