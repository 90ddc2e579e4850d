"""Operations tagged tasks."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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


class TasksAPI(_Namespace):
    """`client.tasks`: the tasks operations as methods."""

    list_tasks = list_tasks

    create_task = create_task


class AsyncTasksAPI(_Namespace):
    """`client.tasks` of the async client: the tasks operations as methods."""

    list_tasks = list_tasks_async

    create_task = create_task_async


class RawTasksAPI(_Namespace):
    """`client.with_raw_response.tasks`: each operation's `APIResponse`."""

    def list_tasks(self, **params: Unpack[ListTasksParams]) -> APIResponse[_m.TasksGetResponse]:
        """List tasks"""
        return self._raw(_LIST_TASKS, params)

    def create_task(self, **params: Unpack[CreateTaskParams]) -> APIResponse[_m.Task]:
        """Create a task"""
        return self._raw(_CREATE_TASK, params)


class AsyncRawTasksAPI(_Namespace):
    """`client.with_raw_response.tasks` of the async client."""

    async def list_tasks(
        self, **params: Unpack[ListTasksParams]
    ) -> APIResponse[_m.TasksGetResponse]:
        """List tasks"""
        return await self._raw(_LIST_TASKS, params)

    async def create_task(self, **params: Unpack[CreateTaskParams]) -> APIResponse[_m.Task]:
        """Create a task"""
        return await self._raw(_CREATE_TASK, params)


class StreamingTasksAPI(_Namespace):
    """`client.with_streaming_response.tasks`: each operation's response, its body unread, in a `with` block."""

    def list_tasks(
        self, **params: Unpack[ListTasksParams]
    ) -> ResponseContextManager[StreamedResponse[_m.TasksGetResponse]]:
        """List tasks"""
        return self._streamed(_LIST_TASKS, params)

    def create_task(
        self, **params: Unpack[CreateTaskParams]
    ) -> ResponseContextManager[StreamedResponse[_m.Task]]:
        """Create a task"""
        return self._streamed(_CREATE_TASK, params)


class AsyncStreamingTasksAPI(_Namespace):
    """`client.with_streaming_response.tasks` of the async client (`async with`)."""

    def list_tasks(
        self, **params: Unpack[ListTasksParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.TasksGetResponse]]:
        """List tasks"""
        return self._streamed_async(_LIST_TASKS, params)

    def create_task(
        self, **params: Unpack[CreateTaskParams]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_m.Task]]:
        """Create a task"""
        return self._streamed_async(_CREATE_TASK, params)
