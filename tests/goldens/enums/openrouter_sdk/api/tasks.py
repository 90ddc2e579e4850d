"""Operations tagged tasks."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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
    "list_tasks",
    "list_tasks_async",
    "create_task",
    "create_task_async",
    "TasksAPI",
    "AsyncTasksAPI",
    "RawTasksAPI",
    "AsyncRawTasksAPI",
    "StreamingTasksAPI",
    "AsyncStreamingTasksAPI",
]

_LIST_TASKS = _Endpoint("GET", "/tasks", auth=False, json=lambda m: m.TasksGetResponse)

_CREATE_TASK = _Endpoint("POST", "/tasks", auth=False, json=lambda m: m.Task)


def list_tasks(
    client: OpenRouter | TasksAPI,
    *,
    status: _m.TaskStatus | str | None = None,
    priority: _m.Priority | int | None = None,
    order: _m.TasksGetParametersQueryOrder | str | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.TasksGetResponse:
    """List tasks

    Lists tasks, optionally filtered by status and priority.

    Args:
        order: Sort direction. (server default: 'desc')

    GET /tasks
    """
    return client._request(
        _LIST_TASKS,
        query={"status": status, "priority": priority, "order": order},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


async def list_tasks_async(
    client: AsyncOpenRouter | AsyncTasksAPI,
    *,
    status: _m.TaskStatus | str | None = None,
    priority: _m.Priority | int | None = None,
    order: _m.TasksGetParametersQueryOrder | str | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.TasksGetResponse:
    """List tasks

    Lists tasks, optionally filtered by status and priority.

    Args:
        order: Sort direction. (server default: 'desc')

    GET /tasks
    """
    return await client._request(
        _LIST_TASKS,
        query={"status": status, "priority": priority, "order": order},
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
def create_task(
    client: OpenRouter | TasksAPI,
    *,
    id: str,
    kind: _m.TaskKind,
    title: str,
    status: _m.TaskStatus | str,
    priority: _m.Priority | int | None | NotGiven = NOT_GIVEN,
    severity: _m.Severity | str | None | NotGiven = NOT_GIVEN,
    hint: _m.HttpStatusHint | int | None | NotGiven = NOT_GIVEN,
    visibility: _m.TaskVisibility | str | None | NotGiven = NOT_GIVEN,
    mode: _m.TaskMode | str | None | NotGiven = NOT_GIVEN,
    flags: Sequence[_m.TaskFlag | str] | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Task: ...


@overload
def create_task(
    client: OpenRouter | TasksAPI,
    *,
    body: _m.Task | Mapping[str, Any],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Task: ...


def create_task(
    client: OpenRouter | TasksAPI,
    *,
    body: _m.Task | Mapping[str, Any] | None = None,
    id: str | NotGiven = NOT_GIVEN,
    kind: _m.TaskKind | NotGiven = NOT_GIVEN,
    title: str | NotGiven = NOT_GIVEN,
    status: _m.TaskStatus | str | NotGiven = NOT_GIVEN,
    priority: _m.Priority | int | None | NotGiven = NOT_GIVEN,
    severity: _m.Severity | str | None | NotGiven = NOT_GIVEN,
    hint: _m.HttpStatusHint | int | None | NotGiven = NOT_GIVEN,
    visibility: _m.TaskVisibility | str | None | NotGiven = NOT_GIVEN,
    mode: _m.TaskMode | str | None | NotGiven = NOT_GIVEN,
    flags: Sequence[_m.TaskFlag | str] | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Task:
    """Create a task

    Creates a new task. `kind` must always be "task".

    Args:
        kind: Single-value enum used as a type tag.
        status: Lifecycle status; values contain dashes, spaces and Python keywords.
        priority: Priority from 1 (lowest) to 5 (highest).
        severity: Nullable enum; null is one of the allowed values.
        hint: Integer enum that includes zero and negative values.
        visibility: Inline string enum.
        mode: Inline enum whose values collide after case-folding.
        flags: Array of inline enum values.

    POST /tasks
    """
    return client._request(
        _CREATE_TASK,
        json=_build_body(
            body,
            {
                "id": id,
                "kind": kind,
                "title": title,
                "status": status,
                "priority": priority,
                "severity": severity,
                "hint": hint,
                "visibility": visibility,
                "mode": mode,
                "flags": flags,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


@overload
async def create_task_async(
    client: AsyncOpenRouter | AsyncTasksAPI,
    *,
    id: str,
    kind: _m.TaskKind,
    title: str,
    status: _m.TaskStatus | str,
    priority: _m.Priority | int | None | NotGiven = NOT_GIVEN,
    severity: _m.Severity | str | None | NotGiven = NOT_GIVEN,
    hint: _m.HttpStatusHint | int | None | NotGiven = NOT_GIVEN,
    visibility: _m.TaskVisibility | str | None | NotGiven = NOT_GIVEN,
    mode: _m.TaskMode | str | None | NotGiven = NOT_GIVEN,
    flags: Sequence[_m.TaskFlag | str] | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Task: ...


@overload
async def create_task_async(
    client: AsyncOpenRouter | AsyncTasksAPI,
    *,
    body: _m.Task | Mapping[str, Any],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Task: ...


async def create_task_async(
    client: AsyncOpenRouter | AsyncTasksAPI,
    *,
    body: _m.Task | Mapping[str, Any] | None = None,
    id: str | NotGiven = NOT_GIVEN,
    kind: _m.TaskKind | NotGiven = NOT_GIVEN,
    title: str | NotGiven = NOT_GIVEN,
    status: _m.TaskStatus | str | NotGiven = NOT_GIVEN,
    priority: _m.Priority | int | None | NotGiven = NOT_GIVEN,
    severity: _m.Severity | str | None | NotGiven = NOT_GIVEN,
    hint: _m.HttpStatusHint | int | None | NotGiven = NOT_GIVEN,
    visibility: _m.TaskVisibility | str | None | NotGiven = NOT_GIVEN,
    mode: _m.TaskMode | str | None | NotGiven = NOT_GIVEN,
    flags: Sequence[_m.TaskFlag | str] | None | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> _m.Task:
    """Create a task

    Creates a new task. `kind` must always be "task".

    Args:
        kind: Single-value enum used as a type tag.
        status: Lifecycle status; values contain dashes, spaces and Python keywords.
        priority: Priority from 1 (lowest) to 5 (highest).
        severity: Nullable enum; null is one of the allowed values.
        hint: Integer enum that includes zero and negative values.
        visibility: Inline string enum.
        mode: Inline enum whose values collide after case-folding.
        flags: Array of inline enum values.

    POST /tasks
    """
    return await client._request(
        _CREATE_TASK,
        json=_build_body(
            body,
            {
                "id": id,
                "kind": kind,
                "title": title,
                "status": status,
                "priority": priority,
                "severity": severity,
                "hint": hint,
                "visibility": visibility,
                "mode": mode,
                "flags": flags,
            },
        ),
        options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
    )


class TasksAPI:
    """`client.tasks`: the tasks operations as methods."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    list_tasks = list_tasks

    create_task = create_task


