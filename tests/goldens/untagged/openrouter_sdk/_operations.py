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
    "ping": OperationInfo(
        operation_id="ping",
        method="GET",
        path="/ping",
        tag="default",
        summary="Ping the server",
        deprecated=False,
        module="default",
        function_name="ping",
        parameters=(),
        body=None,
        streaming=False,
        client_method="default.ping",
    ),
    "getVersion": OperationInfo(
        operation_id="getVersion",
        method="GET",
        path="/version",
        tag="default",
        summary="Get server version",
        deprecated=False,
        module="default",
        function_name="get_version",
        parameters=(),
        body=None,
        streaming=False,
        client_method="default.get_version",
    ),
    "echo": OperationInfo(
        operation_id="echo",
        method="POST",
        path="/echo",
        tag="default",
        summary="Echo a message",
        deprecated=False,
        module="default",
        function_name="echo",
        parameters=(
            _P("message", "message", "body", True),
            _P("repeat", "repeat", "body", False),
        ),
        body=BodyInfo("application/json", True),
        streaming=False,
        client_method="default.echo",
    ),
    "getUser": OperationInfo(
        operation_id="getUser",
        method="GET",
        path="/users/{user_id}",
        tag="users",
        summary="Get a user",
        deprecated=False,
        module="users",
        function_name="get_user",
        parameters=(_P("user_id", "user_id", "path", True),),
        body=None,
        streaming=False,
        client_method="users.get_user",
    ),
}
