"""`OPERATIONS`: every operation of the API, keyed by operationId.

Docs, tests and agent tooling read this registry; functions are imported on first
access, so reading it imports no API module.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["OPERATIONS", "BodyInfo", "FormInfo", "OperationInfo", "ParameterInfo"]


@dataclass(frozen=True)
class ParameterInfo:
    name: str  # as the API spells it
    python_name: str  # the keyword argument
    location: Literal["path", "query", "header", "body"]
    required: bool


@dataclass(frozen=True)
class BodyInfo:
    content_type: str
    required: bool


@dataclass(frozen=True)
class FormInfo:
    """A multipart/form-data body: the operation's only one, or the one sent instead of
    JSON when `selector` (a keyword argument) is given."""

    fields: tuple[ParameterInfo, ...]
    files: tuple[str, ...]  # wire names of the file fields
    selector: str | None


@dataclass(frozen=True)
class OperationInfo:
    operation_id: str
    method: str
    path: str
    tag: str
    summary: str
    deprecated: bool
    module: str
    function_name: str
    parameters: tuple[ParameterInfo, ...]
    body: BodyInfo | None
    streaming: bool
    form: FormInfo | None = None
    # The method's dotted path under a client: `client.chat.send` is "chat.send".
    client_method: str = ""

    @property
    def function(self) -> Callable[..., Any]:
        """The sync function, e.g. `api.chat.send_chat_completion_request`."""
        return getattr(
            importlib.import_module(f"..api.{self.module}", __name__), self.function_name
        )

    @property
    def async_function(self) -> Callable[..., Any]:
        return getattr(
            importlib.import_module(f"..api.{self.module}", __name__), self.function_name + "_async"
        )


_P = ParameterInfo

OPERATIONS: dict[str, OperationInfo] = {
    "listTasks": OperationInfo(
        operation_id="listTasks",
        method="GET",
        path="/tasks",
        tag="tasks",
        summary="List tasks",
        deprecated=False,
        module="tasks",
        function_name="list_tasks",
        parameters=(
            _P("status", "status", "query", False),
            _P("priority", "priority", "query", False),
            _P("order", "order", "query", False),
        ),
        body=None,
        streaming=False,
        client_method="tasks.list_tasks",
    ),
    "createTask": OperationInfo(
        operation_id="createTask",
        method="POST",
        path="/tasks",
        tag="tasks",
        summary="Create a task",
        deprecated=False,
        module="tasks",
        function_name="create_task",
        parameters=(
            _P("id", "id", "body", True),
            _P("kind", "kind", "body", True),
            _P("title", "title", "body", True),
            _P("status", "status", "body", True),
            _P("priority", "priority", "body", False),
            _P("severity", "severity", "body", False),
            _P("hint", "hint", "body", False),
            _P("visibility", "visibility", "body", False),
            _P("mode", "mode", "body", False),
            _P("flags", "flags", "body", False),
        ),
        body=BodyInfo("application/json", True),
        streaming=False,
        client_method="tasks.create_task",
    ),
}