class AsyncTasksAPI:
    """`client.tasks` of the async client: the tasks operations as methods."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        return self._client._request(*args, **kwargs)  # pyright: ignore[reportPrivateUsage]

    list_tasks = list_tasks_async

    create_task = create_task_async


class RawTasksAPI:
    """`client.with_raw_response.tasks`: each operation's `APIResponse`."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def list_tasks(
        self,
        *,
        status: _m.TaskStatus | str | None = None,
        priority: _m.Priority | int | None = None,
        order: _m.TasksGetParametersQueryOrder | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.TasksGetResponse]:
        """List tasks"""
        return self._client._request(
            _LIST_TASKS,
            query={"status": status, "priority": priority, "order": order},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    def create_task(
        self,
        *,
        body: _m.Task | Mapping[str, Any] | None = None,
        id: str | NotGiven = NOT_GIVEN,
        kind: _m.TaskKind | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        status: _m.TaskStatus | str | NotGiven = NOT_GIVEN,
        priority: _m.Priority | int | None | NotGiven = NOT_GIVEN,
        severity: _m.Severity | str | None | NotGiven = NOT_GIVEN,
        hint: _m.HttpStatusHint | int | None | NotGiven = NOT_GIVEN,
        visibility: _m.TaskVisibility | str | None | NotGiven = NOT_GIVEN,
        mode: _m.TaskMode | str | None | NotGiven = NOT_GIVEN,
        flags: Sequence[_m.TaskFlag | str] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Task]:
        """Create a task"""
        return self._client._request(
            _CREATE_TASK,
            json=_build_body(
                body,
                {
                    "id": id,
                    "kind": kind,
                    "title": title,
                    "status": status,
                    "priority": priority,
                    "severity": severity,
                    "hint": hint,
                    "visibility": visibility,
                    "mode": mode,
                    "flags": flags,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class AsyncRawTasksAPI:
    """`client.with_raw_response.tasks` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def list_tasks(
        self,
        *,
        status: _m.TaskStatus | str | None = None,
        priority: _m.Priority | int | None = None,
        order: _m.TasksGetParametersQueryOrder | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.TasksGetResponse]:
        """List tasks"""
        return await self._client._request(
            _LIST_TASKS,
            query={"status": status, "priority": priority, "order": order},
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )

    async def create_task(
        self,
        *,
        body: _m.Task | Mapping[str, Any] | None = None,
        id: str | NotGiven = NOT_GIVEN,
        kind: _m.TaskKind | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        status: _m.TaskStatus | str | NotGiven = NOT_GIVEN,
        priority: _m.Priority | int | None | NotGiven = NOT_GIVEN,
        severity: _m.Severity | str | None | NotGiven = NOT_GIVEN,
        hint: _m.HttpStatusHint | int | None | NotGiven = NOT_GIVEN,
        visibility: _m.TaskVisibility | str | None | NotGiven = NOT_GIVEN,
        mode: _m.TaskMode | str | None | NotGiven = NOT_GIVEN,
        flags: Sequence[_m.TaskFlag | str] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[_m.Task]:
        """Create a task"""
        return await self._client._request(
            _CREATE_TASK,
            json=_build_body(
                body,
                {
                    "id": id,
                    "kind": kind,
                    "title": title,
                    "status": status,
                    "priority": priority,
                    "severity": severity,
                    "hint": hint,
                    "visibility": visibility,
                    "mode": mode,
                    "flags": flags,
                },
            ),
            options=_RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
            raw=True,
        )


class StreamingTasksAPI:
    """`client.with_streaming_response.tasks`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def list_tasks(
        self,
        *,
        status: _m.TaskStatus | str | None = None,
        priority: _m.Priority | int | None = None,
        order: _m.TasksGetParametersQueryOrder | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.TasksGetResponse]]:
        """List tasks"""

        def _send() -> Any:
            return self._client._request(
                _LIST_TASKS,
                query={"status": status, "priority": priority, "order": order},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)

    def create_task(
        self,
        *,
        body: _m.Task | Mapping[str, Any] | None = None,
        id: str | NotGiven = NOT_GIVEN,
        kind: _m.TaskKind | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        status: _m.TaskStatus | str | NotGiven = NOT_GIVEN,
        priority: _m.Priority | int | None | NotGiven = NOT_GIVEN,
        severity: _m.Severity | str | None | NotGiven = NOT_GIVEN,
        hint: _m.HttpStatusHint | int | None | NotGiven = NOT_GIVEN,
        visibility: _m.TaskVisibility | str | None | NotGiven = NOT_GIVEN,
        mode: _m.TaskMode | str | None | NotGiven = NOT_GIVEN,
        flags: Sequence[_m.TaskFlag | str] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _ResponseContextManager[StreamedResponse[_m.Task]]:
        """Create a task"""

        def _send() -> Any:
            return self._client._request(
                _CREATE_TASK,
                json=_build_body(
                    body,
                    {
                        "id": id,
                        "kind": kind,
                        "title": title,
                        "status": status,
                        "priority": priority,
                        "severity": severity,
                        "hint": hint,
                        "visibility": visibility,
                        "mode": mode,
                        "flags": flags,
                    },
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _ResponseContextManager(_send)


class AsyncStreamingTasksAPI:
    """`client.with_streaming_response.tasks` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def list_tasks(
        self,
        *,
        status: _m.TaskStatus | str | None = None,
        priority: _m.Priority | int | None = None,
        order: _m.TasksGetParametersQueryOrder | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.TasksGetResponse]]:
        """List tasks"""

        def _send() -> Any:
            return self._client._request(
                _LIST_TASKS,
                query={"status": status, "priority": priority, "order": order},
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)

    def create_task(
        self,
        *,
        body: _m.Task | Mapping[str, Any] | None = None,
        id: str | NotGiven = NOT_GIVEN,
        kind: _m.TaskKind | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        status: _m.TaskStatus | str | NotGiven = NOT_GIVEN,
        priority: _m.Priority | int | None | NotGiven = NOT_GIVEN,
        severity: _m.Severity | str | None | NotGiven = NOT_GIVEN,
        hint: _m.HttpStatusHint | int | None | NotGiven = NOT_GIVEN,
        visibility: _m.TaskVisibility | str | None | NotGiven = NOT_GIVEN,
        mode: _m.TaskMode | str | None | NotGiven = NOT_GIVEN,
        flags: Sequence[_m.TaskFlag | str] | None | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.Task]]:
        """Create a task"""

        def _send() -> Any:
            return self._client._request(
                _CREATE_TASK,
                json=_build_body(
                    body,
                    {
                        "id": id,
                        "kind": kind,
                        "title": title,
                        "status": status,
                        "priority": priority,
                        "severity": severity,
                        "hint": hint,
                        "visibility": visibility,
                        "mode": mode,
                        "flags": flags,
                    },
                ),
                options=_RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
                streamed=True,
            )

        return _AsyncResponseContextManager(_send)
