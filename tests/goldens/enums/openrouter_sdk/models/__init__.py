"""Models of the API's schemas (pydantic v2), one module per schema.

Import them from here (`from openrouter_sdk.models import ChatResult`): a module is
imported only when one of its names is first used. The module layout is an
implementation detail.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._http_status_hint import HttpStatusHint as HttpStatusHint
    from ._priority import Priority as Priority
    from ._severity import Severity as Severity
    from ._severity_severity import SeveritySeverity as SeveritySeverity
    from ._task import Task as Task
    from ._task_flag import TaskFlag as TaskFlag
    from ._task_kind import TaskKind as TaskKind
    from ._task_mode import TaskMode as TaskMode
    from ._task_status import TaskStatus as TaskStatus
    from ._task_visibility import TaskVisibility as TaskVisibility
    from ._tasks_get_parameters_query import TasksGetParametersQuery as TasksGetParametersQuery
    from ._tasks_get_parameters_query_order import (
        TasksGetParametersQueryOrder as TasksGetParametersQueryOrder,
    )
    from ._tasks_get_response import TasksGetResponse as TasksGetResponse

_MODULES: dict[str, str] = {
    "HttpStatusHint": "_http_status_hint",
    "Priority": "_priority",
    "Severity": "_severity",
    "SeveritySeverity": "_severity_severity",
    "Task": "_task",
    "TaskFlag": "_task_flag",
    "TaskKind": "_task_kind",
    "TaskMode": "_task_mode",
    "TaskStatus": "_task_status",
    "TaskVisibility": "_task_visibility",
    "TasksGetParametersQuery": "_tasks_get_parameters_query",
    "TasksGetParametersQueryOrder": "_tasks_get_parameters_query_order",
    "TasksGetResponse": "_tasks_get_response",
}

__all__ = [
    "HttpStatusHint",
    "Priority",
    "Severity",
    "SeveritySeverity",
    "Task",
    "TaskFlag",
    "TaskKind",
    "TaskMode",
    "TaskStatus",
    "TaskVisibility",
    "TasksGetParametersQuery",
    "TasksGetParametersQueryOrder",
    "TasksGetResponse",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module("." + module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
