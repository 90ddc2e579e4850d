"""Operations tagged tasks."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, overload

from .._arguments import Arguments as _Arguments
from .._client import Endpoint as _Endpoint
from .._streamed import AsyncResponseContextManager as _AsyncResponseContextManager
from .._streamed import ResponseContextManager as _ResponseContextManager
from .._types import CallOptions as _CallOptions

if TYPE_CHECKING:
    from typing_extensions import Required, Unpack

    from .. import models as _m
    from .._client import AsyncOpenRouter, OpenRouter
    from .._response import APIResponse
    from .._streamed import AsyncStreamedResponse, StreamedResponse

_Any = Any
__all__ = [
    "ListTasksParams",
    "list_tasks",
    "list_tasks_async",
    "CreateTaskParams",
    "create_task",
    "create_task_async",
    "TasksAPI",
    "AsyncTasksAPI",
    "RawTasksAPI",
    "AsyncRawTasksAPI",
    "StreamingTasksAPI",
    "AsyncStreamingTasksAPI",
]

_LIST_TASKS = _Endpoint(
    "GET",
    "/tasks",
    auth=False,
    json=lambda m: m.TasksGetResponse,
    args=_Arguments("list_tasks", query="status priority order"),
)

_CREATE_TASK = _Endpoint(
    "POST",
    "/tasks",
    auth=False,
    json=lambda m: m.Task,
    args=_Arguments(
        "create_task",
        body="id kind title status priority severity hint visibility mode flags",
        required="id kind title status",
        kind="object",
    ),
)


class ListTasksParams(_CallOptions, total=False):
    """The keyword arguments of `list_tasks`."""

    status: _m.TaskStatus | str | None
    priority: _m.Priority | int | None
    order: _m.TasksGetParametersQueryOrder | str | None
    """Sort direction. (server default: 'desc')"""


def list_tasks(
    client: OpenRouter | TasksAPI, **params: Unpack[ListTasksParams]
) -> _m.TasksGetResponse:
    """List tasks

    Lists tasks, optionally filtered by status and priority.

    GET /tasks
    """
    return client._request(_LIST_TASKS, params)


async def list_tasks_async(
    client: AsyncOpenRouter | AsyncTasksAPI, **params: Unpack[ListTasksParams]
) -> _m.TasksGetResponse:
    """List tasks

    Lists tasks, optionally filtered by status and priority.

    GET /tasks
    """
    return await client._request(_LIST_TASKS, params)


class CreateTaskParams(_CallOptions, total=False):
    """The keyword arguments of `create_task`."""

    id: Required[str]
    kind: Required[_m.TaskKind]
    """Single-value enum used as a type tag."""
    title: Required[str]
    status: Required[_m.TaskStatus | str]
    """Lifecycle status; values contain dashes, spaces and Python keywords."""
    priority: _m.Priority | int | None
    """Priority from 1 (lowest) to 5 (highest)."""
    severity: _m.Severity | str | None
    """Nullable enum; null is one of the allowed values."""
    hint: _m.HttpStatusHint | int | None
    """Integer enum that includes zero and negative values."""
    visibility: _m.TaskVisibility | str | None
    """Inline string enum."""
    mode: _m.TaskMode | str | None
    """Inline enum whose values collide after case-folding."""
    flags: Sequence[_m.TaskFlag | str] | None
    """Array of inline enum values."""


@overload
def create_task(client: OpenRouter | TasksAPI, **params: Unpack[CreateTaskParams]) -> _m.Task: ...


@overload
def create_task(
    client: OpenRouter | TasksAPI,
    *,
    body: _m.Task | Mapping[str, Any],
    **params: Unpack[_CallOptions],
) -> _m.Task: ...


def create_task(client: OpenRouter | TasksAPI, **params: Any) -> _m.Task:
    """Create a task

    Creates a new task. `kind` must always be "task".

    POST /tasks
    """
    return client._request(_CREATE_TASK, params)


@overload
async def create_task_async(
    client: AsyncOpenRouter | AsyncTasksAPI, **params: Unpack[CreateTaskParams]
) -> _m.Task: ...


@overload
async def create_task_async(
    client: AsyncOpenRouter | AsyncTasksAPI,
    *,
    body: _m.Task | Mapping[str, Any],
    **params: Unpack[_CallOptions],
) -> _m.Task: ...


async def create_task_async(client: AsyncOpenRouter | AsyncTasksAPI, **params: Any) -> _m.Task:
    """Create a task

    Creates a new task. `kind` must always be "task".

    POST /tasks
    """
    return await client._request(_CREATE_TASK, params)


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

    def list_tasks(self, **params: Unpack[ListTasksParams]) -> APIResponse[_m.TasksGetResponse]:
        """List tasks"""
        return self._client._request(_LIST_TASKS, params, raw=True)

    def create_task(self, **params: Unpack[CreateTaskParams]) -> APIResponse[_m.Task]:
        """Create a task"""
        return self._client._request(_CREATE_TASK, params, raw=True)


class AsyncRawTasksAPI:
    """`client.with_raw_response.tasks` of the async client."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def list_tasks(
        self, **params: Unpack[ListTasksParams]
    ) -> APIResponse[_m.TasksGetResponse]:
        """List tasks"""
        return await self._client._request(_LIST_TASKS, params, raw=True)

    async def create_task(self, **params: Unpack[CreateTaskParams]) -> APIResponse[_m.Task]:
        """Create a task"""
        return await self._client._request(_CREATE_TASK, params, raw=True)


class StreamingTasksAPI:
    """`client.with_streaming_response.tasks`: each operation's response, its body unread, in a `with` block."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def list_tasks(
        self, **params: Unpack[ListTasksParams]
    ) -> _ResponseContextManager[StreamedResponse[_m.TasksGetResponse]]:
        """List tasks"""
        return _ResponseContextManager(
            lambda: self._client._request(_LIST_TASKS, params, streamed=True)
        )

    def create_task(
        self, **params: Unpack[CreateTaskParams]
    ) -> _ResponseContextManager[StreamedResponse[_m.Task]]:
        """Create a task"""
        return _ResponseContextManager(
            lambda: self._client._request(_CREATE_TASK, params, streamed=True)
        )


class AsyncStreamingTasksAPI:
    """`client.with_streaming_response.tasks` of the async client (`async with`)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    def list_tasks(
        self, **params: Unpack[ListTasksParams]
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.TasksGetResponse]]:
        """List tasks"""
        return _AsyncResponseContextManager(
            lambda: self._client._request(_LIST_TASKS, params, streamed=True)
        )

    def create_task(
        self, **params: Unpack[CreateTaskParams]
    ) -> _AsyncResponseContextManager[AsyncStreamedResponse[_m.Task]]:
        """Create a task"""
        return _AsyncResponseContextManager(
            lambda: self._client._request(_CREATE_TASK, params, streamed=True)
        )
